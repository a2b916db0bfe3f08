package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.Opcode;

/**
 * COMPARE_OP_INT computes its result without branching on the comparison (a table of bits):
 * every comparison, with and without the to-bool flag, against Java's own operators on ints
 * at the edges and at random; so does COMPARE_OP_INT_JUMP, which also decides its jump.
 */
class CompareIntTest {
  private static void check(long a, long b) {
    for (CompareOp op : CompareOp.values()) {
      for (int flag : new int[] {0, CompareOp.TO_BOOL}) {
        Object[] stack = {"local", a, b, null};
        int sp = SpecializedOps.compareInt(stack, 3, op.ordinal() | flag);
        assertThat(sp).isEqualTo(2);
        assertThat(stack[1]).as("%d %s %d", a, op.symbol, b)
            .isEqualTo(IntCases.expected(op, a, b));
        assertThat(stack[2]).isNull();
        assertThat(stack[0]).isEqualTo("local");
      }
    }
  }

  /** COMPARE_OP_INT_JUMP at 10, its jump at 11 to 40: where the loop goes on. */
  private static void checkJump(long a, long b) {
    for (CompareOp op : CompareOp.values()) {
      for (Opcode jump : new Opcode[] {Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE}) {
        Object[] stack = {"local", a, b, null};
        int next = SpecializedOps.compareIntJump(stack, 3, op.ordinal() | CompareOp.TO_BOOL,
            Opcode.encode(jump, 40), 11);
        boolean jumps = IntCases.expected(op, a, b) == (jump == Opcode.POP_JUMP_IF_TRUE);
        assertThat(next).as("%d %s %d, %s", a, op.symbol, b, jump).isEqualTo(jumps ? 40 : 12);
        assertThat(stack).containsExactly("local", null, null, null);
      }
    }
  }

  @Test
  void edgesGiveJavasAnswers() {
    for (long a : IntCases.EDGES) {
      for (long b : IntCases.EDGES) {
        check(a, b);
        checkJump(a, b);
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
      checkJump(a, b);
    }
  }

  @Test
  void otherOperandsMiss() {
    Object[] stack = {1L, 2.0, null};
    assertThat(SpecializedOps.compareInt(stack, 2, CompareOp.LT.ordinal()))
        .isEqualTo(SpecializedOps.MISS);
    assertThat(stack).containsExactly(1L, 2.0, null);
    assertThat(SpecializedOps.compareIntJump(stack, 2, CompareOp.LT.ordinal(),
        Opcode.encode(Opcode.POP_JUMP_IF_FALSE, 40), 11)).isEqualTo(SpecializedOps.MISS);
    assertThat(stack).containsExactly(1L, 2.0, null);
  }
}
