package org.pyjit.modules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.pyjit.runtime.StrMethods;

/**
 * The character properties the regex engine tests, as sre defines them: the categories of
 * {@code \d \s \w} in their Unicode form (str's isdecimal, isspace, isalnum or '_') and their
 * ASCII form (bytes patterns, re.ASCII, re.LOCALE under the C locale), and case folding for
 * IGNORECASE: sre compares lowercased characters (simple case mapping), plus the "extra
 * cases", lowercase characters that differ but share an uppercase form ('s' and 'ſ', 'i'
 * and 'ı', 'µ' and 'μ', ...). Those are computed here from the JDK's case tables the first
 * time a Unicode case-insensitive pattern needs them, not copied from CPython's table.
 */
final class RegexChars {
  private RegexChars() {}

  /** Case-folding modes of a pattern: none, ASCII letters only, all of Unicode. */
  static final int CASE_NONE = 0;
  static final int CASE_ASCII = 1;
  static final int CASE_UNICODE = 2;

  static boolean isAsciiWord(int c) {
    return c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
        || c == '_');
  }

  static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiSpace(int c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  static boolean isUniWord(int c) {
    if (c < 128) {
      return isAsciiWord(c);
    }
    return StrMethods.isAlnum(c);
  }

  static boolean isUniDigit(int c) {
    return c < 128 ? isAsciiDigit(c) : StrMethods.isDecimal(c);
  }

  static boolean isUniSpace(int c) {
    return StrMethods.isSpace(c);
  }

  static int lowerAscii(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  static int upperAscii(int c) {
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  }

  static int lower(int c, int mode) {
    if (c < 128 || mode == CASE_ASCII) {
      return lowerAscii(c);
    }
    return Character.toLowerCase(c);
  }

  static int upper(int c, int mode) {
    if (c < 128 || mode == CASE_ASCII) {
      return upperAscii(c);
    }
    return Character.toUpperCase(c);
  }

  /** Whether case-insensitive matching can change anything for c. */
  static boolean isCased(int c, int mode) {
    if (lower(c, mode) != c || upper(c, mode) != c) {
      return true;
    }
    // 'ß' and the like: no one-character uppercase, but cased (sre's upper is the first
    // character of the full mapping), so their uppercase forms' lowercase meets them
    return mode == CASE_UNICODE && c >= 128 && (Character.isLowerCase(c)
        || Character.isUpperCase(c) || Character.isTitleCase(c) || extraCases(c).length > 0);
  }

  private static final int[] NONE = {};
  private static Map<Integer, int[]> extra;

  /**
   * The other lowercase characters that share c's uppercase form (c lowercase), empty when
   * there are none.
   */
  static int[] extraCases(int c) {
    if (c < 128 && c != 'i' && c != 's' && c != 'k') {
      return NONE;
    }
    int[] e = extraTable().get(c);
    return e == null ? NONE : e;
  }

  private static synchronized Map<Integer, int[]> extraTable() {
    if (extra == null) {
      Map<String, int[]> byUpper = new HashMap<>();
      for (int cp = 0; cp < 0x20000; cp++) {
        if (!(Character.isLowerCase(cp) || Character.isUpperCase(cp)
            || Character.isTitleCase(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
            && Character.toUpperCase(cp) != cp)) {
          continue;
        }
        int lo = Character.toLowerCase(cp);
        String up = new String(Character.toChars(lo)).toUpperCase(Locale.ROOT);
        int[] members = byUpper.get(up);
        if (members == null) {
          byUpper.put(up, new int[] {lo});
        } else if (!contains(members, lo)) {
          int[] m = java.util.Arrays.copyOf(members, members.length + 1);
          m[members.length] = lo;
          byUpper.put(up, m);
        }
      }
      Map<Integer, int[]> t = new HashMap<>();
      for (int[] members : byUpper.values()) {
        if (members.length < 2) {
          continue;
        }
        for (int m : members) {
          int[] others = new int[members.length - 1];
          int k = 0;
          for (int o : members) {
            if (o != m) {
              others[k++] = o;
            }
          }
          int[] old = t.get(m);
          if (old != null) {
            int[] merged = java.util.Arrays.copyOf(old, old.length + others.length);
            System.arraycopy(others, 0, merged, old.length, others.length);
            others = java.util.Arrays.stream(merged).distinct().toArray();
          }
          java.util.Arrays.sort(others);
          t.put(m, others);
        }
      }
      extra = t;
    }
    return extra;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
