package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sys.stdout of a real pyjit process whose stdout and stderr go to one file: buffered (what
 * reaches stderr comes first) unless -u or PYTHONUNBUFFERED says otherwise, or the program
 * flushes. The expected texts were recorded from CPython 3.13 ({@code python3 prog.py
 * >out 2>&1}, PYTHONUNBUFFERED unset) running the same programs.
 */
class StdoutBufferingTest {
  @TempDir
  Path dir;

  private static final String INTERLEAVED = """
      import sys
      print("a")
      print("e", file=sys.stderr)
      print("b")
      sys.exit("bye")
      """;

  private String run(String program, String env, String... options) throws Exception {
    Path script = dir.resolve("prog.py");
    Files.writeString(script, program);
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    cmd.addAll(List.of(options));
    cmd.add(script.toString());
    Path both = dir.resolve("both.txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(both.toFile());
    pb.environment().remove("PYTHONUNBUFFERED");
    if (env != null) {
      pb.environment().put("PYTHONUNBUFFERED", env);
    }
    pb.start().waitFor();
    return Files.readString(both, StandardCharsets.UTF_8);
  }

  @Test
  void aFileGetsStdoutWhenTheProgramEnds() throws Exception {
    assertThat(run(INTERLEAVED, null)).isEqualTo("e\na\nb\nbye\n");
  }

  @Test
  void dashUWritesThrough() throws Exception {
    assertThat(run(INTERLEAVED, null, "-u")).isEqualTo("a\ne\nb\nbye\n");
  }

  @Test
  void pythonUnbufferedWritesThrough() throws Exception {
    assertThat(run(INTERLEAVED, "1")).isEqualTo("a\ne\nb\nbye\n");
    assertThat(run(INTERLEAVED, "")).isEqualTo("e\na\nb\nbye\n"); // empty: not set
  }

  @Test
  void flushesEmptyTheBuffer() throws Exception {
    String program = """
        import sys
        print("a", flush=True)
        print("e", file=sys.stderr)
        print("b")
        print("c", file=sys.stderr)
        sys.stdout.flush()
        print("d", file=sys.stderr)
        """;
    assertThat(run(program, null)).isEqualTo("a\ne\nc\nb\nd\n");
  }

  @Test
  void anUncaughtExceptionsTracebackFollowsWhatWasPrinted() throws Exception {
    String program = """
        print("a")
        raise ValueError("x")
        """;
    assertThat(run(program, null)).isEqualTo("""
        a
        Traceback (most recent call last):
          File "%s", line 2, in <module>
            raise ValueError("x")
        ValueError: x
        """.formatted(dir.resolve("prog.py")));
  }
}
