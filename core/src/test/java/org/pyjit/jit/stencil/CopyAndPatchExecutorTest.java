package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.jit.exec.ExitResult;
import org.pyjit.jit.exec.Executor;
import org.pyjit.jit.exec.TraceDump;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceParser;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.Traces;

/** The backend behind the uop layer's executors: native runs, native links, the asm dump. */
class CopyAndPatchExecutorTest {
  static final Trace SQUARES = Traces.squares();
  static final Trace GUARDED = TraceParser.parse("""
      trace guarded slots=2
      exit e0
      exit e1
          GUARD_IS_TRUE s0, e0
          EXIT e1
      """);
  static final Trace SIDE = TraceParser.parse("""
      trace side slots=2
      exit e0
          LOAD_CONST_INT s1, 77
          EXIT e0
      """);

  @Test
  void nativeAndInterpretedExecutorsAgree() {
    try (Executor n = Executor.create(SQUARES, CopyAndPatch.INSTANCE); Executor j = Executor.interpreted(SQUARES)) {
      assertThat(n.isNative()).as(n.fallbackReason()).isTrue();
      for (long stop : new long[] {0, 10, 1000, 4_000_000_000L}) {
        long[] fn = {0, 0, stop, 1, 0, 0};
        long[] fj = fn.clone();
        TraceState sn = TraceState.create();
        TraceState sj = TraceState.create();
        sn.setBudget(100_000);
        sj.setBudget(100_000);
        ExitResult rn = n.run(fn, sn);
        ExitResult rj = j.run(fj, sj);
        assertThat(rn.exit()).isEqualTo(rj.exit());
        assertThat(rn.reason()).isEqualTo(rj.reason());
        assertThat(fn).containsExactly(fj);
        for (int e = 0; e < 3; e++) {
          assertThat(n.exitHits(e)).isEqualTo(j.exitHits(e));
        }
      }
    }
  }

  /** SQUARES rotated: the fused back edge's exit is a back-edge exit (budget or interrupt). */
  static final Trace SQUARES_ROTATED = TraceParser.parse("""
      trace squares_rotated slots=6
      exit e0 @14 total=s0:i64 i=s4:i64 it=s1:range
      exit e1 @22 total=s0:i64
      exit e2 @8 total=s0:i64 it=s1:range
          FOR_ITER_RANGE s4, s1, done
      body:
          BINARY_OP_MULTIPLY_INT s5, s4, s4, e0
          BINARY_OP_ADD_INT s0, s0, s5, e0
          JUMP_BACKWARD_RANGE s4, s1, body, e2
      done:
          EXIT e1
      """);

  @Test
  void rotatedLoopReportsBudgetAndInterruptAtItsFusedBackEdge() {
    try (Executor n = Executor.create(SQUARES_ROTATED, CopyAndPatch.INSTANCE);
        Executor j = Executor.interpreted(SQUARES_ROTATED)) {
      assertThat(n.isNative()).as(n.fallbackReason()).isTrue();
      for (Executor ex : new Executor[] {n, j}) {
        long[] frame = {0, 0, 10, 1, 0, 0};
        TraceState state = TraceState.create();
        state.setBudget(4);
        ExitResult r = ex.run(frame, state);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.reason()).isEqualTo(org.pyjit.jit.exec.ExitReason.BUDGET);
        assertThat(frame[0]).isEqualTo(0 + 1 + 4 + 9 + 16); // five bodies, four back edges taken
        state.setBudget(100);
        state.requestInterrupt();
        assertThat(ex.run(frame, state).reason()).isEqualTo(org.pyjit.jit.exec.ExitReason.INTERRUPT);
        state.clearInterrupt();
        r = ex.run(frame, state);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.reason()).isEqualTo(org.pyjit.jit.exec.ExitReason.EXIT);
        assertThat(frame[0]).isEqualTo(285); // sum(i * i for i in range(10))
      }
    }
  }

  @Test
  void nativeExitsFollowANativeLink() {
    try (Executor main = Executor.create(GUARDED, CopyAndPatch.INSTANCE);
        Executor side = Executor.create(SIDE, CopyAndPatch.INSTANCE)) {
      main.link(0, side);
      long[] frame = {0, 0};
      TraceState state = TraceState.create();
      state.setBudget(10);
      ExitResult r = main.run(frame, state);
      assertThat(r.executor()).isSameAs(side);
      assertThat(frame[1]).isEqualTo(77);
      assertThat(state.budget()).as("native code followed the link itself").isEqualTo(10);
    }
  }

  @Test
  void asmDumpShowsTheInstalledCode() {
    String dump = TraceDump.asm(SQUARES, CopyAndPatch.INSTANCE);
    assertThat(dump).containsSubsequence("trace squares", "# machine code (copy-and-patch)",
        "; shim", "; 0: FOR_ITER_RANGE s4, s1, done", "; 3: JUMP_BACKWARD top, e2", "; exit stub e2");
  }
}
