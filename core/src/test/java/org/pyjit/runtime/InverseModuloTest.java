package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Builtins#inverseModulo}, the long fast path of pow(b, -1, m), against
 * BigInteger.modInverse (which throws exactly when no inverse exists).
 */
class InverseModuloTest {

  @Test
  void agreesWithBigIntegerModInverse() {
    Random r = new Random(61);
    long[] moduli = {1, 2, 3, 10, 97, (1L << 61) - 1, (1L << 62) - 1, 1L << 40};
    for (int i = 0; i < 20000; i++) {
      long n = i < 8000 ? moduli[i % moduli.length]
          : 1 + (r.nextLong() >>> (2 + r.nextInt(60)));
      long a = Math.floorMod(r.nextLong(), n);
      long got = Builtins.inverseModulo(a, n);
      BigInteger want;
      try {
        want = BigInteger.valueOf(a).modInverse(BigInteger.valueOf(n));
      } catch (ArithmeticException none) {
        want = null;
      }
      if (want == null) {
        assertThat(got).as("%d mod %d", a, n).isEqualTo(-1);
      } else {
        assertThat(got).as("%d mod %d", a, n).isEqualTo(want.longValueExact());
      }
    }
  }
}
