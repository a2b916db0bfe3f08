package org.pyjit.runtime.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * Compares format() of int, float, complex and str, and bin/oct/str/hex of ints, with CPython
 * 3.13 on the data regen.py generated.
 */
class FormatDataTest {
  @Test
  void intFormatMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("int_format.tsv")) {
      Object v = Data.integer(row[0]);
      String spec = Tsv.text(row[1]);
      String got = Data.run(() -> v instanceof Long l
          ? IntFormat.format(l, spec) : IntFormat.format((BigInteger) v, spec));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " " + row[1] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(20_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void floatFormatMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("float_format.tsv")) {
      double d = Tsv.doubleBits(row[0]);
      String spec = Tsv.text(row[1]);
      String got = Data.run(() -> FloatFormat.format(d, spec));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " (" + d + ") " + row[1] + ": got " + got
          + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(50_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void complexFormatMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("complex_format.tsv")) {
      double re = Tsv.doubleBits(row[0]);
      double im = Tsv.doubleBits(row[1]);
      String spec = Tsv.text(row[2]);
      String got = Data.run(() -> FloatFormat.formatComplex(re, im, spec));
      String want = Data.expected(row, 3);
      m.check(got.equals(want), row[0] + " " + row[1] + " " + row[2] + ": got " + got
          + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(5_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void strFormatMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("str_format.tsv")) {
      String s = Tsv.text(row[0]);
      String spec = Tsv.text(row[1]);
      String got = Data.run(() -> StrFormat.format(s, spec));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " " + row[1] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(3_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void intToStringMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("int_str.tsv")) {
      Object v = Data.integer(row[0]);
      int radix = Integer.parseInt(row[1]);
      String got = Data.run(() -> v instanceof Long l
          ? (radix == 10 ? Long.toString(l) : IntFormat.toString(l, radix))
          : (radix == 10 ? IntFormat.toString((BigInteger) v)
              : IntFormat.toString((BigInteger) v, radix)));
      String want = Data.expected(row, 2);
      m.check(got.equals(want), row[0] + " base " + radix + ": got " + got + ", CPython "
          + want);
      if (v instanceof Long l) {
        String viaBig = Data.run(() -> IntFormat.toString(BigInteger.valueOf(l), radix));
        m.check(viaBig.equals(want), row[0] + " base " + radix + " as BigInteger: got "
            + viaBig + ", CPython " + want);
      }
    }
    assertThat(m.checked()).isGreaterThan(6_000);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void floatHexMatchesCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Data.rows("float_hex.tsv")) {
      String got = FloatFormat.hex(Tsv.doubleBits(row[0]));
      String want = Tsv.text(row[1]);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(3_000);
    assertThat(m.report()).isEmpty();
  }
}
