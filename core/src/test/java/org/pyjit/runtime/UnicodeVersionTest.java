package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pinned Unicode version: known answers, and the committed table is not stale. */
class UnicodeVersionTest {
  @Test
  void knowsWhatCpython313Knows() {
    assertThat(UnicodeVersion.isUnassigned('A')).isFalse();
    assertThat(UnicodeVersion.isUnassigned(0x0378)).isTrue(); // never assigned
    assertThat(UnicodeVersion.isUnassigned(0x14000)).isTrue(); // assigned in Unicode 16
    assertThat(UnicodeVersion.isUnassigned(0x1F600)).isFalse(); // an emoji of Unicode 6
    assertThat(Repr.str(new String(Character.toChars(0x14000)))).isEqualTo("'\\U00014000'");
  }

  /** Regenerates the table with CPython 3.13 (when installed) and compares. */
  @Test
  void committedTableIsCurrent() throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    Path script = root.resolve("tools/unicode/gen_unassigned.py");
    Path committed = root.resolve(
        "core/src/main/resources/org/pyjit/runtime/unicode-unassigned.txt");
    Path fresh = Files.createTempFile("unassigned", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), fresh.toString());
      pb.environment().put("PYENV_VERSION", "3.13.0");
      pb.redirectErrorStream(true);
      Process proc;
      try {
        proc = pb.start();
      } catch (IOException e) {
        assumeTrue(false, "python3 not installed");
        return;
      }
      String out = new String(proc.getInputStream().readAllBytes());
      assumeTrue(proc.waitFor(60, TimeUnit.SECONDS) && proc.exitValue() == 0,
          "CPython 3.13 not available: " + out);
      assertThat(Files.readString(fresh)).isEqualTo(Files.readString(committed));
    } finally {
      Files.deleteIfExists(fresh);
    }
  }
}
