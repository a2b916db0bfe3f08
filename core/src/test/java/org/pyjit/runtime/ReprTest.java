package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readable examples of CPython 3.13's repr(), one per rule; the exhaustive comparison with
 * CPython is {@link ReprDataTest}. Every expected string here was printed by CPython 3.13.
 */
class ReprTest {
  @Test
  void strQuotesAndEscapes() {
    assertThat(Repr.str("")).isEqualTo("''");
    assertThat(Repr.str("it's")).isEqualTo("\"it's\"");
    assertThat(Repr.str("'\"")).isEqualTo("'\\'\"'");
    assertThat(Repr.str("a\\b\t\n\r")).isEqualTo("'a\\\\b\\t\\n\\r'");
    assertThat(Repr.str("\u0000\u007f\u00a0\u00e9")).isEqualTo("'\\x00\\x7f\\xa0\u00e9'");
    assertThat(Repr.str("\u2028\ufeff\ue000")).isEqualTo("'\\u2028\\ufeff\\ue000'");
    assertThat(Repr.str("\uD83D\uDE00\uDB40\uDC01")).isEqualTo("'\uD83D\uDE00\\U000e0001'");
    assertThat(Repr.str("\ud800x\udfff")).isEqualTo("'\\ud800x\\udfff'");
    assertThat(Repr.str("e\u0301 \u0378")).isEqualTo("'e\u0301 \\u0378'");
  }

  @Test
  void bytes() {
    assertThat(Repr.bytes(new byte[0])).isEqualTo("b''");
    assertThat(Repr.bytes(new byte[] {'\'', 'a'})).isEqualTo("b\"'a\"");
    assertThat(Repr.bytes(new byte[] {'\'', '"'})).isEqualTo("b'\\'\"'");
    assertThat(Repr.bytes(new byte[] {0, 9, 10, 13, 0x1f, 0x7f, (byte) 0x80, (byte) 0xff, '\\'}))
        .isEqualTo("b'\\x00\\t\\n\\r\\x1f\\x7f\\x80\\xff\\\\'");
  }

  @Test
  void floats() {
    assertThat(Repr.floatRepr(1.0)).isEqualTo("1.0");
    assertThat(Repr.floatRepr(100.0)).isEqualTo("100.0");
    assertThat(Repr.floatRepr(0.1)).isEqualTo("0.1");
    assertThat(Repr.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(Repr.floatRepr(9999999999999998.0)).isEqualTo("9999999999999998.0");
    assertThat(Repr.floatRepr(1e-4)).isEqualTo("0.0001");
    assertThat(Repr.floatRepr(1.5e-5)).isEqualTo("1.5e-05");
    assertThat(Repr.floatRepr(1.2345678901234568e17)).isEqualTo("1.2345678901234568e+17");
    assertThat(Repr.floatRepr(5e-324)).isEqualTo("5e-324"); // Java alone says 4.9E-324
    assertThat(Repr.floatRepr(-0.0)).isEqualTo("-0.0");
    assertThat(Repr.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(Repr.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(Repr.floatRepr(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void complex() {
    assertThat(Repr.complexRepr(0.0, 1.0)).isEqualTo("1j");
    assertThat(Repr.complexRepr(0.0, 2.0)).isEqualTo("2j");
    assertThat(Repr.complexRepr(0.0, 1.5)).isEqualTo("1.5j");
    assertThat(Repr.complexRepr(0.0, 1e16)).isEqualTo("1e+16j");
    assertThat(Repr.complexRepr(0.0, -0.0)).isEqualTo("-0j");
    assertThat(Repr.complexRepr(-0.0, 0.0)).isEqualTo("(-0+0j)");
    assertThat(Repr.complexRepr(-0.0, -1.0)).isEqualTo("(-0-1j)");
    assertThat(Repr.complexRepr(1.0, 2.0)).isEqualTo("(1+2j)");
    assertThat(Repr.complexRepr(0.0, Double.POSITIVE_INFINITY)).isEqualTo("infj");
    assertThat(Repr.complexRepr(0.0, Double.NaN)).isEqualTo("nanj");
    assertThat(Repr.complexRepr(1.0, Double.POSITIVE_INFINITY)).isEqualTo("(1+infj)");
    assertThat(Repr.complexRepr(1.0, Double.NEGATIVE_INFINITY)).isEqualTo("(1-infj)");
    assertThat(Repr.complexRepr(Double.NaN, 1.0)).isEqualTo("(nan+1j)");
  }
}
