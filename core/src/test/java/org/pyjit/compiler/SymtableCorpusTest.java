package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.Mod;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * The syntax-error corpus cases that need more than the parser
 * (tests/syntax-errors/compile, whose .err files hold CPython 3.13's complete report):
 * those whose error comes from CPython's future or symbol table pass must give the same
 * report from the Symtable, and the others (errors of CPython's code generator) must pass
 * the Symtable without error.
 */
class SymtableCorpusTest {
  /** The messages CPython's future.c and symtable.c raise; any other is the compiler's. */
  private static final Pattern SYMTABLE_MESSAGE = Pattern.compile(String.join("|",
      "name '.*' is (parameter|nonlocal) and (global|nonlocal)",
      "name '.*' is (assigned to|used prior to) (before )?(global|nonlocal) declaration",
      "annotated name '.*' can't be (global|nonlocal)",
      "nonlocal declaration not allowed at module level", "no binding for nonlocal '.*' found",
      "nonlocal binding not allowed for type parameter '.*'",
      "duplicate argument '.*' in function definition", "duplicate type parameter '.*'",
      "import \\* only allowed at module level", "assignment expression .*",
      "comprehension inner loop cannot rebind .*",
      "'yield' inside (list comprehension|set comprehension|dict comprehension"
          + "|generator expression)",
      ".* cannot be used within .*", "not a chance", "future feature .* is not defined"));

  @Test
  void compileGroupAgreesWithCPython() throws IOException {
    Path root = repositoryRoot();
    Path dir = root.resolve("tests/syntax-errors/compile");
    List<Path> cases;
    try (Stream<Path> s = Files.list(dir)) {
      cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    Mismatches m = new Mismatches();
    int symtableErrors = 0;
    for (Path p : cases) {
      String rel = root.relativize(p).toString().replace('\\', '/');
      String err = Files.readString(Path.of(p.toString().replace(".py", ".err")),
          StandardCharsets.UTF_8);
      String[] lines = err.strip().split("\n");
      String headline = lines[lines.length - 1];
      boolean fromSymtable = headline.startsWith("SyntaxError: ")
          && SYMTABLE_MESSAGE.matcher(headline.substring("SyntaxError: ".length())).matches();
      byte[] source = Files.readAllBytes(p);
      Mod.Module mod = Parser.parseModule(source, rel);
      String got;
      try {
        Symtable.build(mod, rel, SourceDecoder.decode(source, rel));
        got = "(no error)";
      } catch (SyntaxErrorException e) {
        got = e.format();
      }
      if (fromSymtable) {
        symtableErrors++;
        m.check(got.equals(err), rel + ": got\n" + got + "CPython\n" + err);
      } else {
        m.check(got.equals("(no error)"), rel + ": CPython's code generator reports "
            + headline + ", the Symtable already " + got);
      }
    }
    assertThat(symtableErrors).isGreaterThan(15);
    assertThat(m.report()).isEmpty();
  }

  private static Path repositoryRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("tests/syntax-errors"))) {
        return p;
      }
    }
    throw new IllegalStateException("no tests/syntax-errors above " + dir);
  }
}
