package org.pyjit.runtime;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dicts and constructors of bytes and bytearray, plus str.encode. Contract: Ops reaches
 * these types only through the special methods defined here (__getitem__, __iter__,
 * __contains__, __add__, comparisons, ...), so no bytes-specific branch is needed in the
 * interpreter's fast paths. Every method is defined once for both types: it reads the
 * receiver's contents as a byte[] ({@link #contents}) and builds its result with the
 * receiver's type ({@link #wrap}), which is what CPython's shared bytes_methods.c does.
 * Whitespace and case rules are ASCII-only, as in CPython.
 */
final class BytesMethods {
  private BytesMethods() {}

  private static void both(String name, PyBuiltinFunction.Body body) {
    Types.BYTES.dict.put(name, method(Types.BYTES, PyBytes.class, name, body));
    Types.BYTEARRAY.dict.put(name, method(Types.BYTEARRAY, PyByteArray.class, name, body));
  }

  private static void ba(String name, PyBuiltinFunction.Body body) {
    Types.BYTEARRAY.dict.put(name, method(Types.BYTEARRAY, PyByteArray.class, name, body));
  }

  /**
   * A method whose body may assume its receiver's Java class: calls through the type
   * ({@code bytes.upper("x")}) get CPython's descriptor TypeError instead.
   */
  static PyBuiltinFunction method(PyType owner, Class<?> self, String name,
      PyBuiltinFunction.Body body) {
    return new PyBuiltinFunction(name, owner, (a, k) -> {
      int npos = a.length - (k == null ? 0 : k.length);
      if (npos == 0) {
        throw Errors.typeError("unbound method " + owner.name + "." + name
            + "() needs an argument");
      }
      if (!self.isInstance(a[0])) {
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name
            + "' objects doesn't apply to a '" + Types.typeOf(a[0]).name + "' object");
      }
      return body.call(a, k);
    });
  }

  // ------------------------------------------------------------------ helpers

  /** The contents of a bytes or bytearray (a bytes' own array: never modify), else null. */
  static byte[] contents(Object o) {
    if (o instanceof PyBytes b) {
      return b.data;
    }
    if (o instanceof PyByteArray b) {
      return b.toByteArray();
    }
    return PyMemoryView.bufferOf(o);
  }

  /** A bytes-like argument, or CPython's TypeError. */
  static byte[] arg(Object o) {
    byte[] b = contents(o);
    if (b == null) {
      throw Errors.typeError("a bytes-like object is required, not '" + Types.typeOf(o).name
          + "'");
    }
    return b;
  }

  static Object wrap(Object self, byte[] b) {
    return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
  }

  private static byte[] self(Object[] a) {
    return contents(a[0]);
  }

  /** Positional argument {@code pos} or keyword {@code name}, else dflt. */
  private static Object argAt(Object[] a, String[] k, int pos, String name, Object dflt) {
    int npos = a.length - (k == null ? 0 : k.length);
    if (pos < npos) {
      return a[pos];
    }
    return Builtins.kwarg(a, k, name, dflt);
  }

  /**
   * int.to_bytes(length=1, byteorder='big', *, signed=False) and int.from_bytes(bytes,
   * byteorder='big', *, signed=False): at most two positional arguments after self (cls),
   * the names Argument Clinic knows, and the {@code required} first one.
   */
  private static void intBytesArgs(String name, Object[] a, String[] k, String first,
      int required) {
    int nk = ArgParser.nkw(k);
    int npos = a.length - 1 - nk;
    if (npos + nk > 3) { // _PyArg_UnpackKeywords: the total first, then the positional ones
      throw Errors.typeError(name + "() takes at most 3 arguments (" + (npos + nk)
          + " given)");
    }
    if (npos > 2) {
      throw Errors.typeError(name + "() takes at most 2 positional arguments (" + npos
          + " given)");
    }
    if (required > 0 && npos == 0 && (k == null || !java.util.Arrays.asList(k).contains(first))) {
      throw Errors.typeError(name + "() missing required argument '" + first + "' (pos 1)");
    }
    ArgParser.keywords(name, a, k, 1, new String[] {first, "byteorder", "signed"}, 0,
        required);
  }

  private static String byteorder(String name, Object v) {
    if (v instanceof String s) {
      return s;
    }
    throw Errors.typeError(name + "() argument 'byteorder' must be str, not "
        + Types.typeOf(v).name);
  }

  private static boolean none(Object o) {
    return o == null || o == PySingleton.NONE;
  }

  /** Whether iter(o) would succeed, without calling anything. */
  static boolean iterable(Object o) {
    PyType t = Types.typeOf(o);
    return o instanceof PyList || o instanceof PyTuple || o instanceof PyIterator
        || o instanceof PyDict || o instanceof PySet || o instanceof PyRange
        || o instanceof String || contents(o) != null
        || t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
  }

  static int byteValue(Object o, String msg) {
    long v = Ops.asIndex(o);
    if (v < 0 || v > 255) {
      throw Errors.valueError(msg);
    }
    return (int) v;
  }

  /** A search argument: an int in range(256) or a bytes-like object. */
  private static byte[] needle(Object o) {
    if (Ops.isInt(o)) {
      return new byte[] {(byte) byteValue(o, "byte must be in range(0, 256)")};
    }
    byte[] b = contents(o);
    if (b == null) {
      throw Errors.typeError("argument should be integer or bytes-like object, not '"
          + Types.typeOf(o).name + "'");
    }
    return b;
  }

  /** CPython's ADJUST_INDICES for optional start/end arguments: {start, end}. */
  private static int[] range(Object[] a, int from, int len) {
    long start = a.length > from && !none(a[from]) ? Ops.asIndex(a[from]) : 0;
    long end = a.length > from + 1 && !none(a[from + 1]) ? Ops.asIndex(a[from + 1]) : len;
    if (end > len) {
      end = len;
    } else if (end < 0) {
      end = Math.max(0, end + len);
    }
    if (start < 0) {
      start = Math.max(0, start + len);
    }
    return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
  }

  static int indexOf(byte[] h, byte[] n, int from, int to) {
    outer:
    for (int i = from; i + n.length <= to; i++) {
      for (int j = 0; j < n.length; j++) {
        if (h[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static int lastIndexOf(byte[] h, byte[] n, int from, int to) {
    outer:
    for (int i = to - n.length; i >= from; i--) {
      for (int j = 0; j < n.length; j++) {
        if (h[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static long find(Object[] a, boolean reverse) {
    byte[] h = self(a);
    byte[] n = needle(a[1]);
    int[] r = range(a, 2, h.length);
    if (r[0] > h.length) {
      return -1;
    }
    return reverse ? lastIndexOf(h, n, r[0], r[1]) : indexOf(h, n, r[0], r[1]);
  }

  static boolean isSpace(int c) {
    return c == ' ' || (c >= 9 && c <= 13);
  }

  static boolean isLower(int c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isAlpha(int c) {
    return isLower(c) || isUpper(c);
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private interface BytePredicate {
    boolean test(int c);
  }

  private static void predicate(String name, BytePredicate p) {
    both(name, (a, k) -> {
      byte[] b = self(a);
      if (b.length == 0) {
        return false;
      }
      for (byte x : b) {
        if (!p.test(x & 0xff)) {
          return false;
        }
      }
      return true;
    });
  }

  private interface ByteMap {
    int map(int c);
  }

  private static void mapping(String name, ByteMap m) {
    both(name, (a, k) -> {
      byte[] b = self(a).clone();
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) m.map(b[i] & 0xff);
      }
      return wrap(a[0], b);
    });
  }

  private static int upper(int c) {
    return isLower(c) ? c - 32 : c;
  }

  private static int lower(int c) {
    return isUpper(c) ? c + 32 : c;
  }

  private static byte[] concat(byte[] x, byte[] y) {
    byte[] r = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, r, x.length, y.length);
    return r;
  }

  static byte[] repeat(byte[] b, Object n) {
    long times = Math.max(0, Ops.repeatCount(n));
    if (b.length > 0 && times > (Integer.MAX_VALUE - 8) / b.length) {
      throw Errors.raise(Types.MEMORY_ERROR, "");
    }
    byte[] r = new byte[(int) (b.length * times)];
    for (int i = 0; i < times; i++) {
      System.arraycopy(b, 0, r, i * b.length, b.length);
    }
    return r;
  }

  /** The bytes of an iterable of ints (bytes(iterable), bytearray.extend). */
  static byte[] fromIterable(Object o, String rangeMsg) {
    byte[] b = contents(o);
    if (b != null) {
      return b.clone();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Object it = Ops.iter(o);
    for (Object x; (x = Ops.next(it)) != null; ) {
      out.write(byteValue(x, rangeMsg));
    }
    return out.toByteArray();
  }

  private static byte[] chars(Object[] a, int pos) {
    return a.length > pos && !none(a[pos]) ? arg(a[pos]) : null;
  }

  private static boolean inSet(byte[] set, byte c) {
    if (set == null) {
      return isSpace(c & 0xff);
    }
    for (byte x : set) {
      if (x == c) {
        return true;
      }
    }
    return false;
  }

  private static byte[] strip(byte[] b, byte[] set, boolean left, boolean right) {
    int i = 0;
    int j = b.length;
    while (left && i < j && inSet(set, b[i])) {
      i++;
    }
    while (right && j > i && inSet(set, b[j - 1])) {
      j--;
    }
    return Arrays.copyOfRange(b, i, j);
  }

  private static byte[] fillByte(Object[] a, int pos, String method) {
    if (a.length <= pos) {
      return new byte[] {' '};
    }
    byte[] f = contents(a[pos]);
    if (f == null || f.length != 1) {
      throw Errors.typeError(method + "() argument 2 must be a byte string of length 1, not "
          + (f == null ? Types.typeOf(a[pos]).name : Types.typeOf(a[pos]).name));
    }
    return f;
  }

  private static byte[] pad(byte[] b, int left, int right, byte fill) {
    byte[] r = new byte[b.length + left + right];
    Arrays.fill(r, fill);
    System.arraycopy(b, 0, r, left, b.length);
    return r;
  }

  private static List<Object> split(Object self, byte[] b, byte[] sep, long max) {
    List<Object> parts = new ArrayList<>();
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    if (sep == null) {
      int i = 0;
      int n = b.length;
      while (true) {
        while (i < n && isSpace(b[i] & 0xff)) {
          i++;
        }
        if (i == n) {
          break;
        }
        if (parts.size() == max) {
          parts.add(wrap(self, Arrays.copyOfRange(b, i, n)));
          break;
        }
        int j = i;
        while (j < n && !isSpace(b[j] & 0xff)) {
          j++;
        }
        parts.add(wrap(self, Arrays.copyOfRange(b, i, j)));
        i = j;
      }
      return parts;
    }
    if (sep.length == 0) {
      throw Errors.valueError("empty separator");
    }
    int i = 0;
    for (int j; parts.size() < max && (j = indexOf(b, sep, i, b.length)) >= 0;
        i = j + sep.length) {
      parts.add(wrap(self, Arrays.copyOfRange(b, i, j)));
    }
    parts.add(wrap(self, Arrays.copyOfRange(b, i, b.length)));
    return parts;
  }

  private static List<Object> rsplit(Object self, byte[] b, byte[] sep, long max) {
    List<Object> parts = new ArrayList<>();
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    if (sep == null) {
      int j = b.length;
      while (true) {
        while (j > 0 && isSpace(b[j - 1] & 0xff)) {
          j--;
        }
        if (j == 0) {
          break;
        }
        if (parts.size() == max) {
          parts.add(wrap(self, Arrays.copyOfRange(b, 0, j)));
          break;
        }
        int i = j;
        while (i > 0 && !isSpace(b[i - 1] & 0xff)) {
          i--;
        }
        parts.add(wrap(self, Arrays.copyOfRange(b, i, j)));
        j = i;
      }
      return parts.reversed();
    }
    if (sep.length == 0) {
      throw Errors.valueError("empty separator");
    }
    int j = b.length;
    for (int i; parts.size() < max && (i = lastIndexOf(b, sep, 0, j)) >= 0; j = i) {
      parts.add(wrap(self, Arrays.copyOfRange(b, i + sep.length, j)));
    }
    parts.add(wrap(self, Arrays.copyOfRange(b, 0, j)));
    return parts.reversed();
  }

  private static byte[] replace(byte[] b, byte[] old, byte[] rep, long count) {
    if (count < 0) {
      count = Long.MAX_VALUE;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (old.length == 0) {
      int i = 0;
      for (; i <= b.length; i++) {
        if (count-- > 0) {
          out.writeBytes(rep);
        }
        if (i < b.length) {
          out.write(b[i]);
        }
      }
      return out.toByteArray();
    }
    int i = 0;
    for (int j; count > 0 && (j = indexOf(b, old, i, b.length)) >= 0; i = j + old.length) {
      out.write(b, i, j - i);
      out.writeBytes(rep);
      count--;
    }
    out.write(b, i, b.length - i);
    return out.toByteArray();
  }

  private static boolean affix(Object[] a, boolean start, String name) {
    byte[] b = self(a);
    int[] r = range(a, 2, b.length);
    Object p = a[1];
    Object[] options = p instanceof PyTuple t ? t.items : new Object[] {p};
    for (Object o : options) {
      byte[] x = contents(o);
      if (x == null) {
        throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not "
            + Types.typeOf(o).name);
      }
      if (r[0] > b.length || r[1] - r[0] < x.length) {
        continue;
      }
      int at = start ? r[0] : r[1] - x.length;
      if (Arrays.equals(b, at, at + x.length, x, 0, x.length)) {
        return true;
      }
    }
    return false;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static String hex(byte[] b, Object[] a, int from) {
    if (a.length <= from) {
      char[] out = new char[b.length * 2];
      for (int i = 0; i < b.length; i++) {
        out[2 * i] = HEX[(b[i] >> 4) & 0xf];
        out[2 * i + 1] = HEX[b[i] & 0xf];
      }
      return new String(out);
    }
    String sep = hexSeparator(a[from]);
    long per = a.length > from + 1 && a[from + 1] != null ? Ops.asIndex(a[from + 1]) : 1;
    StringBuilder sb = new StringBuilder();
    int group = (int) Math.abs(per);
    for (int i = 0; i < b.length; i++) {
      if (i > 0 && group > 0) {
        boolean cut = per > 0 ? (b.length - i) % group == 0 : i % group == 0;
        if (cut) {
          sb.append(sep);
        }
      }
      sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
    }
    return sb.toString();
  }

  /** _Py_strhex's checks of sep, in its order: a length of 1, then str or bytes, ASCII. */
  private static String hexSeparator(Object o) {
    if (Ops.len(o) != 1) {
      throw Errors.valueError("sep must be length 1.");
    }
    String sep;
    if (o instanceof String s) {
      sep = s;
    } else if (o instanceof PyBytes) {
      sep = new String(arg(o), java.nio.charset.StandardCharsets.ISO_8859_1);
    } else {
      throw Errors.typeError("sep must be str or bytes.");
    }
    if (sep.charAt(0) > 127) {
      throw Errors.valueError("sep must be ASCII.");
    }
    return sep;
  }

  static byte[] fromhex(Object o) {
    if (!(o instanceof String s)) {
      throw Errors.typeError("fromhex() argument must be str, not " + Types.typeOf(o).name);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int hi = Character.digit(s.charAt(i), 16);
      if (hi < 0 || s.charAt(i) > 127) {
        throw badHex(i);
      }
      i++;
      int lo = i < n && s.charAt(i) <= 127 ? Character.digit(s.charAt(i), 16) : -1;
      if (lo < 0) {
        throw badHex(i);
      }
      i++;
      out.write(hi * 16 + lo);
    }
    return out.toByteArray();
  }

  private static PyException badHex(int pos) {
    return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
  }

  private static Object compare(Object[] a, int op) {
    byte[] y = contents(a[1]);
    if (y == null) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    int c = Arrays.compareUnsigned(self(a), y);
    return switch (op) {
      case 0 -> c < 0;
      case 1 -> c <= 0;
      case 2 -> c == 0;
      case 3 -> c != 0;
      case 4 -> c > 0;
      default -> c >= 0;
    };
  }

  private static Object getitem(Object self, Object key) {
    byte[] b = self instanceof PyBytes pb ? pb.data : null;
    int size = b != null ? b.length : ((PyByteArray) self).size;
    byte[] data = b != null ? b : ((PyByteArray) self).data;
    if (key instanceof PySlice s) {
      long[] r = s.indices(size);
      byte[] out = new byte[(int) r[3]];
      long j = r[0];
      for (int i = 0; i < out.length; i++, j += r[2]) {
        out[i] = data[(int) j];
      }
      return wrap(self, out);
    }
    String what = self instanceof PyBytes ? "byte" : "bytearray";
    if (!Ops.isInt(key) && Types.typeOf(key).lookup("__index__") == null) {
      throw Errors.typeError(what + " indices must be integers or slices, not "
          + Types.typeOf(key).name);
    }
    long i = Ops.asIndex(key);
    if (i < 0) {
      i += size;
    }
    if (i < 0 || i >= size) {
      throw Errors.indexError(self instanceof PyBytes ? "index out of range"
          : "bytearray index out of range");
    }
    return (long) (data[(int) i] & 0xff);
  }

  // ------------------------------------------------------------------ construction

  /** An argument Argument Clinic converts as str: "bytes() argument 'encoding' must be str". */
  private static Object stringArg(String fn, String param, Object v) {
    if (v != null && !(v instanceof String)) {
      throw Errors.typeError(fn + "() argument '" + param + "' must be str, not "
          + ArgParser.badArgumentType(v));
    }
    return v;
  }

  static Object construct(PyType cls, Object[] a, String[] k, boolean mutable) {
    String name = mutable ? "bytearray" : "bytes";
    if (a.length > 3) {
      throw Errors.typeError(name + "() takes at most 3 arguments (" + a.length + " given)");
    }
    Object src = argAt(a, k, 0, "source", null);
    Object enc = stringArg(name, "encoding", argAt(a, k, 1, "encoding", null));
    Object errors = stringArg(name, "errors", argAt(a, k, 2, "errors", null));
    byte[] out;
    if (src == null) {
      if (enc != null || errors != null) {
        throw Errors.typeError(enc != null ? "encoding without a string argument"
            : "errors without a string argument");
      }
      out = new byte[0];
    } else if (src instanceof String s) {
      if (enc == null) {
        throw Errors.typeError("string argument without an encoding");
      }
      out = Codecs.encode(s, (String) enc, errors == null ? "strict" : (String) errors);
    } else if (enc != null || errors != null) {
      throw Errors.typeError(enc != null ? "encoding without a string argument"
          : "errors without a string argument");
    } else {
      Object viaDunder = mutable || src instanceof PyBytes ? null
          : Ops.callDunder(src, "__bytes__");
      if (viaDunder != null) {
        if (!(viaDunder instanceof PyBytes pb)) {
          throw Errors.typeError("__bytes__ returned non-bytes (type "
              + Types.typeOf(viaDunder).name + ")");
        }
        out = pb.data;
      } else if (Ops.isInt(src) || Types.typeOf(src).lookup("__index__") != null
          && !(src instanceof PyBytes || src instanceof PyByteArray)) {
        long n = Ops.asIndex(src);
        if (n < 0) {
          throw Errors.valueError("negative count");
        }
        out = new byte[(int) n];
      } else if (contents(src) != null) {
        out = contents(src).clone();
      } else {
        PyType t = Types.typeOf(src);
        if (!iterable(src)) {
          throw Errors.typeError("cannot convert '" + t.name + "' object to " + name);
        }
        out = fromIterable(src, mutable ? "byte must be in range(0, 256)"
            : "bytes must be in range(0, 256)");
      }
    }
    return mutable ? new PyByteArray(out) : new PyBytes(out);
  }

  // ------------------------------------------------------------------ install

  /** The constructors bytes(), bytearray(), memoryview() and str(bytes, encoding): eager. */
  static void installConstructors() {
    Types.BYTES.constructor = (cls, a, k) -> construct(cls, a, k, false);
    Types.BYTEARRAY.constructor = (cls, a, k) -> construct(cls, a, k, true);
    // str(bytes, encoding[, errors]) decodes; every other call keeps str's own constructor.
    PyType.Constructor strOf = Types.STR.constructor;
    Types.STR.constructor = (cls, a, k) -> {
      if (a.length > 1 && a.length <= 3 && a.length - ArgParser.nkw(k) >= 1
          && (k == null || List.of("encoding", "errors").containsAll(Arrays.asList(k)))) {
        // Argument Clinic's str(object, encoding, errors): the types, then the decoding
        Object enc = stringArg("str", "encoding", argAt(a, k, 1, "encoding", "utf-8"));
        Object err = stringArg("str", "errors", argAt(a, k, 2, "errors", "strict"));
        if (contents(a[0]) != null) {
          return Codecs.decode(contents(a[0]), (String) enc, (String) err);
        }
        throw Errors.typeError(a[0] instanceof String ? "decoding str is not supported"
            : "decoding to str: need a bytes-like object, " + Types.typeOf(a[0]).name
            + " found");
      }
      if (a.length > 1 && contents(a[0]) != null) {
        Object enc = argAt(a, k, 1, "encoding", "utf-8");
        Object err = argAt(a, k, 2, "errors", "strict");
        return Codecs.decode(contents(a[0]), (String) enc, (String) err);
      }
      return strOf.call(cls, a, k);
    };
    PyMemoryView.installConstructor();
  }

  /** The methods of bytes, bytearray and memoryview, and str.encode (see LazyTypeDict). */
  static void install() {
    Types.STR.dict.put("encode", method(Types.STR, String.class, "encode", (a, k) -> {
      Object[] v = ArgParser.keywords("encode", a, k, 1, new String[] {"encoding", "errors"},
          0, 0);
      Object enc = v[0] == null ? "utf-8" : v[0];
      Object err = v[1] == null ? "strict" : v[1];
      if (!(enc instanceof String)) {
        throw Errors.typeError("encode() argument 'encoding' must be str, not "
            + ArgParser.badArgumentType(enc));
      }
      if (!(err instanceof String)) {
        throw Errors.typeError("encode() argument 'errors' must be str, not "
            + ArgParser.badArgumentType(err));
      }
      return new PyBytes(Codecs.encode((String) a[0], (String) enc, (String) err));
    }));

    both("__len__", Fn.__len__);
    both("__getitem__", Fn.__getitem__);
    both("__iter__", Fn.__iter__);
    both("__contains__", Fn.__contains__);
    both("__add__", Fn.__add__);
    both("__mul__", Fn.__mul__);
    both("__rmul__", Fn.__rmul__);
    both("__mod__", Fn.__mod__);
    String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < cmp.length; i++) {
      int op = i;
      both(cmp[i], (a, k) -> compare(a, op));
    }
    Types.BYTES.dict.put("__hash__", method(Types.BYTES, PyBytes.class, "__hash__",
        (a, k) -> org.pyjit.runtime.collect.PyHash.hashBytes(self(a))));
    Types.BYTEARRAY.dict.put("__hash__", PySingleton.NONE);
    both("__repr__", Fn.__repr__);
    both("__str__", Fn.__str__);
    Types.BYTES.dict.put("__bytes__", method(Types.BYTES, PyBytes.class, "__bytes__",
        (a, k) -> new PyBytes(self(a).clone())));

    both("decode", Fn.decode);
    both("hex", Fn.hex);
    PyBuiltinFunction fromhexB = new PyBuiltinFunction("fromhex", Fn.fromhex);
    Types.BYTES.dict.put("fromhex", new PyClassMethod(fromhexB));
    Types.BYTEARRAY.dict.put("fromhex", new PyClassMethod(fromhexB));
    for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
      // one static method per type: its keyword error names the type
      t.dict.put("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
        if (ArgParser.nkw(k) > 0) {
          throw Errors.typeError(t.name + ".maketrans() takes no keyword arguments");
        }
        return Fn.maketrans.call(a, k);
      })));
    }

    both("count", Fn.count);
    both("find", Fn.find);
    both("rfind", Fn.rfind);
    both("index", Fn.index);
    both("rindex", Fn.rindex);
    both("startswith", Fn.startswith);
    both("endswith", Fn.endswith);
    both("join", Fn.join);
    both("split", Fn.split);
    both("rsplit", Fn.rsplit);
    both("splitlines", Fn.splitlines);
    both("strip", Fn.strip);
    both("lstrip", Fn.lstrip);
    both("rstrip", Fn.rstrip);
    both("replace", Fn.replace);
    both("removeprefix", Fn.removeprefix);
    both("removesuffix", Fn.removesuffix);
    both("partition", Fn.partition);
    both("rpartition", Fn.rpartition);
    mapping("upper", BytesMethods::upper);
    mapping("lower", BytesMethods::lower);
    mapping("swapcase", c -> isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c);
    both("title", Fn.title);
    both("capitalize", Fn.capitalize);
    predicate("isdigit", BytesMethods::isDigit);
    predicate("isalpha", BytesMethods::isAlpha);
    predicate("isalnum", c -> isAlpha(c) || isDigit(c));
    predicate("isspace", BytesMethods::isSpace);
    both("isascii", Fn.isascii);
    both("isupper", Fn.isupper);
    both("islower", Fn.islower);
    both("istitle", Fn.istitle);
    both("center", Fn.center);
    both("ljust", Fn.ljust);
    both("rjust", Fn.rjust);
    both("zfill", Fn.zfill);
    both("expandtabs", Fn.expandtabs);
    both("translate", Fn.translate);

    installByteArray();
    PyMemoryView.install();
    installIntBytes();
  }

  /** int.to_bytes and int.from_bytes: they exist only where bytes do. */
  private static void installIntBytes() {
    Types.INT.dict.put("to_bytes", method(Types.INT, Object.class, "to_bytes", (a, k) -> {
      intBytesArgs("to_bytes", a, k, "length", 0);
      java.math.BigInteger v = Ops.big(a[0]);
      long length = Ops.asIndex(argAt(a, k, 1, "length", 1L));
      String order = byteorder("to_bytes", argAt(a, k, 2, "byteorder", "big"));
      boolean signed = Ops.truth(Builtins.kwarg(a, k, "signed", false));
      if (!order.equals("big") && !order.equals("little")) {
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
      }
      if (length < 0) {
        throw Errors.valueError("length argument must be non-negative");
      }
      if (!signed && v.signum() < 0) {
        throw Errors.overflow("can't convert negative int to unsigned");
      }
      int bits = signed ? v.bitLength() + 1 : v.bitLength();
      if (bits > length * 8 && !(v.signum() == 0)) {
        throw Errors.overflow("int too big to convert");
      }
      byte[] out = new byte[(int) length];
      byte[] tc = v.toByteArray();
      for (int i = 0; i < length; i++) {
        int src = tc.length - 1 - i;
        byte x = src >= 0 ? tc[src] : (byte) (v.signum() < 0 ? 0xff : 0);
        out[order.equals("big") ? (int) length - 1 - i : i] = x;
      }
      return new PyBytes(out);
    }));
    Types.INT.dict.put("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes",
        Fn.from_bytes)));
  }

  private static boolean cased(byte[] b, boolean upper) {
    boolean any = false;
    for (byte x : b) {
      int c = x & 0xff;
      if (upper ? isLower(c) : isUpper(c)) {
        return false;
      }
      any |= upper ? isUpper(c) : isLower(c);
    }
    return any;
  }

  static String repr(Object o) {
    if (o instanceof PyBytes b) {
      return Repr.bytes(b.data);
    }
    return "bytearray(" + Repr.bytes(((PyByteArray) o).toByteArray()) + ")";
  }

  // ------------------------------------------------------------------ bytearray mutation

  private static void installByteArray() {
    ba("append", Fn.append);
    ba("extend", Fn.extend);
    ba("__iadd__", Fn.__iadd__);
    ba("__imul__", Fn.__imul__);
    ba("pop", Fn.pop);
    ba("remove", Fn.remove);
    ba("insert", Fn.insert);
    ba("clear", Fn.clear);
    ba("copy", Fn.copy);
    ba("reverse", Fn.reverse);
    ba("__setitem__", Fn.__setitem__);
    ba("__delitem__", Fn.__delitem__);
  }

  private static void setSlice(PyByteArray self, PySlice s, Object value) {
    byte[] v;
    if (!iterable(value) || value instanceof String) {
      throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0,"
          + " 256)");
    }
    v = fromIterable(value, "byte must be in range(0, 256)");
    byte[] b = self.toByteArray();
    long[] r = s.indices(b.length);
    if (r[2] == 1) {
      int start = (int) r[0];
      int stop = (int) Math.max(r[0], r[1]);
      byte[] out = new byte[b.length - (stop - start) + v.length];
      System.arraycopy(b, 0, out, 0, start);
      System.arraycopy(v, 0, out, start, v.length);
      System.arraycopy(b, stop, out, start + v.length, b.length - stop);
      self.setAll(out);
      return;
    }
    if (v.length != r[3]) {
      throw Errors.valueError("attempt to assign bytes of size " + v.length
          + " to extended slice of size " + r[3]);
    }
    long j = r[0];
    for (int i = 0; i < v.length; i++, j += r[2]) {
      b[(int) j] = v[i];
    }
    self.setAll(b);
  }

  /** Iteration over a bytes or bytearray object (whose size may change meanwhile). */
  static final class ByteIterator extends PyIterator {
    private static final PyType BYTES = pickling(Iterators.lengthHint(
        Iterators.iteratorType("bytes_iterator"), o -> ((ByteIterator) o).left()));
    private static final PyType BYTEARRAY = pickling(Iterators.lengthHint(
        Iterators.iteratorType("bytearray_iterator"), o -> ((ByteIterator) o).left()));
    private final Object self;
    private int i;
    /** Set when next() found the end (CPython drops its object then). */
    private boolean exhausted;

    /** __reduce__ and __setstate__ as CPython's (the index clamped to the size). */
    private static PyType pickling(PyType t) {
      return Iterators.pickling(t, o -> { // exhausted: CPython's (iter, ((),)) for both
        ByteIterator it = (ByteIterator) o;
        return Iterators.reduceSeq(it.self, it.i, it.exhausted, PyTuple.EMPTY);
      }, (o, v) -> {
        ByteIterator it = (ByteIterator) o;
        if (!it.exhausted) {
          it.i = (int) Math.max(0, Math.min(v, it.size()));
        }
      });
    }

    ByteIterator(Object self) {
      this.self = self;
    }

    private int size() {
      return self instanceof PyBytes b ? b.data.length : ((PyByteArray) self).size;
    }

    private long left() {
      return Math.max(0, size() - i);
    }

    @Override
    public PyType type() {
      return self instanceof PyBytes ? BYTES : BYTEARRAY;
    }

    @Override
    public Object next() {
      byte[] d = self instanceof PyBytes b ? b.data : ((PyByteArray) self).data;
      if (i < size()) {
        return (long) (d[i++] & 0xff);
      }
      exhausted = true;
      return null;
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __len__, __getitem__, __iter__, __contains__, __add__, __mul__, __rmul__, __mod__,
    __repr__, __str__, decode, hex, fromhex, maketrans, count, find, rfind, index, rindex,
    startswith, endswith, join, split, rsplit, splitlines, strip, lstrip, rstrip, replace,
    removeprefix, removesuffix, partition, rpartition, title, capitalize, isascii, isupper,
    islower, istitle, center, ljust, rjust, zfill, expandtabs, translate, from_bytes, append,
    extend, __iadd__, __imul__, pop, remove, insert, clear, copy, reverse, __setitem__,
    __delitem__;

    @Override
    public Object call(Object[] a, String[] k) {
      if (ordinal() < 21) {
        return call0(a, k);
      }
      if (ordinal() < 32) {
        return call1(a, k);
      }
      if (ordinal() < 43) {
        return call2(a, k);
      }
      if (ordinal() < 49) {
        return call3(a, k);
      }
      if (ordinal() < 57) {
        return call4(a, k);
      }
      return call5(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case __len__: return a[0] instanceof PyByteArray b ? (long) b.size
            : (long) ((PyBytes) a[0]).data.length;
        case __getitem__: return getitem(a[0], a[1]);
        case __iter__: return new ByteIterator(a[0]);
        case __contains__: {
          byte[] b = self(a);
          byte[] n;
          if (Ops.isInt(a[1])) {
            n = new byte[] {(byte) byteValue(a[1], "byte must be in range(0, 256)")};
          } else {
            n = arg(a[1]);
          }
          return indexOf(b, n, 0, b.length) >= 0;
        }
        case __add__: {
          byte[] y = contents(a[1]);
          if (y == null) {
            throw Errors.typeError("can't concat " + Types.typeOf(a[1]).name + " to "
                + Types.typeOf(a[0]).name);
          }
          return wrap(a[0], concat(self(a), y));
        }
        case __mul__: return Ops.isInt(a[1]) || Types.typeOf(a[1]).lookup("__index__") != null
            ? wrap(a[0], repeat(self(a), a[1])) : PySingleton.NOT_IMPLEMENTED;
        case __rmul__: return Ops.isInt(a[1]) || Types.typeOf(a[1]).lookup("__index__") != null
            ? wrap(a[0], repeat(self(a), a[1])) : PySingleton.NOT_IMPLEMENTED;
        case __mod__: return wrap(a[0],
            org.pyjit.runtime.format.PercentFormat.format(self(a), a[1], PercentOperands.INSTANCE));
        case __repr__: return repr(a[0]);
        case __str__: return repr(a[0]);
        case decode: return ArgParser.keywords("decode", a, k, 1,
            new String[] {"encoding", "errors"}, 0, 0) == null ? null : Codecs.decode(self(a),
            strArg(argAt(a, k, 1, "encoding", "utf-8"), "encoding"),
            strArg(argAt(a, k, 2, "errors", "strict"), "errors"));
        case hex: {
          Object[] v = ArgParser.keywords("hex", a, k, 1,
              new String[] {"sep", "bytes_per_sep"}, 0, 0);
          return v[0] == null ? hex(self(a), a, a.length)
              : hex(self(a), v, 0);
        }
        case fromhex: {
          // a classmethod taking one positional argument (METH_O)
          ArgParser.exactlyOne(((PyType) a[0]).name + ".fromhex", a, k, 1);
          byte[] b = fromhex(a[1]);
          return a[0] == Types.BYTEARRAY ? new PyByteArray(b) : new PyBytes(b);
        }
        case maketrans: {
          ArgParser.positional("maketrans", "maketrans", a, k, 0, 2, 2);
          byte[] from = arg(a[0]);
          byte[] to = arg(a[1]);
          if (from.length != to.length) {
            throw Errors.valueError("maketrans arguments must have same length");
          }
          byte[] t = new byte[256];
          for (int i = 0; i < 256; i++) {
            t[i] = (byte) i;
          }
          for (int i = 0; i < from.length; i++) {
            t[from[i] & 0xff] = to[i];
          }
          return new PyBytes(t);
        }
        case count: {
          byte[] h = self(a);
          byte[] n = needle(a[1]);
          int[] r = range(a, 2, h.length);
          if (r[0] > h.length) {
            return 0L;
          }
          if (n.length == 0) {
            return (long) Math.max(0, r[1] - r[0] + 1);
          }
          long c = 0;
          for (int i = r[0]; (i = indexOf(h, n, i, r[1])) >= 0; i += n.length) {
            c++;
          }
          return c;
        }
        case find: return find(a, false);
        case rfind: return find(a, true);
        case index: {
          long i = find(a, false);
          if (i < 0) {
            throw Errors.valueError("subsection not found");
          }
          return i;
        }
        case rindex: {
          long i = find(a, true);
          if (i < 0) {
            throw Errors.valueError("subsection not found");
          }
          return i;
        }
        case startswith: return affix(a, true, "startswith");
        case endswith: return affix(a, false, "endswith");
        default:
          throw new AssertionError(this);
      }
    }

    private Object call1(Object[] a, String[] k) {
      switch (this) {
        case join: {
          byte[] sep = self(a);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          if (!iterable(a[1]) && Types.typeOf(a[1]).lookup("__iter__") == null
              && Types.typeOf(a[1]).lookup("__getitem__") == null) {
            throw Errors.typeError("can only join an iterable");
          }
          Object[] items = ListOps.toArray(a[1]);
          for (int i = 0; i < items.length; i++) {
            byte[] x = contents(items[i]);
            if (x == null) {
              throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                  + Types.typeOf(items[i]).name + " found");
            }
            if (i > 0) {
              out.writeBytes(sep);
            }
            out.writeBytes(x);
          }
          return wrap(a[0], out.toByteArray());
        }
        case split: {
          Object sep = argAt(a, k, 1, "sep", PySingleton.NONE);
          long max = Ops.asIndex(argAt(a, k, 2, "maxsplit", -1L));
          return new PyList(split(a[0], self(a), none(sep) ? null : arg(sep), max).toArray());
        }
        case rsplit: {
          Object sep = argAt(a, k, 1, "sep", PySingleton.NONE);
          long max = Ops.asIndex(argAt(a, k, 2, "maxsplit", -1L));
          return new PyList(rsplit(a[0], self(a), none(sep) ? null : arg(sep), max).toArray());
        }
        case splitlines: {
          boolean keep = Ops.truth(argAt(a, k, 1, "keepends", false));
          byte[] b = self(a);
          List<Object> out = new ArrayList<>();
          int i = 0;
          while (i < b.length) {
            int j = i;
            while (j < b.length && b[j] != '\n' && b[j] != '\r') {
              j++;
            }
            int eol = j;
            if (j < b.length) {
              j += b[j] == '\r' && j + 1 < b.length && b[j + 1] == '\n' ? 2 : 1;
            }
            out.add(wrap(a[0], Arrays.copyOfRange(b, i, keep ? j : eol)));
            i = j;
          }
          return new PyList(out.toArray());
        }
        case strip: return wrap(a[0], strip(self(a), chars(a, 1), true, true));
        case lstrip: return wrap(a[0], strip(self(a), chars(a, 1), true, false));
        case rstrip: return wrap(a[0], strip(self(a), chars(a, 1), false, true));
        case replace: {
          ArgParser.positional("replace", (a[0] instanceof PyBytes ? "bytes" : "bytearray")
              + ".replace", a, k, 1, 2, 3);
          return wrap(a[0], replace(self(a), arg(a[1]), arg(a[2]),
              a.length > 3 ? Ops.asIndex(a[3]) : -1));
        }
        case removeprefix: {
          byte[] b = self(a);
          byte[] p = arg(a[1]);
          boolean has = b.length >= p.length && Arrays.equals(b, 0, p.length, p, 0, p.length);
          return wrap(a[0], has ? Arrays.copyOfRange(b, p.length, b.length) : b.clone());
        }
        case removesuffix: {
          byte[] b = self(a);
          byte[] p = arg(a[1]);
          boolean has = p.length > 0 && b.length >= p.length
              && Arrays.equals(b, b.length - p.length, b.length, p, 0, p.length);
          return wrap(a[0], has ? Arrays.copyOfRange(b, 0, b.length - p.length) : b.clone());
        }
        case partition: {
          byte[] b = self(a);
          byte[] sep = arg(a[1]);
          if (sep.length == 0) {
            throw Errors.valueError("empty separator");
          }
          int i = indexOf(b, sep, 0, b.length);
          if (i < 0) {
            return PyTuple.of(wrap(a[0], b.clone()), wrap(a[0], new byte[0]),
                wrap(a[0], new byte[0]));
          }
          return PyTuple.of(wrap(a[0], Arrays.copyOfRange(b, 0, i)), wrap(a[0], sep.clone()),
              wrap(a[0], Arrays.copyOfRange(b, i + sep.length, b.length)));
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call2(Object[] a, String[] k) {
      switch (this) {
        case rpartition: {
          byte[] b = self(a);
          byte[] sep = arg(a[1]);
          if (sep.length == 0) {
            throw Errors.valueError("empty separator");
          }
          int i = lastIndexOf(b, sep, 0, b.length);
          if (i < 0) {
            return PyTuple.of(wrap(a[0], new byte[0]), wrap(a[0], new byte[0]),
                wrap(a[0], b.clone()));
          }
          return PyTuple.of(wrap(a[0], Arrays.copyOfRange(b, 0, i)), wrap(a[0], sep.clone()),
              wrap(a[0], Arrays.copyOfRange(b, i + sep.length, b.length)));
        }
        case title: {
          byte[] b = self(a).clone();
          boolean prevCased = false;
          for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            b[i] = (byte) (prevCased ? lower(c) : upper(c));
            prevCased = isAlpha(c);
          }
          return wrap(a[0], b);
        }
        case capitalize: {
          byte[] b = self(a).clone();
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i == 0 ? upper(b[i] & 0xff) : lower(b[i] & 0xff));
          }
          return wrap(a[0], b);
        }
        case isascii: {
          for (byte x : self(a)) {
            if (x < 0) {
              return false;
            }
          }
          return true;
        }
        case isupper: return cased(self(a), true);
        case islower: return cased(self(a), false);
        case istitle: {
          byte[] b = self(a);
          return StrMethods.isTitle(java.util.stream.IntStream.range(0, b.length)
              .map(i -> b[i] & 0xff).iterator(), BytesMethods::isUpper, BytesMethods::isLower);
        }
        case center: {
          byte[] b = self(a);
          long width = Ops.asIndex(a[1]);
          byte f = fillByte(a, 2, "center")[0];
          if (width <= b.length) {
            return wrap(a[0], b.clone());
          }
          int padding = (int) width - b.length;
          int left = padding / 2 + (padding & (int) width & 1);
          return wrap(a[0], pad(b, left, padding - left, f));
        }
        case ljust: {
          byte[] b = self(a);
          long width = Ops.asIndex(a[1]);
          byte f = fillByte(a, 2, "ljust")[0];
          return wrap(a[0], width <= b.length ? b.clone() : pad(b, 0, (int) width - b.length, f));
        }
        case rjust: {
          byte[] b = self(a);
          long width = Ops.asIndex(a[1]);
          byte f = fillByte(a, 2, "rjust")[0];
          return wrap(a[0], width <= b.length ? b.clone() : pad(b, (int) width - b.length, 0, f));
        }
        case zfill: {
          byte[] b = self(a);
          long width = Ops.asIndex(a[1]);
          if (width <= b.length) {
            return wrap(a[0], b.clone());
          }
          byte[] r = pad(b, (int) width - b.length, 0, (byte) '0');
          int fill = (int) width - b.length;
          if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            r[0] = b[0];
            r[fill] = '0';
          }
          return wrap(a[0], r);
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call3(Object[] a, String[] k) {
      switch (this) {
        case expandtabs: {
          long tab = Ops.asIndex(argAt(a, k, 1, "tabsize", 8L));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int col = 0;
          for (byte x : self(a)) {
            if (x == '\t') {
              if (tab > 0) {
                int n = (int) (tab - col % tab);
                for (int i = 0; i < n; i++) {
                  out.write(' ');
                }
                col += n;
              }
            } else {
              out.write(x);
              col = x == '\n' || x == '\r' ? 0 : col + 1;
            }
          }
          return wrap(a[0], out.toByteArray());
        }
        case translate: {
          Object table = a.length > 1 ? a[1] : PySingleton.NONE;
          byte[] t = none(table) ? null : arg(table);
          if (t != null && t.length != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
          }
          byte[] del = a.length > 2 ? arg(a[2]) : Builtins.kwarg(a, k, "delete", null) != null
              ? arg(Builtins.kwarg(a, k, "delete", null)) : new byte[0];
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (byte x : self(a)) {
            if (!inSet(del, x)) {
              out.write(t == null ? x : t[x & 0xff]);
            }
          }
          return wrap(a[0], out.toByteArray());
        }
        case from_bytes: {
          intBytesArgs("from_bytes", a, k, "bytes", 1);
          Object src = argAt(a, k, 1, "bytes", null);
          if (src instanceof String || Ops.isInt(src) || !(src instanceof PyBytes
              || src instanceof PyByteArray || src instanceof PyMemoryView || iterable(src))) {
            throw Errors.typeError("cannot convert '" + Types.typeOf(src).name
                + "' object to bytes");
          }
          byte[] b = fromIterable(src, "bytes must be in range(0, 256)");
          String order = byteorder("from_bytes", argAt(a, k, 2, "byteorder", "big"));
          boolean signed = Ops.truth(Builtins.kwarg(a, k, "signed", false));
          if (!order.equals("big") && !order.equals("little")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
          }
          byte[] be = b.clone();
          if (order.equals("little")) {
            for (int i = 0, j = be.length - 1; i < j; i++, j--) {
              byte t = be[i];
              be[i] = be[j];
              be[j] = t;
            }
          }
          java.math.BigInteger v = be.length == 0 ? java.math.BigInteger.ZERO
              : signed ? new java.math.BigInteger(be) : new java.math.BigInteger(1, be);
          return Ops.normalize(v);
        }
        case append: {
          ((PyByteArray) a[0]).append((byte) byteValue(a[1], "byte must be in range(0, 256)"));
          return PySingleton.NONE;
        }
        case extend: {
          PyByteArray self = (PyByteArray) a[0];
          if (a[1] instanceof String) {
            throw Errors.typeError("expected iterable of integers; got: 'str'");
          }
          if (!iterable(a[1])) {
            throw Errors.typeError("can't extend bytearray with " + Types.typeOf(a[1]).name);
          }
          self.appendAll(fromIterable(a[1], "byte must be in range(0, 256)"));
          return PySingleton.NONE;
        }
        case __iadd__: {
          PyByteArray self = (PyByteArray) a[0];
          byte[] y = contents(a[1]);
          if (y == null) {
            throw Errors.typeError("can't concat " + Types.typeOf(a[1]).name + " to bytearray");
          }
          self.appendAll(y);
          return self;
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call4(Object[] a, String[] k) {
      switch (this) {
        case __imul__: {
          PyByteArray self = (PyByteArray) a[0];
          if (!Ops.isInt(a[1])) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          self.setAll(repeat(self.toByteArray(), a[1]));
          return self;
        }
        case pop: {
          PyByteArray self = (PyByteArray) a[0];
          long i = a.length > 1 ? Ops.asIndex(a[1]) : -1; // the argument first, as CPython
          if (self.size == 0) {
            throw Errors.indexError("pop from empty bytearray");
          }
          if (i < 0) {
            i += self.size;
          }
          if (i < 0 || i >= self.size) {
            throw Errors.indexError("pop index out of range");
          }
          byte[] b = self.toByteArray();
          long v = b[(int) i] & 0xff;
          self.setAll(concat(Arrays.copyOfRange(b, 0, (int) i),
              Arrays.copyOfRange(b, (int) i + 1, b.length)));
          return v;
        }
        case remove: {
          PyByteArray self = (PyByteArray) a[0];
          byte v = (byte) byteValue(a[1], "byte must be in range(0, 256)");
          byte[] b = self.toByteArray();
          for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
              self.setAll(concat(Arrays.copyOfRange(b, 0, i), Arrays.copyOfRange(b, i + 1,
                  b.length)));
              return PySingleton.NONE;
            }
          }
          throw Errors.valueError("value not found in bytearray");
        }
        case insert: {
          PyByteArray self = (PyByteArray) a[0];
          long i = Ops.asIndex(a[1]);
          byte v = (byte) byteValue(a[2], "byte must be in range(0, 256)");
          if (i < 0) {
            i = Math.max(0, i + self.size);
          }
          i = Math.min(i, self.size);
          byte[] b = self.toByteArray();
          byte[] r = new byte[b.length + 1];
          System.arraycopy(b, 0, r, 0, (int) i);
          r[(int) i] = v;
          System.arraycopy(b, (int) i, r, (int) i + 1, b.length - (int) i);
          self.setAll(r);
          return PySingleton.NONE;
        }
        case clear: {
          ((PyByteArray) a[0]).setAll(new byte[0]);
          return PySingleton.NONE;
        }
        case copy: return new PyByteArray(((PyByteArray) a[0]).toByteArray());
        case reverse: {
          PyByteArray self = (PyByteArray) a[0];
          byte[] b = self.toByteArray();
          for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
          }
          self.setAll(b);
          return PySingleton.NONE;
        }
        case __setitem__: {
          PyByteArray self = (PyByteArray) a[0];
          if (a[1] instanceof PySlice s) {
            setSlice(self, s, a[2]);
            return PySingleton.NONE;
          }
          long i = Ops.asIndexFor(a[1], "bytearray");
          if (i < 0) {
            i += self.size;
          }
          if (i < 0 || i >= self.size) {
            throw Errors.indexError("bytearray index out of range");
          }
          self.data[(int) i] = (byte) byteValue(a[2], "byte must be in range(0, 256)");
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call5(Object[] a, String[] k) {
      switch (this) {
        case __delitem__: {
          PyByteArray self = (PyByteArray) a[0];
          byte[] b = self.toByteArray();
          if (a[1] instanceof PySlice s) {
            long[] r = s.indices(b.length);
            boolean[] drop = new boolean[b.length];
            long j = r[0];
            for (int i = 0; i < r[3]; i++, j += r[2]) {
              drop[(int) j] = true;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < b.length; i++) {
              if (!drop[i]) {
                out.write(b[i]);
              }
            }
            self.setAll(out.toByteArray());
            return PySingleton.NONE;
          }
          long i = Ops.asIndexFor(a[1], "bytearray");
          if (i < 0) {
            i += b.length;
          }
          if (i < 0 || i >= b.length) {
            throw Errors.indexError("bytearray index out of range");
          }
          self.setAll(concat(Arrays.copyOfRange(b, 0, (int) i),
              Arrays.copyOfRange(b, (int) i + 1, b.length)));
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }

  /** A str argument of decode(), with Argument Clinic's message for another type. */
  private static String strArg(Object v, String name) {
    if (v instanceof String str) {
      return str;
    }
    throw Errors.typeError("decode() argument '" + name + "' must be str, not "
        + ArgParser.badArgumentType(v));
  }
}
