package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The parts of bytes and complex whose exact results are easy to get subtly wrong: UTF-8
 * error positions and replacement counts, complex division/power rounding, complex()
 * string parsing and hex separators. Every expected value was printed by CPython 3.13.
 */
class BytesComplexTest {
  private static byte[] b(int... xs) {
    byte[] r = new byte[xs.length];
    for (int i = 0; i < xs.length; i++) {
      r[i] = (byte) xs[i];
    }
    return r;
  }

  @Test
  void utf8ReplacementFollowsMaximalSubparts() {
    assertThat(Codecs.decode(b(0xe0, 0x80, 0xff, 'a'), "utf-8", "replace"))
        .isEqualTo("\ufffd\ufffd\ufffda");
    assertThat(Codecs.decode(b(0xc0, 0x80), "utf8", "replace")).isEqualTo("\ufffd\ufffd");
    assertThat(Codecs.decode(b(0xf4, 0x90, 0x80, 0x80), "UTF-8", "replace"))
        .isEqualTo("\ufffd\ufffd\ufffd\ufffd");
  }

  @Test
  void utf8ErrorMessages() {
    assertThatThrownBy(() -> Codecs.decode(b('a', 0xed, 0xa0, 0x80), "utf-8", "strict"))
        .hasMessageContaining("'utf-8' codec can't decode byte 0xed in position 1: invalid"
            + " continuation byte");
    assertThatThrownBy(() -> Codecs.decode(b('a', 'b', 0xf0, 0x9f, 0x98), "utf-8", "strict"))
        .hasMessageContaining("can't decode bytes in position 2-4: unexpected end of data");
  }

  @Test
  void surrogateescapeRoundTrips() {
    String s = Codecs.decode(b(0xff), "utf-8", "surrogateescape");
    assertThat(s).isEqualTo("\udcff");
    assertThat(Codecs.encode(s, "utf-8", "surrogateescape")).isEqualTo(b(0xff));
  }

  @Test
  void complexArithmetic() {
    assertThat(PyComplex.div(new PyComplex(1, 2), new PyComplex(3, -4)).repr())
        .isEqualTo("(-0.2+0.4j)");
    assertThat(PyComplex.pow(new PyComplex(1, 1), new PyComplex(3, 0)).repr())
        .isEqualTo("(-2+2j)");
    assertThat(PyComplex.pow(new PyComplex(2, 0), new PyComplex(0.5, 0)).repr())
        .isEqualTo("(1.4142135623730951+0j)");
  }

  @Test
  void infinitePowersOverflowEvenFromTheIntegerPath() {
    assertThatThrownBy(() -> PyComplex.pow(new PyComplex(1e200, 0), new PyComplex(2, 0)))
        .hasMessageContaining("complex exponentiation");
    assertThatThrownBy(() -> PyComplex.pow(new PyComplex(0, 0), new PyComplex(-2.5, 0)))
        .hasMessageContaining("0.0 to a negative or complex power");
  }

  @Test
  void complexParsing() {
    assertThat(ComplexMethods.parse("-1.5e2-.5J").repr()).isEqualTo("(-150-0.5j)");
    assertThat(ComplexMethods.parse(" ( -j ) ").repr()).isEqualTo("-1j");
    assertThatThrownBy(() -> ComplexMethods.parse("1 + 2j"))
        .hasMessageContaining("malformed string");
    assertThatThrownBy(() -> ComplexMethods.parse("1__0"))
        .hasMessageContaining("could not convert string to complex: '1__0'");
  }

  @Test
  void hexSeparatorsGroupFromTheRightUnlessNegative() {
    byte[] data = b(0, 1, 15, 16, 127, 128, 255);
    assertThat(BytesMethods.hex(data, new Object[] {null, "-", 2L}, 1))
        .isEqualTo("00-010f-107f-80ff");
    assertThat(BytesMethods.hex(data, new Object[] {null, " ", -2L}, 1))
        .isEqualTo("0001 0f10 7f80 ff");
  }
}
