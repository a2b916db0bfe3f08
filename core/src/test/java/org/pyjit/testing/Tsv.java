package org.pyjit.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the generated test data files (src/test/resources/{literals,format}/*.tsv, written by
 * regen.py there): TAB-separated fields, '#' comment lines, text fields escaped as
 * {@code \\} and {@code \\u{hex}}.
 */
public final class Tsv {
  private Tsv() {}

  /** The rows of a classpath resource, each split on TAB (empty fields kept). */
  public static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Undoes regen.py's enc(). */
  public static String text(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder sb = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        sb.append(c);
      } else if (field.charAt(i + 1) == '\\') {
        sb.append('\\');
        i++;
      } else if (field.charAt(i + 1) == 'u' && field.charAt(i + 2) == '{') {
        int close = field.indexOf('}', i);
        // appendCodePoint keeps a lone surrogate as the single char it is
        sb.appendCodePoint(Integer.parseInt(field, i + 3, close, 16));
        i = close;
      } else {
        throw new IllegalArgumentException("bad escape in test data: " + field);
      }
    }
    return sb.toString();
  }

  /** regen.py's enc(): the same escaping, so that fields compare as text. */
  public static String enc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\\') {
        sb.append("\\\\");
      } else if (org.pyjit.runtime.Repr.isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
      }
    }
    return sb.toString();
  }

  public static byte[] hex(String field) {
    return HexFormat.of().parseHex(field);
  }

  public static double doubleBits(String field) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(field, 16));
  }

  /** Collects mismatches so that one run reports all of them, not just the first. */
  public static final class Mismatches {
    private final List<String> items = new ArrayList<>();
    private int checked;

    public void check(boolean ok, String description) {
      checked++;
      if (!ok) {
        items.add(description);
      }
    }

    public int checked() {
      return checked;
    }

    /** A report of at most 30 mismatches, empty when there are none. */
    public String report() {
      if (items.isEmpty()) {
        return "";
      }
      StringBuilder sb = new StringBuilder(items.size() + " of " + checked + " cases differ:\n");
      items.stream().limit(30).forEach(s -> sb.append("  ").append(s).append('\n'));
      return sb.toString();
    }
  }
}
