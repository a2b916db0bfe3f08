package org.pyjit.modules;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;

/**
 * The {@code _array} module: the machine representation of array.array's items, which the
 * Python class (org/pyjit/lib/array.py) keeps as a list of checked Python values.
 *
 * <p>Contract. {@code pack(typecode, items)} gives the bytes CPython's array holds for the
 * items on x86-64 Linux (little-endian; b/B 1 byte, h/H 2, i/I/f 4, l/L/q/Q/d 8, u/w 4 as
 * UTF-32 code points); the items were already range-checked by the caller, so integers are
 * written modulo 2**bits. {@code unpack(typecode, data)} is the inverse (a length not a
 * multiple of the item size is the caller's ValueError). {@code f32(x)} rounds a float to
 * the nearest 32-bit float, as storing it into an 'f' array does.
 */
public final class ArrayModule {
  private ArrayModule() {}

  private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

  static int itemSize(char tc) {
    return switch (tc) {
      case 'b', 'B' -> 1;
      case 'h', 'H' -> 2;
      case 'i', 'I', 'f', 'u', 'w' -> 4;
      case 'l', 'L', 'q', 'Q', 'd' -> 8;
      default -> throw Errors.valueError("bad typecode");
    };
  }

  private static long bits(Object v) {
    if (v instanceof BigInteger b) {
      return b.longValue(); // the low 64 bits: Q/L values past 2**63
    }
    return Ops.asIndex(v);
  }

  static PyBytes pack(char tc, PyList items) {
    int size = itemSize(tc);
    ByteBuffer buf = ByteBuffer.allocate(size * items.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < items.size(); i++) {
      Object v = items.get(i);
      switch (tc) {
        case 'b', 'B' -> buf.put((byte) bits(v));
        case 'h', 'H' -> buf.putShort((short) bits(v));
        case 'i', 'I' -> buf.putInt((int) bits(v));
        case 'l', 'L', 'q', 'Q' -> buf.putLong(bits(v));
        case 'f' -> buf.putFloat((float) Ops.toDouble(v));
        case 'd' -> buf.putDouble(Ops.toDouble(v));
        default -> buf.putInt(((String) v).codePointAt(0));
      }
    }
    return new PyBytes(buf.array());
  }

  static PyList unpack(char tc, byte[] data) {
    int size = itemSize(tc);
    ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    Object[] out = new Object[data.length / size];
    for (int i = 0; i < out.length; i++) {
      out[i] = switch (tc) {
        case 'b' -> (long) buf.get();
        case 'B' -> (long) (buf.get() & 0xff);
        case 'h' -> (long) buf.getShort();
        case 'H' -> (long) (buf.getShort() & 0xffff);
        case 'i' -> (long) buf.getInt();
        case 'I' -> buf.getInt() & 0xffffffffL;
        case 'l', 'q' -> buf.getLong();
        case 'L', 'Q' -> {
          long x = buf.getLong();
          yield x >= 0 ? (Object) x : BigInteger.valueOf(x).add(TWO64);
        }
        case 'f' -> (double) buf.getFloat();
        case 'd' -> buf.getDouble();
        default -> {
          int cp = buf.getInt();
          if (cp < 0 || cp > 0x10FFFF) {
            throw Errors.valueError("character U+" + Integer.toHexString(cp)
                + " is not in range [U+0000; U+10ffff]");
          }
          yield new String(Character.toChars(cp));
        }
      };
    }
    return new PyList(out);
  }

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_array");
      d.put("__doc__", "The machine representation of array.array's items.");
      d.put("pack", new PyBuiltinFunction("pack",
          (a, k) -> pack(((String) a[0]).charAt(0), (PyList) a[1])));
      d.put("unpack", new PyBuiltinFunction("unpack",
          (a, k) -> unpack(((String) a[0]).charAt(0), ((PyBytes) a[1]).data)));
      d.put("f32", new PyBuiltinFunction("f32",
          (a, k) -> (double) (float) Ops.toDouble(a[0])));
      module = new PyModule("_array", d);
    }
    return module;
  }
}
