package org.pyjit.runtime.format;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The % operator of str and bytes (printf-style formatting), as CPython 3.13's
 * PyUnicode_Format and _PyBytes_FormatEx.
 *
 * <p>Contract: given the template and the right operand, the result and the errors are
 * CPython's, including the order in which errors are found (a conversion's argument is taken
 * before its conversion character is checked, so {@code '%y' % ()} complains about the
 * arguments). The operands are Python objects this package cannot look into, so the
 * interpreter supplies {@link Operands}; {@code Long}, {@code BigInteger}, {@code Double} and
 * {@code String} operands are taken to be exact int, float and str and are handled here
 * directly (the hot cases), everything else goes through the callbacks; a null right operand
 * is a single argument that is neither a tuple nor a mapping (None, if the interpreter uses
 * null for it). Errors found here are {@link FormatError}s; the callbacks throw
 * whatever the interpreter throws (a KeyError from a mapping, an OverflowError from a
 * float conversion...), and those pass through, except where CPython replaces them.
 *
 * <p>CPython's argument bookkeeping is kept as it is because its quirks are visible: a right
 * operand that is not a tuple is the single argument; one with __getitem__ (other than a
 * tuple or str, or for bytes a tuple, bytes, bytearray or str) is also the mapping for
 * {@code %(key)s}, and then unused arguments are not an error, so {@code 'abc' % []} is
 * 'abc'.
 */
public final class PercentFormat {
  private PercentFormat() {}

  /** What % needs to know about Python objects; implemented by the interpreter. */
  public interface Operands {
    /** len(args) if args is a tuple (or a tuple subclass), else -1. */
    int tupleLength(Object args);

    /** args[index] of a tuple. */
    Object tupleItem(Object args, int index);

    /** CPython's PyMapping_Check: whether the type of v has __getitem__. */
    boolean hasGetItem(Object v);

    /**
     * mapping[key] for {@code %(key)s}: key is a str (a String) for str templates and a
     * bytes (a byte[]) for bytes templates. Throws the interpreter's KeyError.
     */
    Object getItem(Object mapping, Object key);

    /** str(v). */
    String str(Object v);

    /** repr(v). */
    String repr(Object v);

    /** ascii(v). */
    String ascii(Object v);

    /** The value of v if it is a str (or a str subclass), else null. */
    String strValue(Object v);

    /** The contents of v if it is a bytes or bytearray (or subclass), else null. */
    byte[] bytesValue(Object v);

    /**
     * For bytes' %s and %b: the contents of a bytes or bytearray, the result of
     * {@code __bytes__}, or a copy of a buffer; null when v offers none of these.
     */
    byte[] toBytes(Object v);

    /**
     * The value (Long or BigInteger) of v if it is an int (bool and subclasses included:
     * CPython's PyLong_Check), else null.
     */
    Object intValue(Object v);

    /**
     * For %d, %i, %u ({@code index} false: int(v), so a float truncates) and %o, %x, %X, %c
     * ({@code index} true: operator.index(v)): a Long or BigInteger, or null when v's type
     * supports neither (CPython's TypeError there, reported here with the conversion's
     * message). Other errors (int(inf), int(nan)) are thrown.
     */
    Object toInt(Object v, boolean index);

    /** float(v) as CPython's PyFloat_AsDouble, throwing its TypeError or OverflowError. */
    double toDouble(Object v);

    /** The Python type name of v, for messages ("str", "NoneType"). */
    String typeName(Object v);
  }

  private static final int F_LJUST = 1;
  private static final int F_SIGN = 2;
  private static final int F_BLANK = 4;
  private static final int F_ALT = 8;
  private static final int F_ZERO = 16;

  /** The argument bookkeeping of one % operation, as CPython's formatter context. */
  private static final class Args {
    final Operands ops;
    final boolean bytes;
    Object args;
    int length;
    int index;
    final Object dict;

    Args(Operands ops, Object args, boolean bytes) {
      this.ops = ops;
      this.bytes = bytes;
      this.args = args;
      int n = args == null ? -1 : ops.tupleLength(args);
      if (n >= 0) {
        length = n;
        index = 0;
      } else {
        length = -1;
        index = -2;
      }
      boolean mapping = n < 0 && args != null && ops.hasGetItem(args)
          && ops.strValue(args) == null && !(bytes && ops.bytesValue(args) != null);
      dict = mapping ? args : null;
    }

    Object next() {
      if (index < length) {
        int i = index++;
        return length < 0 ? args : ops.tupleItem(args, i);
      }
      throw FormatError.typeError("not enough arguments for format string");
    }

    void key(Object key) {
      args = ops.getItem(dict, key);
      length = -1;
      index = -2;
    }

    /**
     * At the end: arguments left over are an error, unless there is a mapping. (CPython also
     * checks after each conversion when there is a mapping, which cannot fail: every
     * conversion there takes the single argument or the keyed value.)
     */
    void checkAllUsed() {
      if (index < length && dict == null) {
        throw FormatError.typeError("not all arguments converted during "
            + (bytes ? "bytes" : "string") + " formatting");
      }
    }
  }

  /** One parsed conversion specifier. */
  private static final class Spec {
    int flags;
    long width = -1;
    int precision = -1;
    int conversion;
  }

  /** template % args for a str template. */
  public static String format(String template, Object args, Operands ops) {
    int n = template.length();
    int pct = template.indexOf('%');
    Args a = new Args(ops, args, false);
    if (pct < 0) {
      a.checkAllUsed();
      return template;
    }
    StringBuilder sb = new StringBuilder(n + 16);
    int pos = 0;
    Spec spec = new Spec();
    while (pct >= 0) {
      sb.append(template, pos, pct);
      pos = pct + 1;
      if (pos < n && template.charAt(pos) == '%') {
        sb.append('%');
        pos++;
      } else {
        pos = parseSpec(template, pos, a, spec);
        convert(sb, template, pos, a, spec);
      }
      pct = template.indexOf('%', pos);
    }
    sb.append(template, pos, n);
    a.checkAllUsed();
    return sb.toString();
  }

  /**
   * Parses a specifier after its '%' up to and including the conversion character, into
   * spec; returns the position after it.
   */
  private static int parseSpec(String t, int pos, Args a, Spec spec) {
    int n = t.length();
    spec.flags = 0;
    spec.width = -1;
    spec.precision = -1;
    if (pos < n && t.charAt(pos) == '(') {
      if (a.dict == null) {
        throw FormatError.typeError("format requires a mapping");
      }
      int start = ++pos;
      int depth = 1;
      while (depth > 0 && pos < n) {
        char c = t.charAt(pos++);
        if (c == ')') {
          depth--;
        } else if (c == '(') {
          depth++;
        }
      }
      if (depth > 0) {
        throw FormatError.valueError("incomplete format key");
      }
      a.key(t.substring(start, pos - 1));
    }
    int flags = 0;
    for (; pos < n; pos++) {
      int f = flag(t.charAt(pos));
      if (f == 0) {
        break;
      }
      flags |= f;
    }
    if (pos < n && t.charAt(pos) == '*') {
      long w = starValue(a, false);
      if (w < 0) {
        flags |= F_LJUST;
        w = -w;
      }
      spec.width = w;
      pos++;
    } else if (pos < n && isDigit(t.charAt(pos))) {
      long w = 0;
      while (pos < n && isDigit(t.charAt(pos))) {
        int d = t.charAt(pos++) - '0';
        if (w > (Long.MAX_VALUE - d) / 10) {
          throw FormatError.valueError("width too big");
        }
        w = w * 10 + d;
      }
      spec.width = w;
    }
    if (pos < n && t.charAt(pos) == '.') {
      pos++;
      spec.precision = 0;
      if (pos < n && t.charAt(pos) == '*') {
        spec.precision = (int) Math.max(0, starValue(a, true));
        pos++;
      } else if (pos < n && isDigit(t.charAt(pos))) {
        int p = 0;
        while (pos < n && isDigit(t.charAt(pos))) {
          int d = t.charAt(pos++) - '0';
          if (p > (Integer.MAX_VALUE - d) / 10) {
            throw FormatError.valueError("precision too big");
          }
          p = p * 10 + d;
        }
        spec.precision = p;
      }
    }
    if (pos < n) {
      char c = t.charAt(pos);
      if (c == 'h' || c == 'l' || c == 'L') {
        pos++;
      }
    }
    if (pos >= n) {
      throw FormatError.valueError("incomplete format");
    }
    spec.flags = flags;
    spec.conversion = t.codePointAt(pos);
    return pos + Character.charCount(spec.conversion);
  }

  private static int flag(int c) {
    return switch (c) {
      case '-' -> F_LJUST;
      case '+' -> F_SIGN;
      case ' ' -> F_BLANK;
      case '#' -> F_ALT;
      case '0' -> F_ZERO;
      default -> 0;
    };
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** A '*' width (a Py_ssize_t) or precision (a C int) taken from the arguments. */
  private static long starValue(Args a, boolean precision) {
    Object v = a.next();
    Object i = v instanceof Long || v instanceof BigInteger ? v : a.ops.intValue(v);
    if (i == null) {
      throw FormatError.typeError("* wants int");
    }
    if (i instanceof Long l) {
      if (!precision || (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE)) {
        return l;
      }
    }
    throw FormatError.overflowError("Python int too large to convert to C "
        + (precision ? "int" : "ssize_t"));
  }

  /** Takes the argument of a parsed specifier and appends its conversion. */
  private static void convert(StringBuilder sb, String t, int pos, Args a, Spec spec) {
    Object v = a.next();
    int c = spec.conversion;
    String s;
    boolean numeric = false;
    switch (c) {
      case 's' -> s = v instanceof String str ? str : a.ops.str(v);
      case 'r' -> s = a.ops.repr(v);
      case 'a' -> s = a.ops.ascii(v);
      case 'd', 'i', 'u', 'o', 'x', 'X' -> {
        if (v instanceof Long l && spec.width < 0 && spec.precision < 0
            && (spec.flags & (F_SIGN | F_BLANK)) == 0 && (c == 'd' || c == 'i' || c == 'u')) {
          sb.append(l.longValue());
          return;
        }
        s = formatLong(integer(v, c, a.ops), spec.flags, spec.precision, (char) c);
        numeric = true;
      }
      case 'e', 'E', 'f', 'F', 'g', 'G' -> {
        double d = v instanceof Double x ? x : toDouble(v, a.ops);
        if (spec.width < 0 && spec.precision < 0 && (spec.flags & (F_SIGN | F_BLANK)) == 0) {
          FloatFormat.appendPercent(sb, d, (char) c, 6, (spec.flags & F_ALT) != 0);
          return;
        }
        StringBuilder num = new StringBuilder(24);
        FloatFormat.appendPercent(num, d, (char) c, spec.precision < 0 ? 6 : spec.precision,
            (spec.flags & F_ALT) != 0);
        s = num.toString();
        numeric = true;
      }
      case 'c' -> s = Character.toString(charOf(v, a.ops));
      default -> throw unsupported(c, t.codePointCount(0, pos) - 1);
    }
    output(sb, s, spec, numeric);
  }

  private static FormatError unsupported(int c, int index) {
    return FormatError.valueError("unsupported format character '"
        + (c >= 31 && c <= 126 ? (char) c : '?') + "' (0x" + Integer.toHexString(c)
        + ") at index " + index);
  }

  /** The int for a numeric conversion, or CPython's TypeError naming the conversion. */
  private static Object integer(Object v, int c, Operands ops) {
    if (v instanceof Long || v instanceof BigInteger) {
      return v;
    }
    Object i = ops.toInt(v, c == 'o' || c == 'x' || c == 'X');
    if (i == null) {
      throw FormatError.typeError("%" + (char) c + " format: "
          + (c == 'o' || c == 'x' || c == 'X' ? "an integer" : "a real number")
          + " is required, not " + ops.typeName(v));
    }
    return i;
  }

  private static double toDouble(Object v, Operands ops) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof BigInteger b) {
      return IntFormat.toDouble(b);
    }
    return ops.toDouble(v);
  }

  /** %c of a str template: a str of length 1 or an int in range(0x110000). */
  private static int charOf(Object v, Operands ops) {
    String s = v instanceof String str ? str : ops.strValue(v);
    if (s != null) {
      if (s.codePointCount(0, s.length()) == 1) {
        return s.codePointAt(0);
      }
      throw FormatError.typeError("%c requires int or char");
    }
    Object i = v instanceof Long || v instanceof BigInteger ? v : ops.toInt(v, true);
    if (i == null) {
      throw FormatError.typeError("%c requires int or char");
    }
    if (i instanceof Long l && l >= 0 && l <= 0x10ffff) {
      return (int) (long) l;
    }
    throw FormatError.overflowError("%c arg not in range(0x110000)");
  }

  /**
   * CPython's _PyUnicode_FormatLong: [-][0x]digits, zero-padded to the precision as a
   * minimum number of digits, upper case for 'X'.
   */
  static String formatLong(Object value, int flags, int precision, char c) {
    long v = 0;
    BigInteger big = null;
    if (value instanceof Long l) {
      v = l;
    } else {
      big = (BigInteger) value;
      if (big.bitLength() < 64) {
        v = big.longValue();
        big = null;
      }
    }
    int radix = c == 'o' ? 8 : c == 'x' || c == 'X' ? 16 : 10;
    boolean negative = big != null ? big.signum() < 0 : v < 0;
    String digits = IntFormat.percentDigits(v, big, radix);
    boolean prefix = (flags & F_ALT) != 0 && radix != 10;
    int zeros = Math.max(0, precision - digits.length());
    if (!negative && !prefix && zeros == 0 && c != 'X') {
      return digits;
    }
    long length = (negative ? 1L : 0L) + (prefix ? 2 : 0) + zeros + digits.length();
    if (length > Layout.MAX_LENGTH) {
      throw FormatError.memoryError();
    }
    StringBuilder sb = new StringBuilder((int) length);
    if (negative) {
      sb.append('-');
    }
    if (prefix) {
      sb.append('0').append(c == 'o' ? 'o' : c);
    }
    sb.repeat('0', zeros);
    if (c == 'X') {
      for (int i = 0; i < digits.length(); i++) {
        char d = digits.charAt(i);
        sb.append(d >= 'a' ? (char) (d - ('a' - 'A')) : d);
      }
    } else {
      sb.append(digits);
    }
    return sb.toString();
  }

  /**
   * Appends a converted argument with its width, sign and precision (truncation for s, r,
   * a), as CPython's unicode_format_arg_output: a zero fill goes after the sign and the
   * 0x prefix, a space fill before them.
   */
  private static void output(StringBuilder sb, String s, Spec spec, boolean numeric) {
    int flags = spec.flags;
    long width = spec.width;
    int precision = spec.precision;
    int c = spec.conversion;
    int len = s.codePointCount(0, s.length());
    if ((width < 0 || width <= len) && (precision < 0 || precision >= len)
        && (flags & (F_SIGN | F_BLANK)) == 0) {
      sb.append(s);
      return;
    }
    if (width > Layout.MAX_LENGTH) {
      throw FormatError.memoryError();
    }
    char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
    int start = 0;
    if ((c == 's' || c == 'r' || c == 'a') && precision >= 0 && len > precision) {
      len = precision;
    }
    char sign = 0;
    if (numeric) {
      char first = s.charAt(0);
      if (first == '-' || first == '+') {
        sign = first;
        start = 1;
        len--;
      } else if ((flags & F_SIGN) != 0) {
        sign = '+';
      } else if ((flags & F_BLANK) != 0) {
        sign = ' ';
      }
    }
    int w = (int) Math.max(width, len);
    if (sign != 0) {
      if (fill != ' ') {
        sb.append(sign);
      }
      if (w > len) {
        w--;
      }
    }
    boolean prefix = (flags & F_ALT) != 0 && (c == 'x' || c == 'X' || c == 'o');
    if (prefix) {
      if (fill != ' ') {
        sb.append(s, start, start + 2);
        start += 2;
      }
      w = Math.max(w - 2, 0);
      len -= 2;
    }
    if (w > len && (flags & F_LJUST) == 0) {
      sb.repeat(fill, w - len);
      w = len;
    }
    if (fill == ' ') {
      if (sign != 0) {
        sb.append(sign);
      }
      if (prefix) {
        sb.append(s, start, start + 2);
        start += 2;
      }
    }
    int end = len == s.length() - start ? s.length() : s.offsetByCodePoints(start, len);
    sb.append(s, start, end);
    if (w > len) {
      sb.repeat(' ', w - len);
    }
  }

  // ------------------------------------------------------------------ bytes

  /** A growable byte buffer. */
  private static final class Bytes {
    byte[] buf;
    int size;

    Bytes(int capacity) {
      buf = new byte[Math.max(capacity, 16)];
    }

    private void ensure(long extra) {
      long need = size + extra;
      if (need > Layout.MAX_LENGTH) {
        throw FormatError.memoryError();
      }
      if (need > buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(Layout.MAX_LENGTH, Math.max(need,
            2L * buf.length)));
      }
    }

    void add(int b) {
      ensure(1);
      buf[size++] = (byte) b;
    }

    void add(byte[] b, int from, int to) {
      ensure(to - from);
      System.arraycopy(b, from, buf, size, to - from);
      size += to - from;
    }

    void addAscii(CharSequence s, int from, int to) {
      ensure(to - from);
      for (int i = from; i < to; i++) {
        buf[size++] = (byte) s.charAt(i);
      }
    }

    void repeat(int b, long count) {
      if (count <= 0) {
        return;
      }
      ensure(count);
      Arrays.fill(buf, size, size + (int) count, (byte) b);
      size += (int) count;
    }
  }

  /** template % args for a bytes (or bytearray) template; returns the new bytes. */
  public static byte[] format(byte[] template, Object args, Operands ops) {
    int n = template.length;
    Args a = new Args(ops, args, true);
    Bytes out = new Bytes(n + 16);
    Spec spec = new Spec();
    int pos = 0;
    while (pos < n) {
      int pct = pos;
      while (pct < n && template[pct] != '%') {
        pct++;
      }
      out.add(template, pos, pct);
      if (pct == n) {
        break;
      }
      pos = pct + 1;
      if (pos < n && template[pos] == '%') {
        out.add('%');
        pos++;
        continue;
      }
      pos = parseSpec(template, pos, a, spec);
      convert(out, template, pos, a, spec);
    }
    a.checkAllUsed();
    return Arrays.copyOf(out.buf, out.size);
  }

  /** {@link #parseSpec(String, int, Args, Spec)} for bytes. */
  private static int parseSpec(byte[] t, int pos, Args a, Spec spec) {
    int n = t.length;
    spec.width = -1;
    spec.precision = -1;
    if (pos < n && t[pos] == '(') {
      if (a.dict == null) {
        throw FormatError.typeError("format requires a mapping");
      }
      int start = ++pos;
      int depth = 1;
      while (depth > 0 && pos < n) {
        byte c = t[pos++];
        if (c == ')') {
          depth--;
        } else if (c == '(') {
          depth++;
        }
      }
      if (depth > 0) {
        throw FormatError.valueError("incomplete format key");
      }
      a.key(Arrays.copyOfRange(t, start, pos - 1));
    }
    int flags = 0;
    for (; pos < n; pos++) {
      int f = flag(t[pos]);
      if (f == 0) {
        break;
      }
      flags |= f;
    }
    if (pos < n && t[pos] == '*') {
      long w = starValue(a, false);
      if (w < 0) {
        flags |= F_LJUST;
        w = -w;
      }
      spec.width = w;
      pos++;
    } else if (pos < n && isDigit(t[pos])) {
      long w = 0;
      while (pos < n && isDigit(t[pos])) {
        int d = t[pos++] - '0';
        if (w > (Long.MAX_VALUE - d) / 10) {
          throw FormatError.valueError("width too big");
        }
        w = w * 10 + d;
      }
      spec.width = w;
    }
    if (pos < n && t[pos] == '.') {
      pos++;
      spec.precision = 0;
      if (pos < n && t[pos] == '*') {
        spec.precision = (int) Math.max(0, starValue(a, true));
        pos++;
      } else if (pos < n && isDigit(t[pos])) {
        int p = 0;
        while (pos < n && isDigit(t[pos])) {
          int d = t[pos++] - '0';
          if (p > (Integer.MAX_VALUE - d) / 10) {
            throw FormatError.valueError("precision too big");
          }
          p = p * 10 + d;
        }
        spec.precision = p;
      }
    }
    if (pos < n && (t[pos] == 'h' || t[pos] == 'l' || t[pos] == 'L')) {
      pos++;
    }
    if (pos >= n) {
      throw FormatError.valueError("incomplete format");
    }
    spec.flags = flags;
    spec.conversion = t[pos]; // signed, as CPython's char: it shows in one message
    return pos + 1;
  }

  private static void convert(Bytes out, byte[] t, int pos, Args a, Spec spec) {
    Object v = a.next();
    int c = spec.conversion;
    byte[] b = null;
    String s = null;
    boolean numeric = false;
    int len;
    switch (c) {
      case 'r', 'a' -> {
        s = a.ops.ascii(v);
        len = s.length();
        if (spec.precision >= 0 && len > spec.precision) {
          len = spec.precision;
        }
      }
      case 's', 'b' -> {
        b = a.ops.toBytes(v);
        if (b == null) {
          throw FormatError.typeError("%b requires a bytes-like object, or an object that "
              + "implements __bytes__, not '" + a.ops.typeName(v) + "'");
        }
        len = b.length;
        if (spec.precision >= 0 && len > spec.precision) {
          len = spec.precision;
        }
      }
      case 'd', 'i', 'u', 'o', 'x', 'X' -> {
        // bytes' %i is %d, as its messages show
        int type = c == 'i' ? 'd' : c;
        s = formatLong(integer(v, type, a.ops), spec.flags, spec.precision, (char) type);
        len = s.length();
        numeric = true;
      }
      case 'e', 'E', 'f', 'F', 'g', 'G' -> {
        double d;
        if (v instanceof Double x) {
          d = x;
        } else {
          try {
            d = toDouble(v, a.ops);
          } catch (RuntimeException e) {
            // CPython replaces whatever the conversion raised.
            throw FormatError.typeError("float argument required, not " + a.ops.typeName(v));
          }
        }
        StringBuilder num = new StringBuilder(24);
        FloatFormat.appendPercent(num, d, (char) c, spec.precision < 0 ? 6 : spec.precision,
            (spec.flags & F_ALT) != 0);
        s = num.toString();
        len = s.length();
        numeric = true;
      }
      case 'c' -> {
        b = new byte[] {byteOf(v, a.ops)};
        len = 1;
      }
      default -> {
        if (c < 0) {
          // CPython formats its message with %c of a negative char, which fails so.
          throw FormatError.overflowError("character argument not in range(0x110000)");
        }
        throw FormatError.valueError("unsupported format character '" + (char) c + "' (0x"
            + Integer.toHexString(c) + ") at index " + (pos - 1));
      }
    }
    int flags = spec.flags;
    char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
    int start = 0;
    char sign = 0;
    if (numeric) {
      char first = s.charAt(0);
      if (first == '-' || first == '+') {
        sign = first;
        start = 1;
        len--;
      } else if ((flags & F_SIGN) != 0) {
        sign = '+';
      } else if ((flags & F_BLANK) != 0) {
        sign = ' ';
      }
    }
    if (spec.width > Layout.MAX_LENGTH) {
      throw FormatError.memoryError();
    }
    int w = (int) Math.max(spec.width, len);
    if (sign != 0) {
      if (fill != ' ') {
        out.add(sign);
      }
      if (w > len) {
        w--;
      }
    }
    boolean prefix = (flags & F_ALT) != 0 && (c == 'x' || c == 'X' || c == 'o');
    if (prefix) {
      if (fill != ' ') {
        out.addAscii(s, start, start + 2);
        start += 2;
      }
      w = Math.max(w - 2, 0);
      len -= 2;
    }
    if (w > len && (flags & F_LJUST) == 0) {
      out.repeat(fill, w - len);
      w = len;
    }
    if (fill == ' ') {
      if (sign != 0) {
        out.add(sign);
      }
      if (prefix) {
        out.addAscii(s, start, start + 2);
        start += 2;
      }
    }
    if (b != null) {
      out.add(b, start, start + len);
    } else {
      out.addAscii(s, start, start + len);
    }
    if (w > len) {
      out.repeat(' ', w - len);
    }
  }

  /** %c of a bytes template: a bytes or bytearray of length 1 or an int in range(256). */
  private static byte byteOf(Object v, Operands ops) {
    byte[] b = ops.bytesValue(v);
    if (b != null) {
      if (b.length == 1) {
        return b[0];
      }
      throw FormatError.typeError("%c requires an integer in range(256) or a single byte");
    }
    Object i = v instanceof Long || v instanceof BigInteger ? v : ops.toInt(v, true);
    if (i == null) {
      throw FormatError.typeError("%c requires an integer in range(256) or a single byte");
    }
    if (i instanceof Long l && l >= 0 && l <= 255) {
      return (byte) (long) l;
    }
    throw FormatError.overflowError("%c arg not in range(256)");
  }
}
