import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.List;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.stencil.BenchmarkTraces;
import org.pyjit.jit.stencil.NativeOp;
import org.pyjit.jit.stencil.NativeTrace;
import org.pyjit.jit.stencil.StencilTable;
import org.pyjit.jit.stencil.TraceEmitter;
import org.pyjit.jit.uop.NativeLayout;

/**
 * Costs of the copy-and-patch backend (for bench/stencil/run; not part of the Maven build):
 * emitting (pass one; both passes into a reused buffer, as installing does, and into a fresh
 * byte[]), installing and closing a 100-uop trace, and running
 * hand-built loops natively against the same loops in plain Java. The current thread's CPU
 * time (user and system, so the mprotect calls count) after warm-up, best of rounds: the
 * machine is shared, so the minimum is the least disturbed figure.
 */
public final class StencilBench {
  static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  static final StencilTable TABLE = StencilTable.x86_64Linux();
  static final long N = 100_000_000L;

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    compileSpeed(rounds);
    runSpeed(rounds);
  }

  static void compileSpeed(int rounds) {
    List<NativeOp> ops = BenchmarkTraces.hundredUops();
    long sink = 0;
    double[] emit = new double[rounds];
    double[] install = new double[rounds];
    double[] installClose = new double[rounds];
    CodeArena arena = CodeArena.shared();
    // warm the installation path up first (the downcalls, the arena, the exit tables): the
    // rounds below are too short for the JVM's JIT to have compiled it by themselves
    for (int w = 0; w < 20; w++) {
      NativeTrace[] warm = new NativeTrace[500];
      for (int i = 0; i < warm.length; i++) {
        warm[i] = NativeTrace.install(arena, "warm", TABLE, ops, 8, i);
      }
      for (NativeTrace tr : warm) {
        tr.close();
      }
    }
    double[] passOne = new double[rounds];
    double[] fresh = new double[rounds];
    byte[] buffer = new byte[1 << 16];
    for (int r = 0; r < rounds; r++) {
      int n = 20_000;
      long t = cpu();
      for (int i = 0; i < n; i++) {
        sink += TraceEmitter.layout(TABLE, ops, 0x7000_0000L, 1).size();
      }
      passOne[r] = (cpu() - t) / (double) n / ops.size();
      // both passes as installation runs them: pass two into a buffer it reuses
      t = cpu();
      for (int i = 0; i < n; i++) {
        TraceEmitter.Layout l = TraceEmitter.layout(TABLE, ops, 0x7000_0000L, 1);
        l.linkInto(0x1000_0000L, buffer);
        sink += buffer[i & 1023];
      }
      emit[r] = (cpu() - t) / (double) n / ops.size();
      t = cpu();
      for (int i = 0; i < n; i++) {
        TraceEmitter.Layout l = TraceEmitter.layout(TABLE, ops, 0x7000_0000L, 1);
        sink += l.link(0x1000_0000L).length;
      }
      fresh[r] = (cpu() - t) / (double) n / ops.size();
      int m = 500;
      NativeTrace[] traces = new NativeTrace[m];
      t = cpu();
      for (int i = 0; i < m; i++) {
        traces[i] = NativeTrace.install(arena, "bench", TABLE, ops, 8, i);
      }
      long mid = cpu();
      for (NativeTrace tr : traces) {
        tr.close();
      }
      install[r] = (mid - t) / (double) m / 1000;
      installClose[r] = (cpu() - t) / (double) m / 1000;
    }
    Arrays.sort(emit);
    Arrays.sort(passOne);
    Arrays.sort(fresh);
    Arrays.sort(install);
    Arrays.sort(installClose);
    System.out.printf("emit (both passes, 100-uop trace, %d bytes, into a reused buffer as installing does): %.1f ns/uop"
        + " (best), %.1f (median); pass one %.1f (%.1f); into a fresh byte[] (link) %.1f (%.1f)%n",
        TraceEmitter.layout(TABLE, ops, 0, 0).size(), emit[0], emit[rounds / 2], passOne[0], passOne[rounds / 2],
        fresh[0], fresh[rounds / 2]);
    System.out.printf("emit + install (exit-table slice, 1 mprotect) per 100-uop trace: %.1f us (best), %.1f (median)%n",
        install[0], install[rounds / 2]);
    System.out.printf("emit + install + close per 100-uop trace: %.1f us (best), %.1f (median)   [%d]%n",
        installClose[0], installClose[rounds / 2], sink & 1);
  }

  /**
   * One run of a loop trace over range(N) (s1..s3) from a zeroed frame: CPU ns per
   * iteration; the exit index goes to {@code exit[0]}, the result stays in s0.
   */
  static double timeLoop(NativeTrace trace, MemorySegment frame, MemorySegment state,
      long[] exit) {
    frame.fill((byte) 0);
    frame.set(ValueLayout.JAVA_LONG, 16, N);
    frame.set(ValueLayout.JAVA_LONG, 24, 1);
    state.set(ValueLayout.JAVA_LONG, NativeLayout.STATE_BUDGET, Long.MAX_VALUE);
    long t = cpu();
    exit[0] = trace.run(frame, state);
    return (cpu() - t) / (double) N;
  }

  static void runSpeed(int rounds) {
    List<NativeOp> sum = BenchmarkTraces.intSum(false);
    List<NativeOp> squares = BenchmarkTraces.floatSquares(false);
    List<NativeOp> sumRotated = BenchmarkTraces.intSum(true);
    List<NativeOp> squaresRotated = BenchmarkTraces.floatSquares(true);
    List<NativeOp> sumUnrolled = BenchmarkTraces.intSumUnrolled();
    List<NativeOp> squaresUnrolled = BenchmarkTraces.floatSquaresUnrolled();
    try (Arena a = Arena.ofConfined();
        NativeTrace s = NativeTrace.install(CodeArena.shared(), "sum", TABLE, sum, 3, 1);
        NativeTrace q = NativeTrace.install(CodeArena.shared(), "squares", TABLE, squares, 3, 2);
        NativeTrace sr = NativeTrace.install(CodeArena.shared(), "sum-rotated", TABLE, sumRotated, 3, 3);
        NativeTrace qr = NativeTrace.install(CodeArena.shared(), "squares-rotated", TABLE, squaresRotated, 3, 4);
        NativeTrace su = NativeTrace.install(CodeArena.shared(), "sum-unrolled", TABLE, sumUnrolled, 3, 5);
        NativeTrace qu = NativeTrace.install(CodeArena.shared(), "squares-unrolled", TABLE, squaresUnrolled, 3, 6)) {
      MemorySegment frame = a.allocate(8 * 8, 8);
      MemorySegment state = a.allocate(NativeLayout.STATE_BYTES, 8);
      double[] natR = new double[rounds], natFR = new double[rounds];
      double[] natU = new double[rounds], natFU = new double[rounds];
      double[] nat = new double[rounds], natF = new double[rounds], java = new double[rounds],
          javaExact = new double[rounds], javaF = new double[rounds];
      long check = 0;
      double checkF = 0;
      for (int r = 0; r < rounds; r++) {
        long[] exit = new long[1];
        nat[r] = timeLoop(s, frame, state, exit);
        check += exit[0] == 2 ? frame.get(ValueLayout.JAVA_LONG, 0) : -1;
        natF[r] = timeLoop(q, frame, state, exit);
        checkF += exit[0] == 2 ? frame.get(ValueLayout.JAVA_DOUBLE, 0) : -1;
        natR[r] = timeLoop(sr, frame, state, exit);
        check += exit[0] == 2 ? frame.get(ValueLayout.JAVA_LONG, 0) : -1;
        natFR[r] = timeLoop(qr, frame, state, exit);
        checkF += exit[0] == 2 ? frame.get(ValueLayout.JAVA_DOUBLE, 0) : -1;
        natU[r] = timeLoop(su, frame, state, exit);
        check += exit[0] == 2 ? frame.get(ValueLayout.JAVA_LONG, 0) : -1;
        natFU[r] = timeLoop(qu, frame, state, exit);
        checkF += exit[0] == 2 ? frame.get(ValueLayout.JAVA_DOUBLE, 0) : -1;

        long t = cpu();
        check -= 3 * javaSum(N); // the plain, rotated and unrolled native sums
        java[r] = (cpu() - t) / (double) N;
        t = cpu();
        check -= javaSumExact(N);
        javaExact[r] = (cpu() - t) / (double) N;
        t = cpu();
        checkF -= 3 * javaSquares(N);
        javaF[r] = (cpu() - t) / (double) N;
      }
      for (double[] d : new double[][] {nat, natF, natR, natFR, natU, natFU, java, javaExact, javaF}) {
        Arrays.sort(d);
      }
      System.out.printf("int sum of range(1e8): native trace %.3f ns/iter, Java %.3f, Java Math.addExact %.3f"
          + " (native / Java = %.2f)%n", nat[0], java[0], javaExact[0], nat[0] / java[0]);
      System.out.printf("float sum of squares (1e8): native trace %.3f ns/iter, Java %.3f (native / Java = %.2f)"
          + "   [check %d %g]%n", natF[0], javaF[0], natF[0] / javaF[0], check, checkF);
      System.out.printf("rotated (JUMP_BACKWARD_RANGE): int sum %.3f ns/iter (native / Java = %.2f), float sum of"
          + " squares %.3f (native / Java = %.2f)%n", natR[0], natR[0] / java[0], natFR[0], natFR[0] / javaF[0]);
      System.out.printf("unrolled (JUMP_RANGE_GROUP): int sum %.3f ns/iter in groups of %d (native / Java = %.2f),"
          + " float sum of squares %.3f in groups of %d (native / Java = %.2f)%n", natU[0],
          org.pyjit.jit.uop.RangeLoopUnroller.copiesFor(1), natU[0] / java[0], natFU[0],
          org.pyjit.jit.uop.RangeLoopUnroller.copiesFor(3), natFU[0] / javaF[0]);
    }
  }

  static long javaSum(long n) {
    long total = 0;
    for (long i = 0; i < n; i++) {
      total += i;
    }
    return total;
  }

  static long javaSumExact(long n) {
    long total = 0;
    for (long i = 0; i < n; i++) {
      total = Math.addExact(total, i);
    }
    return total;
  }

  static double javaSquares(long n) {
    double total = 0;
    for (long i = 0; i < n; i++) {
      double x = i;
      total += x * x;
    }
    return total;
  }
}
