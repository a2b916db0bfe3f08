package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * float.as_integer_ratio at the edges of the double format, and the argument-count messages
 * of built-in methods; every expected value was printed by CPython 3.13.
 */
class NumberMethodsTest {
  private static PyTuple ratio(double d) {
    return (PyTuple) NumberMethods.floatRatio(d);
  }

  @Test
  void asIntegerRatioIsExactAndReduced() {
    assertThat(ratio(0.75).items).containsExactly(3L, 4L);
    assertThat(ratio(-0.0).items).containsExactly(0L, 1L);
    assertThat(ratio(1e16).items).containsExactly(10000000000000000L, 1L);
    assertThat(ratio(0.1).items).containsExactly(3602879701896397L, 36028797018963968L);
    assertThat(ratio(Double.MIN_VALUE).items[1]).isEqualTo(BigInteger.ONE.shiftLeft(1074));
    assertThat(ratio(-Double.MAX_VALUE).items[0])
        .isEqualTo(BigInteger.valueOf(-((1L << 53) - 1)).shiftLeft(971));
  }

  @Test
  void asIntegerRatioRefusesInfinityAndNan() {
    assertThatThrownBy(() -> NumberMethods.floatRatio(Double.POSITIVE_INFINITY))
        .isInstanceOf(PyException.class);
    assertThatThrownBy(() -> NumberMethods.floatRatio(Double.NaN))
        .isInstanceOf(PyException.class);
  }

  @Test
  void argumentCountMessages() {
    assertThatThrownBy(() -> MethodArgs.one(new Object[] {null}, null, Types.LIST, "append"))
        .hasMessageContaining("list.append() takes exactly one argument (0 given)");
    assertThatThrownBy(() -> MethodArgs.none(new Object[] {null, 1L}, null, Types.DICT, "keys"))
        .hasMessageContaining("dict.keys() takes no arguments (1 given)");
    assertThatThrownBy(() -> MethodArgs.range(new Object[] {null, 1L}, null, Types.LIST,
        "insert", 2, 2)).hasMessageContaining("insert expected 2 arguments, got 1");
    assertThatThrownBy(() -> MethodArgs.range(new Object[] {null, 1L, 2L}, null, Types.LIST,
        "pop", 0, 1)).hasMessageContaining("pop expected at most 1 argument, got 2");
  }
}
