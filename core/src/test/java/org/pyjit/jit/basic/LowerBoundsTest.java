package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Ops;

/**
 * Subtractions proven not to overflow by a branch on their operand lose their guard; the
 * others keep it, and values at the 64-bit limits give the interpreter's results.
 */
class LowerBoundsTest {
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

  @Test
  void aSubtractionAfterTheLowerBoundsTestHasNoGuard() {
    JitFunction f = JitFunction.fromSource("""
        def f(n):
            if n < 2:
                return n - 1
            return n - 1
        """);
    String ir = f.compiled(ValueType.INT).ir.dump();
    // the false side of n < 2 knows n >= 2; the true side knows nothing
    assertThat(ir.split("isub.nowrap", -1).length - 1).isEqualTo(1);
    assertThat(ir.split("isub ", -1).length - 1).isEqualTo(1);
    assertThat(f.call(Long.MIN_VALUE)).isEqualTo(MIN.subtract(BigInteger.ONE));
    assertThat(f.call(Long.MIN_VALUE + 1)).isEqualTo(Long.MIN_VALUE);
    assertThat(f.call(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void aReassignmentForgetsTheBound() {
    JitFunction f = JitFunction.fromSource("""
        def f(n, k):
            if n >= 0:
                n = n * k
                return n - 5
            return 0
        """);
    assertThat(f.compiled(ValueType.INT, ValueType.INT).ir.dump()).doesNotContain("nowrap");
    assertThat(f.call(3, -1 - (Long.MAX_VALUE / 3))).isEqualTo(
        BigInteger.valueOf(-1 - (Long.MAX_VALUE / 3)).multiply(BigInteger.valueOf(3))
            .subtract(BigInteger.valueOf(5)));
  }

  @Test
  void boundsMeetOverEveryPathIntoABlock() {
    // after the if, n >= 1 holds on one path only
    JitFunction f = JitFunction.fromSource("""
        def f(n, k):
            if k > 0:
                if n <= 0:
                    return 0
            return n - 3
        """);
    assertThat(f.compiled(ValueType.INT, ValueType.INT).ir.dump()).doesNotContain("nowrap");
    assertThat(f.call(Long.MIN_VALUE + 1, 0)).isEqualTo(
        MIN.add(BigInteger.ONE).subtract(BigInteger.valueOf(3)));
  }

  @Test
  void loopsGiveTheInterpretersResultsAtTheLimits() {
    String[] sources = {
        // at most 63 iterations: n halves while above 5
        "def f(n, k):\n    s = 0\n    while n > 5:\n        s = s + (n - 1)\n        n = n // 2\n"
            + "    return s - k\n",
        "def f(n, k):\n    if n == k:\n        return n - 2\n    if n != k:\n        return k - 9\n"
            + "    return 0\n",
        "def f(n, k):\n    if n >= -9223372036854775800:\n        return n - 8 + k\n"
            + "    return n - 8\n",
    };
    long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE + 8, Long.MIN_VALUE + 9,
        -1, 0, 1, 100, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    Random rnd = new Random(11_22_2026L);
    for (String src : sources) {
      JitFunction f = JitFunction.fromSource(src);
      for (int round = 0; round < 60; round++) {
        long n = edges[rnd.nextInt(edges.length)];
        long k = rnd.nextBoolean() ? edges[rnd.nextInt(edges.length)]
            : n - rnd.nextInt(40);
        Object expected = Calls.call(f.function, new Object[] {n, k}, null);
        assertThat(Ops.repr(f.call(n, k))).as("%s with %d, %d", src, n, k)
            .isEqualTo(Ops.repr(expected));
      }
    }
  }
}
