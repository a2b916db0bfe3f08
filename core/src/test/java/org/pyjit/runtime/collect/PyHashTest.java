package org.pyjit.runtime.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The properties of PyHash that the CPython data does not pin down. */
class PyHashTest {
  @Test
  void constantsAreCPythons() {
    assertThat(PyHash.hashNone()).isEqualTo(4238894112L);
    assertThat(PyHash.hashBool(true)).isEqualTo(1);
    assertThat(PyHash.hashBool(false)).isEqualTo(0);
    assertThat(PyHash.hashLong(-1)).isEqualTo(-2);
    assertThat(PyHash.hashLong(Long.MIN_VALUE)).isEqualTo(-4);
    assertThat(PyHash.hashDouble(Double.POSITIVE_INFINITY)).isEqualTo(314159);
    assertThat(PyHash.hashDouble(Double.NEGATIVE_INFINITY)).isEqualTo(-314159);
    assertThat(PyHash.hashDouble(-1.0)).isEqualTo(-2);
    assertThat(PyHash.hashTuple(new long[0])).isEqualTo(5740354900026072187L);
    assertThat(PyHash.hashFrozenSet(new long[0])).isEqualTo(133146708735736L);
  }

  @Test
  void nanHashesByIdentity() {
    assertThat(PyHash.hashDouble(Double.NaN)).isEqualTo(0);
    assertThat(PyHash.hashDouble(Double.NaN, 12345)).isEqualTo(12345);
    assertThat(PyHash.hashDouble(Double.NaN, -1)).isEqualTo(-2);
    assertThat(PyHash.hashDouble(2.5, 12345)).isEqualTo(PyHash.hashDouble(2.5));
    assertThat(PyHash.hashComplex(Double.NaN, 0.0, 7)).isEqualTo(7);
  }

  @Test
  void equalNumbersHashAlike() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      long v = rnd.nextLong() >> rnd.nextInt(64);
      double d = (double) v;
      if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
        assertThat(PyHash.hashDouble(d)).isEqualTo(PyHash.hashLong((long) d));
      }
      assertThat(PyHash.hashBigInteger(BigInteger.valueOf(v))).isEqualTo(PyHash.hashLong(v));
      assertThat(PyHash.hashFraction(BigInteger.valueOf(v), BigInteger.ONE))
          .isEqualTo(PyHash.hashLong(v));
      assertThat(PyHash.hashComplex(v, 0.0)).isEqualTo(PyHash.hashDouble(v));
    }
    // a dyadic fraction hashes like the float of the same value
    assertThat(PyHash.hashFraction(BigInteger.valueOf(-3), BigInteger.valueOf(1L << 40)))
        .isEqualTo(PyHash.hashDouble(-3.0 / (1L << 40)));
    assertThatThrownBy(() -> PyHash.hashFraction(BigInteger.ONE, BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void incrementalTupleAndFrozensetHashesMatchTheBulkOnes() {
    long[] hs = {1, -2, 3_000_000_000L, PyHash.NONE, Long.MIN_VALUE};
    long acc = PyHash.TUPLE_START;
    long x = 0;
    for (long h : hs) {
      acc = PyHash.tupleStep(acc, h);
      x ^= PyHash.shuffleBits(h);
    }
    assertThat(PyHash.tupleFinish(acc, hs.length)).isEqualTo(PyHash.hashTuple(hs));
    assertThat(PyHash.frozenSetFinish(x, hs.length)).isEqualTo(PyHash.hashFrozenSet(hs));
    assertThat(PyHash.hashTuple(hs, 2)).isEqualTo(PyHash.hashTuple(new long[] {1, -2}));
  }

  @Test
  void stringHashIsStableAndSpreads() {
    assertThat(PyHash.hashString("")).isZero();
    assertThat(PyHash.hashBytes(new byte[0])).isZero();
    assertThat(PyHash.hashString("spam")).isEqualTo(PyHash.hashString(new String("spam")));
    Set<Long> seen = new HashSet<>();
    Set<Long> lowBits = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      long h = PyHash.hashString("k" + i);
      assertThat(h).isNotEqualTo(-1);
      seen.add(h);
      lowBits.add(h & 0xffff);
    }
    assertThat(seen).hasSize(100_000);
    assertThat(lowBits.size()).isGreaterThan(50_000); // the table index uses the low bits
    // lengths around the 8-unit block and the 4-unit half-block boundaries
    Set<Long> prefixes = new HashSet<>();
    String s = "abcdefghijklmnopqrstuvwxyz";
    for (int n = 0; n <= s.length(); n++) {
      prefixes.add(PyHash.hashString(s.substring(0, n)));
      prefixes.add(PyHash.hashString("\0".repeat(n)));
    }
    assertThat(prefixes).hasSize(2 * s.length() + 1);
  }

  @Test
  void bytesHashLikeTheirLatin1String() {
    SplittableRandom rnd = new SplittableRandom(2);
    for (int i = 0; i < 1000; i++) {
      byte[] b = new byte[rnd.nextInt(40)];
      for (int j = 0; j < b.length; j++) {
        b[j] = (byte) rnd.nextInt(256);
      }
      String s = new String(b, StandardCharsets.ISO_8859_1);
      assertThat(PyHash.hashBytes(b)).isEqualTo(PyHash.hashString(s));
      if (b.length > 2) {
        assertThat(PyHash.hashBytes(b, 1, b.length - 1))
            .isEqualTo(PyHash.hashString(s.substring(1, s.length() - 1)));
      }
    }
  }
}
