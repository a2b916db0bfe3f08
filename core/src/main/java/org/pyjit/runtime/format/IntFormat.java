package org.pyjit.runtime.format;

import java.math.BigInteger;

/**
 * format(int, spec), str(int) and bin/oct/hex, as CPython 3.13.
 *
 * <p>Contract: a Python int is a {@code long}, or a {@link BigInteger} when it does not fit
 * one (a BigInteger that fits is accepted too). Results are CPython's character for
 * character; errors are {@link FormatError}s with CPython's class and message. The types
 * e, E, f, F, g, G and % format the int converted to a float (OverflowError when it is too
 * large), 'n' is 'd' in the C locale (no grouping), and an empty spec is str(). For an int
 * subclass such as bool, an empty spec is the interpreter's str() of the object and other
 * specs are parsed with its type name: {@code format(v, FormatSpec.parse(spec, 'd', "bool"))}.
 *
 * <p>Decimal conversions (str, 'd', 'n', no type) of ints with more digits than
 * {@link #maxStrDigits()} fail with CPython's ValueError, as sys.set_int_max_str_digits
 * limits them; the same limit applies to {@link NumberParse#parseInt}.
 */
public final class IntFormat {
  private IntFormat() {}

  /** CPython's default for sys.set_int_max_str_digits (PyConfig.int_max_str_digits). */
  public static final int DEFAULT_MAX_STR_DIGITS = 4300;

  private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

  /** The current limit on digits in int/str conversions; 0 means no limit. */
  public static int maxStrDigits() {
    return maxStrDigits;
  }

  /**
   * sys.set_int_max_str_digits(n): 0 (no limit) or at least 640.
   *
   * @throws FormatError ValueError for other values, with CPython's message
   */
  public static void setMaxStrDigits(int n) {
    if (n != 0 && n < 640) {
      throw FormatError.valueError("maxdigits must be 0 or larger than 640");
    }
    maxStrDigits = n;
  }

  /** format(v, spec) for an int. */
  public static String format(long v, String spec) {
    if (spec.isEmpty()) {
      return Long.toString(v);
    }
    return format(v, FormatSpec.parse(spec, 'd', "int"));
  }

  /** format(v, spec) for an int, spec parsed with default type 'd'. */
  public static String format(long v, FormatSpec spec) {
    return switch (spec.type) {
      case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatInt(v, null, spec);
      case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> FloatFormat.format((double) v, spec);
      default -> throw spec.unknownType();
    };
  }

  /** format(v, spec) for an int. */
  public static String format(BigInteger v, String spec) {
    if (spec.isEmpty()) {
      return toString(v);
    }
    return format(v, FormatSpec.parse(spec, 'd', "int"));
  }

  /** format(v, spec) for an int, spec parsed with default type 'd'. */
  public static String format(BigInteger v, FormatSpec spec) {
    if (v.bitLength() < 64) {
      return format(v.longValue(), spec);
    }
    return switch (spec.type) {
      case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatInt(0, v, spec);
      case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> FloatFormat.format(toDouble(v), spec);
      default -> throw spec.unknownType();
    };
  }

  /** float(v) for an int: correctly rounded, OverflowError beyond the float range. */
  static double toDouble(BigInteger v) {
    double d = v.doubleValue();
    if (Double.isInfinite(d)) {
      throw FormatError.overflowError("int too large to convert to float");
    }
    return d;
  }

  /** The integer presentation types; big is null when the value is v. */
  private static String formatInt(long v, BigInteger big, FormatSpec spec) {
    if (spec.precision != -1) {
      throw FormatError.valueError("Precision not allowed in integer format specifier");
    }
    if (spec.noNegZero) {
      throw FormatError.valueError(
          "Negative zero coercion (z) not allowed in integer format specifier");
    }
    int width = spec.widthOrMinus1();
    if (spec.type == 'c') {
      if (spec.sign != 0) {
        throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
      }
      if (spec.alternate) {
        throw FormatError.valueError(
            "Alternate form (#) not allowed with integer format specifier 'c'");
      }
      if (big != null) {
        throw FormatError.overflowError("Python int too large to convert to C long");
      }
      if (v < 0 || v > 0x10ffff) {
        throw FormatError.overflowError("%c arg not in range(0x110000)");
      }
      String ch = Character.toString((int) v);
      StringBuilder sb = new StringBuilder(Math.max(width, 2));
      Layout.number(sb, (char) 0, (char) 0, 3, spec.fill, spec.align, width, false, "", ch, 0,
          0, ch.length());
      return sb.toString();
    }
    int radix;
    String prefix;
    switch (spec.type) {
      case 'b' -> {
        radix = 2;
        prefix = "0b";
      }
      case 'o' -> {
        radix = 8;
        prefix = "0o";
      }
      case 'x' -> {
        radix = 16;
        prefix = "0x";
      }
      case 'X' -> {
        radix = 16;
        prefix = "0X";
      }
      default -> {
        radix = 10;
        prefix = "";
      }
    }
    boolean negative = big != null ? big.signum() < 0 : v < 0;
    String digits = big != null ? magnitude(big, radix) : magnitude(v, radix);
    if (spec.type == 'X') {
      digits = upper(digits);
    }
    if (!spec.alternate) {
      prefix = "";
    }
    char separator = spec.type == 'n' ? 0 : spec.grouping;
    int groupSize = radix == 10 ? 3 : 4;
    if (width < 0 && spec.sign != '+' && spec.sign != ' ' && separator == 0) {
      if (!negative && prefix.isEmpty()) {
        return digits;
      }
      return (negative ? "-" : "") + prefix + digits;
    }
    StringBuilder sb = new StringBuilder(Math.max(width, digits.length() + 8));
    Layout.number(sb, spec.sign, separator, groupSize, spec.fill, spec.align, width, negative,
        prefix, digits, 0, digits.length(), digits.length());
    return sb.toString();
  }

  /** The digits of |v| in a radix (2, 8, 10 or 16), lower case. */
  private static String magnitude(long v, int radix) {
    long m = v < 0 ? -v : v; // Long.MIN_VALUE stays itself: unsigned, it is 2^63
    return switch (radix) {
      case 2 -> Long.toBinaryString(m);
      case 8 -> Long.toOctalString(m);
      case 16 -> Long.toHexString(m);
      default -> Long.toUnsignedString(m);
    };
  }

  private static String magnitude(BigInteger v, int radix) {
    BigInteger m = v.abs();
    return radix == 10 ? decimal(m) : m.toString(radix);
  }

  /** str(v) of a big int: its decimal digits and sign, within the digit limit. */
  public static String decimalString(BigInteger v) {
    String m = decimal(v.abs());
    return v.signum() < 0 ? "-" + m : m;
  }

  /** The decimal digits of a non-negative value, within the digit limit. */
  private static String decimal(BigInteger m) {
    int limit = maxStrDigits;
    if (limit > 0) {
      // Digits are at least floor(bits * log10(2)) + 1 > (bits - 1) * 0.30102999.
      long bits = m.bitLength();
      if ((bits - 1) * 0.30102999 >= limit) {
        throw tooManyDigits(limit);
      }
    }
    String s = m.toString();
    if (limit > 0 && s.length() > limit) {
      throw tooManyDigits(limit);
    }
    return s;
  }

  private static FormatError tooManyDigits(int limit) {
    return FormatError.valueError("Exceeds the limit (" + limit
        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to "
        + "increase the limit");
  }

  private static String upper(String s) {
    // The digits of a number are ASCII: no locale or special casing can apply.
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'a') {
        c[i] -= 'a' - 'A';
      }
    }
    return new String(c);
  }

  /** str(v) for an int, within the digit limit. */
  public static String toString(BigInteger v) {
    if (v.bitLength() < 64) {
      return Long.toString(v.longValue());
    }
    String digits = decimal(v.abs());
    return v.signum() < 0 ? "-" + digits : digits;
  }

  /**
   * bin(v), oct(v), hex(v) for radix 2, 8, 16 ("-0b101", "0o17", "0xff"); str(v) for 10.
   */
  public static String toString(long v, int radix) {
    if (radix == 10) {
      return Long.toString(v);
    }
    String digits = magnitude(v, radix);
    String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
    return v < 0 ? "-" + prefix + digits : prefix + digits;
  }

  /**
   * bin(v), oct(v), hex(v) for radix 2, 8, 16; str(v), within the digit limit, for 10.
   */
  public static String toString(BigInteger v, int radix) {
    if (v.bitLength() < 64) {
      return toString(v.longValue(), radix);
    }
    if (radix == 10) {
      return toString(v);
    }
    String digits = v.abs().toString(radix);
    String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
    return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
  }

  /** The digits of |v| in radix 8, 10 or 16 for %-formatting: of big, or of v if big is null. */
  static String percentDigits(long v, BigInteger big, int radix) {
    return big != null ? magnitude(big, radix) : magnitude(v, radix);
  }
}
