package org.pyjit.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CPython 3.13's "Did you mean" suggestions for NameError and AttributeError: the closest
 * candidate by a Levenshtein distance where changing a letter's case costs 1 and any other
 * edit 2, accepted when no more than a third of the characters involved change (ties go to
 * the first candidate); at most 750 candidates and 40 characters are considered.
 */
public final class Suggestions {
  private Suggestions() {}

  private static final int MAX_CANDIDATES = 750;
  private static final int MAX_STRING = 40;
  private static final int MOVE_COST = 2;
  private static final int CASE_COST = 1;

  /**
   * The suggestion for {@code wrong} among {@code candidates}, or null: traceback.py's, which
   * the printed NameError and AttributeError use, never further than {@code wrong} is long.
   */
  public static String suggest(List<String> candidates, String wrong) {
    return suggest(candidates, wrong, wrong.length());
  }

  /**
   * The suggestion of an unexpected keyword argument's error: CPython's C version
   * (_Py_CalculateSuggestions), which has no bound from the name's length ('bb' gets 'b').
   */
  public static String suggestKeyword(List<String> candidates, String wrong) {
    return suggest(candidates, wrong, Integer.MAX_VALUE);
  }

  private static String suggest(List<String> candidates, String wrong, int best) {
    if (candidates.size() > MAX_CANDIDATES || wrong.length() > MAX_STRING) {
      return null;
    }
    String suggestion = null;
    for (String c : candidates) {
      if (c.equals(wrong)) {
        continue;
      }
      int max = (c.length() + wrong.length() + 3) * MOVE_COST / 6;
      max = Math.min(max, best - 1);
      int d = distance(wrong, c, max);
      if (d > max) {
        continue;
      }
      if (suggestion == null || d < best) {
        suggestion = c;
        best = d;
      }
    }
    return suggestion;
  }

  static int distance(String a, String b, int maxCost) {
    if (a.equals(b)) {
      return 0;
    }
    int pre = 0;
    while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
      pre++;
    }
    int ea = a.length();
    int eb = b.length();
    while (ea > pre && eb > pre && a.charAt(ea - 1) == b.charAt(eb - 1)) {
      ea--;
      eb--;
    }
    String x = a.substring(pre, ea);
    String y = b.substring(pre, eb);
    if (x.isEmpty() || y.isEmpty()) {
      return MOVE_COST * (x.length() + y.length());
    }
    if (x.length() > MAX_STRING || y.length() > MAX_STRING) {
      return maxCost + 1;
    }
    if (y.length() < x.length()) {
      String t = x;
      x = y;
      y = t;
    }
    if ((y.length() - x.length()) * MOVE_COST > maxCost) {
      return maxCost + 1;
    }
    int[] row = new int[x.length()];
    for (int i = 0; i < row.length; i++) {
      row[i] = MOVE_COST * (i + 1);
    }
    int result = 0;
    for (int bi = 0; bi < y.length(); bi++) {
      char bc = y.charAt(bi);
      int dist = bi * MOVE_COST;
      result = dist;
      int minimum = Integer.MAX_VALUE;
      for (int i = 0; i < x.length(); i++) {
        int substitute = dist + cost(bc, x.charAt(i));
        dist = row[i];
        int insertDelete = Math.min(result, dist) + MOVE_COST;
        result = Math.min(insertDelete, substitute);
        row[i] = result;
        minimum = Math.min(minimum, result);
      }
      if (minimum > maxCost) {
        return maxCost + 1;
      }
    }
    return result;
  }

  private static int cost(char a, char b) {
    if (a == b) {
      return 0;
    }
    return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
  }

  /** CPython's sys.stdlib_module_names, loaded on first use. */
  public static Set<String> stdlibModuleNames() {
    return Names.SET;
  }

  private static final class Names {
    static final Set<String> SET = load();

    private static Set<String> load() {
      Set<String> out = new HashSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          Suggestions.class.getResourceAsStream("stdlib-module-names.txt"),
          StandardCharsets.US_ASCII))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isEmpty() && !line.startsWith("#")) {
            out.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }
  }

  /** dir(obj)'s names for AttributeError suggestions: instance dict, then the type's MRO. */
  static List<String> attributeNames(Object obj) {
    Set<String> names = new java.util.TreeSet<>();
    if (obj instanceof PyInstance inst && inst.dict != null) {
      for (Object k : inst.dict.keys()) {
        if (k instanceof String s) {
          names.add(s);
        }
      }
    }
    PyType t = obj instanceof PyType pt ? pt : Types.typeOf(obj);
    for (PyType m : t.mro) {
      for (Object k : m.dict.keys()) {
        if (k instanceof String s) {
          names.add(s);
        }
      }
    }
    if (obj instanceof PyModule m) {
      for (Object k : m.dict.keys()) {
        if (k instanceof String s) {
          names.add(s);
        }
      }
    }
    return new ArrayList<>(names);
  }
}
