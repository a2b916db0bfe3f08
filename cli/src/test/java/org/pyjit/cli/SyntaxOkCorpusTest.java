package org.pyjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs that look wrong but are valid (tests/syntax-ok/CASE.py): {@code pyjit --dump ast
 * CASE.py} must print exactly CPython 3.13's {@code ast.dump(ast.parse(bytes))}, which
 * tests/syntax-errors/regen.py stored in CASE.ast.
 */
class SyntaxOkCorpusTest {
  @TestFactory
  Stream<DynamicTest> corpus() {
    return Corpus.cases("syntax-ok").stream().map(rel -> DynamicTest.dynamicTest(
        rel.substring("tests/syntax-ok/".length(), rel.length() - ".py".length()), () -> {
          String expected = Corpus.read(rel.substring(0, rel.length() - ".py".length()) + ".ast");
          Corpus.Result r = Corpus.run("--dump", "ast", Corpus.argPath(rel));
          assertEquals("", r.err(), () -> "stderr of pyjit --dump ast " + rel);
          assertEquals(expected, r.out(), () -> "AST of " + rel);
          assertEquals(0, r.code(), () -> "exit code of pyjit --dump ast " + rel);
        }));
  }
}
