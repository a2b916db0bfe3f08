package org.pyjit.jit.stencil;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.jit.uop.ExitInfo;
import org.pyjit.jit.uop.Operand;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.Uop;
import org.pyjit.jit.uop.UopInstruction;

/**
 * The hand-built traces the copy-and-patch backend is measured on (bench/stencil's
 * StencilBench and bench/jmh's CopyAndPatchBench), defined once so that the two report on
 * the same code. The loops use frame slots s0 (total), s1..s3 (the range: next, stop,
 * step), s4 (i) and, for the float loop, s5 (x) and s6 (x * x); each exits with index 2 when
 * the range is exhausted.
 */
public final class BenchmarkTraces {
  private BenchmarkTraces() {}

  /** A 100-uop straight-line trace of the common uops: int and float arithmetic, guards. */
  public static List<NativeOp> hundredUops() {
    List<NativeOp> ops = new ArrayList<>();
    Uop[] mix = {Uop.BINARY_OP_ADD_INT, Uop.COMPARE_LT_INT, Uop.GUARD_IS_TRUE,
        Uop.BINARY_OP_MULTIPLY_FLOAT, Uop.LOAD_CONST_INT, Uop.BINARY_OP_FLOOR_DIVIDE_INT,
        Uop.INT_TO_FLOAT, Uop.BINARY_OP_ADD_FLOAT, Uop.BINARY_SUBSCR_LIST_INT, Uop.COPY};
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

  /**
   * {@code for i in range(n): total += i}; rotated: FOR_ITER_RANGE for the first iteration,
   * then the body and the fused back edge JUMP_BACKWARD_RANGE.
   */
  public static List<NativeOp> intSum(boolean rotated) {
    return List.of(
        NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 3),
        NativeOp.of(Uop.BINARY_OP_ADD_INT, 0, 0, 4, 0),
        backEdge(rotated),
        NativeOp.of(Uop.EXIT, 2));
  }

  /** {@code for i in range(n): x = float(i); total += x * x}; rotated as {@link #intSum}. */
  public static List<NativeOp> floatSquares(boolean rotated) {
    return List.of(
        NativeOp.of(Uop.FOR_ITER_RANGE, 4, 1, 5),
        NativeOp.of(Uop.INT_TO_FLOAT, 5, 4),
        NativeOp.of(Uop.BINARY_OP_MULTIPLY_FLOAT, 6, 5, 5),
        NativeOp.of(Uop.BINARY_OP_ADD_FLOAT, 0, 0, 6),
        backEdge(rotated),
        NativeOp.of(Uop.EXIT, 2));
  }

  /**
   * {@link #intSum} rotated, then unrolled as the backend unrolls a checked trace
   * ({@link NativeTrace#prepare}: groups of RangeLoopUnroller.copiesFor(body) iterations).
   */
  public static List<NativeOp> intSumUnrolled() {
    return unrolled(intSum(true));
  }

  /** {@link #floatSquares} rotated and unrolled as {@link #intSumUnrolled}. */
  public static List<NativeOp> floatSquaresUnrolled() {
    return unrolled(floatSquares(true));
  }

  /** The same uops as a checked Trace over 7 slots with 3 exits, through the backend's preparation. */
  private static List<NativeOp> unrolled(List<NativeOp> ops) {
    List<UopInstruction> code = new ArrayList<>();
    for (NativeOp op : ops) {
      code.add(UopInstruction.of(op.uop(), operands(op)));
    }
    List<ExitInfo> exits = List.of(ExitInfo.unknown(), ExitInfo.unknown(), ExitInfo.unknown());
    return NativeTrace.ops(NativeTrace.prepare(new Trace("bench", 0, 7, code, exits)));
  }

  /** A NativeOp's operands back in the uop's definition order. */
  private static long[] operands(NativeOp op) {
    List<Operand> defs = op.uop().operands();
    long[] out = new long[defs.size()];
    int slot = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = switch (defs.get(i).role()) {
        case IMM -> op.operand();
        case TARGET -> op.target();
        case EXIT -> op.exitIndex();
        default -> op.slot(slot++);
      };
    }
    return out;
  }

  private static NativeOp backEdge(boolean rotated) {
    return rotated ? NativeOp.of(Uop.JUMP_BACKWARD_RANGE, 4, 1, 1, 1)
        : NativeOp.of(Uop.JUMP_BACKWARD, 0, 1);
  }
}
