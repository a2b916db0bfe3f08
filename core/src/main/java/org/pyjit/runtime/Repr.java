package org.pyjit.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * CPython 3.13's repr() of the builtin literal types, character for character.
 *
 * <p>Contract: {@link #str}, {@link #bytes}, {@link #floatRepr} and {@link #complexRepr}
 * return exactly what CPython's repr() returns for the same value, with two known limits,
 * both from Java rather than from this class: "printable" is judged with the JDK's Unicode
 * tables (Unicode 16 in JDK 25, CPython 3.13 has 15.1), so characters assigned in Unicode 16
 * print as themselves where CPython escapes them; and a Java string cannot tell a surrogate
 * pair from the two lone surrogates a Python str may hold, so a pair is one code point here.
 */
public final class Repr {
  private Repr() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** repr(s) for a str. */
  public static String str(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(quote);
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendChar(sb, cp, quote);
    }
    return sb.append(quote).toString();
  }

  /** repr of a str given as code points (which may include surrogates of their own). */
  public static String str(int[] codePoints) {
    boolean single = false;
    boolean dbl = false;
    for (int cp : codePoints) {
      single |= cp == '\'';
      dbl |= cp == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    StringBuilder sb = new StringBuilder(codePoints.length + 2).append(quote);
    for (int cp : codePoints) {
      appendChar(sb, cp, quote);
    }
    return sb.append(quote).toString();
  }

  /** One code point of a str repr inside the given quotes. */
  private static void appendChar(StringBuilder sb, int cp, char quote) {
    if (cp == quote || cp == '\\') {
      sb.append('\\').append((char) cp);
    } else if (cp == '\t') {
      sb.append("\\t");
    } else if (cp == '\n') {
      sb.append("\\n");
    } else if (cp == '\r') {
      sb.append("\\r");
    } else if (cp < 0x7f && cp >= ' ') {
      sb.append((char) cp);
    } else if (cp < 0x80 || !isPrintable(cp)) {
      escape(sb, cp);
    } else {
      sb.appendCodePoint(cp);
    }
  }

  /** Backslash and x, u or U with 2, 4 or 8 hex digits: the narrowest that holds cp. */
  private static void escape(StringBuilder sb, int cp) {
    int digits;
    if (cp < 0x100) {
      sb.append("\\x");
      digits = 2;
    } else if (cp < 0x10000) {
      sb.append("\\u");
      digits = 4;
    } else {
      sb.append("\\U");
      digits = 8;
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX[(cp >> shift) & 0xf]);
    }
  }

  /**
   * CPython's str.isprintable() for one code point: false for the "Other" and "Separator"
   * general categories, except that ASCII space is printable.
   */
  public static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    if (UnicodeVersion.isUnassigned(cp)) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** repr(b) for bytes. */
  public static String bytes(byte[] b) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte x : b) {
      hasSingle |= x == '\'';
      hasDouble |= x == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(b.length + 3);
    sb.append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == quote || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < ' ' || c >= 0x7f) {
        sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(quote).toString();
  }

  /** repr(d) for a float: shortest round-trip digits, CPython's notation. */
  public static String floatRepr(double d) {
    return format(d, true, false);
  }

  /** repr(complex(real, imag)). */
  public static String complexRepr(double real, double imag) {
    // Only a real part of +0.0 is left out: -0.0 must stay visible to round-trip.
    if (real == 0.0 && Double.doubleToRawLongBits(real) == 0L) {
      return format(imag, false, false) + "j";
    }
    return "(" + format(real, false, false) + format(imag, false, true) + "j)";
  }

  /**
   * CPython's PyOS_double_to_string with format code 'r'. {@code dot0} adds ".0" to an
   * integral value in fixed notation (float repr does, complex repr does not);
   * {@code plus} puts a '+' before non-negative values (the imaginary part of a complex).
   */
  private static String format(double d, boolean dot0, boolean plus) {
    if (Double.isNaN(d)) {
      // CPython drops the sign of a NaN.
      return plus ? "+nan" : "nan";
    }
    boolean negative = (Double.doubleToRawLongBits(d) < 0);
    StringBuilder sb = new StringBuilder(24);
    if (negative) {
      sb.append('-');
    } else if (plus) {
      sb.append('+');
    }
    if (Double.isInfinite(d)) {
      return sb.append("inf").toString();
    }
    if (d == 0.0) {
      return sb.append(dot0 ? "0.0" : "0").toString();
    }
    Shortest sh = Shortest.of(Math.abs(d));
    String digits = sh.digits;
    int nd = digits.length();
    int decpt = sh.decpt;
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        sb.append("0.");
        sb.repeat('0', -decpt);
        sb.append(digits);
      } else if (decpt >= nd) {
        sb.append(digits);
        sb.repeat('0', decpt - nd);
        if (dot0) {
          sb.append(".0");
        }
      } else {
        sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd);
      }
    } else {
      sb.append(digits.charAt(0));
      if (nd > 1) {
        sb.append('.').append(digits, 1, nd);
      }
      int exp = decpt - 1;
      sb.append(exp < 0 ? "e-" : "e+");
      int a = Math.abs(exp);
      if (a < 10) {
        sb.append('0');
      }
      sb.append(a);
    }
    return sb.toString();
  }

  /**
   * The shortest decimal digits that round-trip to a positive finite double, as David Gay's
   * dtoa mode 0 (CPython's) picks them: value = 0.digits * 10^decpt, no trailing zeros.
   * Among the shortest, the one closest to the double (so also the exact value's digits
   * whenever those are at most as many). Public for the formatters of runtime.format.
   */
  public record Shortest(String digits, int decpt) {
    /** The shortest digits of {@code d}, which must be positive and finite. */
    public static Shortest of(double d) {
      // JDK 19+ Double.toString gives the shortest digits, except that where one digit
      // would do it may give two (it then prefers the closer of one- and two-digit
      // candidates, e.g. 4.9E-324 where CPython prints 5e-324).
      String s = Double.toString(d);
      int n = s.length();
      int e = s.indexOf('E');
      int mantissaEnd = e < 0 ? n : e;
      int exp10 = e < 0 ? 0 : Integer.parseInt(s, e + 1, n, 10);
      // One pass over "ddd.ddd": the digits without the point and leading or trailing zeros.
      char[] buf = new char[mantissaEnd];
      int len = 0;
      int decpt = 0;
      boolean point = false;
      for (int i = 0; i < mantissaEnd; i++) {
        char c = s.charAt(i);
        if (c == '.') {
          decpt = len;
          point = true;
        } else if (c != '0' || len > 0) {
          buf[len++] = c;
        } else if (point) {
          decpt--; // 0.00ddd: each leading zero after the point
        }
      }
      decpt += exp10;
      while (buf[len - 1] == '0') {
        len--;
      }
      String digits = new String(buf, 0, len);
      // Java's two digits can only hide a one-digit answer where the rounding interval spans
      // more than a hundredth of the value: only among the least precise subnormals.
      if (digits.length() == 2 && d < Double.MIN_NORMAL) {
        Shortest one = oneDigit(d, digits, decpt);
        if (one != null) {
          return one;
        }
      }
      return new Shortest(digits, decpt);
    }

    /** The one-digit decimal closest to d that still rounds to d, or null if none does. */
    private static Shortest oneDigit(double d, String two, int decpt) {
      int lo = two.charAt(0) - '0';
      BigDecimal exact = new BigDecimal(d);
      Shortest best = null;
      BigDecimal bestDist = null;
      for (int k = lo; k <= lo + 1; k++) {
        Shortest cand = k == 10 ? new Shortest("1", decpt + 1) : new Shortest("" + k, decpt);
        BigDecimal v = new BigDecimal(new BigInteger(cand.digits), 1 - cand.decpt);
        if (Double.parseDouble(cand.digits + "E" + (cand.decpt - 1)) != d) {
          continue;
        }
        BigDecimal dist = v.subtract(exact).abs();
        if (best == null || dist.compareTo(bestDist) < 0) {
          best = cand;
          bestDist = dist;
        }
      }
      return best;
    }
  }
}
