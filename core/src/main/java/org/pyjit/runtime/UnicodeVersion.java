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
    static final int[] RANGES = load();

    private static int[] load() {
      try (InputStream in = UnicodeVersion.class.getResourceAsStream("unicode-unassigned.txt");
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
  }

  /** Whether {@code cp} is unassigned (category Cn) in CPython 3.13's Unicode database. */
  public static boolean isUnassigned(int cp) {
    if (cp < 0x378) {
      return false; // everything below U+0378 is assigned
    }
    int[] r = Table.RANGES;
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
