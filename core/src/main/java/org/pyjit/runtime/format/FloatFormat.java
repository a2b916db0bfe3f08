package org.pyjit.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.pyjit.runtime.Repr;

/**
 * format(float, spec), format(complex, spec), str(float) and float.hex(), as CPython 3.13.
 *
 * <p>Contract: results are CPython's character for character. Decimal digits are correctly
 * rounded, ties to even, from the exact binary value (as David Gay's dtoa, which CPython
 * uses, rounds): {@code format(0.125, ".2f")} is 0.12 and {@code format(2.675, ".2f")} is
 * 2.67. The empty type is repr's shortest digits with at least one digit after the point
 * when no precision is given, else 'g' that keeps a ".0"; 'n' is 'g' in the C locale;
 * '%' is 'f' of the value times 100 (rounded as a float multiplication, as CPython does).
 * str() and repr() of a float and a complex are {@link Repr}'s.
 *
 * <p>Why exact and fast at once: most requests are decided without big numbers. Fixed
 * notation with up to 27 decimals of a value below 2^63 / 10^precision is an exact 128-bit
 * product and shift. A rounding to n significant digits starts from the shortest
 * round-tripping digits, the closest to the value among the shortest: when they are no more
 * than n digits, n is at most 15 and the value is normal (so within 2^-53 of them, relatively)
 * they are the answer padded with zeros; when they are more than n they round to the answer
 * (a midpoint between n-digit neighbours strictly between them and the value would round-trip
 * too, and be shorter or closer), unless they stop exactly at such a midpoint, which only the
 * exact value can settle.
 * Everything else, and the ties, go to {@link BigDecimal}.
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** Flags of {@link #appendDouble}, as CPython's Py_DTSF_*. */
  static final int ALT = 1;
  static final int ADD_DOT_0 = 2;
  static final int NO_NEG_0 = 4;
  static final int UPPER = 8;

  /** str(d), which is repr(d). */
  public static String str(double d) {
    return Repr.floatRepr(d);
  }

  /** format(d, spec) for a float. */
  public static String format(double d, String spec) {
    if (spec.isEmpty()) {
      return Repr.floatRepr(d);
    }
    return format(d, FormatSpec.parse(spec, 0, "float"));
  }

  /**
   * format(d, spec) for a float, spec parsed with default type 0; also the int types e, E,
   * f, F, g, G and % (spec parsed with default type 'd').
   */
  public static String format(double d, FormatSpec spec) {
    int type = spec.type;
    int flags = 0;
    int defaultPrecision = 6;
    char code;
    boolean percent = false;
    switch (type) {
      case 0 -> {
        code = 'r';
        flags = ADD_DOT_0;
        defaultPrecision = 0;
      }
      case 'e', 'f', 'g' -> code = (char) type;
      case 'E', 'F', 'G' -> {
        code = (char) (type + ('a' - 'A'));
        flags = UPPER;
      }
      case 'n' -> code = 'g';
      case '%' -> {
        code = 'f';
        d *= 100;
        percent = true;
      }
      default -> throw spec.unknownType();
    }
    int precision = precision(spec, defaultPrecision);
    if (spec.precision >= 0 && code == 'r') {
      code = 'g';
    }
    if (spec.alternate) {
      flags |= ALT;
    }
    if (spec.noNegZero) {
      flags |= NO_NEG_0;
    }
    int width = spec.widthOrMinus1();
    StringBuilder sb = new StringBuilder(24);
    appendDouble(sb, d, code, precision, flags);
    if (percent) {
      sb.append('%');
    }
    char separator = type == 'n' ? 0 : spec.grouping;
    if (width < 0 && spec.sign != '+' && spec.sign != ' ' && separator == 0) {
      return sb.toString();
    }
    StringBuilder out = new StringBuilder(Math.max(width, sb.length() + 8));
    appendField(out, sb, spec.sign, separator, spec.fill, spec.align, width);
    return out.toString();
  }

  /** The spec's precision as an int, CPython's error for a larger one. */
  private static int precision(FormatSpec spec, int defaultPrecision) {
    if (spec.precision > Integer.MAX_VALUE) {
      throw FormatError.valueError("precision too big");
    }
    return spec.precision < 0 ? defaultPrecision : (int) spec.precision;
  }

  /** Lays out a number string ([-]digits[.rest]) as a number field. */
  private static void appendField(StringBuilder out, CharSequence num, char sign,
      char separator, int fill, char align, int width) {
    boolean negative = num.charAt(0) == '-';
    int start = negative ? 1 : 0;
    int end = num.length();
    int digitsEnd = start;
    while (digitsEnd < end && num.charAt(digitsEnd) >= '0' && num.charAt(digitsEnd) <= '9') {
      digitsEnd++;
    }
    Layout.number(out, sign, separator, 3, fill, align, width, negative, "", num, start,
        digitsEnd, end);
  }

  /** format(complex(re, im), spec). */
  public static String formatComplex(double re, double im, String spec) {
    if (spec.isEmpty()) {
      return Repr.complexRepr(re, im);
    }
    return formatComplex(re, im, FormatSpec.parse(spec, 0, "complex"));
  }

  /** format(complex(re, im), spec), spec parsed with default type 0 and name "complex". */
  public static String formatComplex(double re, double im, FormatSpec spec) {
    int type = spec.type;
    int flags = 0;
    char code;
    switch (type) {
      case 0 -> code = 'r';
      case 'e', 'f', 'g' -> code = (char) type;
      case 'E', 'F', 'G' -> {
        code = (char) (type + ('a' - 'A'));
        flags = UPPER;
      }
      case 'n' -> code = 'g';
      default -> throw spec.unknownType();
    }
    int precision = precision(spec, code == 'r' ? 0 : 6);
    if (spec.fill == '0') {
      throw FormatError.valueError("Zero padding is not allowed in complex format specifier");
    }
    if (spec.align == '=') {
      throw FormatError.valueError(
          "'=' alignment flag is not allowed in complex format specifier");
    }
    boolean skipReal = false;
    boolean parens = false;
    if (type == 0) {
      // Like repr: a real part of +0.0 is left out, otherwise the whole is in parentheses.
      if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) {
        skipReal = true;
      } else {
        parens = true;
      }
    }
    if (spec.precision >= 0 && code == 'r') {
      code = 'g';
    }
    if (spec.alternate) {
      flags |= ALT;
    }
    if (spec.noNegZero) {
      flags |= NO_NEG_0;
    }
    int width = spec.widthOrMinus1();
    char separator = type == 'n' ? 0 : spec.grouping;
    StringBuilder num = new StringBuilder(24);
    StringBuilder sb = new StringBuilder(48);
    if (parens) {
      sb.append('(');
    }
    if (!skipReal) {
      appendDouble(num, re, code, precision, flags);
      appendField(sb, num, spec.sign, separator, ' ', '<', -1);
      num.setLength(0);
    }
    appendDouble(num, im, code, precision, flags);
    appendField(sb, num, skipReal ? spec.sign : '+', separator, ' ', '<', -1);
    sb.append('j');
    if (parens) {
      sb.append(')');
    }
    if (width < 0) {
      return sb.toString();
    }
    StringBuilder out = new StringBuilder(Math.max(width, sb.length()));
    Layout.padded(out, sb, sb.length(), spec.fill, spec.align, width);
    return out.toString();
  }

  /**
   * '%e' and friends of %-formatting: CPython's PyOS_double_to_string with the conversion
   * character as format code and only the alternate flag.
   */
  static void appendPercent(StringBuilder sb, double d, char conversion, int precision,
      boolean alternate) {
    int flags = alternate ? ALT : 0;
    char code = conversion;
    if (conversion < 'a') {
      flags |= UPPER;
      code = (char) (conversion + ('a' - 'A'));
    }
    appendDouble(sb, d, code, precision, flags);
  }

  /**
   * CPython's PyOS_double_to_string: code is 'e', 'f', 'g' or 'r' (shortest, precision
   * ignored); a '-' for negative values only (never for NaN).
   */
  static void appendDouble(StringBuilder sb, double d, char code, int precision, int flags) {
    boolean upper = (flags & UPPER) != 0;
    if (Double.isNaN(d)) {
      sb.append(upper ? "NAN" : "nan");
      return;
    }
    boolean negative = Double.doubleToRawLongBits(d) < 0;
    double a = Math.abs(d);
    if (Double.isInfinite(a)) {
      sb.append(negative ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
      return;
    }
    Digits dg = new Digits();
    long precisionL = precision;
    switch (code) {
      case 'e' -> {
        precisionL++;
        checkLength(precisionL + 8);
        dg.significant(a, (int) precisionL);
      }
      case 'f' -> {
        dg.fixed(a, precision);
        checkLength((long) Math.max(dg.decpt, 1) + precision + 2);
      }
      case 'g' -> {
        if (precisionL == 0) {
          precisionL = 1;
        }
        if ((flags & ALT) != 0) {
          checkLength(precisionL + 8);
        }
        dg.significant(a, (int) precisionL);
      }
      default -> dg.shortest(a);
    }
    if (negative && !((flags & NO_NEG_0) != 0 && dg.isZero())) {
      sb.append('-');
    }
    dg.layout(sb, code, (int) precisionL, flags);
  }

  private static void checkLength(long n) {
    if (n > Layout.MAX_LENGTH) {
      throw FormatError.memoryError();
    }
  }

  /** float.hex(d): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan". */
  public static String hex(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    long bits = Double.doubleToRawLongBits(d);
    String sign = bits < 0 ? "-" : "";
    if (d == 0.0) {
      return sign + "0x0.0p+0";
    }
    int biased = (int) (bits >>> 52) & 0x7ff;
    long fraction = bits & 0xfffffffffffffL;
    StringBuilder sb = new StringBuilder(24).append(sign);
    // A subnormal is shown as 0.fraction times the least normal exponent.
    sb.append(biased == 0 ? "0x0." : "0x1.");
    String hex = Long.toHexString(fraction);
    sb.repeat('0', 13 - hex.length()).append(hex);
    int exp = biased == 0 ? -1022 : biased - 1023;
    sb.append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
    return sb.toString();
  }

  private static final long[] POW5 = new long[28];

  static {
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
  }

  /**
   * The decimal digits of a non-negative finite double rounded as asked, in Gay's dtoa form:
   * value = 0.digits * 10^decpt, for zero "0" with decpt 1.
   */
  static final class Digits {
    char[] buf = new char[24];
    int length;
    int decpt;

    @Override
    public String toString() {
      return new String(buf, 0, length) + "e" + decpt;
    }

    boolean isZero() {
      return length == 1 && buf[0] == '0';
    }

    private void setZero() {
      buf[0] = '0';
      length = 1;
      decpt = 1;
    }

    private void set(CharSequence s, int decpt) {
      int n = s.length();
      while (n > 1 && s.charAt(n - 1) == '0') {
        n--;
      }
      if (buf.length < n) {
        buf = new char[n];
      }
      for (int i = 0; i < n; i++) {
        buf[i] = s.charAt(i);
      }
      length = n;
      this.decpt = decpt;
    }

    /** repr's shortest round-tripping digits. */
    void shortest(double a) {
      if (a == 0.0) {
        setZero();
        return;
      }
      Repr.Shortest sh = Repr.Shortest.of(a);
      set(sh.digits(), sh.decpt());
    }

    /** Correctly rounded to n >= 1 significant digits, trailing zeros dropped. */
    void significant(double a, int n) {
      if (a == 0.0) {
        setZero();
        return;
      }
      if (n <= 17) {
        Repr.Shortest sh = Repr.Shortest.of(a);
        String s = sh.digits();
        int k = s.length();
        if (k <= n) {
          if (n <= 15 && a >= Double.MIN_NORMAL) {
            set(s, sh.decpt());
            return;
          }
        } else {
          char next = s.charAt(n);
          if (next != '5' || k > n + 1) {
            roundShortest(s, sh.decpt(), n, next >= '5');
            return;
          }
        }
      }
      significantExact(a, n);
    }

    /** {@link #significant} by exact decimal arithmetic only. */
    void significantExact(double a, int n) {
      if (a == 0.0) {
        setZero();
        return;
      }
      BigDecimal exact = new BigDecimal(a);
      if (n < 800) { // a double has at most 767 significant digits
        exact = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
      }
      String u = exact.unscaledValue().toString();
      set(u, u.length() - exact.scale());
    }

    /** The first n of the shortest digits s, plus one unit in the last if up. */
    private void roundShortest(String s, int decpt, int n, boolean up) {
      if (buf.length < n) {
        buf = new char[n];
      }
      s.getChars(0, n, buf, 0);
      int len = n;
      if (up) {
        int i = n - 1;
        while (i >= 0 && buf[i] == '9') {
          i--;
        }
        if (i < 0) {
          buf[0] = '1';
          len = 1;
          decpt++;
        } else {
          buf[i]++;
          len = i + 1;
        }
      }
      while (len > 1 && buf[len - 1] == '0') {
        len--;
      }
      length = len;
      this.decpt = decpt;
    }

    /** Correctly rounded to p >= 0 digits after the point. */
    void fixed(double a, int p) {
      if (a == 0.0) {
        setZero();
        return;
      }
      if (p < POW5.length) {
        long r = scaledFast(a, p);
        if (r == 0) {
          setZero();
          return;
        }
        if (r > 0) {
          int n = 0;
          for (long t = r; t != 0; t /= 10) {
            n++;
          }
          if (buf.length < n) {
            buf = new char[n];
          }
          for (int i = n - 1; i >= 0; i--) {
            buf[i] = (char) ('0' + r % 10);
            r /= 10;
          }
          decpt = n - p;
          while (buf[n - 1] == '0') {
            n--;
          }
          length = n;
          return;
        }
      }
      fixedExact(a, p);
    }

    /** {@link #fixed} by exact decimal arithmetic only. */
    void fixedExact(double a, int p) {
      if (a == 0.0) {
        setZero();
        return;
      }
      BigDecimal exact = new BigDecimal(a);
      if (p < 1075) { // a double has at most 1074 digits after the point
        exact = exact.setScale(p, RoundingMode.HALF_EVEN);
      }
      if (exact.signum() == 0) {
        setZero();
        return;
      }
      String u = exact.unscaledValue().toString();
      set(u, u.length() - exact.scale());
    }

    /**
     * round(a * 10^p), ties to even, for 0 <= p <= 27, computed exactly in 128 bits; -1 when
     * the result does not fit in a long.
     */
    private static long scaledFast(double a, int p) {
      long bits = Double.doubleToRawLongBits(a);
      int biased = (int) (bits >>> 52);
      long m = bits & 0xfffffffffffffL;
      int q;
      if (biased == 0) {
        q = -1074;
      } else {
        m |= 1L << 52;
        q = biased - 1075;
      }
      // a * 10^p = m * 5^p * 2^(q + p) = (hi:lo) / 2^s
      long pow5 = POW5[p];
      long lo = m * pow5;
      long hi = Math.multiplyHigh(m, pow5);
      int s = -(q + p);
      if (s <= 0) {
        int shift = -s;
        if (hi != 0 || shift >= 63 || lo < 0 || (lo >>> (63 - shift)) != 0) {
          return -1;
        }
        return lo << shift;
      }
      if (s >= 118) {
        return 0; // the product is below 2^117, so below half of 2^s
      }
      long quotient;
      int cmp; // the remainder against half of 2^s
      boolean remainderZeroBelowHalf;
      if (s < 64) {
        if ((hi >>> (s - 1)) != 0) {
          return -1;
        }
        quotient = (hi << (64 - s)) | (lo >>> s);
        long rem = lo & ((1L << s) - 1);
        long half = 1L << (s - 1);
        cmp = Long.compare(rem, half);
      } else if (s == 64) {
        quotient = hi;
        cmp = Long.compareUnsigned(lo, Long.MIN_VALUE);
      } else {
        quotient = hi >>> (s - 64);
        long remHi = hi & ((1L << (s - 64)) - 1);
        long halfHi = 1L << (s - 65);
        cmp = remHi != halfHi ? Long.compare(remHi, halfHi) : lo != 0 ? 1 : 0;
      }
      if (cmp > 0 || (cmp == 0 && (quotient & 1) != 0)) {
        if (quotient == Long.MAX_VALUE) {
          return -1;
        }
        quotient++;
      }
      return quotient;
    }

    /**
     * Appends the digits laid out for a format code as PyOS_double_to_string does: the
     * digits padded with zeros on either side as the code asks, one decimal point (dropped
     * when last unless in the alternate form), and an exponent of at least two digits.
     */
    void layout(StringBuilder sb, char code, int precision, int flags) {
      boolean alt = (flags & ALT) != 0;
      boolean dot0 = (flags & ADD_DOT_0) != 0;
      int point = decpt;
      long end = length;
      boolean exponent = false;
      switch (code) {
        case 'e' -> {
          exponent = true;
          end = precision;
        }
        case 'f' -> end = (long) point + precision;
        case 'g' -> {
          if (point <= -4 || point > (dot0 ? precision - 1 : precision)) {
            exponent = true;
          }
          if (alt) {
            end = precision;
          }
        }
        default -> exponent = point <= -4 || point > 16;
      }
      int exp = 0;
      if (exponent) {
        exp = point - 1;
        point = 1;
      }
      long start = point <= 0 ? point - 1 : 0;
      end = Math.max(end, !exponent && dot0 ? point + 1 : point);
      int mark = sb.length();
      appendVirtual(sb, start, point);
      sb.append('.');
      appendVirtual(sb, point, end);
      if (!alt && sb.length() == mark + (point - start) + 1) {
        sb.setLength(sb.length() - 1);
      }
      if (exponent) {
        sb.append((flags & UPPER) != 0 ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
          sb.append('0');
        }
        sb.append(e);
      }
    }

    /** The digits at [from, to) of the digits extended by zeros on both sides. */
    private void appendVirtual(StringBuilder sb, long from, long to) {
      if (from >= to) {
        return;
      }
      if (from < 0) {
        long z = Math.min(to, 0) - from;
        sb.repeat('0', (int) z);
        from = 0;
      }
      if (from < length && from < to) {
        int e = (int) Math.min(to, length);
        sb.append(buf, (int) from, e - (int) from);
        from = e;
      }
      if (from < to) {
        sb.repeat('0', (int) (to - from));
      }
    }
  }
}
