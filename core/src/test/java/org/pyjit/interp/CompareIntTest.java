package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CompareOp;

/**
 * COMPARE_OP_INT computes its result without branching on the comparison (a table of bits):
 * every comparison, with and without the to-bool flag, against Java's own operators on ints
 * at the edges and at random.
 */
class CompareIntTest {
  private static final long[] EDGES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -2, -1, 0, 1, 2,
      Long.MAX_VALUE - 1, Long.MAX_VALUE};

  private static boolean expected(CompareOp op, long a, long b) {
    return switch (op) {
      case LT -> a < b;
      case LE -> a <= b;
      case EQ -> a == b;
      case NE -> a != b;
      case GT -> a > b;
      case GE -> a >= b;
    };
  }

  private static void check(long a, long b) {
    for (CompareOp op : CompareOp.values()) {
      for (int flag : new int[] {0, CompareOp.TO_BOOL}) {
        Object[] stack = {"local", a, b, null};
        int sp = SpecializedOps.compareInt(stack, 3, op.ordinal() | flag);
        assertThat(sp).isEqualTo(2);
        assertThat(stack[1]).as("%d %s %d", a, op.symbol, b).isEqualTo(expected(op, a, b));
        assertThat(stack[2]).isNull();
        assertThat(stack[0]).isEqualTo("local");
      }
    }
  }

  @Test
  void edgesGiveJavasAnswers() {
    for (long a : EDGES) {
      for (long b : EDGES) {
        check(a, b);
      }
    }
  }

  @Test
  void randomIntsGiveJavasAnswers() {
    Random r = new Random(20261122);
    for (int i = 0; i < 2000; i++) {
      long a = r.nextInt(7) - 3 + (r.nextBoolean() ? 0 : r.nextLong());
      long b = r.nextBoolean() ? a : r.nextInt(7) - 3 + (r.nextBoolean() ? 0 : r.nextLong());
      check(a, b);
    }
  }

  @Test
  void otherOperandsMiss() {
    Object[] stack = {1L, 2.0, null};
    assertThat(SpecializedOps.compareInt(stack, 2, CompareOp.LT.ordinal()))
        .isEqualTo(SpecializedOps.MISS);
    assertThat(stack).containsExactly(1L, 2.0, null);
  }
}
