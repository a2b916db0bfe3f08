package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyException;

/**
 * Seeded random differential test: small numeric functions (int and float locals, every
 * operator, math calls, if/while/for-range, break/continue, and/or) are generated, then
 * called with random arguments both through the interpreter and compiled by @jit; results
 * (their repr, so types count) and exceptions (type and message) must be equal. Values near
 * the 64-bit limits and zero divisors make the guards fail regularly.
 */
class JitDifferentialTest {
  /** -Dpyjit.jitdiff.seed and -Dpyjit.jitdiff.rounds run other or more functions. */
  private static final long SEED = Long.getLong("pyjit.jitdiff.seed", 4_2026_1122L);
  private static final int ROUNDS = Integer.getInteger("pyjit.jitdiff.rounds", 250);
  private static final long[] INTS = {0, 1, -1, 2, 3, -7, 10, 255, 1L << 31, 3037000499L,
      -3037000500L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, 1L << 53, (1L << 53) + 1};
  private static final double[] FLOATS = {0.0, -0.0, 0.5, -1.5, 3.0, 1e300, -1e-300, 7.25,
      Double.POSITIVE_INFINITY, Double.NaN, 2.0e-5, 9007199254740993.0};

  @Test
  void compiledEqualsInterpreted() {
    Random rnd = new Random(SEED);
    long nativeBefore = JitFunction.NATIVE_CALLS.sum();
    long deoptsBefore = JitFunction.DEOPTS.sum();
    int compared = 0;
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String src = new Gen(rnd).function();
      JitFunction f = JitFunction.fromSource(src);
      for (int k = 0; k < 6; k++) {
        Object[] args = {INTS[rnd.nextInt(INTS.length)], FLOATS[rnd.nextInt(FLOATS.length)],
            rnd.nextInt(41) - 20L};
        String expected = run(() -> Calls.call(f.function, args.clone(), null));
        String actual = run(() -> f.call(args.clone()));
        if (actual.startsWith("JitError")) {
          refused++;
          break;
        }
        assertThat(actual).as("seed %d round %d args %s/%s/%s:\n%s", SEED, round, args[0],
            args[1], args[2], src).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(refused).as("functions refused").isLessThan(ROUNDS / 10);
    assertThat(compared).isGreaterThan(ROUNDS * 24 / 5);
    long natively = JitFunction.NATIVE_CALLS.sum() - nativeBefore;
    long deopts = JitFunction.DEOPTS.sum() - deoptsBefore;
    System.out.printf("JitDifferentialTest: %d calls compared, %d functions refused, %d calls "
        + "completed natively, %d deopts%n", compared, refused, natively, deopts);
    assertThat(natively).as("calls that ran natively").isGreaterThan(compared / 4);
    assertThat(deopts).as("guards that failed").isGreaterThan(50);
  }

  private static String run(java.util.function.Supplier<Object> call) {
    try {
      return Ops.repr(call.get());
    } catch (PyException e) {
      return e.value.type().name + ": " + Ops.strOrRepr(e.value);
    }
  }

  /** Generates one function of (a: int, b: float, c: int). */
  private static final class Gen {
    private final Random rnd;
    private final StringBuilder sb = new StringBuilder();
    private int depth;
    private int loops;

    /** Values assigned in loops must not grow without bound (big ints make it slow). */
    private String bounded(String e) {
      return "(" + e + ") % " + pick("1000003", "9223372036854775807", "-4294967296");
    }

    Gen(Random rnd) {
      this.rnd = rnd;
    }

    String function() {
      sb.append("def f(a, b, c):\n");
      line(1, "x = a");
      line(1, "y = b");
      line(1, "z = c % 7");
      line(1, "w = 0.5");
      block(1, 2 + rnd.nextInt(4));
      line(1, "return " + (rnd.nextBoolean() ? intExpr(2) : floatExpr(2)));
      return sb.toString();
    }

    private void line(int indent, String s) {
      sb.append("    ".repeat(indent)).append(s).append('\n');
    }

    private void block(int indent, int n) {
      for (int i = 0; i < n; i++) {
        statement(indent);
      }
    }

    private void statement(int indent) {
      int k = depth > 1 ? rnd.nextInt(3) : rnd.nextInt(7);
      switch (k) {
        case 0 -> line(indent, pick("x", "z") + " = " + bounded(intExpr(2)));
        case 1 -> line(indent, pick("y", "w") + " = " + floatExpr(2));
        case 2 -> line(indent, pick("x", "z") + " " + pick("+=", "-=", "//=", "%=")
            + " " + intExpr(1));
        case 3, 4 -> {
          line(indent, "if " + cond() + ":");
          depth++;
          block(indent + 1, 1 + rnd.nextInt(2));
          if (rnd.nextBoolean()) {
            line(indent, "else:");
            block(indent + 1, 1 + rnd.nextInt(2));
          }
          depth--;
        }
        case 5 -> {
          line(indent, "for i in range(" + pick("c % 5", "5", "c % 11", "-3, c % 4", "c % 6, -9, -2",
              "1, 30, 4") + "):");
          depth++;
          line(indent + 1, pick("x", "z") + " = "
              + bounded(intExpr(2).replaceAll("\\ba\\b", "i")));
          if (rnd.nextInt(3) == 0) {
            line(indent + 1, "if " + cond() + ":");
            line(indent + 2, pick("break", "continue"));
          }
          block(indent + 1, 1);
          depth--;
        }
        default -> {
          String n = "n" + loops++; // each while loop its own counter
          line(indent, n + " = 0");
          line(indent, "while " + n + " < " + pick("3", "c % 4", "abs(c) % 6") + ":");
          depth++;
          line(indent + 1, n + " += 1");
          block(indent + 1, 1 + rnd.nextInt(2));
          depth--;
          // the interpreter's compiler falls into the else of an if whose body ends with a
          // while loop (reported; tests/programs has no such program yet): not that here
          line(indent, "w = w + 0.0");
        }
      }
    }

    private String cond() {
      return switch (rnd.nextInt(5)) {
        case 0 -> intExpr(1) + " " + cmp() + " " + intExpr(1);
        case 1 -> floatExpr(1) + " " + cmp() + " " + intExpr(1);
        case 2 -> intExpr(1) + " " + cmp() + " " + intExpr(1) + " " + cmp() + " "
            + intExpr(1);
        case 3 -> "(" + cond() + ") " + pick("and", "or") + " not " + pick("x", "y", "z");
        default -> pick("x", "y", "x > 0 and y", "not z");
      };
    }

    private String cmp() {
      return pick("<", "<=", "==", "!=", ">", ">=");
    }

    private String intExpr(int d) {
      if (d == 0 || rnd.nextInt(4) == 0) {
        return pick("x", "z", "a", "c", String.valueOf(rnd.nextInt(20) - 5), "3037000499",
            "9223372036854775807", "2", "1");
      }
      return switch (rnd.nextInt(12)) {
        case 0, 1, 2 -> "(" + intExpr(d - 1) + " " + pick("+", "-", "*") + " " + intExpr(d - 1)
            + ")";
        case 3 -> "(" + intExpr(d - 1) + " " + pick("//", "%") + " " + intExpr(d - 1) + ")";
        case 4 -> "((" + intExpr(d - 1) + ") % 5000) ** " + rnd.nextInt(6);
        case 5 -> "(" + intExpr(d - 1) + " " + pick("<<", ">>") + " " + pick("z", "3", "65", "c")
            + ")";
        case 6 -> "(" + intExpr(d - 1) + " " + pick("&", "|", "^") + " " + intExpr(d - 1) + ")";
        case 7 -> pick("abs", "-") + "(" + intExpr(d - 1) + ")";
        case 8 -> pick("min", "max") + "(" + intExpr(d - 1) + ", " + intExpr(d - 1) + ")";
        case 9 -> "int(" + floatExpr(d - 1) + ")";
        case 10 -> "(" + intExpr(d - 1) + " if " + cond() + " else " + intExpr(d - 1) + ")";
        default -> "(" + intExpr(d - 1) + " " + pick("or", "and") + " " + intExpr(d - 1) + ")";
      };
    }

    private String floatExpr(int d) {
      if (d == 0 || rnd.nextInt(4) == 0) {
        return pick("y", "w", "b", "0.5", "-2.25", "1e308", "3.0");
      }
      return switch (rnd.nextInt(10)) {
        case 0, 1 -> "(" + floatExpr(d - 1) + " " + pick("+", "-", "*", "/") + " "
            + floatExpr(d - 1) + ")";
        case 2 -> "(" + floatExpr(d - 1) + " " + pick("+", "-", "*", "/", "//", "%") + " "
            + intExpr(d - 1) + ")";
        case 3 -> "(" + intExpr(d - 1) + " / " + intExpr(d - 1) + ")";
        case 4 -> "(" + floatExpr(d - 1) + " ** " + pick("2", "0.5", "-1", "y") + ")";
        case 5 -> "math." + pick("sqrt", "sin", "cos", "exp", "log", "atan", "fabs", "floor")
            + "(" + floatExpr(d - 1) + ")" + (rnd.nextBoolean() ? " * 1.0" : " + 0.0");
        case 6 -> pick("abs", "-", "float") + "(" + floatExpr(d - 1) + ")";
        case 7 -> pick("min", "max") + "(" + floatExpr(d - 1) + ", " + floatExpr(d - 1) + ")";
        case 8 -> "float(" + intExpr(d - 1) + ")";
        default -> "(" + floatExpr(d - 1) + " " + pick("or", "and") + " " + floatExpr(d - 1)
            + ")";
      };
    }

    private String pick(String... s) {
      return s[rnd.nextInt(s.length)];
    }
  }
}
