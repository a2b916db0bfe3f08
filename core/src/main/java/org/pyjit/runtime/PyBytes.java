package org.pyjit.runtime;

import java.util.Arrays;

/**
 * Python's bytes: an immutable byte string. Contract: {@link #data} is never modified after
 * construction (constants from the compiler share one instance), its length is the bytes'
 * length. The methods shared with bytearray live in {@link BytesMethods}.
 */
public final class PyBytes extends PyObject {
  public static final PyBytes EMPTY = new PyBytes(new byte[0]);

  public final byte[] data;

  public PyBytes(byte[] data) {
    this.data = data;
  }

  @Override
  public PyType type() {
    return Types.BYTES;
  }

  /** Java equality is Python equality here: the compiler may fold equal constants. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PyBytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }
}
