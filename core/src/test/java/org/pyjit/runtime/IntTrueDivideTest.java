package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Ops#trueDivide}: int / int must be the double nearest to the exact quotient, ties
 * to even, as CPython's. Each result is checked against the exact rational a/b with
 * integer arithmetic only: the double d = m * 2**e is a dyadic rational, so |a/b - d|
 * compared with half of d's ulp (the subnormal ulp near zero) needs no rounding at all.
 */
class IntTrueDivideTest {

  /** Whether d is the correctly rounded value of a/b (b > 0, d finite). */
  private static boolean correctlyRounded(BigInteger a, BigInteger b, double d) {
    // d = m * 2**e exactly, with the ulp of d (at least 2**-1074) as 2**ue
    long bits = Double.doubleToRawLongBits(Math.abs(d));
    int biased = (int) (bits >>> 52);
    long frac = bits & ((1L << 52) - 1);
    long m = biased == 0 ? frac : frac | (1L << 52);
    int e = biased == 0 ? -1074 : biased - 1075;
    BigInteger mm = BigInteger.valueOf(d < 0 ? -m : m);
    // compare a/b - m*2**e against ulp/2 = 2**(e-1), all scaled by b * 2**(1074+1)
    int scale = 1075;
    BigInteger exact = a.shiftLeft(scale);
    BigInteger approx = mm.multiply(b).shiftLeft(scale + e);
    BigInteger err = exact.subtract(approx).abs();
    BigInteger halfUlp = b.shiftLeft(scale + e - 1);
    int c = err.compareTo(halfUlp);
    if (c < 0) {
      return true;
    }
    // a tie must land on an even mantissa (m == 2**52 after a carry is even too)
    return c == 0 && (m & 1) == 0;
  }

  private static BigInteger randomBig(Random r, int maxBits) {
    return new BigInteger(1 + r.nextInt(maxBits), r);
  }

  @Test
  void randomQuotientsAreCorrectlyRounded() {
    Random r = new Random(20261123);
    for (int i = 0; i < 20000; i++) {
      BigInteger a = randomBig(r, 300);
      BigInteger b = randomBig(r, 300).add(BigInteger.ONE);
      if (r.nextBoolean()) {
        a = a.negate();
      }
      double d = Ops.trueDivide(a, b);
      assertThat(correctlyRounded(a, b, d)).as("%s / %s = %s", a, b, d).isTrue();
    }
  }

  @Test
  void exactTiesGoToEven() {
    Random r = new Random(7);
    for (int i = 0; i < 5000; i++) {
      // an odd numerator of 54 bits over a power of two sits exactly between two doubles
      BigInteger n = new BigInteger(53, r).setBit(53).setBit(0);
      BigInteger d = BigInteger.ONE.shiftLeft(r.nextInt(200));
      double q = Ops.trueDivide(n, d);
      assertThat(correctlyRounded(n, d, q)).as("%s / %s", n, d).isTrue();
      long kept = n.shiftRight(1).longValueExact();
      long even = (kept & 1) == 0 ? kept : kept + 1;
      assertThat(q).isEqualTo(Math.scalb((double) even, 1 - d.bitLength() + 1));
    }
  }

  @Test
  void subnormalAndUnderflowingQuotients() {
    Random r = new Random(11);
    for (int i = 0; i < 5000; i++) {
      BigInteger a = randomBig(r, 80);
      BigInteger b = BigInteger.ONE.shiftLeft(1000 + r.nextInt(140)).add(randomBig(r, 900));
      double d = Ops.trueDivide(a, b);
      assertThat(correctlyRounded(a, b, d)).as("%s / %s = %s", a, b, d).isTrue();
    }
    BigInteger tiny = BigInteger.ONE.shiftLeft(1075); // 1 / 2**1075: a tie with zero
    assertThat(Ops.trueDivide(BigInteger.ONE, tiny)).isEqualTo(0.0);
    assertThat(Ops.trueDivide(BigInteger.valueOf(3), tiny)).isEqualTo(Double.MIN_VALUE * 2);
    assertThat(Ops.trueDivide(BigInteger.valueOf(-1), tiny.shiftLeft(5)))
        .isEqualTo(-0.0).matches(v -> 1 / v < 0);
    assertThat(Ops.trueDivide(BigInteger.ZERO, BigInteger.valueOf(-5))).matches(v -> 1 / v < 0);
  }

  @Test
  void largeQuotientsAndOverflow() {
    Random r = new Random(3);
    for (int i = 0; i < 3000; i++) {
      BigInteger a = BigInteger.ONE.shiftLeft(900 + r.nextInt(120)).add(randomBig(r, 800));
      BigInteger b = randomBig(r, 40).add(BigInteger.ONE);
      double d = Ops.trueDivide(a, b);
      assertThat(correctlyRounded(a, b, d)).as("%s / %s = %s", a, b, d).isTrue();
    }
    BigInteger max = BigInteger.ONE.shiftLeft(1024);
    assertThatThrownBy(() -> Ops.trueDivide(max, BigInteger.ONE))
        .isInstanceOf(PyException.class)
        .hasMessageContaining("integer division result too large for a float");
    // just under 2**1024 after rounding: the largest double
    BigInteger under = max.subtract(BigInteger.ONE.shiftLeft(971));
    assertThat(Ops.trueDivide(under, BigInteger.ONE)).isEqualTo(Double.MAX_VALUE);
  }
}
