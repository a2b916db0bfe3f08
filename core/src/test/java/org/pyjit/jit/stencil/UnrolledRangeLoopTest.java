package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.RangeLoopUnroller;
import org.pyjit.jit.uop.RangeLoopUnrollerTest;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceParser;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.Uop;
import org.pyjit.jit.uop.UopInterpreter;

/**
 * Unrolled range loops natively (JUMP_RANGE_GROUP, ITER_NEXT_RANGE), with the values in
 * registers and in the frame, against the uop interpreter running the trace as written:
 * empty, one-iteration, group-sized, negative-step and 64-bit-limit ranges under budgets
 * around the group size and the interrupt flag; an overflow at every position of a group; a
 * body with a break, a continue and two exits. Exit, every slot, the budget and every exit's
 * hits must be the interpreter's.
 */
class UnrolledRangeLoopTest {
  @Test
  void unrolledLoopsRunNativelyAsTheOriginalInterpreted() {
    int runs = 0;
    for (String text : new String[] {RangeLoopUnrollerTest.SUM, RangeLoopUnrollerTest.BRANCHY}) {
      Trace original = TraceParser.parse(text);
      for (int copies : new int[] {3, 5, RangeLoopUnroller.MAX_COPIES}) {
        Trace unrolled = RangeLoopUnroller.unroll(original, copies, RangeLoopUnroller.MAX_BODY);
        assertThat(unrolled.code()).anyMatch(in -> in.uop() == Uop.JUMP_RANGE_GROUP);
        for (long[] r : RangeLoopUnrollerTest.ranges()) {
          for (long budget : RangeLoopUnrollerTest.BUDGETS) {
            for (boolean interrupt : new boolean[] {false, true}) {
              long[] frame = RangeLoopUnrollerTest.startFrame(original, r);
              assertSameNatively(original, unrolled, frame, budget, interrupt);
              runs++;
            }
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(1000);
  }

  @Test
  void overflowAtEveryPositionOfAGroupLeavesTheExactStateNatively() {
    Trace original = TraceParser.parse(RangeLoopUnrollerTest.SUM);
    for (int copies : new int[] {2, 3, RangeLoopUnroller.MAX_COPIES}) {
      Trace unrolled = RangeLoopUnroller.unroll(original, copies, RangeLoopUnroller.MAX_BODY);
      for (long[] r : new long[][] {{1, 200, 1}, {-1, -200, -2}}) {
        for (int m = 0; m < 3 * copies + 2; m++) {
          long[] frame = {RangeLoopUnrollerTest.overflowingStart(r, m), r[0], r[1], r[2], 0};
          long[] after = assertSameNatively(original, unrolled, frame, 1000, false);
          assertThat(after[4]).as("i at the overflow, m=%d", m).isEqualTo(r[0] + m * r[2]);
          assertThat(after[1]).as("the range advanced past i").isEqualTo(r[0] + (m + 1) * r[2]);
          assertThat(after[0]).isEqualTo(frame[0] + RangeLoopUnrollerTest.sum(r, m));
        }
      }
    }
  }

  /**
   * The in-place add (d and a one cached register) with b in the frame: UNARY_NEGATIVE_INT has
   * no register variant, so s5 stays in the frame. An overflow at the first, second or third
   * add leaves s0 as it was before that add.
   */
  @Test
  void inPlaceAddWithItsOperandInTheFrameUndoesItsOverflow() {
    Trace t = TraceParser.parse("""
        trace inplace slots=8
        exit e0
        exit e1
        exit e2
            UNARY_NEGATIVE_INT s6, s5, e1
            BINARY_OP_ADD_INT s0, s0, s5, e0
            BINARY_OP_ADD_INT s0, s0, s5, e0
            BINARY_OP_ADD_INT s0, s0, s5, e0
            EXIT e2
        """);
    try (NativeTrace n = NativeTrace.compile(t)) {
      assertThat(n.layout().cachedSlots()).containsExactly(0);
      assertThat(n.layout().marks()).anyMatch(m -> m.getValue().startsWith("undo of uop 1"));
    }
    long max = Long.MAX_VALUE;
    for (long start : new long[] {max - 1, max - 3, max - 5, max - 7, Long.MIN_VALUE + 1}) {
      for (long b : new long[] {2, -2}) {
        long s0 = b > 0 ? start : -start - 1;
        assertSameNatively(t, t, new long[] {s0, 0, 0, 0, 0, b, 0, 0}, 10, false);
      }
    }
  }

  /** The backend's own path: compile() unrolls (NativeTrace.prepare) and runs the same. */
  @Test
  void compileUnrollsTheSum() {
    Trace original = TraceParser.parse(RangeLoopUnrollerTest.SUM);
    try (NativeTrace t = NativeTrace.compile(original)) {
      assertThat(t.trace().code()).filteredOn(in -> in.uop() == Uop.ITER_NEXT_RANGE)
          .hasSize(RangeLoopUnroller.copiesFor(1) - 1);
      try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
        var f = arena.allocate(8L * 5, 8);
        f.copyFrom(java.lang.foreign.MemorySegment.ofArray(new long[] {0, 0, 1001, 1, 0}));
        var state = arena.allocate(NativeLayout.STATE_BYTES, 8);
        state.set(RotatedRangeLoopTest.L, NativeLayout.STATE_BUDGET, 10_000);
        assertThat(t.run(f, state)).isEqualTo(2);
        assertThat(f.toArray(RotatedRangeLoopTest.L)).containsExactly(1000L * 1001 / 2, 1001, 1001, 1, 1000);
        assertThat(state.get(RotatedRangeLoopTest.L, NativeLayout.STATE_BUDGET)).isEqualTo(10_000 - 1001);
      }
    }
  }

  /** Runs the original interpreted and the unrolled natively (registers and frame); returns the interpreted frame after. */
  static long[] assertSameNatively(Trace original, Trace unrolled, long[] frame, long budget, boolean interrupt) {
    long[] expected = frame.clone();
    TraceState state = TraceState.create();
    state.setBudget(budget);
    if (interrupt) {
      state.requestInterrupt();
    }
    ExitTable exits = ExitTable.create(original.exits().size());
    int exit = UopInterpreter.run(original, expected, state, exits);
    for (boolean registers : new boolean[] {true, false}) {
      String what = Arrays.toString(frame) + " budget " + budget + " interrupt " + interrupt
          + (registers ? " (registers)" : " (frame)") + "\n" + unrolled;
      RotatedRangeLoopTest.Result r = RotatedRangeLoopTest.runNative(unrolled, registers, frame.clone(), budget,
          interrupt ? NativeLayout.INTERRUPT_REQUESTED : 0);
      assertThat(r.exit()).as(what).isEqualTo(exit);
      assertThat(r.frame()).as(what).containsExactly(expected);
      assertThat(r.budget()).as(what).isEqualTo(state.budget());
    }
    return expected;
  }
}
