package org.pyjit.modules;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyByteArray;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyMemoryView;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PySlice;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _struct}: packing Python values into bytes and back, as CPython's _struct on x86-64
 * Linux (little-endian; native sizes and alignment of its C types). The Python module struct
 * (org/pyjit/lib/struct.py) defines struct.error and the Struct class over these functions,
 * and hands the error class in through {@code _init}; every function takes the format (str
 * or bytes) first, parsed once and cached ({@link StructFormat}).
 *
 * <p>Contract: the messages and exception types are CPython 3.13's; every read and write is
 * within the buffer, checked against the format's size before any byte moves.
 */
public final class StructModule {
  private StructModule() {}

  /** One imported module's state: its error class and its cache of parsed formats. */
  private static final class State {
    Object error = Types.EXCEPTION;
    final Map<String, StructFormat> cache = new HashMap<>();
  }

  public static PyModule module() {
    State st = new State();
    PyDict d = new PyDict();
    d.put("__name__", "_struct");
    d.put("__doc__", "pyjit's struct engine.");
    fn(d, "_init", (a, k) -> {
      st.error = a[0];
      return PySingleton.NONE;
    });
    fn(d, "calcsize", (a, k) -> {
      noKeywords("calcsize", k);
      arity("calcsize", a, 1);
      return (long) format(st, a[0]).size;
    });
    fn(d, "_items", (a, k) -> (long) format(st, a[0]).items);
    fn(d, "_format", (a, k) -> format(st, a[0]).text);
    fn(d, "pack", (a, k) -> {
      noKeywords("pack", k);
      if (a.length == 0) {
        throw Errors.typeError("missing format argument");
      }
      StructFormat f = format(st, a[0]);
      if (a.length - 1 != f.items) {
        throw error(st, "pack expected " + f.items + " items for packing (got "
            + (a.length - 1) + ")");
      }
      byte[] out = new byte[f.size];
      pack(st, f, a, 1, out);
      return new PyBytes(out);
    });
    fn(d, "pack_into", (a, k) -> {
      noKeywords("pack_into", k);
      if (a.length == 0) {
        throw Errors.typeError("missing format argument");
      }
      StructFormat f = format(st, a[0]);
      if (a.length - 3 != f.items) {
        if (a.length < 3) {
          throw error(st, a.length < 2 ? "pack_into expected buffer argument"
              : "pack_into expected offset argument");
        }
        throw error(st, "pack_into expected " + f.items + " items for packing (got "
            + (a.length - 3) + ")");
      }
      Object buffer = a[1];
      byte[] current = writable(buffer);
      long offset = Ops.asIndex(a[2]);
      int len = current.length;
      if (offset < 0) {
        if (offset + f.size > 0) {
          throw error(st, "no space to pack " + f.size + " bytes at offset " + offset);
        }
        if (offset + len < 0) {
          throw error(st, "offset " + offset + " out of range for " + len + "-byte buffer");
        }
        offset += len;
      }
      if (len - offset < f.size) {
        throw error(st, "pack_into requires a buffer of at least " + (f.size + offset)
            + " bytes for packing " + f.size + " bytes at offset " + offset
            + " (actual buffer size is " + len + ")");
      }
      byte[] out = new byte[f.size];
      pack(st, f, a, 3, out);
      Ops.setitem(buffer, new PySlice(offset, offset + f.size, PySingleton.NONE),
          new PyBytes(out));
      return PySingleton.NONE;
    });
    fn(d, "unpack", (a, k) -> {
      noKeywords("unpack", k);
      arity("unpack", a, 2);
      StructFormat f = format(st, a[0]);
      byte[] b = BinasciiModule.binary(a[1]);
      if (b.length != f.size) {
        throw error(st, "unpack requires a buffer of " + f.size + " bytes");
      }
      return unpack(st, f, b, 0);
    });
    fn(d, "unpack_from", (a, k) -> {
      Object[] args = unpackFromArgs(a, k);
      StructFormat f = format(st, args[0]);
      byte[] b = BinasciiModule.binary(args[1]);
      long offset = Ops.asIndex(args[2]);
      int len = b.length;
      if (offset < 0) {
        if (offset + len < 0) {
          throw error(st, "offset " + offset + " out of range for " + len + "-byte buffer");
        }
        if (offset + f.size > 0) {
          throw error(st, "not enough data to unpack " + f.size + " bytes at offset "
              + offset);
        }
        offset += len;
      }
      if (len - offset < f.size) {
        throw error(st, "unpack_from requires a buffer of at least " + (f.size + offset)
            + " bytes for unpacking " + f.size + " bytes at offset " + offset
            + " (actual buffer size is " + len + ")");
      }
      return unpack(st, f, b, (int) offset);
    });
    fn(d, "iter_unpack", (a, k) -> {
      noKeywords("iter_unpack", k);
      arity("iter_unpack", a, 2);
      StructFormat f = format(st, a[0]);
      if (f.size == 0) {
        throw error(st, "cannot iteratively unpack with a struct of length 0");
      }
      byte[] b = BinasciiModule.binary(a[1]);
      if (b.length % f.size != 0) {
        throw error(st, "iterative unpacking requires a buffer of a multiple of " + f.size
            + " bytes");
      }
      return new UnpackIterator(st, f, b);
    });
    return new PyModule("_struct", d);
  }

  /** iter_unpack's iterator: CPython's _struct.unpack_iterator, with __length_hint__. */
  private static final class UnpackIterator extends PyIterator {
    static final PyType TYPE = makeType();
    private final State st;
    private final StructFormat f;
    private final byte[] b;
    private int at;

    UnpackIterator(State st, StructFormat f, byte[] b) {
      this.st = st;
      this.f = f;
      this.b = b;
    }

    private static PyType makeType() {
      PyType t = new PyType("unpack_iterator", true, Types.OBJECT);
      t.module = "_struct";
      t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, (a, k) -> a[0]));
      t.dict.put("__next__", new PyBuiltinFunction("__next__", t, (a, k) -> {
        Object r = ((UnpackIterator) a[0]).next();
        if (r == null) {
          throw Errors.stopIteration();
        }
        return r;
      }));
      t.dict.put("__length_hint__", new PyBuiltinFunction("__length_hint__", t, (a, k) -> {
        UnpackIterator it = (UnpackIterator) a[0];
        return (long) ((it.b.length - it.at) / it.f.size);
      }));
      return t;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (at >= b.length) {
        return null;
      }
      Object r = unpack(st, f, b, at);
      at += f.size;
      return r;
    }
  }

  private static void fn(PyDict d, String name, PyBuiltinFunction.Body body) {
    d.put(name, new PyBuiltinFunction(name, body));
  }

  private static void noKeywords(String name, String[] k) {
    if (k != null && k.length > 0) {
      throw Errors.typeError("_struct." + name + "() takes no keyword arguments");
    }
  }

  private static void arity(String name, Object[] a, int n) {
    if (a.length != n) {
      throw Errors.typeError(name + " expected " + n + " argument" + (n == 1 ? "" : "s")
          + ", got " + a.length);
    }
  }

  /** unpack_from(format, /, buffer, offset=0): positional or keyword buffer and offset. */
  private static Object[] unpackFromArgs(Object[] a, String[] k) {
    int nk = k == null ? 0 : k.length;
    int np = a.length - nk;
    Object[] out = {null, null, 0L};
    if (np > 3) {
      throw Errors.typeError("unpack_from() takes at most 3 arguments (" + a.length
          + " given)");
    }
    System.arraycopy(a, 0, out, 0, np);
    for (int i = 0; i < nk; i++) {
      int slot = switch (k[i]) {
        case "buffer" -> 1;
        case "offset" -> 2;
        default -> throw Errors.typeError("unpack_from() got an unexpected keyword argument '"
            + k[i] + "'");
      };
      if (slot < np) {
        throw Errors.typeError("argument for unpack_from() given by name ('" + k[i]
            + "') and position (" + (slot + 1) + ")");
      }
      out[slot] = a[np + i];
    }
    if (out[0] == null) {
      throw Errors.typeError("unpack_from() missing required argument 'format' (pos 1)");
    }
    if (out[1] == null) {
      throw Errors.typeError("unpack_from() missing required argument 'buffer' (pos 2)");
    }
    return out;
  }

  private static PyException error(State st, String message) {
    Object e = Calls.call(st.error, new Object[] {message}, null);
    return new PyException(Builtins.makeException(e));
  }

  private static StructFormat format(State st, Object fmt) {
    Object v = BuiltinSubclasses.unwrap(fmt);
    String text;
    if (v instanceof String s) {
      text = s;
    } else if (v instanceof PyBytes b) {
      text = new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1);
    } else if (v instanceof PyByteArray) {
      throw Errors.typeError("unhashable type: 'bytearray'");
    } else {
      throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not "
          + Types.typeOf(fmt).name);
    }
    StructFormat f = st.cache.get(text);
    if (f == null) {
      try {
        f = StructFormat.parse(text);
      } catch (StructFormat.BadFormat e) {
        throw error(st, e.getMessage());
      }
      if (st.cache.size() > 100) {
        st.cache.clear();
      }
      st.cache.put(text, f);
    }
    return f;
  }

  /** The current contents of a writable buffer (bytearray, writable memoryview). */
  private static byte[] writable(Object o) {
    if (o instanceof PyByteArray b) {
      return b.toByteArray();
    }
    if (o instanceof PyMemoryView && !Ops.truth(Ops.getattr(o, "readonly"))) {
      return BinasciiModule.binary(o);
    }
    throw Errors.typeError("argument must be read-write bytes-like object, not "
        + Types.typeOf(o).name);
  }

  // ------------------------------------------------------------------ packing

  private static void pack(State st, StructFormat f, Object[] args, int first, byte[] out) {
    int arg = first;
    for (StructFormat.Code c : f.codes) {
      char l = c.letter();
      if (l == 's' || l == 'p') {
        byte[] data = bytesArg(st, args[arg++], l);
        int n = c.count();
        if (l == 's') {
          System.arraycopy(data, 0, out, c.offset(), Math.min(data.length, n));
        } else if (n > 0) {
          int m = Math.min(data.length, n - 1);
          System.arraycopy(data, 0, out, c.offset() + 1, m);
          out[c.offset()] = (byte) Math.min(m, 255);
        }
        continue;
      }
      int off = c.offset();
      for (int r = 0; r < c.count(); r++, off += c.width()) {
        packOne(st, f, l, c.width(), args[arg++], out, off);
      }
    }
  }

  private static byte[] bytesArg(State st, Object o, char l) {
    if (o instanceof PyBytes b) {
      return b.data;
    }
    if (o instanceof PyByteArray b) {
      return b.toByteArray();
    }
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof PyBytes b) {
      return b.data;
    }
    throw error(st, "argument for '" + l + "' must be a bytes object");
  }

  private static void packOne(State st, StructFormat f, char l, int w, Object v, byte[] out,
      int off) {
    switch (l) {
      case '?' -> out[off] = (byte) (Ops.truth(v) ? 1 : 0);
      case 'c' -> {
        Object b = BuiltinSubclasses.unwrap(v);
        byte[] data = b instanceof PyBytes pb ? pb.data
            : b instanceof PyByteArray ba ? ba.toByteArray() : null;
        if (data == null || data.length != 1) {
          throw error(st, "char format requires a bytes object of length 1");
        }
        out[off] = data[0];
      }
      case 'd' -> put(out, off, 8, Double.doubleToRawLongBits(floatArg(st, v)), f.little);
      case 'f' -> {
        double x = floatArg(st, v);
        float y = (float) x;
        if (!f.nativeSizes && Float.isInfinite(y) && !Double.isInfinite(x)) {
          throw Errors.overflow("float too large to pack with f format");
        }
        put(out, off, 4, Float.floatToRawIntBits(y), f.little);
      }
      case 'e' -> put(out, off, 2, half(floatArg(st, v)), f.little);
      default -> put(out, off, w, intBits(st, f, l, w, v), f.little);
    }
  }

  private static void put(byte[] out, int off, int w, long bits, boolean little) {
    for (int i = 0; i < w; i++) {
      byte b = (byte) (bits >>> (8 * i));
      out[little ? off + i : off + w - 1 - i] = b;
    }
  }

  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  /** An integer code's value as its w bytes' bits, after CPython's range check. */
  private static long intBits(State st, StructFormat f, char l, int w, Object v) {
    Object n = intArg(st, v);
    BigInteger big = n instanceof BigInteger b ? b : null;
    long x = big == null ? (Long) n : 0;
    boolean unsigned = Character.isUpperCase(l) || l == 'P';
    if (l == 'P') {
      // a pointer: any value of 64 bits, negative ones as their two's complement
      if (big != null && (big.bitLength() > 64 || big.compareTo(BigInteger.ZERO) < 0
          && big.bitLength() >= 64)) {
        throw error(st, "int too large to convert");
      }
      return big == null ? x : big.longValue();
    }
    if (unsigned) {
      boolean ok;
      if (big != null) {
        ok = big.signum() >= 0 && big.bitLength() <= 64 && w == 8;
      } else {
        ok = x >= 0 && (w == 8 || x < (1L << (8 * w)));
      }
      if (!ok) {
        String max = w == 8 ? TWO_64.subtract(BigInteger.ONE).toString()
            : Long.toString((1L << (8 * w)) - 1);
        throw error(st, "'" + l + "' format requires 0 <= number <= " + max);
      }
      return big == null ? x : big.longValue();
    }
    long min = w == 8 ? Long.MIN_VALUE : -(1L << (8 * w - 1));
    long max = w == 8 ? Long.MAX_VALUE : (1L << (8 * w - 1)) - 1;
    if (big != null || x < min || x > max) {
      throw error(st, "'" + l + "' format requires " + min + " <= number <= " + max);
    }
    return x;
  }

  /** An int argument (int, bool, an int subclass or __index__) as Long or BigInteger. */
  private static Object intArg(State st, Object v) {
    Object n = BuiltinSubclasses.unwrap(v);
    if (!Ops.isInt(n)) {
      Object r = v instanceof Double || v instanceof String ? null
          : Ops.callDunder(v, "__index__");
      if (r == null) {
        throw error(st, "required argument is not an integer");
      }
      n = BuiltinSubclasses.unwrap(r);
    }
    if (n instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (n instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    return n;
  }

  private static double floatArg(State st, Object v) {
    Object x = BuiltinSubclasses.unwrap(v);
    if (x instanceof Double d) {
      return d;
    }
    if (x instanceof Long || x instanceof Boolean || x instanceof BigInteger) {
      return Ops.toDouble(x);
    }
    if (!(x instanceof String)) {
      Object r = Ops.callDunder(v, "__float__");
      if (r != null && BuiltinSubclasses.unwrap(r) instanceof Double d) {
        return d;
      }
      r = Ops.callDunder(v, "__index__");
      if (r != null) {
        return Ops.toDouble(BuiltinSubclasses.unwrap(r));
      }
    }
    throw error(st, "required argument is not a float");
  }

  /** x as IEEE 754 binary16 bits, rounded to nearest even; OverflowError past 65504. */
  static long half(double x) {
    long sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
    double ax = Math.abs(x);
    if (Double.isNaN(x)) {
      return sign | 0x7e00;
    }
    if (Double.isInfinite(x)) {
      return sign | 0x7c00;
    }
    if (ax < 0x1p-14) {
      // subnormal (or zero): a multiple of 2^-24; 1024 of them is the smallest normal
      return sign | (long) Math.rint(ax * 0x1p24);
    }
    int e = Math.getExponent(ax);
    long q = (long) Math.rint(Math.scalb(ax, 10 - e)); // in [1024, 2048]
    if (q == 2048) {
      q = 1024;
      e++;
    }
    if (e > 15) {
      throw Errors.overflow("float too large to pack with e format");
    }
    return sign | ((long) (e + 15) << 10) | (q - 1024);
  }

  // ------------------------------------------------------------------ unpacking

  private static PyTuple unpack(State st, StructFormat f, byte[] b, int base) {
    Object[] out = new Object[f.items];
    int k = 0;
    for (StructFormat.Code c : f.codes) {
      char l = c.letter();
      int off = base + c.offset();
      if (l == 's') {
        out[k++] = new PyBytes(java.util.Arrays.copyOfRange(b, off, off + c.count()));
        continue;
      }
      if (l == 'p') {
        if (c.count() == 0) {
          out[k++] = PyBytes.EMPTY;
          continue;
        }
        int n = Math.min(b[off] & 0xff, c.count() - 1);
        out[k++] = new PyBytes(java.util.Arrays.copyOfRange(b, off + 1, off + 1 + n));
        continue;
      }
      for (int r = 0; r < c.count(); r++, off += c.width()) {
        out[k++] = unpackOne(f, l, c.width(), b, off);
      }
    }
    return new PyTuple(out);
  }

  private static long get(byte[] b, int off, int w, boolean little) {
    long v = 0;
    for (int i = 0; i < w; i++) {
      long byt = b[little ? off + i : off + w - 1 - i] & 0xffL;
      v |= byt << (8 * i);
    }
    return v;
  }

  private static Object unpackOne(StructFormat f, char l, int w, byte[] b, int off) {
    long bits = get(b, off, w, f.little);
    return switch (l) {
      case '?' -> bits != 0;
      case 'c' -> new PyBytes(new byte[] {(byte) bits});
      case 'd' -> Double.longBitsToDouble(bits);
      case 'f' -> (double) Float.intBitsToFloat((int) bits);
      case 'e' -> (double) Float.float16ToFloat((short) bits);
      default -> {
        if (Character.isUpperCase(l) || l == 'P') {
          if (w == 8 && bits < 0) {
            yield new BigInteger(Long.toUnsignedString(bits));
          }
          yield bits;
        }
        int shift = 64 - 8 * w;
        yield (bits << shift) >> shift;
      }
    };
  }
}
