package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.Uop;

/** Hand-built traces from the committed stencils, run natively through the shim. */
class NativeTraceTest {
  static final StencilTable TABLE = StencilTableTest.TABLE;
  static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;

  static NativeOp op(Uop u, long... operands) {
    return NativeOp.of(u, operands);
  }

  /** s0 = total, s1..s3 = range(start, stop, step), s4 = i: for i in range: total += i. */
  static List<NativeOp> sumRange() {
    return List.of(
        op(Uop.FOR_ITER_RANGE, 4, 1, 4),   // 0: i = next or go to 4
        op(Uop.BINARY_OP_ADD_INT, 0, 0, 4, 0),
        op(Uop.JUMP_BACKWARD, 0, 1),
        op(Uop.NOP),                        // never reached: JUMP_BACKWARD is a terminator
        op(Uop.EXIT, 2));
  }

  record Run(long exit, long[] frame, MemorySegment state, MemorySegment exits) {}

  static Run run(List<NativeOp> ops, int exits, long budget, long interrupt, long... slots) {
    Arena arena = Arena.ofAuto();
    try (NativeTrace t = NativeTrace.install(CodeArena.shared(), "test", TABLE, ops, exits, 42)) {
      MemorySegment frame = arena.allocate(8L * slots.length, 8);
      MemorySegment state = arena.allocate(NativeLayout.STATE_BYTES, 8);
      MemorySegment.copy(slots, 0, frame, L, 0, slots.length);
      state.set(L, NativeLayout.STATE_BUDGET, budget);
      state.set(L, NativeLayout.STATE_INTERRUPT, interrupt);
      long exit = t.run(frame, state);
      MemorySegment exitTable = arena.allocate(t.exitTable().byteSize(), 8).copyFrom(t.exitTable());
      return new Run(exit, frame.toArray(L), state, exitTable);
    }
  }

  @Test
  void rangeLoopRunsToTheEnd() {
    Run r = run(sumRange(), 3, 1_000_000, 0, 0, 0, 1000, 1, 0);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.frame()[0]).isEqualTo(999L * 1000 / 2);
    assertThat(r.frame()[1]).isEqualTo(1000);
    assertThat(r.state().get(L, NativeLayout.STATE_BUDGET)).isEqualTo(1_000_000 - 1000);
    assertThat(r.state().get(L, NativeLayout.STATE_EXIT_INDEX)).isEqualTo(2);
    assertThat(r.state().get(L, NativeLayout.STATE_EXIT_TRACE)).isEqualTo(42);
    assertThat(r.exits().get(L, 2 * NativeLayout.EXIT_ENTRY_BYTES)).isEqualTo(1);
  }

  /** s0 = total, s1..s3 range, s4 = i, s5 = x, s6 = x * x: for i in range: x = float(i); total += x * x. */
  static List<NativeOp> sumOfSquares() {
    return List.of(
        op(Uop.FOR_ITER_RANGE, 4, 1, 5),
        op(Uop.INT_TO_FLOAT, 5, 4),
        op(Uop.BINARY_OP_MULTIPLY_FLOAT, 6, 5, 5),
        op(Uop.BINARY_OP_ADD_FLOAT, 0, 0, 6),
        op(Uop.JUMP_BACKWARD, 0, 1),
        op(Uop.EXIT, 2));
  }

  @Test
  void floatLoopKeepsItsFloatsInXmmRegisters() {
    TraceEmitter.Layout l = TraceEmitter.layout(TABLE, sumOfSquares(), 0, 0, true);
    // the floats x, total and x * x in f0..f2, the ints i and the range's current value in c0, c1
    assertThat(l.floatCachedSlots()).containsExactly(5, 0, 6);
    assertThat(l.cachedSlots()).containsExactly(4, 1);
    double expected = 0;
    for (int i = 3; i < 1000; i += 2) {
      expected += (double) i * i;
    }
    long total0 = Double.doubleToRawLongBits(0.5);
    Run r = run(sumOfSquares(), 3, 1_000_000, 0, total0, 3, 1000, 2, 0, 0, 0);
    assertThat(r.exit()).isEqualTo(2);
    // every cached slot is back in the frame at the exit
    assertThat(Double.longBitsToDouble(r.frame()[0])).isEqualTo(0.5 + expected);
    assertThat(Double.longBitsToDouble(r.frame()[5])).isEqualTo(999.0);
    assertThat(Double.longBitsToDouble(r.frame()[6])).isEqualTo(999.0 * 999.0);
    assertThat(r.frame()[4]).isEqualTo(999);
    assertThat(r.frame()[1]).isEqualTo(1001);
    // the budget exit in the middle of the loop stores them too
    Run cut = run(sumOfSquares(), 3, 3, 0, 0, 0, 1000, 1, 0, 0, 0);
    assertThat(cut.exit()).isEqualTo(1);
    assertThat(Double.longBitsToDouble(cut.frame()[0])).isEqualTo(0.0 + 1 + 4 + 9);
    assertThat(Double.longBitsToDouble(cut.frame()[5])).isEqualTo(3.0);
    assertThat(cut.frame()[1]).isEqualTo(4);
  }

  @Test
  void negativeStepsAndEmptyRanges() {
    assertThat(run(sumRange(), 3, 100, 0, 0, 10, 0, -3, 0).frame()[0]).isEqualTo(10 + 7 + 4 + 1);
    assertThat(run(sumRange(), 3, 100, 0, 0, 5, 5, 1, 0).frame()[0]).isEqualTo(0);
    // the step overflows past the stop: the range ends after MAX - 1
    Run r = run(sumRange(), 3, 100, 0, 0, Long.MAX_VALUE - 1, Long.MAX_VALUE, Long.MAX_VALUE, 0);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.frame()[0]).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void overflowExitsBeforeTheStore() {
    Run r = run(sumRange(), 3, 100, 0, Long.MAX_VALUE - 4, 5, 10, 1, 0);
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.frame()[0]).isEqualTo(Long.MAX_VALUE - 4);
    assertThat(r.frame()[1]).isEqualTo(6); // the range had advanced past 5 before the add
    assertThat(r.exits().get(L, 0)).isEqualTo(1);
  }

  @Test
  void budgetExhaustionLeavesThroughTheBackEdge() {
    Run r = run(sumRange(), 3, 3, 0, 0, 0, 1000, 1, 0);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.frame()[0]).isEqualTo(0 + 1 + 2 + 3); // four bodies, three back edges taken
    assertThat(r.state().get(L, NativeLayout.STATE_BUDGET)).isEqualTo(0);
  }

  @Test
  void interruptFlagLeavesAtTheBackEdge() {
    Run r = run(sumRange(), 3, 1000, NativeLayout.INTERRUPT_REQUESTED, 0, 0, 1000, 1, 0);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.frame()[0]).isEqualTo(0);
    assertThat(r.state().get(L, NativeLayout.STATE_BUDGET)).isEqualTo(1000);
  }

  @Test
  void listLoadStoreAndLengthWithBoundsGuards() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment items = arena.allocate(8 * 3, 8);
      items.copyFrom(MemorySegment.ofArray(new long[] {10, 20, 30}));
      // s0,s1 = list; s2 = index; s3 = loaded; s4 = len; s5 = stored value
      List<NativeOp> ops = List.of(
          op(Uop.BINARY_SUBSCR_LIST_INT, 3, 0, 2, 0),
          op(Uop.LIST_LEN, 4, 0),
          op(Uop.STORE_SUBSCR_LIST_INT, 5, 0, 2, 1),
          op(Uop.EXIT, 2));
      for (long[] c : new long[][] {{-1, 30, 2}, {0, 10, 0}, {2, 30, 2}, {-3, 10, 0}}) {
        Run r = run(ops, 3, 10, 0, items.address(), 3, c[0], 0, 0, 99);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.frame()[3]).isEqualTo(c[1]);
        assertThat(r.frame()[4]).isEqualTo(3);
        assertThat(items.getAtIndex(L, c[2])).isEqualTo(99);
        items.setAtIndex(L, c[2], c[1]);
      }
      for (long i : new long[] {3, -4, Long.MIN_VALUE, Long.MAX_VALUE}) {
        Run r = run(ops, 3, 10, 0, items.address(), 3, i, -5, 0, 99);
        assertThat(r.exit()).as("index %d", i).isEqualTo(0);
        assertThat(r.frame()[3]).isEqualTo(-5);
      }
      // an empty list: every index is out of range (the storage is never touched)
      assertThat(run(ops, 3, 10, 0, 0, 0, 0, 0, 0, 0).exit()).isEqualTo(0);
    }
  }

  @Test
  void branchesAndGuards() {
    // s0 = flag; JUMP_IF_TRUE to 3 (s1 = 2) else s1 = 1; then GUARD_IS_FALSE s0
    List<NativeOp> ops = List.of(
        op(Uop.JUMP_IF_TRUE, 0, 3),
        op(Uop.LOAD_CONST_INT, 1, 1),
        op(Uop.JUMP, 4),
        op(Uop.LOAD_CONST_INT, 1, 2),
        op(Uop.GUARD_IS_FALSE, 0, 0),
        op(Uop.EXIT, 1));
    Run f = run(ops, 2, 10, 0, 0, 0);
    assertThat(f.exit()).isEqualTo(1);
    assertThat(f.frame()[1]).isEqualTo(1);
    Run t = run(ops, 2, 10, 0, 1, 0);
    assertThat(t.exit()).isEqualTo(0);
    assertThat(t.frame()[1]).isEqualTo(2);
  }

  @Test
  void aLinkedSideTraceContinuesFromTheExit() {
    try (Arena arena = Arena.ofConfined();
        NativeTrace side = NativeTrace.install(CodeArena.shared(), "side", TABLE,
            List.of(op(Uop.LOAD_CONST_INT, 1, 77), op(Uop.EXIT, 0)), 1, 2);
        NativeTrace main = NativeTrace.install(CodeArena.shared(), "main", TABLE,
            List.of(op(Uop.GUARD_IS_TRUE, 0, 0), op(Uop.LOAD_CONST_INT, 1, 5), op(Uop.EXIT, 1)), 2, 1)) {
      MemorySegment frame = arena.allocate(16, 8);
      MemorySegment state = arena.allocate(NativeLayout.STATE_BYTES, 8);
      assertThat(main.run(frame, state)).isEqualTo(0);
      assertThat(state.get(L, NativeLayout.STATE_EXIT_TRACE)).isEqualTo(1);
      main.code().keepAlive(side);
      main.exitTable().set(L, NativeLayout.EXIT_LINK, side.uopEntry());
      assertThat(main.run(frame, state)).isEqualTo(0);
      assertThat(frame.get(L, 8)).isEqualTo(77);
      assertThat(state.get(L, NativeLayout.STATE_EXIT_TRACE)).isEqualTo(2);
      assertThat(main.exitTable().get(L, NativeLayout.EXIT_HITS)).isEqualTo(2);
      assertThat(side.exitTable().get(L, NativeLayout.EXIT_HITS)).isEqualTo(1);
      main.exitTable().set(L, NativeLayout.EXIT_LINK, 0);
    }
  }

  @Test
  void theContinuationJumpIsElidedBetweenUops() {
    TraceEmitter.Layout l = TraceEmitter.layout(TABLE, sumRange(), 0, 0, false);
    Stencil iter = TABLE.require("FOR_ITER_RANGE");
    assertThat(l.start(1) - l.start(0)).isEqualTo(iter.tail());
    assertThat(l.frameSlots()).isEqualTo(5);
    assertThat(l.cachedSlots()).isEmpty();
    // with registers: s0 (total), s4 (i), named twice each, and the range's current value s1
    TraceEmitter.Layout r = TraceEmitter.layout(TABLE, sumRange(), 0, 0, true);
    assertThat(r.cachedSlots()).containsExactly(0, 4, 1);
    Stencil cachedIter = TABLE.require("FOR_ITER_RANGE@12");
    assertThat(r.start(1) - r.start(0)).isEqualTo(cachedIter.tail());
    assertThat(r.entry()).isLessThan(r.start(0));
  }

  @Test
  void malformedTracesAreRefused() {
    assertThatThrownBy(() -> TraceEmitter.layout(TABLE, List.of(op(Uop.NOP)), 0, 0))
        .isInstanceOf(StencilException.class).hasMessageContaining("continues past");
    assertThatThrownBy(() -> TraceEmitter.layout(TABLE, List.of(op(Uop.JUMP, 5)), 0, 0))
        .isInstanceOf(StencilException.class).hasMessageContaining("jump target");
    assertThatThrownBy(() -> TraceEmitter.layout(TABLE, List.of(), 0, 0)).isInstanceOf(StencilException.class);
    assertThatThrownBy(() -> NativeTrace.install(CodeArena.shared(), "x", TABLE, List.of(op(Uop.EXIT, 3)), 1, 0))
        .isInstanceOf(StencilException.class);
    // A slot offset past a signed disp32 does not fit its hole: refused while linking.
    TraceEmitter.Layout l = TraceEmitter.layout(TABLE,
        List.of(op(Uop.LOAD_CONST_INT, Integer.MAX_VALUE / 4, 0), op(Uop.EXIT, 0)), 0, 0);
    assertThatThrownBy(() -> l.link(0x1000_0000L)).isInstanceOf(StencilException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void aFrameTooSmallIsRefusedBeforeAnyNativeAccess() {
    try (Arena arena = Arena.ofConfined();
        NativeTrace t = NativeTrace.install(CodeArena.shared(), "test", TABLE, sumRange(), 3, 0)) {
      assertThatThrownBy(() -> t.run(arena.allocate(32, 8), arena.allocate(NativeLayout.STATE_BYTES, 8)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> t.run(arena.allocate(40, 8), arena.allocate(16, 8)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
