package org.pyjit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.runtime.PyDict;

/**
 * @jit compile time (org.pyjit.jit.basic): each operation runs a module that decorates a
 * fresh function with @jit and calls it once with a tiny argument, so the time is dominated
 * by the compilation at that first call (IR, linear scan, x86-64 code, installation in
 * executable memory); the module's own interpretation is a few microseconds (compare
 * {@code interpretedBaseline}, the same module without @jit). Every operation installs new
 * code, so the runs are kept short: the shared code arena is not unbounded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xss64m"})
public class JitCompileBench {
  static final String KERNEL = """
      def kernel(n, x):
          total = 0.0
          for i in range(n):
              if i % 3 == 0:
                  total += x * i
              else:
                  total -= math.sqrt(i + x)
          return total
      """;

  CodeObject jitted;
  CodeObject plain;

  @Setup
  public void setup() throws IOException {
    // the compiler reads a function's source from its file, as for a user's program
    String source = "from pyjit import jit\nimport math\n@jit\n" + KERNEL + "r = kernel(3, 0.5)\n";
    Path file = Files.createTempFile("pyjit-jmh-", ".py");
    file.toFile().deleteOnExit();
    Files.writeString(file, source);
    jitted = Programs.compile(source, file.toString());
    plain = Programs.compile("import math\n" + KERNEL + "r = kernel(3, 0.5)\n", "<bench-plain>");
  }

  @Benchmark
  public PyDict compileAndCall() {
    return Programs.run(jitted);
  }

  @Benchmark
  public PyDict interpretedBaseline() {
    return Programs.run(plain);
  }
}
