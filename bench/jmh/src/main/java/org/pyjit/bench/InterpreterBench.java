package org.pyjit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.runtime.PyDict;

/**
 * Interpreter dispatch: the time per loop iteration of small Python loops, each a handful
 * of bytecode instructions (divide by the instructions per iteration of the loop's
 * bytecode, `./pyjit --dump bytecode`, for the time per instruction). The loops run inside a
 * function, as hot code does, with locals in the frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xss64m"})
public class InterpreterBench {
  static final int N = 100_000;

  CodeObject intLoop;
  CodeObject callLoop;
  CodeObject attrLoop;

  private static CodeObject program(String body) {
    return Programs.compile(body + "\nresult = f(" + N + ")\n", "<bench>");
  }

  @Setup
  public void setup() {
    intLoop = program("""
        def f(n):
            total = 0
            for i in range(n):
                total += i % 7
            return total
        """);
    callLoop = program("""
        def g(x):
            return x + 1
        def f(n):
            total = 0
            for i in range(n):
                total = g(total)
            return total
        """);
    attrLoop = program("""
        class P:
            def __init__(self):
                self.x = 0
        def f(n):
            p = P()
            for i in range(n):
                p.x = p.x + 1
            return p.x
        """);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public PyDict intArithmetic() {
    return Programs.run(intLoop);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public PyDict functionCall() {
    return Programs.run(callLoop);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public PyDict attributeReadWrite() {
    return Programs.run(attrLoop);
  }
}
