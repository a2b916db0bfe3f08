package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start of a program loads, in a fresh JVM as ./pyjit runs it (the JVM's class
 * loading log): none of what docs/internals/startup.md keeps off the start path. picocli
 * (reflective, and its old class files cannot be in the AOT cache), JLine (the REPL only),
 * a reflection Proxy (the SIGINT handler), classes the JVM generates for pattern
 * switches ($$TypeSwitch, about 1 ms of CPU each) and streams (their first use initialises
 * dozens of classes, interpreted) must not appear for the common command lines; picocli
 * still answers -h. Nor may the built-in types' methods be installed by a
 * program that does not use them.
 */
class StartPathTest {
  @TempDir
  Path tmp;

  /** The class of str's methods, loaded when the built-in types' methods are installed. */
  private static final String STR_METHODS = "org.pyjit.runtime.StrMethods$Method";

  @Test
  void commonCommandLinesLoadNoneOfTheSlowParts() throws Exception {
    Path hello = tmp.resolve("hello.py");
    Files.writeString(hello, """
        def greet(name):
            return f"hello {name:>6}"
        class A:
            def __init__(self):
                self.x = [i * 2 for i in range(3)]
        for w in ("world",):
            try:
                print(greet(w), A().x)
            except ValueError:
                pass
        """);
    for (List<String> args : List.of(List.of("-c", "pass"), List.of(hello.toString()),
        List.of("-q", "-X", "dev", hello.toString(), "-h"))) {
      List<String> loaded = loadedClasses(args);
      assertThat(loaded).as("the JVM ran Main for %s", args).contains("org.pyjit.cli.Main");
      assertThat(loaded).as("classes loaded for %s", args)
          .noneMatch(c -> c.startsWith("picocli."))
          .noneMatch(c -> c.startsWith("org.jline."))
          .noneMatch(c -> c.contains("$$TypeSwitch"))
          .noneMatch(c -> c.contains("$Proxy"))
          .noneMatch(c -> c.startsWith("java.util.stream."));
    }
    assertThat(loadedClasses(List.of("-h"))).anyMatch(c -> c.startsWith("picocli."));
  }

  /**
   * The built-in types' methods are installed at the first use of one of those types' dicts
   * (LazyTypeDict), not by programs that only call builtins and use operators. Their
   * installer loads the class of str's methods (StrMethods$Method, an enum of them), which
   * without the AOT cache is loaded only then and shows in the log.
   */
  @Test
  void builtinTypeMethodsAreInstalledOnlyWhenUsed() throws Exception {
    Path plain = tmp.resolve("plain.py");
    Files.writeString(plain, """
        x = [1, 2]
        print("Hello, world!", len(x), "a" + "b", 3 * 4.5, {1: 2}[1], x[0] < x[1])
        """);
    Path method = tmp.resolve("method.py");
    Files.writeString(method, "print('hello'.upper())\n");
    for (List<String> args : List.of(List.of("-c", "pass"), List.of(plain.toString()))) {
      assertThat(loadedClasses(args)).as("classes loaded for %s", args)
          .contains("org.pyjit.runtime.Builtins")
          .doesNotContain(STR_METHODS);
    }
    assertThat(loadedClasses(List.of(method.toString()))).contains(STR_METHODS);
  }

  /**
   * {@code import math} makes the module's functions without reaching libm: the foreign
   * function API (whose set-up spins a lambda form the AOT cache lacks) is set up at the
   * first call of a libm function, which the second program makes.
   */
  @Test
  void importingMathLeavesTheForeignFunctionApiAlone() throws Exception {
    String ffm = "jdk.internal.foreign.Utils";
    assertThat(loadedClasses(List.of("-c", "import math; print(math.pi, math.sqrt(4.0))")))
        .contains("org.pyjit.runtime.MathModule")
        .doesNotContain(ffm);
    assertThat(loadedClasses(List.of("-c", "import math; print(math.sin(1.0))")))
        .contains(ffm);
  }

  /** The names of the classes a JVM running pyjit with {@code args} loaded. */
  private List<String> loadedClasses(List<String> args) throws IOException, InterruptedException {
    Path log = tmp.resolve("classes.log");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"), "org.pyjit.cli.Main"));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("out.txt").toFile()).start();
    assertThat(p.waitFor()).as("exit status of %s", args).isZero();
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // [0.012s][info][class,load] java.lang.Object source: shared objects file
      int at = line.indexOf("] ");
      int end = line.indexOf(' ', at + 2);
      if (line.contains("[class,load]") && at >= 0 && end > at) {
        names.add(line.substring(at + 2, end));
      }
    }
    return names;
  }
}
