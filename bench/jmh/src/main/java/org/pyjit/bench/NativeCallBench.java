package org.pyjit.bench;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.mem.NativeSignature;
import org.pyjit.jit.mem.NativeType;

/**
 * Native call overhead through the FFM API (org.pyjit.jit.mem.NativeSignature): calling
 * installed code that returns its argument plus one (`lea rax, [rdi+1]; ret`), through the
 * downcall handle, the critical handle and the checked {@code invokeLong} path; plus a plain
 * Java call of the same computation as the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class NativeCallBench {
  static final NativeSignature SIG = NativeSignature.of(NativeType.I64, NativeType.I64);
  static final MethodHandle HANDLE = SIG.handle();
  static final MethodHandle CRITICAL = SIG.criticalHandle();

  InstalledCode code;
  MemorySegment entry;
  long x = 41;

  @Setup
  public void setup() {
    byte[] inc = HexFormat.of().parseHex("488d4701c3"); // lea rax, [rdi+1]; ret
    code = CodeArena.shared().install("inc", inc.length, a -> inc);
    entry = code.entry();
  }

  @TearDown
  public void tearDown() {
    code.close();
  }

  @Benchmark
  public long downcall() throws Throwable {
    return (long) HANDLE.invokeExact(entry, x);
  }

  @Benchmark
  public long criticalDowncall() throws Throwable {
    return (long) CRITICAL.invokeExact(entry, x);
  }

  @Benchmark
  public long invokeLong() {
    return SIG.invokeLong(code, x);
  }

  @Benchmark
  public long javaCall() {
    return x + 1;
  }
}
