package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.Expr;

/**
 * The Literals API as the parser sees it: which types come back, what reaches the sink and
 * with which line. The values themselves are compared with CPython in
 * {@link LiteralsDataTest}; the expectations here were also checked against CPython 3.13.
 */
class LiteralsTest {
  @Test
  void numberTypes() {
    RecordingSink sink = new RecordingSink();
    assertThat(Literals.parseNumber("42", sink)).isEqualTo(42L);
    assertThat(Literals.parseNumber("1_000", sink)).isEqualTo(1000L);
    assertThat(Literals.parseNumber("0xff", sink)).isEqualTo(255L);
    assertThat(Literals.parseNumber("9223372036854775807", sink)).isEqualTo(Long.MAX_VALUE);
    assertThat(Literals.parseNumber("9223372036854775808", sink))
        .isEqualTo(new BigInteger("9223372036854775808"));
    assertThat(Literals.parseNumber("0x8000000000000000", sink))
        .isEqualTo(new BigInteger("8000000000000000", 16));
    assertThat(Literals.parseNumber("1.5", sink)).isEqualTo(1.5);
    assertThat(Literals.parseNumber("1e400", sink)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Literals.parseNumber("1_0.5j", sink)).isEqualTo(new Expr.Imaginary(10.5));
    assertThat(Literals.parseNumber("0777j", sink)).isEqualTo(new Expr.Imaginary(777));
    assertThat(sink.warnings).isEmpty();
  }

  @Test
  void decimalDigitLimitIsAnErrorWithoutColumns() {
    RecordingSink sink = new RecordingSink();
    assertThat(Literals.parseNumber("1".repeat(4300), sink)).isInstanceOf(BigInteger.class);
    assertThatThrownBy(() -> Literals.parseNumber("1".repeat(4301), sink))
        .isInstanceOf(SyntaxErrorException.class)
        .hasMessageStartingWith("Exceeds the limit (4300 digits) for integer string conversion:"
            + " value has 4301 digits;");
    assertThat(sink.lastErrorWithColumns).isFalse();
    // Zeros and power-of-two bases are not limited.
    assertThat(Literals.parseNumber("0".repeat(5000), sink)).isEqualTo(0L);
    assertThat(Literals.parseNumber("0x" + "f".repeat(5000), sink)).isInstanceOf(BigInteger.class);
  }

  @Test
  void bodyWithoutBackslashIsReturnedAsIs() {
    String body = "plain text";
    assertThat(Literals.decodeStr(body, false, 1, null)).isSameAs(body);
    String escaped = "a\\nb";
    assertThat(Literals.decodeStr(escaped, true, 1, null)).isSameAs(escaped);
  }

  @Test
  void escapes() {
    assertThat(Literals.decodeStr("\\x41\\u00e9\\U0001F600\\N{BULLET}\\101\\\n!", false, 1, null))
        .isEqualTo("A\u00e9\uD83D\uDE00\u2022A!");
    assertThat(Literals.decodeBytes("\\x41\\777\\n", false, 1, null))
        .containsExactly('A', 0xff, '\n');
    assertThat(Literals.decodeStr("\\N{LATIN CAPITAL LETTER GHA}\\N{HANGUL SYLLABLE GA}x",
        false, 1, null))
        .isEqualTo("\u01a2\uac00x");
  }

  @Test
  void firstInvalidEscapeIsWarnedAtTheGivenLine() {
    RecordingSink sink = new RecordingSink();
    assertThat(Literals.decodeStr("\\d\\q\\400", false, 7, sink)).isEqualTo("\\d\\q\u0100");
    assertThat(sink.warnings).containsExactly("SyntaxWarning:invalid escape sequence '\\d'");
    assertThat(sink.warningLines).containsExactly(7);

    RecordingSink octal = new RecordingSink();
    assertThat(Literals.decodeBytes("\\777\\d", false, 3, octal)).containsExactly(0xff, '\\', 'd');
    assertThat(octal.warnings)
        .containsExactly("SyntaxWarning:invalid octal escape sequence '\\777'");
  }

  @Test
  void noWarningWhenTheTokenFailsToDecode() {
    RecordingSink sink = new RecordingSink();
    assertThatThrownBy(() -> Literals.decodeStr("\\d\\x4", false, 1, sink))
        .isInstanceOf(SyntaxErrorException.class);
    assertThat(sink.warnings).isEmpty();
    assertThat(sink.lastErrorWithColumns).isTrue();
  }

  @Test
  void errorPositionsCountCPythonsEscapedBuffer() {
    // Each non-ASCII character counts 10 (\U000000e9), so the \x escape is at 10.
    assertThatThrownBy(() -> Literals.decodeStr("\u00e9\\x4", false, 1, new RecordingSink()))
        .hasMessage("(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + "10-12: truncated \\xXX escape");
    // A backslash before a non-ASCII character becomes a 6-byte escape of itself.
    assertThat(Literals.bufferOffset("\\\u00e9", 1)).isEqualTo(6);
    assertThat(Literals.bufferOffset("\\\\\u00e9", 3)).isEqualTo(12);
  }

  @Test
  void bytesErrors() {
    assertThatThrownBy(() -> Literals.decodeBytes("\\x4\u00e9", true, 1, new RecordingSink()))
        .hasMessage("bytes can only contain ASCII literal characters");
    assertThatThrownBy(() -> Literals.decodeBytes("ab\\x4", false, 1, new RecordingSink()))
        .hasMessage("(value error) invalid \\x escape at position 2");
  }

  @Test
  void nullSinkDropsWarningsAndStillThrows() {
    assertThat(Literals.decodeStr("\\d", false, 1, null)).isEqualTo("\\d");
    assertThatThrownBy(() -> Literals.decodeStr("\\N{NO SUCH NAME}", false, 1, null))
        .isInstanceOf(SyntaxErrorException.class)
        .hasMessageEndingWith("unknown Unicode character name");
  }
}
