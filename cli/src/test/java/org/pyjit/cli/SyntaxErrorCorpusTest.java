package org.pyjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The syntax-error conformance corpus: every tests/syntax-errors/GROUP/CASE.py is run as
 * {@code pyjit tests/syntax-errors/GROUP/CASE.py}, and its exit code and complete stderr
 * must be what CPython 3.13 produced (CASE.code, CASE.err, made by regen.py there).
 *
 * <p>Groups that need more than the parser are skipped, not disabled, so that they show
 * up in every report and start running the day their assumption is removed.
 */
class SyntaxErrorCorpusTest {
  /** Group -> why it cannot pass yet. */
  private static final Map<String, String> PENDING = Map.of();

  /** Single cases (GROUP/CASE) not reported yet, from tests/syntax-errors/pending.txt. */
  private static final java.util.Set<String> PENDING_CASES = Corpus.read(
      "tests/syntax-errors/pending.txt").lines()
      .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip)
      .collect(java.util.stream.Collectors.toSet());

  @TestFactory
  Stream<DynamicNode> corpus() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String rel : Corpus.cases("syntax-errors")) {
      String group = rel.split("/")[2];
      groups.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(rel);
    }
    return groups.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
        e.getValue().stream().map(rel -> DynamicTest.dynamicTest(caseName(rel),
            () -> check(e.getKey(), rel)))));
  }

  private static void check(String group, String rel) {
    String why = PENDING.get(group);
    assumeTrue(why == null, why);
    assumeTrue(!PENDING_CASES.contains(caseName(rel)),
        "listed in tests/syntax-errors/pending.txt: the code generator's error");
    String base = rel.substring(0, rel.length() - ".py".length());
    String expectedErr = Corpus.read(base + ".err");
    int expectedCode = Integer.parseInt(Corpus.read(base + ".code").strip());
    Corpus.Result r = Corpus.run(Corpus.argPath(rel));
    // stderr first: when both differ it says more than the exit code does
    assertEquals(expectedErr, r.err(), () -> "stderr of pyjit " + rel);
    assertEquals(expectedCode, r.code(), () -> "exit code of pyjit " + rel);
  }

  private static String caseName(String rel) {
    return rel.substring("tests/syntax-errors/".length(), rel.length() - ".py".length());
  }
}
