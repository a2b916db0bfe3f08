package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.uop.NativeLayout;

/** The benchmarks' traces compute what they say, plain and rotated, so their figures count. */
class BenchmarkTracesTest {
  static final StencilTable TABLE = StencilTableTest.TABLE;

  @Test
  void loopsComputeTheirSums() {
    for (boolean rotated : new boolean[] {false, true}) {
      for (long n : new long[] {0, 1, 2, 1000}) {
        long sum = 0;
        double squares = 0;
        for (long i = 0; i < n; i++) {
          sum += i;
          squares += (double) i * i;
        }
        assertThat(run(BenchmarkTraces.intSum(rotated), n).get(ValueLayout.JAVA_LONG, 0))
            .as("int sum, n=%d rotated=%s", n, rotated).isEqualTo(sum);
        assertThat(run(BenchmarkTraces.floatSquares(rotated), n).get(ValueLayout.JAVA_DOUBLE, 0))
            .as("float squares, n=%d rotated=%s", n, rotated).isEqualTo(squares);
      }
    }
  }

  @Test
  void hundredUopsIsAHundredUopsThatInstall() {
    List<NativeOp> ops = BenchmarkTraces.hundredUops();
    assertThat(ops).hasSize(100);
    try (NativeTrace t = NativeTrace.install(CodeArena.shared(), "hundred", TABLE, ops, 8, 9)) {
      assertThat(TraceEmitter.layout(TABLE, ops, 0, 0).size()).isGreaterThan(100);
    }
  }

  /** The loop over range(0, n, 1) in slots s1..s3, run to its exhaustion exit (index 2). */
  private static MemorySegment run(List<NativeOp> ops, long n) {
    Arena a = Arena.ofAuto();
    MemorySegment frame = a.allocate(8 * 8, 8);
    MemorySegment state = a.allocate(NativeLayout.STATE_BYTES, 8);
    frame.set(ValueLayout.JAVA_LONG, 16, n);
    frame.set(ValueLayout.JAVA_LONG, 24, 1);
    state.set(ValueLayout.JAVA_LONG, NativeLayout.STATE_BUDGET, Long.MAX_VALUE);
    try (NativeTrace t = NativeTrace.install(CodeArena.shared(), "loop", TABLE, ops, 3, 1)) {
      assertThat(t.run(frame, state)).isEqualTo(2);
    }
    return frame;
  }
}
