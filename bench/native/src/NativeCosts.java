import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.HexFormat;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.mem.NativeSignature;
import org.pyjit.jit.mem.NativeType;

/**
 * Rough costs of org.pyjit.jit.mem (for bench/native/run; not part of the Maven build):
 * creating signatures, calling a three-instruction function through each entry path, and
 * installing and closing code. Loops after warm-up, wall clock, median of rounds: figures
 * for docs/internals/native-memory.md, not a JMH benchmark.
 */
public final class NativeCosts {
  /** mov rax, rdi; add rax, rsi; ret. */
  private static final byte[] ADD = HexFormat.of().parseHex("4889f84801f0c3");

  public static void main(String[] args) throws Throwable {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long t = System.nanoTime();
    NativeSignature sig = NativeSignature.of(NativeType.I64, NativeType.I64, NativeType.I64);
    System.out.printf("first signature of the process: %.1f ms%n", (System.nanoTime() - t) / 1e6);
    double[] more = new double[6];
    for (int i = 0; i < more.length; i++) {
      NativeType[] params = new NativeType[i + 1];
      Arrays.fill(params, NativeType.F64);
      t = System.nanoTime();
      NativeSignature.of(NativeType.F64, params);
      more[i] = (System.nanoTime() - t) / 1e6;
    }
    System.out.printf("further new signatures: %s ms%n", Arrays.toString(more));

    MethodHandle h = sig.handle();
    CodeArena arena = CodeArena.shared();
    InstalledCode code = arena.install("add", ADD.length, a -> ADD);
    int n = 10_000_000;
    double[] fast = new double[rounds];
    double[] bits = new double[rounds];
    double[] guarded = new double[rounds];
    double[] critical = new double[rounds];
    MethodHandle c = sig.criticalHandle();
    long sink = 0;
    MemorySegment entry;
    for (int r = 0; r < rounds; r++) {
      entry = code.entry();
      t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += (long) h.invokeExact(entry, (long) i, 1L);
      }
      fast[r] = (System.nanoTime() - t) / (double) n;
      long[] a = new long[2];
      t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        a[0] = i;
        a[1] = 1;
        sink += sig.invoke(code, a);
      }
      bits[r] = (System.nanoTime() - t) / (double) n;
      MemorySegment g = code.guardedEntry();
      t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += (long) h.invokeExact(g, (long) i, 1L);
      }
      guarded[r] = (System.nanoTime() - t) / (double) n;
      t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += (long) c.invokeExact(entry, (long) i, 1L);
      }
      critical[r] = (System.nanoTime() - t) / (double) n;
    }
    Reference.reachabilityFence(code);
    System.out.printf("call, handle().invokeExact(entry()): %.1f ns%n", median(fast));
    System.out.printf("call, invoke(code, long[]): %.1f ns%n", median(bits));
    System.out.printf("call, invokeExact(guardedEntry()): %.1f ns%n", median(guarded));
    System.out.printf("call, criticalHandle().invokeExact(entry()): %.1f ns%n", median(critical));

    int m = 2000;
    double[] install = new double[rounds];
    double[] close = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long ti = 0;
      long tc = 0;
      for (int i = 0; i < m; i++) {
        t = System.nanoTime();
        InstalledCode f = arena.install("f", ADD.length, a -> ADD);
        ti += System.nanoTime() - t;
        t = System.nanoTime();
        f.close();
        tc += System.nanoTime() - t;
      }
      install[r] = ti / 1e3 / m;
      close[r] = tc / 1e3 / m;
    }
    System.out.printf("install of one small function: %.1f us%n", median(install));
    System.out.printf("close: %.1f us%n", median(close));
    code.close();
    if (sink == 42) {
      System.out.println(); // keeps the loops' results alive
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
