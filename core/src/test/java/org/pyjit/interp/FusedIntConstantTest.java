package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.Opcode;

/**
 * The fused forms of LOAD_FAST_LOAD_CONST (an int local with an int constant, then +, - or a
 * comparison and its jump) against Java's arithmetic and comparisons on the same values, at
 * the 64-bit edges (where + and - leave for a big int) and at random; other operands miss
 * without touching the frame.
 */
class FusedIntConstantTest {
  /** A frame of two locals (the int in 1) and an empty stack of 2 at 2; constant 0 is b. */
  private static void check(long a, long b) {
    Object[] consts = {b};
    for (boolean subtract : new boolean[] {false, true}) {
      Object[] frame = {"other", a, null, null};
      int sp = SpecializedOps.loadFastConstIntOp(frame, 2, Opcode.pair(1, 0), consts, subtract);
      BigInteger want = subtract ? BigInteger.valueOf(a).subtract(BigInteger.valueOf(b))
          : BigInteger.valueOf(a).add(BigInteger.valueOf(b));
      assertThat(sp).isEqualTo(3);
      Object got = frame[2];
      // a result that fits in 64 bits is a Long, else a BigInteger (normalized ints)
      if (want.bitLength() < 64) {
        assertThat(got).as("%d %s %d", a, subtract ? "-" : "+", b).isEqualTo(want.longValue());
      } else {
        assertThat(got).as("%d %s %d", a, subtract ? "-" : "+", b).isEqualTo(want);
      }
      assertThat(frame[0]).isEqualTo("other");
      assertThat(frame[1]).isEqualTo(a);
    }
    for (CompareOp op : CompareOp.values()) {
      for (Opcode jump : new Opcode[] {Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE}) {
        Object[] frame = {"other", a, null, null};
        // the fused form at 10, the compare at 11, the jump at 12 (to 40)
        int next = SpecializedOps.loadFastConstCompareIntJump(frame, Opcode.pair(1, 0), consts,
            Opcode.encode(Opcode.COMPARE_OP_INT_JUMP, op.ordinal() | CompareOp.TO_BOOL),
            Opcode.encode(jump, 40), 11);
        boolean jumps = IntCases.expected(op, a, b) == (jump == Opcode.POP_JUMP_IF_TRUE);
        assertThat(next).as("%d %s %d, %s", a, op.symbol, b, jump).isEqualTo(jumps ? 40 : 13);
        assertThat(frame).containsExactly("other", a, null, null);
      }
    }
  }

  @Test
  void edgesGiveJavasAnswers() {
    for (long a : IntCases.EDGES) {
      for (long b : IntCases.EDGES) {
        check(a, b);
      }
    }
  }

  @Test
  void randomIntsGiveJavasAnswers() {
    Random r = new Random(20261122L);
    for (int i = 0; i < 2000; i++) {
      long a = r.nextInt(7) - 3 + (r.nextBoolean() ? 0 : r.nextLong());
      long b = r.nextBoolean() ? a : r.nextInt(7) - 3 + (r.nextBoolean() ? 0 : r.nextLong());
      check(a, b);
    }
  }

  @Test
  void otherLocalsMiss() {
    for (Object local : new Object[] {2.5, true, BigInteger.TEN.pow(30), "s", null}) {
      Object[] frame = {"other", local, null, null};
      Object[] consts = {1L};
      assertThat(SpecializedOps.loadFastConstIntOp(frame, 2, Opcode.pair(1, 0), consts, true))
          .isEqualTo(SpecializedOps.MISS);
      assertThat(SpecializedOps.loadFastConstCompareIntJump(frame, Opcode.pair(1, 0), consts,
          Opcode.encode(Opcode.COMPARE_OP_INT_JUMP, CompareOp.LT.ordinal()),
          Opcode.encode(Opcode.POP_JUMP_IF_FALSE, 40), 11)).isEqualTo(SpecializedOps.MISS);
      assertThat(frame).containsExactly("other", local, null, null);
    }
  }
}
