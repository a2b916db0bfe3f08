package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.Opcode;

/**
 * LOAD_FAST_LOAD_FAST_ADD_INT and _SUBTRACT_INT (two int locals loaded and added or
 * subtracted, one dispatch) against the unfused instructions (the two loads, then
 * BINARY_OP_ADD_INT / _SUBTRACT_INT) and against BigInteger arithmetic, at the 64-bit edges
 * (where the result leaves for a big int) and at random; other operands miss without
 * touching the frame.
 */
class FusedLocalPairIntTest {
  /** A frame of three locals (the ints in 2 and 0) and an empty stack of 2 at 3. */
  private static void check(long a, long b) {
    for (boolean subtract : new boolean[] {false, true}) {
      Object[] frame = {b, "other", a, null, null};
      int sp = SpecializedOps.loadFastPairIntOp(frame, 3, Opcode.pair(2, 0), subtract);
      // unfused: the two loads, then BINARY_OP_SUBTRACT_INT's helper or BINARY_OP_ADD_INT's
      // code (written in the loop: the two operands replaced by addLongs' result)
      Object[] unfused = {b, "other", a, a, b};
      int usp;
      if (subtract) {
        usp = SpecializedOps.subtractInt(unfused, 5);
      } else {
        unfused[3] = SpecializedOps.addLongs(a, b);
        unfused[4] = null;
        usp = 4;
      }
      BigInteger want = subtract ? BigInteger.valueOf(a).subtract(BigInteger.valueOf(b))
          : BigInteger.valueOf(a).add(BigInteger.valueOf(b));
      Object expected = want.bitLength() < 64 ? (Object) want.longValue() : want;
      assertThat(sp).isEqualTo(4).isEqualTo(usp);
      assertThat(frame[3]).as("%d %s %d", a, subtract ? "-" : "+", b).isEqualTo(expected)
          .isEqualTo(unfused[3]);
      assertThat(frame).containsExactly(b, "other", a, expected, null);
    }
  }

  @Test
  void edgesGiveBigIntegerResults() {
    for (long a : IntCases.EDGES) {
      for (long b : IntCases.EDGES) {
        check(a, b);
      }
    }
  }

  @Test
  void randomIntsGiveBigIntegerResults() {
    Random r = new Random(20261123L);
    for (int i = 0; i < 5000; i++) {
      long a = r.nextBoolean() ? r.nextInt(41) - 20 : r.nextLong();
      long b = r.nextBoolean() ? r.nextInt(41) - 20 : r.nextLong();
      check(a, b);
    }
  }

  @Test
  void otherOperandsMiss() {
    Object[][] pairs = {{1L, 2.0}, {1.0, 2L}, {true, 1L}, {1L, BigInteger.TEN.pow(20)},
        {"a", 1L}, {1L, null}};
    for (Object[] p : pairs) {
      for (boolean subtract : new boolean[] {false, true}) {
        Object[] frame = {p[0], p[1], null};
        assertThat(SpecializedOps.loadFastPairIntOp(frame, 2, Opcode.pair(0, 1), subtract))
            .isEqualTo(SpecializedOps.MISS);
        assertThat(frame).containsExactly(p[0], p[1], null);
      }
    }
  }
}
