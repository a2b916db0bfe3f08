package org.pyjit.runtime;

import java.util.Arrays;

/**
 * Python's bytearray: a mutable byte string. Contract: the contents are
 * {@code data[0..size)}; the array may be longer (room to append). Readers that want an
 * exact copy use {@link #toByteArray}; the methods shared with bytes live in
 * {@link BytesMethods}.
 */
public final class PyByteArray extends PyObject {
  byte[] data;
  int size;

  public PyByteArray(byte[] data) {
    this.data = data;
    this.size = data.length;
  }

  @Override
  public PyType type() {
    return Types.BYTEARRAY;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(data, size);
  }

  void setAll(byte[] b) {
    data = b;
    size = b.length;
  }

  /** Appends in place, growing geometrically so repeated += stays linear. */
  void appendAll(byte[] b) {
    if (size + b.length > data.length) {
      data = Arrays.copyOf(data, Math.max(size + b.length, size * 2));
    }
    System.arraycopy(b, 0, data, size, b.length);
    size += b.length;
  }

  void append(byte b) {
    if (size == data.length) {
      data = Arrays.copyOf(data, Math.max(8, size * 2));
    }
    data[size++] = b;
  }
}
