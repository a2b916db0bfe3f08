package org.pyjit.runtime.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * Compares int(str), float(str) and float.fromhex with CPython 3.13 on the data regen.py
 * generated, and the Unicode digits and spaces they accept with CPython's.
 */
class ParseDataTest {
  @Test
  void intParseMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("int_parse.tsv")) {
      String s = Tsv.text(row[0]);
      String got = Data.run(() -> Data.hexint(row[1].isEmpty()
          ? NumberParse.parseInt(s) : NumberParse.parseInt(s, Integer.parseInt(row[1]))));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " base " + row[1] + ": got " + got + ", CPython "
          + want);
    }
    assertThat(m.checked()).isGreaterThan(5_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void floatParseMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("float_parse.tsv")) {
      String s = Tsv.text(row[0]);
      String got = Data.run(() -> Data.bits(NumberParse.parseFloat(s)));
      String want = Data.expected(row, 1);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(5_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void fromHexMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("float_fromhex.tsv")) {
      String s = Tsv.text(row[0]);
      String got = Data.run(() -> Data.bits(NumberParse.fromHex(s)));
      String want = Data.expected(row, 1);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(3_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void unicodeDigitsAndSpacesAreCPythons() {
    Map<Integer, String[]> cpython = new HashMap<>();
    for (String[] row : Data.rows("unicode_chars.tsv")) {
      cpython.put(Integer.parseInt(row[0], 16), row);
    }
    Mismatches m = new Mismatches();
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      String[] row = cpython.get(cp);
      boolean space = row != null && row[1].equals("1");
      int decimal = row == null || row[2].isEmpty() ? -1 : Integer.parseInt(row[2]);
      m.check(UnicodeChars.isSpace(cp) == space, Integer.toHexString(cp) + " isspace");
      m.check(UnicodeChars.decimal(cp) == decimal, Integer.toHexString(cp) + " decimal");
    }
    assertThat(cpython).hasSizeGreaterThan(600);
    assertThat(m.report()).isEmpty();
  }
}
