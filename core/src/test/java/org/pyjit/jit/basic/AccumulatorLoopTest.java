package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyException;

/**
 * Tail recursion modulo int addition: which returns become the accumulator loop, and
 * recursive sums compiled that way give the interpreter's results, exceptions included, on
 * seeded random arguments, with sums overflowing 64 bits (the guard's re-run gives the big
 * int) and recursion past the limit (RecursionError).
 */
class AccumulatorLoopTest {
  private static String ir(JitFunction f, ValueType... types) {
    return f.compiled(types).ir.dump();
  }

  @Test
  void aSumWithTheCallLastBecomesALoopWithoutCalls() {
    JitFunction depth = JitFunction.fromSource("""
        def depth(n):
            if n == 0:
                return 0
            return depth(n - 1) + 1
        """);
    assertThat(depth.call(300)).isEqualTo(300L);
    String ir = ir(depth, ValueType.INT);
    assertThat(ir).doesNotContain("call").contains("$acc").contains("stkbump")
        .contains("stkset").contains("stklim");
  }

  @Test
  void fibKeepsOneCallPerIteration() {
    JitFunction fib = JitFunction.fromSource("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        """);
    assertThat(fib.call(27)).isEqualTo(196418L);
    String ir = ir(fib, ValueType.INT);
    assertThat(ir).contains("($acc)").contains("stkbump");
    assertThat(ir.split("call", -1).length - 1).isEqualTo(1);
  }

  @Test
  void otherShapesAreLeftAlone() {
    String[] sources = {
        // float addition is not associative
        "def f(n):\n    if n < 1:\n        return 0.5\n    return f(n - 1) + 0.25\n",
        // the tail is a product, not a sum
        "def f(n):\n    if n < 1:\n        return 1\n    return f(n - 1) * 2\n",
        // the call's result is used twice
        "def f(n):\n    if n < 1:\n        return 1\n    t = f(n - 1)\n    return t + t\n",
        // E reads the list after the call, which stores into it: not moved before the call
        "def f(n, xs):\n    if n < 1:\n        return 0\n    xs[0] = n\n"
            + "    return f(n - 1, xs) + xs[0]\n",
    };
    for (String src : sources) {
      JitFunction f = JitFunction.fromSource(src);
      Object r = src.contains("xs") ? f.call(3, new org.pyjit.runtime.PyList(
          new Object[] {7L})) : f.call(3);
      assertThat(r).as(src).isNotNull();
      String dump = src.contains("xs") ? ir(f, ValueType.INT, ValueType.LIST_INT)
          : ir(f, ValueType.INT);
      assertThat(dump).as(src).doesNotContain("$acc");
    }
  }

  /** Recursive sums of every shape the transformation takes, with guards failing at depth. */
  private static final String[] SUMS = {
      // fib with large leaves: the sums overflow 64 bits for large k
      "def f(n, k, m):\n    if n < 2:\n        return k * n\n    return f(n - 1, k, m) + f(n - 2, k, m)\n",
      // the call last, E a parameter: partial sums overflow at some depth
      "def f(n, k, m):\n    if n <= 0:\n        return m\n    return k + f(n - 1, k, m)\n",
      // the call first, E computed after it (moved before the loop's jump)
      "def f(n, k, m):\n    if n < 1:\n        return k\n    return f(n - 1, k + 1, m) + n * k\n",
      // parameters swapped: a parallel move into the loop's parameters
      "def f(n, k, m):\n    if n == 0:\n        return k - m\n"
          + "    return (k - m) + f(n - 1, m, k * 2 % 1000003)\n",
      // a zero divisor at some depth in E
      "def f(n, k, m):\n    if n <= 0:\n        return 0\n    return 100 // k + f(n - 1, k - 1, m)\n",
      // a negative first operand and a subtraction in the base case
      "def f(n, k, m):\n    if n < 3:\n        return n - m\n"
          + "    return -k + f(n - 1, k, m) + f(n - 3, k, m)\n",
  };

  /** The largest n per function: the doubly recursive ones take time exponential in n. */
  private static final int[] MAX_N = {22, 1200, 1200, 1200, 1200, 24};

  @Test
  void recursiveSumsGiveTheInterpretersResults() {
    Random rnd = new Random(4_2026_11L);
    long[] bigs = {0, 1, -1, 3, 1L << 40, (1L << 61) + 12345, Long.MAX_VALUE / 3,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    int deopted = 0;
    for (int s = 0; s < SUMS.length; s++) {
      String src = SUMS[s];
      JitFunction f = JitFunction.fromSource(src);
      for (int round = 0; round < 40; round++) {
        long n = rnd.nextInt(round < 30 ? 22 : MAX_N[s]) - 2;
        long k = rnd.nextBoolean() ? bigs[rnd.nextInt(bigs.length)] : rnd.nextInt(2001) - 1000;
        long m = rnd.nextBoolean() ? bigs[rnd.nextInt(bigs.length)] : rnd.nextInt(2001) - 1000;
        String expected = run(() -> Calls.call(f.function, new Object[] {n, k, m}, null));
        long before = JitFunction.DEOPTS.sum();
        String actual = run(() -> f.call(n, k, m));
        deopted += (int) (JitFunction.DEOPTS.sum() - before);
        assertThat(actual).as("%s with %d, %d, %d", src, n, k, m).isEqualTo(expected);
      }
      assertThat(ir(f, ValueType.INT, ValueType.INT, ValueType.INT)).as(src).contains("$acc");
    }
    assertThat(deopted).as("calls whose guards failed natively").isGreaterThan(20);
  }

  @Test
  void anOverflowingSumGivesPythonsBigInt() {
    JitFunction f = JitFunction.fromSource("""
        def total(n, k):
            if n == 0:
                return 0
            return k + total(n - 1, k)
        """);
    long k = Long.MAX_VALUE / 4;
    assertThat(f.call(3, k)).isEqualTo(3 * k);
    assertThat(f.call(5, k)).isEqualTo(BigInteger.valueOf(k).multiply(BigInteger.valueOf(5)));
    assertThat(f.call(5, -k)).isEqualTo(BigInteger.valueOf(-k).multiply(BigInteger.valueOf(5)));
  }

  @Test
  void aLoopStillMeetsTheRecursionLimit() {
    JitFunction depth = JitFunction.fromSource("""
        def depth(n):
            if n == 0:
                return 0
            return 1 + depth(n - 1)
        """);
    assertThat(depth.call(200)).isEqualTo(200L);
    assertThat(run(() -> depth.call(100_000))).startsWith("RecursionError: ");
  }

  @Test
  void aLoopInlinedAsALeafKeepsItsStackAccounting(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    String src = """
        from pyjit import jit

        @jit
        def depth(n):
            if n == 0:
                return 0
            return 1 + depth(n - 1)

        @jit
        def twice(n):
            return 2 * depth(n)
        """;
    java.nio.file.Path file = dir.resolve("leaf_loop.py");
    java.nio.file.Files.writeString(file, src);
    org.pyjit.runtime.PyDict globals = new org.pyjit.runtime.PyDict();
    globals.put("__name__", "__main__");
    org.pyjit.interp.Interpreter.runModule(org.pyjit.compiler.CodeGen.compileModule(
        org.pyjit.parse.Parser.parseModule(src, file.toString()), file.toString(), src),
        globals);
    JitFunction twice = JitFunction.of(globals.getStr("twice"));
    assertThat(twice.call(300)).isEqualTo(600L);
    assertThat(ir(twice, ValueType.INT)).doesNotContain("call").contains("stkbump");
    assertThat(run(() -> twice.call(50_000))).startsWith("RecursionError: ");
  }

  private static String run(java.util.function.Supplier<Object> call) {
    try {
      return Ops.repr(call.get());
    } catch (PyException e) {
      return e.value.type().name + ": " + Ops.strOrRepr(e.value);
    }
  }
}
