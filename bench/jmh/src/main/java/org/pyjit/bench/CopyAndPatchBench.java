package org.pyjit.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.stencil.BenchmarkTraces;
import org.pyjit.jit.stencil.NativeOp;
import org.pyjit.jit.stencil.NativeTrace;
import org.pyjit.jit.stencil.StencilTable;
import org.pyjit.jit.stencil.TraceEmitter;
import org.pyjit.jit.uop.NativeLayout;

/**
 * The copy-and-patch backend's three speed goals (issue 5; docs/internals/stencils.md):
 * emitting a 100-uop trace of the common uops (both passes into a byte[]; ns per uop),
 * emitting and installing it in the code arena (pass two writes for the final address, one
 * mprotect to read-execute; µs per trace, closed untimed after each batch of 500), and
 * running hand-built range loops natively (ns per iteration) next to the same loops in
 * plain Java: {@code total += i} and {@code x = float(i); total += x * x}, each as
 * FOR_ITER_RANGE, body, JUMP_BACKWARD and rotated (FOR_ITER_RANGE once, body,
 * JUMP_BACKWARD_RANGE). The traces are those of bench/stencil (its plain-main figures are
 * CPU time; these are JMH's).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
// the loop benchmarks' settings; the emission benchmarks set their own
@OperationsPerInvocation((int) CopyAndPatchBench.N)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CopyAndPatchBench {
  static final int BATCH = 500;
  static final long N = 10_000_000L;

  StencilTable table;
  List<NativeOp> hundred;
  NativeTrace[] installed = new NativeTrace[BATCH];
  Arena arena;
  MemorySegment frame;
  MemorySegment state;
  NativeTrace sum;
  NativeTrace sumRotated;
  NativeTrace squares;
  NativeTrace squaresRotated;
  NativeTrace sumUnrolled;
  NativeTrace squaresUnrolled;

  @Setup(Level.Trial)
  public void setup() {
    table = StencilTable.x86_64Linux();
    hundred = BenchmarkTraces.hundredUops();
    arena = Arena.ofConfined();
    frame = arena.allocate(8 * 8, 8);
    state = arena.allocate(NativeLayout.STATE_BYTES, 8);
    CodeArena code = CodeArena.shared();
    // s0 total, s1..s3 range, s4 i (and s5 x, s6 x * x)
    sum = NativeTrace.install(code, "sum", table, BenchmarkTraces.intSum(false), 3, 1);
    squares = NativeTrace.install(code, "squares", table, BenchmarkTraces.floatSquares(false), 3, 2);
    sumRotated = NativeTrace.install(code, "sum-rotated", table, BenchmarkTraces.intSum(true), 3, 3);
    squaresRotated = NativeTrace.install(code, "squares-rotated", table,
        BenchmarkTraces.floatSquares(true), 3, 4);
    sumUnrolled = NativeTrace.install(code, "sum-unrolled", table, BenchmarkTraces.intSumUnrolled(), 3, 5);
    squaresUnrolled = NativeTrace.install(code, "squares-unrolled", table,
        BenchmarkTraces.floatSquaresUnrolled(), 3, 6);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    for (NativeTrace t : new NativeTrace[] {sum, squares, sumRotated, squaresRotated, sumUnrolled, squaresUnrolled}) {
      if (t != null) {
        t.close();
      }
    }
    arena.close();
  }

  @TearDown(Level.Invocation)
  public void closeInstalled() {
    for (int i = 0; i < BATCH; i++) {
      if (installed[i] != null) {
        installed[i].close();
        installed[i] = null;
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(100)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  public byte[] emitPerUop() {
    // pass two into a reused buffer, as NativeTrace's installation does
    TraceEmitter.layout(table, hundred, 0x7000_0000L, 1).linkInto(0x1000_0000L, buffer);
    return buffer;
  }

  private final byte[] buffer = new byte[1 << 16];

  @Benchmark
  @OperationsPerInvocation(BATCH)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 10, time = 1, batchSize = 1)
  @Measurement(iterations = 10, time = 1, batchSize = 1)
  public NativeTrace[] emitAndInstallPerTrace() {
    for (int i = 0; i < BATCH; i++) {
      installed[i] = NativeTrace.install(CodeArena.shared(), "bench", table, hundred, 8, i);
    }
    return installed;
  }

  private long runLoop(NativeTrace t, boolean floats) {
    frame.fill((byte) 0);
    frame.set(ValueLayout.JAVA_LONG, 16, N);
    frame.set(ValueLayout.JAVA_LONG, 24, 1);
    state.set(ValueLayout.JAVA_LONG, NativeLayout.STATE_BUDGET, Long.MAX_VALUE);
    long exit = t.run(frame, state);
    return exit + frame.get(ValueLayout.JAVA_LONG, 0);
  }

  @Benchmark
  public long intLoopNative() {
    return runLoop(sum, false);
  }

  @Benchmark
  public long intLoopNativeRotated() {
    return sumRotated == null ? 0 : runLoop(sumRotated, false);
  }

  @Benchmark
  public long intLoopNativeUnrolled() {
    return sumUnrolled == null ? 0 : runLoop(sumUnrolled, false);
  }

  @Benchmark
  public long intLoopJava() {
    long total = 0;
    for (long i = 0; i < N; i++) {
      total += i;
    }
    return total;
  }

  @Benchmark
  public long floatLoopNative() {
    return runLoop(squares, true);
  }

  @Benchmark
  public long floatLoopNativeRotated() {
    return squaresRotated == null ? 0 : runLoop(squaresRotated, true);
  }

  @Benchmark
  public long floatLoopNativeUnrolled() {
    return squaresUnrolled == null ? 0 : runLoop(squaresUnrolled, true);
  }

  @Benchmark
  public double floatLoopJava() {
    double total = 0;
    for (long i = 0; i < N; i++) {
      double x = i;
      total += x * x;
    }
    return total;
  }
}
