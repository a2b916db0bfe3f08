package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.Expr;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/** Compares Literals with what CPython 3.13 made of the same tokens (data from regen.py). */
class LiteralsDataTest {
  private static final String DIR = "/literals/";

  @Test
  void numbersMatchCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows(DIR + "numbers.tsv")) {
      String text = row[0];
      String want = String.join(" ", Arrays.copyOfRange(row, 1, row.length));
      RecordingSink sink = new RecordingSink();
      String got;
      try {
        got = describe(Literals.parseNumber(text, sink));
      } catch (SyntaxErrorException e) {
        got = "error " + e.msg() + " " + (sink.lastErrorWithColumns ? "1" : "0");
      }
      m.check(got.equals(want), abbreviate(text) + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(1_000);
    assertThat(m.report()).isEmpty();
  }

  /** The value in the data's notation; also checks the Long/BigInteger split. */
  private static String describe(Object v) {
    return switch (v) {
      case Long l -> "int " + hexInt(BigInteger.valueOf(l));
      case BigInteger b -> b.bitLength() <= 63 ? "BigInteger that fits a long: " + b
          : "int " + hexInt(b);
      case Double d -> "float " + bits(d);
      case Expr.Imaginary im -> "complex " + bits(im.imag());
      default -> "unexpected " + v.getClass();
    };
  }

  private static String hexInt(BigInteger b) {
    return b.signum() < 0 ? "-" + b.negate().toString(16) : b.toString(16);
  }

  private static String bits(double d) {
    return String.format("%016x", Double.doubleToRawLongBits(d));
  }

  @Test
  void stringLiteralsMatchCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows(DIR + "str_literals.tsv")) {
      String src = Tsv.text(row[0]);
      String want = row[1] + " " + row[2] + " " + row[3];
      String got = decode(src);
      m.check(got.equals(want), row[0] + ": got " + got + ", CPython " + want);
    }
    assertThat(m.checked()).isGreaterThan(5_000);
    assertThat(m.report()).isEmpty();
  }

  /** Splits a literal into prefix and body as the tokenizer would, and decodes it. */
  private static String decode(String src) {
    int p = 0;
    while (Character.isLetter(src.charAt(p))) {
      p++;
    }
    String prefix = src.substring(0, p).toLowerCase();
    int q = src.startsWith("'''", p) || src.startsWith("\"\"\"", p) ? 3 : 1;
    String body = src.substring(p + q, src.length() - q);
    boolean raw = prefix.contains("r");
    RecordingSink sink = new RecordingSink();
    String value;
    try {
      if (prefix.contains("b")) {
        value = "bytes " + HexFormat.of().formatHex(Literals.decodeBytes(body, raw, 1, sink));
      } else {
        value = "str " + Tsv.enc(Literals.decodeStr(body, raw, 1, sink));
      }
    } catch (SyntaxErrorException e) {
      return "error " + Tsv.enc(e.msg()) + " " + (sink.lastErrorWithColumns ? "" : "no columns");
    }
    assertThat(sink.warnings).hasSizeLessThanOrEqualTo(1);
    assertThat(sink.warningLines).allMatch(line -> line == 1);
    return value + " " + (sink.warnings.isEmpty() ? "" : Tsv.enc(sink.warnings.get(0)));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...(" + s.length() + " chars)";
  }
}
