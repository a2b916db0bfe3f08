package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs of tests/files (see its README): each writes files in the directory given as
 * its argument, here a fresh JUnit temporary directory, and must print what CPython 3.13
 * printed (NAME.out) and exit with status 0.
 */
class FileProgramsTest {
  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> filePrograms() {
    List<String> programs = Corpus.cases("files");
    return programs.stream().map(rel -> DynamicTest.dynamicTest(rel, () -> run(rel)));
  }

  private void run(String rel) throws IOException {
    Path root = Corpus.root();
    String name = Path.of(rel).getFileName().toString().replace(".py", "");
    Path dir = Files.createDirectory(temp.resolve(name));
    String expected = Files.readString(root.resolve(rel.replace(".py", ".out")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(new String[] {root.resolve(rel).toString(), dir.toString()},
          new ByteArrayInputStream(new byte[0]), o, e);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(status).isZero();
  }
}
