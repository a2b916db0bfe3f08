package org.pyjit.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Pins the Unicode version to CPython 3.13's (Unicode 15.1). The JDK's character database
 * is newer, so for the code points assigned since, Java's answers differ from CPython's;
 * {@link #isUnassigned} gives CPython's answer, from a table generated with CPython
 * (tools/unicode/gen_unassigned.py), and whatever asks Java about a character's category
 * must consult it first.
 */
public final class UnicodeVersion {
  private UnicodeVersion() {}

  /** Loaded on first use: sorted, disjoint [first, last] pairs. */
  private static final class Table {
    static final int[] RANGES = load("unicode-unassigned.txt");
  }

  private static final class Wide {
    static final int[] RANGES = load("unicode-wide.txt");
  }

  /** A generated table of code point ranges: "FIRST LAST" in hex per line. */
  static int[] load(String resource) {
    try (InputStream in = UnicodeVersion.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      int[] out = new int[2048];
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int sp = line.indexOf(' ');
        if (n + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = Integer.parseInt(line, 0, sp, 16);
        out[n++] = Integer.parseInt(line, sp + 1, line.length(), 16);
      }
      return Arrays.copyOf(out, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code cp} is unassigned (category Cn) in CPython 3.13's Unicode database. */
  public static boolean isUnassigned(int cp) {
    if (cp < 0x378) {
      return false; // everything below U+0378 is assigned
    }
    return inRanges(Table.RANGES, cp);
  }

  /** Whether {@code cp} is East Asian wide or fullwidth (takes two terminal columns). */
  public static boolean isWide(int cp) {
    return cp >= 0x1100 && inRanges(Wide.RANGES, cp);
  }

  private static boolean inRanges(int[] r, int cp) {
    int lo = 0;
    int hi = r.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < r[2 * mid]) {
        hi = mid - 1;
      } else if (cp > r[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
