package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Sys;

/**
 * The interactive prompt against CPython 3.13's classic REPL: each tests/repl/NAME.in is
 * typed into {@code pyjit -i -q} through a pipe (so, as for CPython, prompts go to stderr and
 * lines are read without editing), and stdout, stderr (prompts, SyntaxErrors, tracebacks)
 * and the exit status must be exactly what tests/repl/regen.py recorded from
 * {@code python3 -i -q} (with the arguments in NAME.args, if any, e.g. a script to run
 * first), the repository root cut from stderr as regen.py cuts it.
 */
class ReplCorpusTest {
  record Run(String out, String err, int code) {}

  /** Runs pyjit with {@code args} on the given standard input, like a fresh process. */
  static Run run(String input, String... args) {
    // what earlier sessions in this JVM left behind that a new process would not have
    Sys.module().dict.remove("ps1");
    Sys.module().dict.remove("ps2");
    Builtins.dict(null).remove("_");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int[] code = new int[1];
    Thread t = new Thread(null, () -> {
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
           PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        code[0] = Main.run(args,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), o, e);
      }
    }, "repl-test", 1L << 28);
    t.start();
    try {
      t.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(t.isAlive()).as("pyjit still running after 30 s").isFalse();
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        code[0]);
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    Path dir = Corpus.root().resolve("tests/repl");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".in")).sorted().toList().stream()
          .map(p -> {
            String name = p.getFileName().toString().replaceFirst("\\.in$", "");
            return DynamicTest.dynamicTest(name, () -> {
              List<String> args = new ArrayList<>(List.of("-i", "-q"));
              Path extra = dir.resolve(name + ".args");
              if (Files.exists(extra)) {
                args.addAll(Files.readAllLines(extra));
              }
              Run r = run(Files.readString(p), args.toArray(String[]::new));
              // a script's path is printed absolute (regen.py cut the root as well)
              String err = r.err().replace(Corpus.root() + java.io.File.separator, "");
              String expectedOut = Files.readString(dir.resolve(name + ".out"));
              String expectedErr = Files.readString(dir.resolve(name + ".err"));
              int expectedCode = Integer.parseInt(
                  Files.readString(dir.resolve(name + ".code")).strip());
              assertThat(r.out()).as(name + ": stdout").isEqualTo(expectedOut);
              assertThat(err).as(name + ": stderr").isEqualTo(expectedErr);
              assertThat(r.code()).as(name + ": exit status").isEqualTo(expectedCode);
            });
          });
    }
  }

  // CPython 3.13's outputs for these, with PYTHON_BASIC_REPL=1 and stdin a pipe

  @Test
  void inspectAfterCommandKeepsItsGlobals() {
    Run r = run("x * 2\n", "-i", "-q", "-c", "x = 21");
    assertThat(r.out()).isEqualTo("42\n");
    assertThat(r.err()).isEqualTo(">>> >>> \n");
    assertThat(r.code()).isZero();
  }

  @Test
  void systemExitOfTheCommandIsReportedBeforeThePrompt() {
    Run r = run("print(x)\n", "-i", "-q", "-c", "x = 5\nraise SystemExit(3)");
    assertThat(r.out()).isEqualTo("5\n");
    assertThat(r.err()).isEqualTo("""
        Traceback (most recent call last):
          File "<string>", line 2, in <module>
            raise SystemExit(3)
        SystemExit: 3
        >>> >>> \n""");
    assertThat(r.code()).isZero();
  }

  @Test
  void bannerUnlessQuiet() {
    Run r = run("", "-i");
    assertThat(r.err()).startsWith("Python 3.13").endsWith(">>> \n");
    assertThat(r.err().lines().count()).isEqualTo(3);
  }

  @Test
  void pipedStdinWithoutOptionsIsAScript() {
    Run r = run("x = 5\nx\nprint(x)\nimport sys\nprint(sys.argv)\n");
    assertThat(r.out()).isEqualTo("5\n['']\n");
    assertThat(r.err()).isEmpty();
  }
}
