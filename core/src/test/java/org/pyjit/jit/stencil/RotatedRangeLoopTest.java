package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.RangeLoopUnrollerTest;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceParser;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.UopBoundaryTest;
import org.pyjit.jit.uop.UopInterpreter;

/**
 * JUMP_BACKWARD_RANGE natively: a rotated range loop (FOR_ITER_RANGE for the first iteration,
 * the fused back edge for the others) on CPython 3.13's ranges at the 64-bit limits
 * (resources/uops/boundaries.tsv: how many values, the first and the last), with the values
 * in registers and in the frame, against both CPython and the uop interpreter; and its
 * budget and interrupt exits, which must leave every cached value in the frame.
 */
class RotatedRangeLoopTest {
  static final StencilTable TABLE = StencilTableTest.TABLE;
  static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;

  /** s0..s2 range, s3 i, s4 count, s5 first, s6 last, s7 the constant 1 (the uop tests'). */
  static final String ROTATED = UopBoundaryTest.ROTATED_RANGE_TRACE;

  /** The unroller tests' rotated sum loop (s0 total, s1..s3 range, s4 i), as trace 6. */
  static final String SUM =
      RangeLoopUnrollerTest.SUM.replace("trace sum slots=5\n", "trace sum slots=5 id=6\n");

  static List<String[]> ranges() throws IOException {
    try (InputStream in = RotatedRangeLoopTest.class.getResourceAsStream("/uops/boundaries.tsv")) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("RANGE\t")) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    }
  }

  record Result(long exit, long[] frame, long budget) {}

  static Result runNative(Trace trace, boolean registers, long[] frame, long budget, long interrupt) {
    try (Arena arena = Arena.ofConfined();
        NativeTrace t = NativeTrace.install(CodeArena.shared(), trace.name(), TABLE, NativeTrace.ops(trace),
            trace.exits().size(), trace.id(), registers)) {
      MemorySegment f = arena.allocate(8L * frame.length, 8);
      MemorySegment.copy(frame, 0, f, L, 0, frame.length);
      MemorySegment state = arena.allocate(NativeLayout.STATE_BYTES, 8);
      state.set(L, NativeLayout.STATE_BUDGET, budget);
      state.set(L, NativeLayout.STATE_INTERRUPT, interrupt);
      long exit = t.run(f, state);
      return new Result(exit, f.toArray(L), state.get(L, NativeLayout.STATE_BUDGET));
    }
  }

  @Test
  void rotatedLoopGivesCPythonsRangesNatively() throws IOException {
    Trace trace = TraceParser.parse(ROTATED);
    int checked = 0;
    for (String[] row : ranges()) {
      long[] frame = {Long.parseLong(row[1]), Long.parseLong(row[2]), Long.parseLong(row[3]), 0, 0, 0, 0, 0};
      long count = Long.parseLong(row[4]);
      long[] interpreted = frame.clone();
      TraceState state = TraceState.create();
      state.setBudget(1000);
      int exitJ = UopInterpreter.run(trace, interpreted, state, ExitTable.create(3));
      for (boolean registers : new boolean[] {true, false}) {
        Result r = runNative(trace, registers, frame.clone(), 1000, 0);
        String what = String.join(" ", row) + (registers ? " (registers)" : " (frame)");
        assertThat(r.exit()).as(what).isEqualTo(2).isEqualTo(exitJ);
        assertThat(r.frame()[4]).as("count, " + what).isEqualTo(count);
        if (count > 0) {
          assertThat(r.frame()[5]).as("first, " + what).isEqualTo(Long.parseLong(row[5]));
          assertThat(r.frame()[6]).as("last, " + what).isEqualTo(Long.parseLong(row[6]));
        }
        assertThat(r.frame()).as(what).containsExactly(interpreted);
        // a back edge after every body, the last one finding the range exhausted
        assertThat(r.budget()).as(what).isEqualTo(1000 - count).isEqualTo(state.budget());
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void sumRunsToTheEndInRegisters() {
    Trace trace = TraceParser.parse(SUM);
    Result r = runNative(trace, true, new long[] {0, 0, 1000, 1, 0}, 1_000_000, 0);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.frame()).containsExactly(999L * 1000 / 2, 1000, 1000, 1, 999);
    assertThat(r.budget()).isEqualTo(1_000_000 - 1000);
  }

  @Test
  void budgetExitStoresTheCachedSlotsAtTheBackEdge() {
    Trace trace = TraceParser.parse(SUM);
    for (boolean registers : new boolean[] {true, false}) {
      Result r = runNative(trace, registers, new long[] {0, 0, 1000, 1, 0}, 3, 0);
      assertThat(r.exit()).isEqualTo(1);
      // four bodies (i = 0..3), three back edges taken, the fourth refused before advancing
      assertThat(r.frame()).containsExactly(0L + 1 + 2 + 3, 4, 1000, 1, 3);
      assertThat(r.budget()).isZero();
    }
  }

  @Test
  void interruptLeavesAtTheFirstBackEdge() {
    Trace trace = TraceParser.parse(SUM);
    Result r = runNative(trace, true, new long[] {5, 10, 20, 2, 0}, 1000, NativeLayout.INTERRUPT_REQUESTED);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.frame()).containsExactly(5 + 10, 12, 20, 2, 10);
    assertThat(r.budget()).isEqualTo(1000);
  }

  @Test
  void overflowInTheBodyExitsWithTheRangeAdvanced() {
    Trace trace = TraceParser.parse(SUM);
    Result r = runNative(trace, true, new long[] {Long.MAX_VALUE - 4, 0, 10, 1, 0}, 1000, 0);
    // total + 0, + 1, + 2 fit; + 3 overflows: exits before the store, i = 3, the range at 4
    assertThat(r.exit()).isZero();
    assertThat(r.frame()).containsExactly(Long.MAX_VALUE - 1, 4, 10, 1, 3);
    assertThat(r.budget()).isEqualTo(1000 - 3);
  }
}
