package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * StrMethods and StrFormatter: every code point's predicates and case mappings against
 * CPython 3.13 (strings/unicode_str.tsv, from gen_unicode_str.py), and a few direct cases;
 * the corpus programs strings/str_methods_more and formatting/str_format_fields cover the
 * methods as Python calls them.
 */
class StrMethodsTest {
  private static String ch(int cp) {
    return new String(Character.toChars(cp));
  }

  private static Map<String, Function<String, Object>> functions() {
    Map<String, Function<String, Object>> f = new HashMap<>();
    f.put("isalpha", s -> StrMethods.isAlpha(s.codePointAt(0)));
    f.put("isdecimal", s -> StrMethods.isDecimal(s.codePointAt(0)));
    f.put("isdigit", s -> StrMethods.isDigit(s.codePointAt(0)));
    f.put("isnumeric", s -> StrMethods.isNumeric(s.codePointAt(0)));
    f.put("isspace", s -> StrMethods.isSpace(s.codePointAt(0)));
    f.put("isprintable", s -> StrMethods.isPrintable(s.codePointAt(0)));
    f.put("isalnum", s -> StrMethods.isAlnum(s.codePointAt(0)));
    f.put("isidentifier", StrMethods::isIdentifier);
    f.put("xidc", s -> StrMethods.isIdentifier("a" + s));
    f.put("islower", s -> StrMethods.caseTest(s, true));
    f.put("isupper", s -> StrMethods.caseTest(s, false));
    f.put("istitle", StrMethods::isTitle);
    f.put("upper", StrMethods::upper);
    f.put("lower", StrMethods::lower);
    f.put("title", StrMethods::title);
    f.put("casefold", StrMethods::casefold);
    f.put("swapcase", StrMethods::swapcase);
    f.put("capitalize", StrMethods::capitalize);
    return f;
  }

  @Test
  void everyCodePointAsCPython() throws IOException {
    Map<String, BitSet> preds = new HashMap<>();
    Map<String, Map<Integer, String>> maps = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        StrMethodsTest.class.getResourceAsStream("/strings/unicode_str.tsv"),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("P")) {
          preds.computeIfAbsent(f[1], x -> new BitSet())
              .set(Integer.parseInt(f[2], 16), Integer.parseInt(f[3], 16) + 1);
        } else {
          StringBuilder sb = new StringBuilder();
          for (String h : f[3].split(" ")) {
            sb.appendCodePoint(Integer.parseInt(h, 16));
          }
          maps.computeIfAbsent(f[1], x -> new HashMap<>())
              .put(Integer.parseInt(f[2], 16), sb.toString());
        }
      }
    }
    assertThat(preds).hasSize(12);
    assertThat(maps).hasSize(6);
    Map<String, Function<String, Object>> fns = functions();
    List<String> bad = new ArrayList<>();
    for (int cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) {
        continue;
      }
      if (cp == 0x40000) {
        cp = 0xe0000; // planes 4 to 13 have nothing assigned
      }
      if (cp == 0xe1000) {
        cp = 0x10fff0; // planes 15 and 16 are private use
      }
      String c = ch(cp);
      for (Map.Entry<String, BitSet> e : preds.entrySet()) {
        boolean got = (Boolean) fns.get(e.getKey()).apply(c);
        if (got != e.getValue().get(cp) && bad.size() < 20) {
          bad.add(e.getKey() + " U+" + Integer.toHexString(cp) + ": " + got);
        }
      }
      for (Map.Entry<String, Map<Integer, String>> e : maps.entrySet()) {
        String want = e.getValue().getOrDefault(cp, c);
        Object got = fns.get(e.getKey()).apply(c);
        if (!want.equals(got) && bad.size() < 20) {
          bad.add(e.getKey() + " U+" + Integer.toHexString(cp) + ": " + Repr.str((String) got)
              + ", CPython " + Repr.str(want));
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void contextualCaseMappings() {
    assertThat(StrMethods.lower("ΟΔΟΣ ΣΑΣ.")).isEqualTo("οδος σας.");
    assertThat(StrMethods.lower("Σ")).isEqualTo("σ");
    assertThat(StrMethods.title("they're ﬁne ß")).isEqualTo("They'Re Fine Ss");
    assertThat(StrMethods.capitalize("ǆEMAL")).isEqualTo("ǅemal");
    assertThat(StrMethods.upper("straße")).isEqualTo("STRASSE");
  }

  @Test
  void searchesCountCodePoints() {
    String s = "a😀b😀c";
    assertThat(StrMethods.find(s, "b", 0, Long.MAX_VALUE, false)).isEqualTo(2);
    assertThat(StrMethods.find(s, "😀", 2, Long.MAX_VALUE, false)).isEqualTo(3);
    assertThat(StrMethods.find(s, "😀", 0, -1, true)).isEqualTo(3);
    assertThat(StrMethods.find(s, "", 6, Long.MAX_VALUE, false)).isEqualTo(-1);
    assertThat(StrMethods.replace("😀😀", "", "|", -1)).isEqualTo("|😀|😀|");
    assertThat(StrMethods.zfill("-7", 4)).isEqualTo("-007");
  }

  @Test
  void formatFields() {
    PyDict kw = new PyDict();
    kw.put("name", "x");
    assertThat(StrFormatter.format("{0} {name!r:>5} {{}} {0:{1}}", new Object[] {"ab", 4L}, kw))
        .isEqualTo("ab   'x' {} ab  ");
    assertThatThrownBy(() -> StrFormatter.format("{}{1}", new Object[] {1L, 2L}, null))
        .isInstanceOf(PyException.class)
        .hasMessageContaining("cannot switch from automatic field numbering");
    assertThatThrownBy(() -> StrFormatter.format("}", new Object[0], null))
        .hasMessageContaining("Single '}' encountered in format string");
  }
}
