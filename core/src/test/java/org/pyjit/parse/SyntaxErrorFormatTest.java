package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks SyntaxErrorFormat against what CPython 3.13's traceback module printed for the
 * same attribute values (resources/syntax-error-format/cases.tsv, made by regen.py there).
 */
class SyntaxErrorFormatTest {
  record Case(String type, String msg, String filename, Integer lineno, Integer offset,
      Integer endLineno, Integer endOffset, String text, String expected) {}

  @TestFactory
  Stream<DynamicTest> matchesCPython() throws IOException {
    return loadCases().stream().map(c -> DynamicTest.dynamicTest(
        c.type() + ": " + c.msg() + " " + c.lineno() + ":" + c.offset() + "-" + c.endLineno() + ":"
            + c.endOffset(),
        () -> assertThat(SyntaxErrorFormat.format(c.type(), c.msg(), c.filename(), c.lineno(),
            c.offset(), c.endLineno(), c.endOffset(), c.text())).isEqualTo(c.expected())));
  }

  /** The same cases through the exception, wherever its int fields can say what Python said. */
  @TestFactory
  Stream<DynamicTest> viaException() throws IOException {
    return loadCases().stream()
        .filter(c -> c.msg() != null && c.lineno() != null && c.offset() != null
            && c.endLineno() != null && c.endOffset() != null)
        .map(c -> DynamicTest.dynamicTest(c.type() + ": " + c.msg(), () -> {
          SyntaxErrorException.Kind kind = switch (c.type()) {
            case "IndentationError" -> SyntaxErrorException.Kind.INDENTATION_ERROR;
            case "TabError" -> SyntaxErrorException.Kind.TAB_ERROR;
            default -> SyntaxErrorException.Kind.SYNTAX_ERROR;
          };
          SyntaxErrorException e = new SyntaxErrorException(kind, c.msg(), c.filename(),
              c.lineno(), c.offset(), c.endLineno(), c.endOffset(), c.text());
          assertThat(e.format()).isEqualTo(c.expected());
        }));
  }

  @Test
  void negativeLinenoMeansNone() {
    SyntaxErrorException e = new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        "encoding problem: xyz", null, -1, 0, -1, 0, null);
    assertThat(e.format()).isEqualTo("SyntaxError: encoding problem: xyz\n");
  }

  static List<Case> loadCases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = SyntaxErrorFormatTest.class.getResourceAsStream(
        "/syntax-error-format/cases.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        cases.add(new Case(str(f[0]), str(f[1]), str(f[2]), num(f[3]), num(f[4]), num(f[5]),
            num(f[6]), str(f[7]), str(f[8])));
      }
    }
    return cases;
  }

  private static Integer num(String field) {
    return field.equals("\\N") ? null : Integer.valueOf(field);
  }

  /** Undoes regen.py's escaping; the field "\N" is None. */
  static String str(String field) {
    if (field.equals("\\N")) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char n = field.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'f' -> sb.append('\f');
        case '\\' -> sb.append('\\');
        case 'u' -> {
          sb.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("bad escape \\" + n + " in " + field);
      }
    }
    return sb.toString();
  }
}
