package org.pyjit.jit.uop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded random well-formed traces with their inputs, for differential testing: the uop
 * interpreter against CPython-computed expectations, and native backends against the
 * interpreter. The same seed always gives the same case (SplittableRandom is specified
 * exactly), so expectations can be committed by seed.
 *
 * <p>Shape: a few straight-line uops, then (usually) a range loop whose body mixes every
 * non-control uop with guards and forward branches and jumps, closed by JUMP_BACKWARD, then
 * EXIT. Every third seed's loop is rotated instead: FOR_ITER_RANGE for the first iteration,
 * then the body closed by JUMP_BACKWARD_RANGE back to the body's start (decided by the seed
 * rather than a draw, so the other seeds' cases stay as they were).
 * Every uop that can exit has its own exit, so a comparison shows which one was taken.
 * Slots have fixed kinds ({@link #KINDS}): the generator only writes a slot with a uop whose
 * output has the slot's kind, so the range and list slots are never overwritten.
 */
public final class RandomTraces {
  public static final int I64_BASE = 0;
  public static final int I64_COUNT = 8;
  public static final int F64_BASE = 8;
  public static final int F64_COUNT = 6;
  public static final int BOOL_BASE = 14;
  public static final int BOOL_COUNT = 3;
  public static final int RANGE = 17;
  /** The list of i64 elements (storage pointer, length). */
  public static final int INT_LIST = 20;
  /** The list of f64 elements. */
  public static final int FLOAT_LIST = 22;
  public static final int SLOTS = 24;

  /** The kind of every slot; a list's length slot is I64, its pointer slot LIST. */
  public static final ValueKind[] KINDS = kinds();

  /**
   * One generated case: the trace, the frame before the run (list pointer slots are 0: the
   * runner allocates storage with the given contents and writes its address), the budget
   * and whether the interrupt flag is set before the run.
   */
  public record Case(long seed, Trace trace, long[] frame, long[] intList, long[] floatList,
      long budget, boolean interrupt) {}

  private static final long[] INTS = {0, 1, -1, 2, -2, 3, 5, 7, -7, 10, 63, 64, -64, 65, 100,
      1L << 31, 1L << 32, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1, 1L << 62, Long.MAX_VALUE,
      Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 3037000499L, -3037000500L};
  private static final double[] FLOATS = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 3.0, 7.5, -7.5,
      0.1, 2.0, 1e300, -1e300, 1e-300, 5e-324, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NaN, 0x1p53, 0x1p63, -0x1p63, 710.0, 1e16};
  private static final long[] STEPS = {1, 1, 1, 2, 3, -1, -2, 5, Long.MAX_VALUE, Long.MIN_VALUE,
      1L << 61};

  private static final List<Uop> BODY = bodyUops();

  private RandomTraces() {}

  private static ValueKind[] kinds() {
    ValueKind[] k = new ValueKind[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      k[i] = i < F64_BASE ? ValueKind.I64 : i < BOOL_BASE ? ValueKind.F64
          : i < RANGE ? ValueKind.BOOL : i < INT_LIST ? ValueKind.I64
          : (i - INT_LIST) % 2 == 0 ? ValueKind.LIST : ValueKind.I64;
    }
    return k;
  }

  private static List<Uop> bodyUops() {
    List<Uop> out = new ArrayList<>();
    for (Uop u : Uop.values()) {
      // ITER_NEXT_RANGE only makes sense inside an unrolled group (RangeLoopUnroller)
      if (!u.has(UopFlag.HAS_JUMP) && !u.has(UopFlag.TERMINATOR) && u != Uop.ITER_NEXT_RANGE) {
        out.add(u);
      }
    }
    return out;
  }

  public static Case generate(long seed) {
    return new Generator(new SplittableRandom(seed)).run(seed);
  }

  private static final class Generator {
    private final SplittableRandom rnd;
    private final List<UopInstruction> code = new ArrayList<>();
    private final List<ExitInfo> exits = new ArrayList<>();
    private final Map<Integer, List<String>> labels = new HashMap<>();
    /** Forward jumps whose target is patched once the body is laid out. */
    private final List<int[]> pendingJumps = new ArrayList<>();

    Generator(SplittableRandom rnd) {
      this.rnd = rnd;
    }

    Case run(long seed) {
      int pre = rnd.nextInt(4);
      for (int i = 0; i < pre; i++) {
        add(randomUop());
      }
      boolean loop = rnd.nextInt(10) < 7;
      int top = code.size();
      int forIter = -1;
      if (loop) {
        forIter = code.size();
        code.add(UopInstruction.of(Uop.FOR_ITER_RANGE, slot(ValueKind.I64), RANGE, -1));
      }
      int body = 1 + rnd.nextInt(12);
      for (int i = 0; i < body; i++) {
        int r = rnd.nextInt(20);
        if (r < 2) {
          Uop g = rnd.nextBoolean() ? Uop.GUARD_IS_TRUE : Uop.GUARD_IS_FALSE;
          code.add(UopInstruction.of(g, slot(ValueKind.BOOL), newExit()));
        } else if (r < 4) {
          Uop j = rnd.nextBoolean() ? Uop.JUMP_IF_TRUE : Uop.JUMP_IF_FALSE;
          pendingJumps.add(new int[] {code.size(), 1 + rnd.nextInt(4)});
          code.add(UopInstruction.of(j, slot(ValueKind.BOOL), -1));
        } else if (r < 5) {
          pendingJumps.add(new int[] {code.size(), 1 + rnd.nextInt(3)});
          code.add(UopInstruction.of(Uop.JUMP, -1));
        } else {
          add(randomUop());
        }
      }
      int end = code.size();
      boolean rotated = loop && seed % 3 == 0;
      if (rotated) {
        code.add(UopInstruction.of(Uop.JUMP_BACKWARD_RANGE, code.get(forIter).arg(0), RANGE, top + 1, newExit()));
      } else if (loop) {
        code.add(UopInstruction.of(Uop.JUMP_BACKWARD, top, newExit()));
      }
      int done = code.size();
      code.add(UopInstruction.of(Uop.EXIT, newExit()));
      for (int[] j : pendingJumps) {
        int target = Math.min(j[0] + 1 + j[1], end);
        UopInstruction in = code.get(j[0]);
        code.set(j[0], in.uop() == Uop.JUMP ? UopInstruction.of(Uop.JUMP, target)
            : UopInstruction.of(in.uop(), in.arg(0), target));
      }
      if (loop) {
        labels.put(rotated ? top + 1 : top, List.of(rotated ? "body" : "top"));
        code.set(forIter, UopInstruction.of(Uop.FOR_ITER_RANGE, code.get(forIter).arg(0), RANGE, done));
        labels.put(done, List.of("done"));
      }
      Trace trace = new Trace("random" + seed, 0, SLOTS, code, exits, labels);
      long[] frame = frame();
      long[] ints = list(false);
      long[] floats = list(true);
      frame[INT_LIST + 1] = ints.length;
      frame[FLOAT_LIST + 1] = floats.length;
      return new Case(seed, trace, frame, ints, floats, budget(), rnd.nextInt(10) == 0);
    }

    private void add(UopInstruction in) {
      code.add(in);
    }

    private int newExit() {
      exits.add(ExitInfo.unknown());
      return exits.size() - 1;
    }

    private UopInstruction randomUop() {
      Uop u = BODY.get(rnd.nextInt(BODY.size()));
      long[] args = new long[u.arity()];
      ValueKind any = rnd.nextBoolean() ? ValueKind.I64 : ValueKind.F64;
      if (u == Uop.COPY && rnd.nextInt(4) == 0) {
        any = ValueKind.BOOL;
      }
      for (int i = 0; i < args.length; i++) {
        Operand op = u.operands().get(i);
        args[i] = switch (op.role()) {
          case IN, OUT, INOUT -> switch (op.kind()) {
            case LIST -> {
              int list = any == ValueKind.F64 ? FLOAT_LIST : INT_LIST;
              yield list;
            }
            case ANY -> slot(any);
            default -> slot(op.kind());
          };
          case IMM -> op.kind() == ValueKind.F64 ? Double.doubleToRawLongBits(randomDouble())
              : randomLong();
          case EXIT -> newExit();
          case TARGET -> throw new AssertionError(u);
        };
      }
      return new UopInstruction(u, args);
    }

    private int slot(ValueKind kind) {
      return switch (kind) {
        case I64 -> I64_BASE + rnd.nextInt(I64_COUNT);
        case F64 -> F64_BASE + rnd.nextInt(F64_COUNT);
        case BOOL -> BOOL_BASE + rnd.nextInt(BOOL_COUNT);
        default -> throw new AssertionError(kind);
      };
    }

    private long randomLong() {
      int r = rnd.nextInt(10);
      if (r < 5) {
        return INTS[rnd.nextInt(INTS.length)];
      }
      if (r < 9) {
        return rnd.nextInt(-8, 9);
      }
      return rnd.nextLong();
    }

    private double randomDouble() {
      int r = rnd.nextInt(10);
      if (r < 5) {
        return FLOATS[rnd.nextInt(FLOATS.length)];
      }
      if (r < 8) {
        return rnd.nextInt(-8, 9) / 2.0;
      }
      return (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-5, 6));
    }

    private long[] frame() {
      long[] f = new long[SLOTS];
      for (int i = 0; i < SLOTS; i++) {
        f[i] = switch (KINDS[i]) {
          case F64 -> Double.doubleToRawLongBits(randomDouble());
          case BOOL -> rnd.nextInt(2);
          default -> randomLong();
        };
      }
      long start = rnd.nextInt(4) == 0 ? INTS[rnd.nextInt(INTS.length)] : rnd.nextInt(-10, 11);
      long step = STEPS[rnd.nextInt(STEPS.length)];
      long n = rnd.nextInt(0, 16);
      long stop;
      try {
        stop = Math.addExact(start, Math.multiplyExact(step, n));
      } catch (ArithmeticException e) {
        stop = step > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
      }
      f[RANGE] = start;
      f[RANGE + 1] = stop;
      f[RANGE + 2] = step;
      f[INT_LIST] = 0;
      f[FLOAT_LIST] = 0;
      return f;
    }

    private long[] list(boolean floats) {
      long[] l = new long[rnd.nextInt(0, 6)];
      for (int i = 0; i < l.length; i++) {
        l[i] = floats ? Double.doubleToRawLongBits(randomDouble()) : randomLong();
      }
      return l;
    }

    private long budget() {
      long[] budgets = {0, 1, 3, 10, 1000};
      return budgets[rnd.nextInt(budgets.length)];
    }
  }
}
