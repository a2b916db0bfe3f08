package org.pyjit.jit.uop;

/**
 * Runs a trace in Java with the reference semantics of docs/internals/tier2.md: the fallback
 * for traces that are not (or not yet) native and the oracle native code is tested against.
 *
 * <p>Contract. {@link #run} executes from the trace's first uop over {@code frame} until an
 * exit that is not linked, and returns its index (also written to the state with the id of
 * the trace that owns it, which is a side trace after a link was followed). Every guard is
 * checked before anything is written, so after an exit the frame is the state before the uop
 * that exited. It never throws for a valid trace: the {@link Trace} constructor has checked
 * every slot, target and exit, and the caller gives a frame of at least slotCount slots, an
 * exit table of the trace's size, and list slots that describe real storage.
 */
public final class UopInterpreter {
  private static final long TWO_53 = 1L << 53;

  private UopInterpreter() {}

  public static int run(Trace trace, long[] frame, TraceState state, ExitTable exits) {
    Trace t = trace;
    ExitTable x = exits;
    while (true) {
      check(t, frame, x);
      Uop[] ops = t.ops;
      long[][] args = t.args;
      int pc = 0;
      int exit;
      boolean linkable;
      loop:
      while (true) {
        Uop op = ops[pc];
        long[] a = args[pc];
        pc++;
        switch (op) {
          case NOP -> { }
          case LOAD_CONST_INT, LOAD_CONST_FLOAT -> frame[(int) a[0]] = a[1];
          case COPY -> frame[(int) a[0]] = frame[(int) a[1]];

          case BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT, BINARY_OP_MULTIPLY_INT,
               BINARY_OP_FLOOR_DIVIDE_INT, BINARY_OP_REMAINDER_INT, BINARY_OP_LSHIFT_INT,
               BINARY_OP_RSHIFT_INT -> {
            long l = frame[(int) a[1]];
            long r = frame[(int) a[2]];
            if (intOpExits(op, l, r)) {
              exit = (int) a[3];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = intOp(op, l, r);
          }
          case BINARY_OP_TRUE_DIVIDE_INT -> {
            long l = frame[(int) a[1]];
            long r = frame[(int) a[2]];
            if (r == 0 || l > TWO_53 || l < -TWO_53 || r > TWO_53 || r < -TWO_53) {
              exit = (int) a[3];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = bits((double) l / (double) r);
          }
          case BINARY_OP_AND_INT -> frame[(int) a[0]] = frame[(int) a[1]] & frame[(int) a[2]];
          case BINARY_OP_OR_INT -> frame[(int) a[0]] = frame[(int) a[1]] | frame[(int) a[2]];
          case BINARY_OP_XOR_INT -> frame[(int) a[0]] = frame[(int) a[1]] ^ frame[(int) a[2]];
          case UNARY_NEGATIVE_INT -> {
            long v = frame[(int) a[1]];
            if (v == Long.MIN_VALUE) {
              exit = (int) a[2];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = -v;
          }
          case UNARY_INVERT_INT -> frame[(int) a[0]] = ~frame[(int) a[1]];

          case BINARY_OP_ADD_FLOAT -> frame[(int) a[0]] = bits(f(frame, a[1]) + f(frame, a[2]));
          case BINARY_OP_SUBTRACT_FLOAT -> frame[(int) a[0]] = bits(f(frame, a[1]) - f(frame, a[2]));
          case BINARY_OP_MULTIPLY_FLOAT -> frame[(int) a[0]] = bits(f(frame, a[1]) * f(frame, a[2]));
          case BINARY_OP_TRUE_DIVIDE_FLOAT, BINARY_OP_FLOOR_DIVIDE_FLOAT,
               BINARY_OP_REMAINDER_FLOAT -> {
            double l = f(frame, a[1]);
            double r = f(frame, a[2]);
            if (r == 0.0) {
              exit = (int) a[3];
              linkable = false;
              break loop;
            }
            double d = switch (op) {
              case BINARY_OP_TRUE_DIVIDE_FLOAT -> l / r;
              case BINARY_OP_FLOOR_DIVIDE_FLOAT -> floorDivFloat(l, r);
              default -> remFloat(l, r);
            };
            frame[(int) a[0]] = bits(d);
          }
          case UNARY_NEGATIVE_FLOAT -> frame[(int) a[0]] = frame[(int) a[1]] ^ Long.MIN_VALUE;

          case INT_TO_FLOAT -> frame[(int) a[0]] = bits((double) frame[(int) a[1]]);
          case FLOAT_TO_INT -> {
            double v = f(frame, a[1]);
            if (!(v >= -0x1p63 && v < 0x1p63)) {
              exit = (int) a[2];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = (long) v;
          }

          case COMPARE_LT_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] < frame[(int) a[2]]);
          case COMPARE_LE_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] <= frame[(int) a[2]]);
          case COMPARE_EQ_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] == frame[(int) a[2]]);
          case COMPARE_NE_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] != frame[(int) a[2]]);
          case COMPARE_GT_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] > frame[(int) a[2]]);
          case COMPARE_GE_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] >= frame[(int) a[2]]);
          case COMPARE_LT_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) < f(frame, a[2]));
          case COMPARE_LE_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) <= f(frame, a[2]));
          case COMPARE_EQ_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) == f(frame, a[2]));
          case COMPARE_NE_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) != f(frame, a[2]));
          case COMPARE_GT_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) > f(frame, a[2]));
          case COMPARE_GE_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) >= f(frame, a[2]));

          case TO_BOOL_INT -> frame[(int) a[0]] = b(frame[(int) a[1]] != 0);
          case TO_BOOL_FLOAT -> frame[(int) a[0]] = b(f(frame, a[1]) != 0.0);
          case UNARY_NOT -> frame[(int) a[0]] = 1 - frame[(int) a[1]];

          case GUARD_IS_TRUE, GUARD_IS_FALSE -> {
            boolean truth = frame[(int) a[0]] != 0;
            if (truth != (op == Uop.GUARD_IS_TRUE)) {
              exit = (int) a[1];
              linkable = true;
              break loop;
            }
          }
          case JUMP_IF_TRUE -> {
            if (frame[(int) a[0]] != 0) {
              pc = (int) a[1];
            }
          }
          case JUMP_IF_FALSE -> {
            if (frame[(int) a[0]] == 0) {
              pc = (int) a[1];
            }
          }
          case JUMP -> pc = (int) a[0];
          case JUMP_BACKWARD -> {
            if (!spendBackEdge(state)) {
              exit = (int) a[1];
              linkable = false;
              break loop;
            }
            pc = (int) a[0];
          }
          case EXIT -> {
            exit = (int) a[0];
            linkable = true;
            break loop;
          }

          case FOR_ITER_RANGE -> {
            if (!advanceRange(frame, (int) a[0], (int) a[1])) {
              pc = (int) a[2];
            }
          }
          case JUMP_BACKWARD_RANGE -> {
            if (!spendBackEdge(state)) {
              exit = (int) a[3];
              linkable = false;
              break loop;
            }
            if (advanceRange(frame, (int) a[0], (int) a[1])) {
              pc = (int) a[2];
            }
          }
          case JUMP_RANGE_GROUP -> {
            long budget = state.budget();
            int r = (int) a[1];
            if (!state.interruptRequested() && budget >= a[2] && groupFits(frame, r, a[2])) {
              state.setBudget(budget - 1);
              stepRange(frame, (int) a[0], r);
              pc = (int) a[3];
            }
          }
          case ITER_NEXT_RANGE -> {
            int r = (int) a[1];
            state.setBudget(state.budget() - 1);
            stepRange(frame, (int) a[0], r);
          }

          case LIST_LEN -> frame[(int) a[0]] = frame[(int) a[1] + 1];
          case BINARY_SUBSCR_LIST_INT, STORE_SUBSCR_LIST_INT -> {
            int l = (int) a[1];
            long n = frame[l + 1];
            long i = frame[(int) a[2]];
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
              exit = (int) a[3];
              linkable = false;
              break loop;
            }
            if (op == Uop.BINARY_SUBSCR_LIST_INT) {
              frame[(int) a[0]] = NativeLists.load(frame[l], j);
            } else {
              NativeLists.store(frame[l], j, frame[(int) a[0]]);
            }
          }

          case MATH_SQRT -> {
            double v = f(frame, a[1]);
            if (v < 0) {
              exit = (int) a[2];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = bits(Math.sqrt(v));
          }
          case MATH_FABS -> frame[(int) a[0]] = frame[(int) a[1]] & Long.MAX_VALUE;
          case MATH_SIN, MATH_COS, MATH_TAN -> {
            double v = f(frame, a[1]);
            if (Double.isInfinite(v)) {
              exit = (int) a[2];
              linkable = false;
              break loop;
            }
            double d = switch (op) {
              case MATH_SIN -> Libm.sin(v);
              case MATH_COS -> Libm.cos(v);
              default -> Libm.tan(v);
            };
            frame[(int) a[0]] = bits(d);
          }
          case MATH_ATAN -> frame[(int) a[0]] = bits(Libm.atan(f(frame, a[1])));
          case MATH_EXP -> {
            double v = f(frame, a[1]);
            double d = Libm.exp(v);
            if (Double.isInfinite(d) && Double.isFinite(v)) {
              exit = (int) a[2];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = bits(d);
          }
          case MATH_LOG -> {
            double v = f(frame, a[1]);
            if (v <= 0) {
              exit = (int) a[2];
              linkable = false;
              break loop;
            }
            frame[(int) a[0]] = bits(Libm.log(v));
          }
        }
      }
      x.hit(exit);
      ExitTable.Link link = linkable ? x.javaLink(exit) : null;
      long budget = state.budget();
      if (link == null || budget <= 0) {
        state.recordExit(exit, t.id());
        return exit;
      }
      state.setBudget(budget - 1);
      t = link.trace();
      x = link.exits();
    }
  }

  private static void check(Trace t, long[] frame, ExitTable exits) {
    if (frame.length < t.slotCount()) {
      throw new IllegalArgumentException("frame of " + frame.length + " slots for a trace of "
          + t.slotCount());
    }
    if (exits.size() < t.exits().size()) {
      throw new IllegalArgumentException("exit table of " + exits.size() + " for a trace of "
          + t.exits().size() + " exits");
    }
  }

  /** Whether the int binary operation must exit: Python's result does not fit, or it raises. */
  static boolean intOpExits(Uop op, long a, long b) {
    return switch (op) {
      case BINARY_OP_ADD_INT -> ((a ^ (a + b)) & (b ^ (a + b))) < 0;
      case BINARY_OP_SUBTRACT_INT -> ((a ^ b) & (a ^ (a - b))) < 0;
      case BINARY_OP_MULTIPLY_INT -> Math.multiplyHigh(a, b) != ((a * b) >> 63);
      case BINARY_OP_FLOOR_DIVIDE_INT -> b == 0 || (a == Long.MIN_VALUE && b == -1);
      case BINARY_OP_REMAINDER_INT -> b == 0;
      case BINARY_OP_LSHIFT_INT -> b < 0 || a != 0 && (b >= 64 || ((a << b) >> b) != a);
      case BINARY_OP_RSHIFT_INT -> b < 0;
      default -> throw new IllegalArgumentException(op.name());
    };
  }

  /** The int binary operation's result, when {@link #intOpExits} is false. */
  static long intOp(Uop op, long a, long b) {
    return switch (op) {
      case BINARY_OP_ADD_INT -> a + b;
      case BINARY_OP_SUBTRACT_INT -> a - b;
      case BINARY_OP_MULTIPLY_INT -> a * b;
      case BINARY_OP_FLOOR_DIVIDE_INT -> Math.floorDiv(a, b);
      case BINARY_OP_REMAINDER_INT -> b == -1 ? 0 : Math.floorMod(a, b);
      case BINARY_OP_LSHIFT_INT -> a == 0 ? 0 : a << b;
      case BINARY_OP_RSHIFT_INT -> b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
      default -> throw new IllegalArgumentException(op.name());
    };
  }

  /** Python's float floor division for b != 0 (CPython's float_floor_div). */
  static double floorDivFloat(double a, double b) {
    double mod = a % b;
    double div = (a - mod) / b;
    if (mod != 0 && (b < 0) != (mod < 0)) {
      div -= 1.0;
    }
    if (div != 0) {
      double floor = Math.floor(div);
      if (div - floor > 0.5) {
        floor += 1.0;
      }
      return floor;
    }
    return Math.copySign(0.0, a / b);
  }

  /** Python's float modulo for b != 0 (the sign of b; CPython's float_rem). */
  static double remFloat(double a, double b) {
    double mod = a % b;
    if (mod != 0) {
      if ((b < 0) != (mod < 0)) {
        mod += b;
      }
      return mod;
    }
    return Math.copySign(0.0, b);
  }

  /**
   * A back edge's budget and interrupt test: false when the trace must leave here (budget
   * spent or interrupt asked for), else true with one iteration taken from the budget.
   */
  private static boolean spendBackEdge(TraceState state) {
    long budget = state.budget();
    if (state.interruptRequested() || budget <= 0) {
      return false;
    }
    state.setBudget(budget - 1);
    return true;
  }

  /**
   * An unrolled group's step: d = the range's current value and the range advances, in two's
   * complement, since JUMP_RANGE_GROUP's test has ruled out overflow for the whole group.
   */
  private static void stepRange(long[] frame, int d, int r) {
    frame[d] = frame[r];
    frame[r] += frame[r + 2];
  }

  /**
   * FOR_ITER_RANGE's step on the range at slot r: false when it is exhausted; otherwise d =
   * its current value, the range advances (to its stop when the next value would overflow)
   * and true.
   */
  private static boolean advanceRange(long[] frame, int d, int r) {
    long cur = frame[r];
    long stop = frame[r + 1];
    long step = frame[r + 2];
    if (step > 0 ? cur >= stop : cur <= stop) {
      return false;
    }
    long next = cur + step;
    boolean overflow = ((cur ^ next) & (step ^ next)) < 0;
    frame[d] = cur;
    frame[r] = overflow ? stop : next;
    return true;
  }

  /**
   * JUMP_RANGE_GROUP's test on the range at slot r: span = count * step and end = cur + span
   * both fit in 64 bits, and end is at or before stop in the step's direction, so the range
   * has count more values and advancing through them never overflows.
   */
  static boolean groupFits(long[] frame, int r, long count) {
    long cur = frame[r];
    long stop = frame[r + 1];
    long step = frame[r + 2];
    long span = count * step;
    if (Math.multiplyHigh(count, step) != (span >> 63)) {
      return false;
    }
    long end = cur + span;
    if (((cur ^ end) & (span ^ end)) < 0) {
      return false;
    }
    return step > 0 ? end <= stop : end >= stop;
  }

  private static double f(long[] frame, long slot) {
    return Double.longBitsToDouble(frame[(int) slot]);
  }

  private static long bits(double d) {
    return Double.doubleToRawLongBits(d);
  }

  private static long b(boolean v) {
    return v ? 1 : 0;
  }
}
