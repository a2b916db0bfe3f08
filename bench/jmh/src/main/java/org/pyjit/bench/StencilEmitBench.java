package org.pyjit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pyjit.jit.stencil.NativeOp;
import org.pyjit.jit.stencil.StencilTable;
import org.pyjit.jit.stencil.TraceEmitter;
import org.pyjit.jit.uop.Uop;

/**
 * Copy-and-patch emission per uop (org.pyjit.jit.stencil): laying out a trace and linking it
 * (copying the stencils' bytes and patching their holes) at a made-up address, in Java
 * only; installing the bytes in executable memory (an mprotect per page) is left out. The trace is the range loop
 * `for i in range: total += i` repeated to 16 and 256 uops; time is per uop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StencilEmitBench {
  static final int UOPS = 256;
  static final long EXIT_TABLE = 0x7000_0000_0000L; // never dereferenced: only patched in
  static final long CODE = 0x7100_0000_0000L;

  @Param({"true", "false"})
  public boolean registers;

  StencilTable table;
  List<NativeOp> ops;

  @Setup
  public void setup() {
    table = StencilTable.x86_64Linux();
    java.util.ArrayList<NativeOp> list = new java.util.ArrayList<>();
    // a straight line of adds, then the loop closing: every uop is a copy and a patch
    list.add(NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 4));
    while (list.size() < UOPS - 2) {
      list.add(NativeOp.of(Uop.BINARY_OP_ADD_INT, 0, 0, 4, 0));
    }
    list.add(NativeOp.of(Uop.JUMP_BACKWARD, 0, 1));
    list.add(NativeOp.of(Uop.EXIT, 2));
    ops = List.copyOf(list);
  }

  @Benchmark
  @OperationsPerInvocation(UOPS)
  public byte[] layoutAndLink() {
    return TraceEmitter.layout(table, ops, EXIT_TABLE, 1, registers).link(CODE);
  }
}
