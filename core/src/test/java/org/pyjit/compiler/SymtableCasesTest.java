package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyjit.ast.Mod;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;

/**
 * The tricky scoping programs of symtable/cases against CPython 3.13: the symbol tables as
 * Python's symtable module shows them, and the code objects compile() makes of them
 * (co_flags, co_varnames, co_cellvars, co_freevars), from the .dump files regen.py wrote.
 */
class SymtableCasesTest {
  static Stream<String> cases() {
    return Stream.of("annotations", "class_cells", "comprehensions", "declarations", "flags",
        "future_annotations", "mangling", "pep695", "walrus");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void tablesAndCodeObjectsMatchCPython(String name) throws IOException {
    byte[] source = resource(name + ".py");
    String want = new String(resource(name + ".dump"), StandardCharsets.UTF_8);
    Mod.Module mod = Parser.parseModule(source, name + ".py");
    Symtable st = Symtable.build(mod, name + ".py", SourceDecoder.decode(source, name));
    int codeAt = want.indexOf("\ncode ");
    assertThat(SymtableDump.tables(st)).isEqualTo(want.substring(0, codeAt + 1));
    List<String> problems = SymtableDump.checkCodeObjects(st, want.substring(codeAt + 1));
    assertThat(problems).isEmpty();
  }

  /** Expressions in 'eval' mode (Mod.Expression), against CPython's tables (eval.tsv). */
  @org.junit.jupiter.api.Test
  void evalModeMatchesCPython() {
    org.pyjit.testing.Tsv.Mismatches m = new org.pyjit.testing.Tsv.Mismatches();
    for (String[] row : org.pyjit.testing.Tsv.rows("/symtable/eval.tsv")) {
      String src = org.pyjit.testing.Tsv.text(row[0]);
      String want = org.pyjit.testing.Tsv.text(row[1]);
      Mod.Expression e = Parser.parseExpression(src, "e");
      String got = SymtableDump.tables(Symtable.build(e, "e", src));
      m.check(got.equals(want), src + ":\n" + got + "CPython:\n" + want);
    }
    assertThat(m.checked()).isGreaterThan(5);
    assertThat(m.report()).isEmpty();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = SymtableCasesTest.class.getResourceAsStream("/symtable/cases/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
