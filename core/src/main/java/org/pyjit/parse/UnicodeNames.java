package org.pyjit.parse;

import org.pyjit.runtime.UnicodeVersion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the name in a {@code \N{name}} escape as CPython 3.13 does.
 *
 * <p>Contract: {@link #lookup} accepts exactly the names CPython 3.13's unicodeescape
 * decoder accepts (Unicode 15.1): character names and formal name aliases, matched without
 * regard to ASCII case; the algorithmic names "HANGUL SYLLABLE ..." and
 * "CJK UNIFIED IDEOGRAPH-XXXX", in upper case only; no named sequences. One known
 * difference: names of characters new in Unicode 16 (which the JDK knows, CPython 3.13
 * does not) are accepted.
 *
 * <p>Ordinary names come from the JDK's name table ({@link Character#codePointOf}), which
 * is looser than CPython's: it strips blanks, upper-cases with full Unicode case mapping,
 * knows the Unicode 1.0 names of control characters and accepts "BLOCK NAME XXXX" for
 * unnamed code points. Each of those is filtered out here. Aliases, which the JDK lacks,
 * come from a resource file generated from Unicode's NameAliases.txt.
 */
public final class UnicodeNames {
  private UnicodeNames() {}

  private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
  private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

  /** Unicode 15.1's CJK unified ideograph ranges, inclusive pairs. */
  private static final int[] CJK_RANGES = {
    0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B739, 0x2B740, 0x2B81D,
    0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x2EBF0, 0x2EE5D, 0x30000, 0x3134A, 0x31350, 0x323AF,
  };

  // Short names of the leading consonants, vowels and trailing consonants of Hangul
  // syllables (Unicode chapter 3.12, Jamo.txt); the syllable's code point follows from
  // their indexes.
  private static final String[] JAMO_L = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
    "P", "H",
  };
  private static final String[] JAMO_V = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
    "WE", "WI", "YU", "EU", "YI", "I",
  };
  private static final String[] JAMO_T = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
    "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
  };

  /** The code point named {@code name}, or -1 if CPython 3.13 knows no such name. */
  static int lookup(String name) {
    if (name.isEmpty() || !isNameSyntax(name)) {
      return -1;
    }
    // CPython tries these two forms first and does not fall back to the name table.
    if (name.startsWith(HANGUL_PREFIX)) {
      return hangul(name);
    }
    if (name.startsWith(CJK_PREFIX)) {
      return cjk(name);
    }
    String upper = asciiUpper(name);
    Integer alias = Aliases.MAP.get(upper);
    if (alias != null) {
      return alias;
    }
    int cp;
    try {
      cp = Character.codePointOf(upper);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    if (Character.getType(cp) == Character.CONTROL || isUnnamed(cp)
        || UnicodeVersion.isUnassigned(cp)) {
      return -1;
    }
    return cp;
  }

  /**
   * cp's name as unicodedata.name gives it (the namereplace error handler's), or null when
   * CPython 3.13 has none: controls, private use, surrogates, unassigned code points.
   */
  public static String name(int cp) {
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      int s = cp - 0xAC00;
      return HANGUL_PREFIX + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
    }
    for (int i = 0; i < CJK_RANGES.length; i += 2) {
      if (cp >= CJK_RANGES[i] && cp <= CJK_RANGES[i + 1]) {
        return CJK_PREFIX + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
      }
    }
    if (Character.getType(cp) == Character.CONTROL || UnicodeVersion.isUnassigned(cp)
        || isUnnamed(cp)) {
      return null;
    }
    return Character.getName(cp);
  }

  /**
   * Unicode names use only A-Z, 0-9, space and hyphen, and never start or end with a space;
   * anything else cannot match in CPython, but might in the JDK's lenient lookup.
   */
  private static boolean isNameSyntax(String name) {
    if (name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == ' ' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String asciiUpper(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] >= 'a' && cs[i] <= 'z') {
        cs[i] -= 'a' - 'A';
      }
    }
    return new String(cs);
  }

  /** True when the JDK's name for cp is only its "BLOCK NAME XXXX" stand-in. */
  private static boolean isUnnamed(int cp) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    if (block == null) {
      return true;
    }
    String standIn = block.toString().replace('_', ' ') + " "
        + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    return standIn.equals(Character.getName(cp));
  }

  private static int hangul(String name) {
    int pos = HANGUL_PREFIX.length();
    int l = longestJamo(name, pos, JAMO_L);
    if (l < 0) {
      return -1;
    }
    pos += JAMO_L[l].length();
    int v = longestJamo(name, pos, JAMO_V);
    if (v < 0) {
      return -1;
    }
    pos += JAMO_V[v].length();
    int t = longestJamo(name, pos, JAMO_T);
    if (t < 0 || pos + JAMO_T[t].length() != name.length()) {
      return -1;
    }
    return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
  }

  /** Index of the longest entry of table that name has at pos, -1 if none. */
  private static int longestJamo(String name, int pos, String[] table) {
    int best = -1;
    for (int i = 0; i < table.length; i++) {
      String s = table[i];
      if ((best < 0 || s.length() > table[best].length()) && name.startsWith(s, pos)) {
        best = i;
      }
    }
    return best;
  }

  private static int cjk(String name) {
    int n = name.length() - CJK_PREFIX.length();
    if (n != 4 && n != 5) {
      return -1;
    }
    int v = 0;
    for (int i = CJK_PREFIX.length(); i < name.length(); i++) {
      char c = name.charAt(i);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return -1; // lower-case hex digits are not accepted
      }
      v = v * 16 + d;
    }
    for (int i = 0; i < CJK_RANGES.length; i += 2) {
      if (v >= CJK_RANGES[i] && v <= CJK_RANGES[i + 1]) {
        return v;
      }
    }
    return -1;
  }

  /** Formal name aliases, loaded on first use: most programs never write \N{...}. */
  private static final class Aliases {
    static final Map<String, Integer> MAP = load();

    private static Map<String, Integer> load() {
      Map<String, Integer> map = new HashMap<>(1024);
      try (InputStream in = UnicodeNames.class.getResourceAsStream("unicode-name-aliases.txt")) {
        if (in == null) {
          throw new IllegalStateException("resource unicode-name-aliases.txt is missing");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          int semi = line.indexOf(';');
          map.put(line.substring(semi + 1), Integer.parseInt(line, 0, semi, 16));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return map;
    }
  }
}
