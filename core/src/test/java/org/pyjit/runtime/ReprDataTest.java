package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/** Compares Repr with CPython 3.13's repr() on the data regen.py generated. */
class ReprDataTest {
  private static final String DIR = "/literals/";

  @Test
  void floatReprMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows(DIR + "float_repr.tsv")) {
      String got = Repr.floatRepr(Tsv.doubleBits(row[0]));
      String want = Tsv.text(row[1]);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(10_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void complexReprMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows(DIR + "complex_repr.tsv")) {
      String got = Repr.complexRepr(Tsv.doubleBits(row[0]), Tsv.doubleBits(row[1]));
      String want = Tsv.text(row[2]);
      m.check(got.equals(want), row[0] + " " + row[1] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(1_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void strReprMatchesCPython() {
    Mismatches m = new Mismatches();
    List<String[]> rows = Tsv.rows(DIR + "str_repr.tsv");
    for (String[] row : rows) {
      String got = Repr.str(Tsv.text(row[0]));
      String want = Tsv.text(row[1]);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(1_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void bytesReprMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows(DIR + "bytes_repr.tsv")) {
      String got = Repr.bytes(Tsv.hex(row[0]));
      String want = Tsv.text(row[1]);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(1_000);
    assertThat(m.report()).isEmpty();
  }
}
