package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.mem.CodeArena;

/** Hand-built traces from the committed stencils, run natively through the shim. */
class NativeTraceTest {
  static final StencilTable TABLE = StencilTable.x86_64Linux();
  static final int I = 0, N = 1, S = 2, ONE = 3;

  /** while i < n: s = s + i; i = i + 1 (exit 0 at the end, 1/2 on overflow, 3 budget). */
  static List<NativeOp> sumLoop() {
    return List.of(
        NativeOp.of("_LT_INT_JUMP_IF_FALSE").slots(I, N, 0).target(4),
        NativeOp.of("_ADD_INT").slots(S, S, I).exit(1),
        NativeOp.of("_ADD_INT").slots(I, I, ONE).exit(2),
        NativeOp.of("_JUMP_BACKWARD").target(0).exit(3),
        NativeOp.of("_EXIT").exit(0));
  }

  static long[] run(List<NativeOp> ops, long budget, long... slots) {
    try (Arena arena = Arena.ofConfined();
        NativeTrace t = NativeTrace.install(CodeArena.shared(), "test", TABLE, ops)) {
      MemorySegment frame = arena.allocate(8L * slots.length, 8);
      MemorySegment state = arena.allocate(NativeTrace.STATE_BYTES, 8);
      MemorySegment.copy(slots, 0, frame, ValueLayout.JAVA_LONG, 0, slots.length);
      state.set(ValueLayout.JAVA_LONG, NativeTrace.STATE_BUDGET, budget);
      long exit = t.run(frame, state);
      long[] out = new long[slots.length + 2];
      out[0] = exit;
      out[1] = state.get(ValueLayout.JAVA_LONG, NativeTrace.STATE_BUDGET);
      MemorySegment.copy(frame, ValueLayout.JAVA_LONG, 0, out, 2, slots.length);
      return out;
    }
  }

  @Test
  void sumLoopRunsToTheEnd() {
    long[] r = run(sumLoop(), 1_000_000, 0, 1000, 0, 1);
    assertThat(r[0]).isEqualTo(0);
    assertThat(r[2 + S]).isEqualTo(999L * 1000 / 2);
    assertThat(r[2 + I]).isEqualTo(1000);
    assertThat(r[1]).isEqualTo(1_000_000 - 1000);
  }

  @Test
  void overflowExitsBeforeTheStore() {
    long[] r = run(sumLoop(), 1_000_000, 5, 10, Long.MAX_VALUE - 4, 1);
    assertThat(r[0]).isEqualTo(1);
    assertThat(r[2 + S]).isEqualTo(Long.MAX_VALUE - 4);
    assertThat(r[2 + I]).isEqualTo(5);
  }

  @Test
  void budgetExhaustionLeavesThroughTheBackEdge() {
    long[] r = run(sumLoop(), 3, 0, 1000, 0, 1);
    assertThat(r[0]).isEqualTo(3);
    assertThat(r[2 + I]).isEqualTo(4); // three back edges taken, the fourth exits
  }

  @Test
  void interruptFlagLeaves() {
    try (Arena arena = Arena.ofConfined();
        NativeTrace t = NativeTrace.install(CodeArena.shared(), "test", TABLE, sumLoop())) {
      MemorySegment frame = arena.allocate(32, 8);
      frame.set(ValueLayout.JAVA_LONG, 8 * N, 1000);
      frame.set(ValueLayout.JAVA_LONG, 8 * ONE, 1);
      MemorySegment state = arena.allocate(NativeTrace.STATE_BYTES, 8);
      state.set(ValueLayout.JAVA_LONG, NativeTrace.STATE_BUDGET, 1000);
      state.set(ValueLayout.JAVA_LONG, NativeTrace.STATE_INTERRUPT, 1);
      assertThat(t.run(frame, state)).isEqualTo(3);
      assertThat(frame.get(ValueLayout.JAVA_LONG, 8 * I)).isEqualTo(1);
    }
  }

  @Test
  void constantsOfEveryWidth() {
    for (long v : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 0x1234_5678_9abc_def0L}) {
      long[] r = run(List.of(NativeOp.of("_LOAD_CONST").slots(1, 0, 0).operand(v), NativeOp.of("_EXIT").exit(7)), 10, 0, 0);
      assertThat(r[0]).isEqualTo(7);
      assertThat(r[3]).isEqualTo(v);
    }
  }

  @Test
  void floorDivisionGuards() {
    long[][] cases = {{7, 2, 3}, {-7, 2, -4}, {7, -2, -4}, {-7, -2, 3}, {Long.MIN_VALUE, 1, Long.MIN_VALUE},
        {Long.MIN_VALUE, 2, Long.MIN_VALUE / 2}, {-1, Long.MAX_VALUE, -1}};
    for (long[] c : cases) {
      long[] r = run(List.of(NativeOp.of("_FLOORDIV_INT").slots(0, 1, 2).exit(9), NativeOp.of("_EXIT").exit(0)), 10, 0, c[0], c[1]);
      assertThat(r[0]).as("%d // %d", c[0], c[1]).isEqualTo(0);
      assertThat(r[2]).as("%d // %d", c[0], c[1]).isEqualTo(c[2]);
    }
    for (long[] c : new long[][] {{5, 0}, {Long.MIN_VALUE, -1}}) {
      long[] r = run(List.of(NativeOp.of("_FLOORDIV_INT").slots(0, 1, 2).exit(9), NativeOp.of("_EXIT").exit(0)), 10, 42, c[0], c[1]);
      assertThat(r[0]).isEqualTo(9);
      assertThat(r[2]).isEqualTo(42);
    }
  }

  @Test
  void theContinuationJumpIsElidedBetweenUops() {
    TraceEmitter.Layout l = TraceEmitter.layout(TABLE, sumLoop());
    Stencil add = TABLE.require("_ADD_INT");
    assertThat(add.tail()).isEqualTo(add.code().length - 5);
    assertThat(l.start(2) - l.start(1)).isEqualTo(add.tail());
  }

  @Test
  void malformedTracesAreRefused() {
    assertThatThrownBy(() -> TraceEmitter.layout(TABLE, List.of(NativeOp.of("_ADD_INT"))))
        .isInstanceOf(StencilException.class).hasMessageContaining("continues past");
    assertThatThrownBy(() -> TraceEmitter.layout(TABLE, List.of(NativeOp.of("_JUMP_BACKWARD"))))
        .isInstanceOf(StencilException.class).hasMessageContaining("jump target");
    assertThatThrownBy(() -> TraceEmitter.layout(TABLE, List.of(NativeOp.of("_NO_SUCH"))))
        .isInstanceOf(StencilException.class);
    // A slot offset past a signed disp32 does not fit its hole: refused while linking.
    TraceEmitter.Layout l = TraceEmitter.layout(TABLE,
        List.of(NativeOp.of("_LOAD_CONST").slots(Integer.MAX_VALUE / 4, 0, 0), NativeOp.of("_EXIT")));
    assertThatThrownBy(() -> l.link(0x1000_0000L)).isInstanceOf(StencilException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void aFrameTooSmallIsRefusedBeforeAnyNativeAccess() {
    try (Arena arena = Arena.ofConfined();
        NativeTrace t = NativeTrace.install(CodeArena.shared(), "test", TABLE, sumLoop())) {
      assertThatThrownBy(() -> t.run(arena.allocate(24, 8), arena.allocate(16, 8)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
