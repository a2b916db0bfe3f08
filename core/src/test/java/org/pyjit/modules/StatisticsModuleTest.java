package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;

/**
 * {@code _statistics._exact_sums}: the sum and the sum of squares of floats and ints must be
 * exact. The reference is BigDecimal arithmetic, which represents every double exactly
 * ({@code new BigDecimal(double)}) and adds and multiplies without rounding.
 */
class StatisticsModuleTest {

  private static BigDecimal exact(Object x) {
    if (x instanceof Double d) {
      return new BigDecimal(d);
    }
    if (x instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    return new BigDecimal((BigInteger) x);
  }

  private static BigInteger big(Object n) {
    return n instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) n;
  }

  /** n * 2**e exactly. */
  private static BigDecimal dyadic(Object n, Object e) {
    long exp = (Long) e;
    BigDecimal v = new BigDecimal(big(n));
    BigDecimal two = BigDecimal.valueOf(2);
    return exp >= 0 ? v.multiply(two.pow((int) exp)) : v.divide(two.pow((int) -exp));
  }

  private static void check(List<Object> items) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    boolean floats = false;
    for (Object x : items) {
      BigDecimal v = exact(x);
      sum = sum.add(v);
      squares = squares.add(v.multiply(v));
      floats |= x instanceof Double;
    }
    for (Object seq : new Object[] {new PyList(items.toArray()), new PyTuple(items.toArray())}) {
      PyTuple r = (PyTuple) StatisticsModule.exactSums(seq, true);
      assertThat(r.get(0)).isEqualTo((long) items.size());
      assertThat(r.get(1)).isEqualTo(floats);
      assertThat(dyadic(r.get(2), r.get(3)).compareTo(sum)).isZero();
      assertThat(dyadic(r.get(4), r.get(5)).compareTo(squares)).isZero();
      PyTuple plain = (PyTuple) StatisticsModule.exactSums(seq, false);
      assertThat(dyadic(plain.get(2), plain.get(3)).compareTo(sum)).isZero();
    }
  }

  @Test
  void randomFloatsOfEveryMagnitude() {
    Random r = new Random(424242);
    for (int trial = 0; trial < 200; trial++) {
      List<Object> items = new ArrayList<>();
      int n = r.nextInt(300);
      int spread = 1 + r.nextInt(600);
      for (int i = 0; i < n; i++) {
        double v = Math.scalb(r.nextDouble() - 0.5, r.nextInt(2 * spread) - spread);
        items.add(r.nextInt(10) == 0 ? Double.longBitsToDouble(r.nextLong() & 0x000fffffffffffffL)
            : v); // subnormals now and then
      }
      check(items);
    }
  }

  @Test
  void manyValuesOfOneExponentFoldIntoBigIntegers() {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      items.add(Math.nextDown(1.0)); // the largest mantissa, 5000 times in one bucket
      items.add(-Double.MAX_VALUE / 3);
    }
    items.add(Double.MIN_VALUE);
    check(items);
  }

  @Test
  void intsAroundTheLongRangeAndBigInts() {
    Random r = new Random(99);
    for (int trial = 0; trial < 100; trial++) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        switch (r.nextInt(4)) {
          case 0 -> items.add(Long.MAX_VALUE - r.nextInt(1000));
          case 1 -> items.add(Long.MIN_VALUE + r.nextInt(1000));
          case 2 -> items.add(new BigInteger(100 + r.nextInt(100), r).negate());
          default -> items.add(r.nextDouble() * 1e10);
        }
      }
      check(items);
    }
  }

  @Test
  void declinesWhatThePythonPathMustHandle() {
    Object[][] cases = {
        {1.0, Double.NaN}, {Double.POSITIVE_INFINITY}, {1L, true}, {"a"}, {1.0, PySingleton.NONE}};
    for (Object[] c : cases) {
      assertThat(StatisticsModule.exactSums(new PyList(c), true)).isSameAs(PySingleton.NONE);
    }
    assertThat(StatisticsModule.exactSums("not a list", false)).isSameAs(PySingleton.NONE);
    PyTuple empty = (PyTuple) StatisticsModule.exactSums(new PyList(new Object[0]), true);
    assertThat(empty.get(0)).isEqualTo(0L);
    assertThat(empty.get(2)).isEqualTo(0L);
  }
}
