package org.pyjit.runtime.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readable examples of the API, one per rule; the exhaustive comparisons with CPython are the
 * *DataTest classes. Every expected string here was printed by CPython 3.13.
 */
class FormatExamplesTest {
  private static final TestOperands OPS = new TestOperands();

  @Test
  void specParsing() {
    FormatSpec s = FormatSpec.parse("*^+z#012_.3f", 0, "float");
    assertThat(s.fill).isEqualTo('*');
    assertThat(s.align).isEqualTo('^');
    assertThat(s.sign).isEqualTo('+');
    assertThat(s.noNegZero).isTrue();
    assertThat(s.alternate).isTrue();
    assertThat(s.width).isEqualTo(12);
    assertThat(s.grouping).isEqualTo('_');
    assertThat(s.precision).isEqualTo(3);
    assertThat(s.type).isEqualTo('f');
    // The '0' flag: a '0' fill and, for numbers without an alignment, '='
    assertThat(FormatSpec.parse("05", 'd', "int").align).isEqualTo('=');
    assertThat(FormatSpec.parse("05", 's', "str").align).isEqualTo('<');
    assertThat(FormatSpec.parse("", 's', "str").align).isEqualTo('<');
    assertThat(FormatSpec.parse("", 'd', "int").width).isEqualTo(-1);
    assertThatThrownBy(() -> FormatSpec.parse("xx", 'd', "int"))
        .hasMessage("Invalid format specifier 'xx' for object of type 'int'");
    assertThatThrownBy(() -> FormatSpec.parse(",s", 's', "str"))
        .hasMessage("Cannot specify ',' with 's'.");
    assertThatThrownBy(() -> FormatSpec.parse(".f", 0, "float"))
        .hasMessage("Format specifier missing precision");
  }

  @Test
  void ints() {
    assertThat(IntFormat.format(1234567, ",")).isEqualTo("1,234,567");
    assertThat(IntFormat.format(255, "#010_b")).isEqualTo("0b1111_1111");
    assertThat(IntFormat.format(1234, "09,")).isEqualTo("0,001,234");
    assertThat(IntFormat.format(-42, "=+8")).isEqualTo("-     42");
    assertThat(IntFormat.format(0x1f600, "^5c")).isEqualTo("  \uD83D\uDE00  ");
    assertThat(IntFormat.format(3, ".2%")).isEqualTo("300.00%");
    assertThat(IntFormat.format(BigInteger.TWO.pow(70), "x")).isEqualTo("400000000000000000");
    assertThat(IntFormat.toString(-5, 2)).isEqualTo("-0b101");
    assertThat(IntFormat.toString(BigInteger.TWO.pow(64), 8)).isEqualTo("0o2000000000000000000000");
    // bool: str() for an empty spec is the interpreter's; other specs name the type
    assertThat(IntFormat.format(1, FormatSpec.parse("d", 'd', "bool"))).isEqualTo("1");
    assertThatThrownBy(() -> IntFormat.format(1, FormatSpec.parse("q", 'd', "bool")))
        .hasMessage("Unknown format code 'q' for object of type 'bool'");
    assertThatThrownBy(() -> IntFormat.format(0x110000, "c"))
        .isInstanceOfSatisfying(FormatError.class,
            e -> assertThat(e.pythonType()).isEqualTo("OverflowError"))
        .hasMessage("%c arg not in range(0x110000)");
    assertThatThrownBy(() -> IntFormat.format(1, "z"))
        .hasMessage("Negative zero coercion (z) not allowed in integer format specifier");
  }

  @Test
  void intStringDigitLimit() {
    BigInteger big = BigInteger.TEN.pow(4300);
    assertThatThrownBy(() -> IntFormat.toString(big))
        .hasMessage("Exceeds the limit (4300 digits) for integer string conversion; use "
            + "sys.set_int_max_str_digits() to increase the limit");
    assertThat(IntFormat.toString(big.subtract(BigInteger.ONE))).hasSize(4300);
    assertThatThrownBy(() -> NumberParse.parseInt("1".repeat(5000)))
        .hasMessage("Exceeds the limit (4300 digits) for integer string conversion: value has "
            + "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    assertThatThrownBy(() -> IntFormat.setMaxStrDigits(639))
        .hasMessage("maxdigits must be 0 or larger than 640");
    try {
      IntFormat.setMaxStrDigits(0);
      assertThat(IntFormat.toString(big)).hasSize(4301);
      assertThat(NumberParse.parseInt("1".repeat(5000))).isInstanceOf(BigInteger.class);
    } finally {
      IntFormat.setMaxStrDigits(IntFormat.DEFAULT_MAX_STR_DIGITS);
    }
  }

  @Test
  void floats() {
    assertThat(FloatFormat.format(1e16, "")).isEqualTo("1e+16");
    assertThat(FloatFormat.format(1.0, "")).isEqualTo("1.0");
    assertThat(FloatFormat.format(1.5, ".3")).isEqualTo("1.5");
    assertThat(FloatFormat.format(1.0, ".0")).isEqualTo("1e+00");
    assertThat(FloatFormat.format(1e16, "#")).isEqualTo("1.e+16");
    assertThat(FloatFormat.format(0.125, ".2f")).isEqualTo("0.12");
    assertThat(FloatFormat.format(0.375, ".2f")).isEqualTo("0.38");
    assertThat(FloatFormat.format(2.675, ".2f")).isEqualTo("2.67");
    assertThat(FloatFormat.format(1e22, ".0f")).isEqualTo("10000000000000000000000");
    assertThat(FloatFormat.format(1e23, ".0f")).isEqualTo("99999999999999991611392");
    assertThat(FloatFormat.format(5e-324, ".3")).isEqualTo("4.94e-324");
    assertThat(FloatFormat.format(-0.0001, "z.2f")).isEqualTo("0.00");
    assertThat(FloatFormat.format(-0.0001, ".2f")).isEqualTo("-0.00");
    assertThat(FloatFormat.format(Double.NEGATIVE_INFINITY, "010F")).isEqualTo("-000000INF");
    assertThat(FloatFormat.format(1234567.891, "_.2f")).isEqualTo("1_234_567.89");
    assertThat(FloatFormat.format(0.5, ".0%")).isEqualTo("50%");
    assertThat(FloatFormat.str(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(FloatFormat.hex(-0.1)).isEqualTo("-0x1.999999999999ap-4");
    assertThatThrownBy(() -> FloatFormat.format(1.0, ".2147483648f"))
        .hasMessage("precision too big");
  }

  @Test
  void complexes() {
    assertThat(FloatFormat.formatComplex(1, 2, "")).isEqualTo("(1+2j)");
    assertThat(FloatFormat.formatComplex(0.0, -0.0, "")).isEqualTo("-0j");
    assertThat(FloatFormat.formatComplex(0.0, -0.0, "g")).isEqualTo("0-0j");
    assertThat(FloatFormat.formatComplex(1, 2, "*^20.3")).isEqualTo("*******(1+2j)*******");
    assertThat(FloatFormat.formatComplex(1e20, 2, ",.2f"))
        .isEqualTo("100,000,000,000,000,000,000.00+2.00j");
    assertThatThrownBy(() -> FloatFormat.formatComplex(1, 2, "010"))
        .hasMessage("Zero padding is not allowed in complex format specifier");
  }

  @Test
  void strings() {
    assertThat(StrFormat.format("ab", "05")).isEqualTo("ab000");
    assertThat(StrFormat.format("\uD83D\uDE00b", "*^5")).isEqualTo("*\uD83D\uDE00b**");
    assertThat(StrFormat.format("\uD83D\uDE00\uD83D\uDE00ab", ".1")).isEqualTo("\uD83D\uDE00");
    assertThatThrownBy(() -> StrFormat.format("a", " "))
        .hasMessage("Space not allowed in string format specifier");
    assertThatThrownBy(() -> StrFormat.format("a", "d"))
        .hasMessage("Unknown format code 'd' for object of type 'str'");
  }

  @Test
  void percent() {
    TestOperands.Tuple args = new TestOperands.Tuple(List.of("x", 5L, 2.5));
    assertThat(PercentFormat.format("%s=%03d (%.1f%%)", args, OPS)).isEqualTo("x=005 (2.5%)");
    assertThat(PercentFormat.format("%#-8x|", 255L, OPS)).isEqualTo("0xff    |");
    assertThat(PercentFormat.format("%+*d", new TestOperands.Tuple(List.of(-5L, 3L)), OPS))
        .isEqualTo("+3   ");
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("name", "pyjit");
    assertThat(PercentFormat.format("%(name)r", m, OPS)).isEqualTo("'pyjit'");
    assertThat(PercentFormat.format("abc", List.of(), OPS)).isEqualTo("abc");
    assertThatThrownBy(() -> PercentFormat.format("%(other)s", m, OPS))
        .hasMessage("'other'");
    assertThatThrownBy(() -> PercentFormat.format("%y", new TestOperands.Tuple(List.of()), OPS))
        .hasMessage("not enough arguments for format string");
    assertThatThrownBy(() -> PercentFormat.format("%d", "a", OPS))
        .hasMessage("%d format: a real number is required, not str");
    assertThat(PercentFormat.format("%5.1f|%c".getBytes(), new TestOperands.Tuple(
        List.of(2.25, 65L)), OPS)).isEqualTo("  2.2|A".getBytes());
  }

  @Test
  void parsing() {
    assertThat(NumberParse.parseInt(" -1_000 ")).isEqualTo(-1000L);
    assertThat(NumberParse.parseInt("\u0661\u0662\u0663")).isEqualTo(123L);
    assertThat(NumberParse.parseInt("0x_ff", 0)).isEqualTo(255L);
    assertThat(NumberParse.parseInt("z", 36)).isEqualTo(35L);
    assertThat(NumberParse.parseInt("9223372036854775808"))
        .isEqualTo(new BigInteger("9223372036854775808"));
    assertThatThrownBy(() -> NumberParse.parseInt("012", 0))
        .hasMessage("invalid literal for int() with base 0: '012'");
    assertThatThrownBy(() -> NumberParse.parseInt("1", 37))
        .hasMessage("int() base must be >= 2 and <= 36, or 0");
    assertThat(NumberParse.parseFloat("\u2003-1_5.2_5e1\u3000")).isEqualTo(-152.5);
    assertThat(NumberParse.parseFloat("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Double.doubleToRawLongBits(NumberParse.parseFloat("-nan"))).isNegative();
    assertThatThrownBy(() -> NumberParse.parseFloat("0x1p0"))
        .hasMessage("could not convert string to float: '0x1p0'");
    assertThat(NumberParse.fromHex("0x1.8p1")).isEqualTo(3.0);
    assertThat(NumberParse.fromHex("-0x1p-1075")).isEqualTo(-0.0);
    assertThatThrownBy(() -> NumberParse.fromHex("0x1p1024"))
        .hasMessage("hexadecimal value too large to represent as a float");
  }
}
