package org.pyjit.runtime.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/** Compares the % operator of str and bytes with CPython 3.13 on the data regen.py generated. */
class PercentDataTest {
  private static final TestOperands OPS = new TestOperands();

  @Test
  void strPercentMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("percent_str.tsv")) {
      String template = Tsv.text(row[0]);
      Object args = TestOperands.Reader.read(Tsv.text(row[1]));
      String got = Data.run(() -> PercentFormat.format(template, args, OPS));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " % " + row[1] + ": got " + got + ", CPython "
          + want);
    }
    assertThat(m.checked()).isGreaterThan(10_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void bytesPercentMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("percent_bytes.tsv")) {
      byte[] template = Tsv.hex(row[0]);
      Object args = TestOperands.Reader.read(Tsv.text(row[1]));
      String got = Data.run(
          () -> HexFormat.of().formatHex(PercentFormat.format(template, args, OPS)));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " % " + row[1] + ": got " + got + ", CPython "
          + want);
    }
    assertThat(m.checked()).isGreaterThan(5_000);
    assertThat(m.report()).isEmpty();
  }
}
