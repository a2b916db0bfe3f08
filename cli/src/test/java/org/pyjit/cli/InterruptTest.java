package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C against CPython 3.13: a real pyjit process (Main on this test's class path, as the
 * jar runs it) gets a real SIGINT while Python code runs, reads standard input or waits at
 * the prompt. The expected outputs were recorded from {@code python3} 3.13 running the same
 * programs and sent the same signals at the same points (the script paths aside).
 *
 * <p>A process whose parent ignores SIGINT keeps ignoring it (CPython and the JVM both do),
 * and build tools started in the background inherit that; the child is then started
 * through coreutils' {@code env --default-signal=INT}, and the tests are skipped where
 * that is not available.
 */
class InterruptTest {
  @TempDir
  Path dir;

  /** A running pyjit with its stdout and stderr going to files. */
  private final class Pyjit implements AutoCloseable {
    final Process process;
    final Path out;
    final Path err;

    Pyjit(String... args) throws IOException {
      List<String> cmd = new ArrayList<>();
      if (sigintIgnored()) {
        assumeTrue(envResetsSignals(), "SIGINT is ignored and env --default-signal is missing");
        cmd.addAll(List.of("env", "--default-signal=INT"));
      }
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp",
          System.getProperty("java.class.path"), Main.class.getName()));
      cmd.addAll(List.of(args));
      out = dir.resolve("out.txt");
      err = dir.resolve("err.txt");
      process = new ProcessBuilder(cmd).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    String out() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
      return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Waits (30 s at most) until {@code file}'s text satisfies {@code done}. */
    void await(Path file, Predicate<String> done) throws Exception {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!done.test(Files.readString(file, StandardCharsets.UTF_8))) {
        assertThat(System.nanoTime()).as("waiting for output; stderr so far: " + err())
            .isLessThan(end);
        Thread.sleep(20);
      }
    }

    void sigint() throws Exception {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
          .inheritIO().start();
      assertThat(kill.waitFor()).isZero();
    }

    void type(String text) throws IOException {
      OutputStream in = process.getOutputStream();
      in.write(text.getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    int exitStatus() throws Exception {
      process.getOutputStream().close();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("pyjit ended").isTrue();
      return process.exitValue();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static boolean sigintIgnored() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  private static boolean envResetsSignals() {
    try {
      return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Path program(String name, String source) throws IOException {
    return Files.writeString(dir.resolve(name), source);
  }

  @Test
  void anUncaughtInterruptPrintsTheTracebackAndEndsLikeSigint() throws Exception {
    assumeTrue(File.separatorChar == '/', "POSIX signals");
    Path p = program("spin.py", """
        def spin():
            print("started", flush=True)
            n = 0
            while True:
                n += 1
        spin()
        """);
    try (Pyjit pyjit = new Pyjit(p.toString())) {
      pyjit.await(pyjit.out, s -> s.contains("started"));
      pyjit.sigint();
      // 130 in a shell: the process ends by SIGINT, as CPython re-raises it
      assertThat(pyjit.exitStatus()).isEqualTo(130);
      assertThat(pyjit.out()).isEqualTo("started\n");
      assertThat(pyjit.err()).isEqualTo("""
          Traceback (most recent call last):
            File "%1$s", line 6, in <module>
              spin()
              ~~~~^^
            File "%1$s", line 4, in spin
              while True:
                    ^^^^
          KeyboardInterrupt
          """.formatted(p));
    }
  }

  @Test
  void pythonCodeCatchesTheInterrupt() throws Exception {
    assumeTrue(File.separatorChar == '/', "POSIX signals");
    Path p = program("catch.py", """
        def work():
            total = 0
            while True:
                total += 1
        try:
            print("waiting", flush=True)
            work()
        except KeyboardInterrupt as e:
            print("caught", type(e).__name__, repr(e.args))
        print("done")
        """);
    try (Pyjit pyjit = new Pyjit(p.toString())) {
      pyjit.await(pyjit.out, s -> s.contains("waiting"));
      pyjit.sigint();
      assertThat(pyjit.exitStatus()).isZero();
      assertThat(pyjit.out()).isEqualTo("waiting\ncaught KeyboardInterrupt ()\ndone\n");
      assertThat(pyjit.err()).isEmpty();
    }
  }

  @Test
  void inputIsInterrupted() throws Exception {
    assumeTrue(File.separatorChar == '/', "POSIX signals");
    Path p = program("ask.py", """
        print("asking", flush=True)
        input()
        """);
    try (Pyjit pyjit = new Pyjit(p.toString())) {
      pyjit.await(pyjit.out, s -> s.contains("asking"));
      pyjit.sigint();
      assertThat(pyjit.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(pyjit.process.exitValue()).isEqualTo(130);
      assertThat(pyjit.err()).isEqualTo("""
          Traceback (most recent call last):
            File "%s", line 2, in <module>
              input()
              ~~~~~^^
          KeyboardInterrupt
          """.formatted(p));
    }
  }

  /**
   * {@code pyjit -i} with its input from a pipe: Ctrl-C at the prompt, in a running
   * statement and in input() each print KeyboardInterrupt and give a new prompt.
   */
  @Test
  void theInteractivePromptGoesOnAfterEachInterrupt() throws Exception {
    assumeTrue(File.separatorChar == '/', "POSIX signals");
    try (Pyjit pyjit = new Pyjit("-i", "-q")) {
      pyjit.await(pyjit.err, s -> s.equals(">>> "));
      pyjit.sigint(); // waiting for a line
      pyjit.await(pyjit.err, s -> s.endsWith("KeyboardInterrupt\n>>> "));
      pyjit.type("x = 1\n");
      pyjit.type("def f():\n    print(\"looping\", flush=True)\n    while True: pass\n\n");
      pyjit.type("f()\n");
      pyjit.await(pyjit.out, s -> s.contains("looping"));
      pyjit.sigint(); // running a statement
      pyjit.await(pyjit.err, s -> s.endsWith("KeyboardInterrupt\n>>> "));
      pyjit.type("print(\"after\", x)\n");
      pyjit.type("input(\"q? \")\n");
      pyjit.await(pyjit.out, s -> s.endsWith("q? "));
      pyjit.sigint(); // reading input()
      pyjit.await(pyjit.err, s -> s.endsWith("KeyboardInterrupt\n>>> "));
      pyjit.type("print(\"end\")\n");
      assertThat(pyjit.exitStatus()).isZero();
      assertThat(pyjit.out()).isEqualTo("looping\nafter 1\nq? end\n");
      assertThat(pyjit.err()).isEqualTo("""
          >>> \nKeyboardInterrupt
          >>> >>> ... ... ... >>> Traceback (most recent call last):
            File "<stdin>", line 1, in <module>
              f()
              ~^^
            File "<stdin>", line 3, in f
              while True: pass
                    ^^^^
          KeyboardInterrupt
          >>> >>> Traceback (most recent call last):
            File "<stdin>", line 1, in <module>
              input("q? ")
              ~~~~~^^^^^^^
          KeyboardInterrupt
          >>> >>> \n""");
    }
  }
}
