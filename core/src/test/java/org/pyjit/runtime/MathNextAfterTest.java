package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * math.nextafter's steps (MathFloatFunctions.nextAfter, integer arithmetic on the bit
 * patterns) against the plain definition: {@code steps} calls of the JDK's one-step
 * Math.nextAfter, stopping at y. Random doubles of every magnitude and sign, both sides of
 * zero, subnormals and infinities, with small step counts the walk can take; then counts
 * larger than any distance, which must land on y.
 */
class MathNextAfterTest {
  private static double walk(double x, double y, int steps) {
    if (steps == 0) {
      return x; // CPython: no step at all, even towards an equal y of the other sign
    }
    for (int i = 0; i < steps && x != y; i++) {
      x = Math.nextAfter(x, y);
    }
    return x == y ? y : x; // y itself at the end, with y's sign of zero
  }

  private static double randomDouble(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> Double.longBitsToDouble(r.nextLong());
      case 1 -> (r.nextInt(7) - 3) * Double.MIN_VALUE; // zeros and subnormals
      case 2 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : -Double.MAX_VALUE;
      case 3 -> (r.nextDouble() - 0.5) * 1e-300;
      default -> r.nextGaussian();
    };
  }

  @Test
  void stepsMatchTheOneStepWalk() {
    Random r = new Random(20261123);
    for (int i = 0; i < 100_000; i++) {
      double x = randomDouble(r);
      double y = r.nextInt(4) == 0 ? Math.nextAfter(x, r.nextGaussian()) * (1 + r.nextInt(3))
          : randomDouble(r);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        continue;
      }
      int steps = r.nextInt(40);
      double want = walk(x, y, steps);
      assertThat(Double.doubleToRawLongBits(MathFloatFunctions.nextAfter(x, y, steps)))
          .as("nextafter(%s, %s, steps=%d)", x, y, steps)
          .isEqualTo(Double.doubleToRawLongBits(want));
    }
  }

  @Test
  void hugeStepCountsReachTheTarget() {
    Random r = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      double x = randomDouble(r);
      double y = randomDouble(r);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        continue;
      }
      // -1L is 2**64 - 1 unsigned, more than the distance between any two doubles
      assertThat(Double.doubleToRawLongBits(MathFloatFunctions.nextAfter(x, y, -1L)))
          .isEqualTo(Double.doubleToRawLongBits(y));
    }
  }

  @Test
  void nanAndZeroSteps() {
    assertThat(MathFloatFunctions.nextAfter(1.0, Double.NaN, 0)).isEqualTo(1.0);
    assertThat(MathFloatFunctions.nextAfter(1.0, Double.NaN, 1)).isNaN();
    assertThat(MathFloatFunctions.nextAfter(Double.NaN, 1.0, 1)).isNaN();
    assertThat(Double.doubleToRawLongBits(MathFloatFunctions.nextAfter(0.0, -0.0, 1)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }
}
