package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Int constants as immediate operands and division by a constant without idiv
 * (CodeGen's multiply-and-shift): compiled results against Java's own floor division and
 * BigInteger arithmetic, on seeded random dividends and the 64-bit limits.
 */
class ConstantOperandTest {
  private static final long SEED = 0x5eed_d1f1L;

  private static List<Long> dividends(Random rnd, long c) {
    List<Long> xs = new ArrayList<>(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1,
        Long.MAX_VALUE, Long.MAX_VALUE - 1, 0L, 1L, -1L, c, -c, c - 1, -c + 1, c + 1, -c - 1,
        2 * c, -2 * c, 2 * c - 1, -2 * c + 1));
    for (int k = 0; k < 60; k++) {
      long x = switch (k % 3) {
        case 0 -> rnd.nextLong();
        case 1 -> rnd.nextLong() >> rnd.nextInt(64);
        default -> c * (rnd.nextInt(2001) - 1000) + rnd.nextInt(3) - 1;
      };
      xs.add(x);
    }
    return xs;
  }

  @Test
  void floorDivisionAndModuloByConstants() {
    Random rnd = new Random(SEED);
    List<Long> divisors = new ArrayList<>(List.of(1L, 2L, 3L, 5L, 6L, 7L, 10L, 641L, 1000L,
        1024L, 3L << 20, 1L << 30, (1L << 30) + 1, 2147483647L, 2147483646L, 1000003L));
    for (int k = 0; k < 12; k++) {
      divisors.add(1 + (long) rnd.nextInt(Integer.MAX_VALUE));
      divisors.add(2 + (long) rnd.nextInt(100));
    }
    for (long c : divisors) {
      JitFunction div = JitFunction.fromSource("def div(a):\n    return a // " + c + "\n");
      JitFunction mod = JitFunction.fromSource("def mod(a):\n    return a % " + c + "\n");
      for (long x : dividends(rnd, c)) {
        assertThat(div.call(x)).as("%d // %d", x, c).isEqualTo(Math.floorDiv(x, c));
        assertThat(mod.call(x)).as("%d %% %d", x, c).isEqualTo(Math.floorMod(x, c));
      }
      assertThat(div.compiled(ValueType.INT).code).isNotNull();
    }
  }

  @Test
  void nonPositiveConstantDivisorsKeepPythonsRules() {
    JitFunction div = JitFunction.fromSource("def div(a):\n    return a // -7\n");
    JitFunction mod = JitFunction.fromSource("def mod(a):\n    return a % -1\n");
    for (long x : new long[] {Long.MIN_VALUE + 1, -50, -1, 0, 1, 50, Long.MAX_VALUE}) {
      assertThat(div.call(x)).isEqualTo(Math.floorDiv(x, -7L));
      assertThat(mod.call(x)).isEqualTo(0L);
    }
    assertThat(div.call(Long.MIN_VALUE)).isEqualTo(Math.floorDiv(Long.MIN_VALUE, -7L));
  }

  @Test
  void immediateOperandsOverflowToBigInts() {
    JitFunction f = JitFunction.fromSource("""
        def f(a):
            b = a * 48271 - 5
            c = 7 - b
            if c < 100:
                return c + 2147483647
            return (c & 1023) | 4096
        """);
    Random rnd = new Random(SEED + 1);
    List<Long> xs = new ArrayList<>(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L,
        Long.MAX_VALUE / 48271, Long.MAX_VALUE / 48271 + 1, Long.MIN_VALUE / 48271,
        Long.MIN_VALUE / 48271 - 1));
    for (int k = 0; k < 200; k++) {
      xs.add(rnd.nextLong() >> rnd.nextInt(64));
    }
    for (long x : xs) {
      BigInteger b = BigInteger.valueOf(x).multiply(BigInteger.valueOf(48271))
          .subtract(BigInteger.valueOf(5));
      BigInteger c = BigInteger.valueOf(7).subtract(b);
      BigInteger want = c.compareTo(BigInteger.valueOf(100)) < 0
          ? c.add(BigInteger.valueOf(2147483647))
          : c.and(BigInteger.valueOf(1023)).or(BigInteger.valueOf(4096));
      Object got = f.call(x);
      BigInteger g = got instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) got;
      assertThat(g).as("f(%d)", x).isEqualTo(want);
    }
  }
}
