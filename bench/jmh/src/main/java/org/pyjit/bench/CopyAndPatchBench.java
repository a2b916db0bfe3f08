package org.pyjit.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
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
import org.pyjit.jit.stencil.NativeOp;
import org.pyjit.jit.stencil.NativeTrace;
import org.pyjit.jit.stencil.StencilTable;
import org.pyjit.jit.stencil.TraceEmitter;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.Uop;

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

  /** A 100-uop straight-line trace: int and float arithmetic, guards, lists (StencilBench's). */
  static List<NativeOp> hundredUops() {
    List<NativeOp> ops = new ArrayList<>();
    Uop[] mix = {Uop.BINARY_OP_ADD_INT, Uop.COMPARE_LT_INT, Uop.GUARD_IS_TRUE, Uop.BINARY_OP_MULTIPLY_FLOAT,
        Uop.LOAD_CONST_INT, Uop.BINARY_OP_FLOOR_DIVIDE_INT, Uop.INT_TO_FLOAT, Uop.BINARY_OP_ADD_FLOAT,
        Uop.BINARY_SUBSCR_LIST_INT, Uop.COPY};
    for (int i = 0; ops.size() < 99; i++) {
      Uop u = mix[i % mix.length];
      long[] operands = new long[u.operands().size()];
      int slot = i % 7;
      for (int k = 0; k < operands.length; k++) {
        operands[k] = switch (u.operands().get(k).role()) {
          case EXIT -> i % 8;
          case IMM -> 1234567L * i;
          default -> slot++;
        };
      }
      ops.add(NativeOp.of(u, operands));
    }
    ops.add(NativeOp.of(Uop.EXIT, 0));
    return ops;
  }

  @Setup(Level.Trial)
  public void setup() {
    table = StencilTable.x86_64Linux();
    hundred = hundredUops();
    arena = Arena.ofConfined();
    frame = arena.allocate(8 * 8, 8);
    state = arena.allocate(NativeLayout.STATE_BYTES, 8);
    CodeArena code = CodeArena.shared();
    // s0 total, s1..s3 range, s4 i (and s5 x, s6 x * x)
    sum = NativeTrace.install(code, "sum", table, List.of(
        NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 3),
        NativeOp.of(Uop.BINARY_OP_ADD_INT, 0, 0, 4, 0),
        NativeOp.of(Uop.JUMP_BACKWARD, 0, 1),
        NativeOp.of(Uop.EXIT, 2)), 3, 1);
    squares = NativeTrace.install(code, "squares", table, List.of(
        NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 5),
        NativeOp.of(Uop.INT_TO_FLOAT, 5, 4),
        NativeOp.of(Uop.BINARY_OP_MULTIPLY_FLOAT, 6, 5, 5),
        NativeOp.of(Uop.BINARY_OP_ADD_FLOAT, 0, 0, 6),
        NativeOp.of(Uop.JUMP_BACKWARD, 0, 1),
        NativeOp.of(Uop.EXIT, 2)), 3, 2);
    Uop fused = Uop.byName("JUMP_BACKWARD_RANGE"); // absent before it was added (A/B runs)
    if (fused != null) {
      sumRotated = NativeTrace.install(code, "sum-rotated", table, List.of(
          NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 3),
          NativeOp.of(Uop.BINARY_OP_ADD_INT, 0, 0, 4, 0),
          NativeOp.of(fused, 4, 1, 1, 1),
          NativeOp.of(Uop.EXIT, 2)), 3, 3);
      squaresRotated = NativeTrace.install(code, "squares-rotated", table, List.of(
          NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 5),
          NativeOp.of(Uop.INT_TO_FLOAT, 5, 4),
          NativeOp.of(Uop.BINARY_OP_MULTIPLY_FLOAT, 6, 5, 5),
          NativeOp.of(Uop.BINARY_OP_ADD_FLOAT, 0, 0, 6),
          NativeOp.of(fused, 4, 1, 1, 1),
          NativeOp.of(Uop.EXIT, 2)), 3, 4);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    for (NativeTrace t : new NativeTrace[] {sum, squares, sumRotated, squaresRotated}) {
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
    return TraceEmitter.layout(table, hundred, 0x7000_0000L, 1).link(0x1000_0000L);
  }

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
  @OperationsPerInvocation((int) N)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public long intLoopNative() {
    return runLoop(sum, false);
  }

  @Benchmark
  @OperationsPerInvocation((int) N)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public long intLoopNativeRotated() {
    return sumRotated == null ? 0 : runLoop(sumRotated, false);
  }

  @Benchmark
  @OperationsPerInvocation((int) N)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public long intLoopJava() {
    long total = 0;
    for (long i = 0; i < N; i++) {
      total += i;
    }
    return total;
  }

  @Benchmark
  @OperationsPerInvocation((int) N)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public long floatLoopNative() {
    return runLoop(squares, true);
  }

  @Benchmark
  @OperationsPerInvocation((int) N)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public long floatLoopNativeRotated() {
    return squaresRotated == null ? 0 : runLoop(squaresRotated, true);
  }

  @Benchmark
  @OperationsPerInvocation((int) N)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public double floatLoopJava() {
    double total = 0;
    for (long i = 0; i < N; i++) {
      double x = i;
      total += x * x;
    }
    return total;
  }
}
