package org.pyjit.runtime.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * The fast paths of FloatFormat's decimal rounding (from the shortest digits, and the 128-bit
 * fixed-point product) against exact BigDecimal rounding, on far more values than the CPython
 * data can hold: any difference is a fast path taken where it is not exact.
 */
class DigitsCrossCheckTest {
  private static double randomDouble(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> Math.abs(Double.longBitsToDouble(r.nextLong()));
      case 1 -> r.nextInt(1, 100_000) * Math.pow(10, r.nextInt(-30, 25));
      case 2 -> r.nextInt(1, 10_000_000) / Math.scalb(1.0, r.nextInt(0, 14));
      case 3 -> r.nextDouble() * Math.pow(10, r.nextInt(-8, 19));
      case 4 -> Double.longBitsToDouble(r.nextLong(1, 1L << 52)); // subnormal
      default -> Math.round(r.nextDouble() * 1e6) / Math.pow(10, r.nextInt(0, 7));
    };
  }

  @Test
  void significantDigitsAreExact() {
    SplittableRandom r = new SplittableRandom(20250101);
    Mismatches m = new Mismatches();
    FloatFormat.Digits fast = new FloatFormat.Digits();
    FloatFormat.Digits exact = new FloatFormat.Digits();
    for (int i = 0; i < 200_000; i++) {
      double a = randomDouble(r);
      if (!(a > 0) || Double.isInfinite(a)) {
        continue;
      }
      int n = r.nextInt(1, 19);
      fast.significant(a, n);
      exact.significantExact(a, n);
      m.check(fast.toString().equals(exact.toString()),
          a + " to " + n + " digits: " + fast + " instead of " + exact);
    }
    assertThat(m.report()).isEmpty();
  }

  @Test
  void fixedDigitsAreExact() {
    SplittableRandom r = new SplittableRandom(20250102);
    Mismatches m = new Mismatches();
    FloatFormat.Digits fast = new FloatFormat.Digits();
    FloatFormat.Digits exact = new FloatFormat.Digits();
    for (int i = 0; i < 200_000; i++) {
      double a = randomDouble(r);
      if (!(a > 0) || Double.isInfinite(a)) {
        continue;
      }
      int p = r.nextInt(0, 28);
      fast.fixed(a, p);
      exact.fixedExact(a, p);
      m.check(fast.toString().equals(exact.toString()),
          a + " to " + p + " places: " + fast + " instead of " + exact);
    }
    assertThat(m.report()).isEmpty();
  }
}
