package org.pyjit.modules;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A character class as sre matches it: literals, ranges and the categories {@code \d \s \w}
 * (and their negations), possibly negated as a whole, possibly case-insensitive. With
 * IGNORECASE sre lowercases the subject's character and looks it up in a set whose
 * literals were lowercased and given their extra cases, and tests a wide range on the
 * lowercased character and on its uppercase; this class does the same. After {@link
 * #freeze} the answers for characters below 256 come from a bitmap, so the common case is
 * one array load.
 */
final class RegexCharSet {
  static final int DIGIT = 1;
  static final int NOT_DIGIT = 2;
  static final int SPACE = 4;
  static final int NOT_SPACE = 8;
  static final int WORD = 16;
  static final int NOT_WORD = 32;

  /** Ranges at most this long are expanded into single characters when ignoring case. */
  private static final int EXPAND_LIMIT = 1024;

  private final BitSet chars = new BitSet();
  private int[] ranges = new int[0];
  private int categories;
  private final boolean asciiCategories;
  final int caseMode;
  boolean negate;
  private final long[] low = new long[4];

  RegexCharSet(int caseMode, boolean asciiCategories) {
    this.caseMode = caseMode;
    this.asciiCategories = asciiCategories;
  }

  void addChar(int c) {
    if (caseMode == RegexChars.CASE_NONE) {
      chars.set(c);
      return;
    }
    int l = RegexChars.lower(c, caseMode);
    chars.set(l);
    if (caseMode == RegexChars.CASE_UNICODE) {
      for (int e : RegexChars.extraCases(l)) {
        chars.set(e);
      }
    }
  }

  void addRange(int lo, int hi) {
    if (caseMode != RegexChars.CASE_NONE && hi - lo < EXPAND_LIMIT) {
      for (int c = lo; c <= hi; c++) {
        addChar(c);
      }
      return;
    }
    ranges = Arrays.copyOf(ranges, ranges.length + 2);
    ranges[ranges.length - 2] = lo;
    ranges[ranges.length - 1] = hi;
  }

  void addCategory(int cat) {
    categories |= cat;
  }

  /** Whether this set is exactly one character, case-sensitively (then: that char). */
  int single() {
    if (negate || categories != 0 || ranges.length != 0 || caseMode != RegexChars.CASE_NONE
        || chars.cardinality() != 1) {
      return -1;
    }
    return chars.nextSetBit(0);
  }

  RegexCharSet freeze() {
    for (int c = 0; c < 256; c++) {
      if (compute(c)) {
        low[c >> 6] |= 1L << c;
      }
    }
    return this;
  }

  boolean matches(int c) {
    if (c < 256) {
      return (low[c >> 6] & (1L << c)) != 0;
    }
    return compute(c);
  }

  private boolean compute(int c) {
    return raw(c) != negate;
  }

  private boolean raw(int c) {
    if (categories != 0 && category(c)) {
      return true;
    }
    if (caseMode == RegexChars.CASE_NONE) {
      return chars.get(c) || inRanges(c);
    }
    int l = RegexChars.lower(c, caseMode);
    if (chars.get(l) || inRanges(l)) {
      return true;
    }
    return ranges.length > 0 && inRanges(RegexChars.upper(l, caseMode));
  }

  private boolean inRanges(int c) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (c >= ranges[i] && c <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private boolean category(int c) {
    boolean a = asciiCategories;
    if ((categories & DIGIT) != 0 && (a ? RegexChars.isAsciiDigit(c) : RegexChars.isUniDigit(c))
        || (categories & NOT_DIGIT) != 0
        && !(a ? RegexChars.isAsciiDigit(c) : RegexChars.isUniDigit(c))) {
      return true;
    }
    if ((categories & SPACE) != 0 && (a ? RegexChars.isAsciiSpace(c) : RegexChars.isUniSpace(c))
        || (categories & NOT_SPACE) != 0
        && !(a ? RegexChars.isAsciiSpace(c) : RegexChars.isUniSpace(c))) {
      return true;
    }
    return (categories & WORD) != 0 && (a ? RegexChars.isAsciiWord(c) : RegexChars.isUniWord(c))
        || (categories & NOT_WORD) != 0
        && !(a ? RegexChars.isAsciiWord(c) : RegexChars.isUniWord(c));
  }
}
