package org.pyjit.runtime.format;

import org.pyjit.runtime.UnicodeVersion;

/**
 * The two character properties number parsing and format specs need, as CPython 3.13 has
 * them: a decimal digit is a code point of category Nd (CPython's decimal property holds for
 * exactly those), judged with the JDK's tables pinned to Unicode 15.1; whitespace is
 * str.isspace(), a fixed set in 15.1.
 */
final class UnicodeChars {
  private UnicodeChars() {}

  /** The value of a decimal digit (ASCII or any other Nd character), or -1. */
  static int decimal(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9' ? cp - '0' : -1;
    }
    if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER
        || UnicodeVersion.isUnassigned(cp)) {
      return -1;
    }
    return Character.digit(cp, 10);
  }

  /** str.isspace() for one code point. */
  static boolean isSpace(int cp) {
    if (cp < 0x80) {
      return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
    }
    return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
  }
}
