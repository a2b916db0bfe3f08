package org.pyjit.runtime.format;

import java.math.BigInteger;
import org.pyjit.runtime.Repr;

/**
 * int(str), int(str, base), float(str) and float.fromhex(str), as CPython 3.13.
 *
 * <p>Contract: what parses, the values (floats correctly rounded, ties to even) and the
 * errors (ValueError with CPython's message) are CPython's. int() and float() first do what
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII does: every Unicode whitespace
 * character becomes a space and every Unicode decimal digit its ASCII digit, and the first
 * other non-ASCII character ends the text (so the parse fails there); after that only ASCII
 * whitespace counts as blank. float.fromhex takes ASCII only. An int is returned as a
 * {@code Long}, or a {@code BigInteger} when it does not fit one.
 *
 * <p>int() in a base that is not a power of two refuses more digits than
 * {@link IntFormat#maxStrDigits()}, after the syntax is checked, as CPython does.
 */
public final class NumberParse {
  private NumberParse() {}

  /** int(s). */
  public static Object parseInt(String s) {
    return parseInt(s, 10);
  }

  /**
   * int(s, base) for base 0 (the prefix decides, as in Python source) or 2..36.
   *
   * @throws FormatError ValueError for a bad base or literal, or too many digits
   */
  public static Object parseInt(String s, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
      throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    CharSequence t = asciiView(s);
    Object v = parseAsciiInt(t, base);
    if (v == null) {
      throw FormatError.valueError("invalid literal for int() with base " + base + ": "
          + truncatedRepr(s, 200));
    }
    return v;
  }

  /** The text as CPython's parsers see it: s itself when it is all below U+007F. */
  private static CharSequence asciiView(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) >= 0x7f) {
        return transform(s, i);
      }
    }
    return s;
  }

  /**
   * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII from index {@code from} on (what
   * is before is below U+007F): spaces to ' ', decimal digits to ASCII, and the first other
   * character from U+007F up to '?', ending the text.
   */
  private static CharSequence transform(String s, int from) {
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, from);
    for (int i = from; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x7f) {
        sb.append((char) cp);
      } else if (UnicodeChars.isSpace(cp)) {
        sb.append(' ');
      } else {
        int d = UnicodeChars.decimal(cp);
        if (d < 0) {
          sb.append('?');
          break;
        }
        sb.append((char) ('0' + d));
      }
    }
    return sb;
  }

  /** C's isspace in the C locale, as CPython's Py_ISSPACE. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The value of an ASCII digit or letter as a digit, 99 for anything else. */
  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return 99;
  }

  /** For each base, the most digits whose value always fits in a long. */
  private static final int[] LONG_DIGITS = new int[37];

  static {
    for (int b = 2; b <= 36; b++) {
      int k = 0;
      BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
      BigInteger p = BigInteger.valueOf(b);
      while (p.subtract(BigInteger.ONE).compareTo(max) <= 0) {
        k++;
        p = p.multiply(BigInteger.valueOf(b));
      }
      LONG_DIGITS[b] = k;
    }
  }

  /** CPython's PyLong_FromString on the ASCII view; null for an invalid literal. */
  private static Object parseAsciiInt(CharSequence t, int base) {
    int n = t.length();
    int i = 0;
    while (i < n && isAsciiSpace(t.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      negative = t.charAt(i) == '-';
      i++;
    }
    char c0 = i < n ? t.charAt(i) : 0;
    char c1 = i + 1 < n ? t.charAt(i + 1) : 0;
    boolean zeroOnly = false; // "old" octal: 0777 is an error, but 000 is zero
    if (base == 0) {
      if (c0 != '0') {
        base = 10;
      } else if (c1 == 'x' || c1 == 'X') {
        base = 16;
      } else if (c1 == 'o' || c1 == 'O') {
        base = 8;
      } else if (c1 == 'b' || c1 == 'B') {
        base = 2;
      } else {
        zeroOnly = true;
        base = 10;
      }
    }
    if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X'))
        || (base == 8 && (c1 == 'o' || c1 == 'O'))
        || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
      i += 2;
      if (i < n && t.charAt(i) == '_') {
        i++; // one underscore may follow the prefix
      }
    }
    int start = i;
    if (i < n && t.charAt(i) == '_') {
      return null;
    }
    int digits = 0;
    char prev = 0;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c == '_') {
        if (prev == '_') {
          return null;
        }
      } else if (digitValue(c) < base) {
        digits++;
      } else {
        break;
      }
      prev = c;
    }
    int end = i;
    if (prev == '_' || start == end) {
      return null;
    }
    while (i < n && isAsciiSpace(t.charAt(i))) {
      i++;
    }
    if (i != n) {
      return null;
    }
    boolean binary = (base & (base - 1)) == 0;
    int limit = IntFormat.maxStrDigits();
    if (!binary && limit > 0 && digits > limit) {
      throw FormatError.valueError("Exceeds the limit (" + limit + " digits) for integer "
          + "string conversion: value has " + digits + " digits; use "
          + "sys.set_int_max_str_digits() to increase the limit");
    }
    if (digits <= LONG_DIGITS[base]) {
      long acc = 0;
      for (int k = start; k < end; k++) {
        char c = t.charAt(k);
        if (c != '_') {
          acc = acc * base + digitValue(c);
        }
      }
      if (zeroOnly && acc != 0) {
        return null;
      }
      return negative ? -acc : acc;
    }
    BigInteger big;
    if (binary) {
      big = binaryMagnitude(t, start, end, digits, Integer.numberOfTrailingZeros(base));
    } else {
      StringBuilder sb = new StringBuilder(digits);
      for (int k = start; k < end; k++) {
        char c = t.charAt(k);
        if (c != '_') {
          sb.append(c);
        }
      }
      big = new BigInteger(sb.toString(), base);
    }
    if (zeroOnly && big.signum() != 0) {
      return null;
    }
    if (negative) {
      big = big.negate();
    }
    return big.bitLength() < 64 ? (Object) big.longValue() : big;
  }

  /**
   * The value of digits in a power-of-two base, packed into bytes directly: linear, where
   * BigInteger's parser would be quadratic on the long strings these bases may have.
   */
  private static BigInteger binaryMagnitude(CharSequence t, int start, int end, int digits,
      int bitsPerDigit) {
    long bits = (long) digits * bitsPerDigit;
    byte[] mag = new byte[(int) ((bits + 7) / 8) + 1]; // big-endian, a leading 0 for the sign
    int k = mag.length - 1;
    long acc = 0;
    int have = 0;
    for (int i = end - 1; i >= start; i--) {
      char c = t.charAt(i);
      if (c == '_') {
        continue;
      }
      acc |= (long) digitValue(c) << have;
      have += bitsPerDigit;
      while (have >= 8) {
        mag[k--] = (byte) acc;
        acc >>>= 8;
        have -= 8;
      }
    }
    if (have > 0) {
      mag[k] = (byte) acc;
    }
    return new BigInteger(mag);
  }

  /** repr(s) cut to n code points, as CPython's %.200R does. */
  private static String truncatedRepr(String s, int n) {
    String r = Repr.str(s);
    if (r.codePointCount(0, r.length()) <= n) {
      return r;
    }
    return r.substring(0, r.offsetByCodePoints(0, n));
  }

  /**
   * float(s).
   *
   * @throws FormatError ValueError "could not convert string to float: ..." for bad text
   */
  public static double parseFloat(String s) {
    CharSequence t = asciiView(s);
    int n = t.length();
    for (int i = 0; i < n; i++) {
      if (t.charAt(i) == '_') {
        t = withoutUnderscores(t, s);
        n = t.length();
        break;
      }
    }
    int i = 0;
    while (i < n && isAsciiSpace(t.charAt(i))) {
      i++;
    }
    while (n > i && isAsciiSpace(t.charAt(n - 1))) {
      n--;
    }
    if (i < n) {
      int end = decimalEnd(t, i, n);
      if (end == n) {
        return Double.parseDouble(i == 0 && n == t.length() ? t.toString()
            : t.subSequence(i, n).toString());
      }
      if (end < 0) {
        boolean negative = t.charAt(i) == '-';
        int j = t.charAt(i) == '-' || t.charAt(i) == '+' ? i + 1 : i;
        int special = infOrNan(t, j, n);
        if (special == 0) {
          return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (special == 1) {
          return negative ? NEG_NAN : Double.NaN;
        }
      }
    }
    throw notAFloat(s);
  }

  private static FormatError notAFloat(String s) {
    return FormatError.valueError("could not convert string to float: " + Repr.str(s));
  }

  private static final double NEG_NAN = Double.longBitsToDouble(0xfff8000000000000L);

  /** The text without its underscores, each of which must sit between two ASCII digits. */
  private static CharSequence withoutUnderscores(CharSequence t, String original) {
    int n = t.length();
    StringBuilder sb = new StringBuilder(n);
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '_') {
        if (!isDigit(prev)) {
          throw notAFloat(original);
        }
      } else {
        if (prev == '_' && !isDigit(c)) {
          throw notAFloat(original);
        }
        sb.append(c);
      }
      prev = c;
    }
    if (prev == '_') {
      throw notAFloat(original);
    }
    return sb;
  }

  /**
   * The end of the longest decimal number at i, as David Gay's strtod reads one:
   * [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]; -1 when there is none.
   */
  private static int decimalEnd(CharSequence t, int i, int n) {
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int mantissa = 0;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
      mantissa++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
        mantissa++;
      }
    }
    if (mantissa == 0) {
      return -1;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
        j++;
      }
      if (j < n && isDigit(t.charAt(j))) {
        while (j < n && isDigit(t.charAt(j))) {
          j++;
        }
        i = j;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether t[i, n) is exactly "inf"/"infinity" (0) or "nan" (1) in any case; else -1.
   */
  private static int infOrNan(CharSequence t, int i, int n) {
    String rest = t.subSequence(i, n).toString();
    if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
      return 0;
    }
    return rest.equalsIgnoreCase("nan") ? 1 : -1;
  }

  /**
   * float.fromhex(s).
   *
   * @throws FormatError ValueError for bad text, OverflowError for a value beyond the
   *     float range, UnicodeEncodeError for a lone surrogate (CPython reads the text as
   *     UTF-8)
   */
  public static double fromHex(String s) {
    int n = s.length();
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && k + 1 < n
            && Character.isLowSurrogate(s.charAt(k + 1))) {
          k++;
          continue;
        }
        throw new FormatError("UnicodeEncodeError", "'utf-8' codec can't encode character '\\u"
            + Integer.toHexString(c) + "' in position " + s.codePointCount(0, k)
            + ": surrogates not allowed");
      }
    }
    int i = 0;
    while (i < n && isAsciiSpace(s.charAt(i))) {
      i++;
    }
    double x;
    int special = infOrNanPrefix(s, i);
    if (special > i) {
      boolean negative = s.charAt(i) == '-';
      char first = Character.toLowerCase(s.charAt(negative || s.charAt(i) == '+' ? i + 1 : i));
      x = first == 'i' ? Double.POSITIVE_INFINITY : Double.NaN;
      x = negative ? -x : x;
      if (negative && first == 'n') {
        x = NEG_NAN;
      }
      i = special;
    } else {
      boolean negative = false;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negative = s.charAt(i) == '-';
        i++;
      }
      if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
        i += 2;
      }
      int intStart = i;
      while (i < n && hex(s.charAt(i)) >= 0) {
        i++;
      }
      int intEnd = i;
      int fracStart = i;
      int fracEnd = i;
      if (i < n && s.charAt(i) == '.') {
        i++;
        fracStart = i;
        while (i < n && hex(s.charAt(i)) >= 0) {
          i++;
        }
        fracEnd = i;
      }
      long fdigits = fracEnd - fracStart;
      if (intEnd - intStart + fdigits == 0) {
        throw badHex();
      }
      long exp = 0;
      if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
        i++;
        boolean expNegative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
          expNegative = s.charAt(i) == '-';
          i++;
        }
        if (i >= n || !isDigit(s.charAt(i))) {
          throw badHex();
        }
        long e = 0;
        for (; i < n && isDigit(s.charAt(i)); i++) {
          int d = s.charAt(i) - '0';
          // strtol saturates; a saturated exponent is decided below anyway
          e = e > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : e * 10 + d;
        }
        exp = expNegative ? (e == Long.MAX_VALUE ? Long.MIN_VALUE : -e) : e;
      }
      x = hexValue(s, intStart, intEnd, fracStart, fracEnd, fdigits, exp);
      x = negative ? -x : x;
    }
    while (i < n && isAsciiSpace(s.charAt(i))) {
      i++;
    }
    if (i != n) {
      throw badHex();
    }
    return x;
  }

  /** The end of an optionally signed "inf", "infinity" or "nan" prefix at i, or i. */
  private static int infOrNanPrefix(String s, int i) {
    int j = i;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
      j++;
    }
    if (s.regionMatches(true, j, "infinity", 0, 8)) {
      return j + 8;
    }
    if (s.regionMatches(true, j, "inf", 0, 3) || s.regionMatches(true, j, "nan", 0, 3)) {
      return j + 3;
    }
    return i;
  }

  private static FormatError badHex() {
    return FormatError.valueError("invalid hexadecimal floating-point string");
  }

  private static int hex(char c) {
    int d = digitValue(c);
    return d < 16 ? d : -1;
  }

  /**
   * The hex digits s[intStart, intEnd) s[fracStart, fracEnd) times 2^(exp - 4 * fdigits),
   * correctly rounded, ties to even; OverflowError when that rounds beyond the float range.
   * Only the first 15 significant digits are kept, the rest are a sticky bit: 60 bits are
   * more than the 53 + 1 + 1 rounding needs.
   */
  private static double hexValue(String s, int intStart, int intEnd, int fracStart,
      int fracEnd, long fdigits, long exp) {
    long top = 0;
    int kept = 0;
    long rest = 0; // significant digits beyond the kept ones
    boolean sticky = false;
    boolean seen = false;
    for (int pass = 0; pass < 2; pass++) {
      int from = pass == 0 ? intStart : fracStart;
      int to = pass == 0 ? intEnd : fracEnd;
      for (int k = from; k < to; k++) {
        int d = hex(s.charAt(k));
        if (!seen && d == 0) {
          continue;
        }
        seen = true;
        if (kept < 15) {
          top = top << 4 | d;
          kept++;
        } else {
          rest++;
          sticky |= d != 0;
        }
      }
    }
    if (!seen || exp < Long.MIN_VALUE / 2) {
      return 0.0;
    }
    if (exp > Long.MAX_VALUE / 2) {
      throw hexOverflow();
    }
    long e = exp - 4 * fdigits + 4 * rest; // value = (top + sticky) * 2^e
    int bits = 64 - Long.numberOfLeadingZeros(top);
    long topExp = e + bits; // value < 2^topExp
    if (topExp > 1025) {
      throw hexOverflow();
    }
    if (topExp < -1075) {
      return 0.0;
    }
    long lsb = Math.max(topExp - 53, -1074);
    long shift = lsb - e;
    long mant;
    if (shift <= 0) {
      mant = top << -shift;
    } else if (shift >= 63) {
      mant = 0; // below half of the least subnormal
    } else {
      mant = top >>> shift;
      long rem = top & ((1L << shift) - 1);
      long half = 1L << (shift - 1);
      if (rem > half || (rem == half && (sticky || (mant & 1) != 0))) {
        mant++;
      }
    }
    if (64 - Long.numberOfLeadingZeros(mant) + lsb > 1024) {
      throw hexOverflow();
    }
    return Math.scalb((double) mant, (int) lsb);
  }

  private static FormatError hexOverflow() {
    return FormatError.overflowError("hexadecimal value too large to represent as a float");
  }
}
