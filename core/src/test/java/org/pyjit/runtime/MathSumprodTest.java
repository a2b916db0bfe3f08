package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * math.sumprod's float run (MathFloatFunctions.sumprod: products split exactly into
 * partials, BigDecimal once a product cannot be split) against its definition: the exact
 * sum of the exact products, as a BigDecimal, rounded once. Seeded random vectors of
 * floats of every magnitude the run takes (its plain sum stays finite), including products
 * that underflow, subnormals, zeros of both signs and cancelling pairs.
 */
class MathSumprodTest {
  private static double randomDouble(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> r.nextGaussian() * Math.pow(2, r.nextInt(1200) - 600);
      case 1 -> (r.nextInt(7) - 3) * Double.MIN_VALUE; // zeros and subnormals
      case 2 -> r.nextGaussian() * 1e-160; // products that underflow
      case 3 -> r.nextBoolean() ? 0.0 : -0.0;
      case 4 -> r.nextGaussian() * 1e150;
      default -> r.nextGaussian();
    };
  }

  @Test
  void floatRunIsTheExactSumRoundedOnce() {
    Random r = new Random(20261123);
    for (int i = 0; i < 20_000; i++) {
      int n = 1 + r.nextInt(12);
      Object[] p = new Object[n];
      Object[] q = new Object[n];
      BigDecimal exact = BigDecimal.ZERO;
      double plain = 0.0;
      for (int j = 0; j < n; j++) {
        double x = randomDouble(r);
        double y = r.nextInt(5) == 0 && j > 0 ? -(double) q[j - 1] : randomDouble(r);
        if (r.nextInt(5) == 0 && j > 0) { // a pair cancelling the previous one exactly
          x = (double) p[j - 1];
        }
        p[j] = x;
        q[j] = y;
        exact = exact.add(new BigDecimal(x).multiply(new BigDecimal(y)));
        plain += x * y;
      }
      if (!Double.isFinite(plain)) {
        continue; // the float run would end early: its generic stage is not under test
      }
      Object got = MathFloatFunctions.sumprod(new PyList(p), new PyList(q));
      assertThat(got).isInstanceOf(Double.class);
      assertThat(Double.doubleToRawLongBits((Double) got))
          .as("sumprod(%s, %s)", java.util.Arrays.toString(p), java.util.Arrays.toString(q))
          .isEqualTo(Double.doubleToRawLongBits(exact.doubleValue() + 0.0));
    }
  }
}
