package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;

/**
 * Seeded random functions run with constant folding and the peephole optimizer on and
 * off: what they print (values, exception types and messages, the line each exception was
 * raised at) must be the same. The functions mix constant and variable conditions, loops
 * with break / continue / else, try / except / finally, returns from everywhere, and
 * operator expressions on constants, some of which raise.
 */
class OptimizerEquivalenceTest {
  private static final List<String> CONSTS = List.of(
      "0", "1", "-3", "7", "2**70", "True", "False", "None", "2.5", "0.0", "''", "'ab'",
      "b'x'", "()", "(1, 'a')", "1j", "...");
  private static final List<String> OPS = List.of(
      "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^");

  @Test
  void optimizedCodeBehavesAsUnoptimized() throws Exception {
    Random rnd = new Random(20261122L);
    int compared = 0;
    for (int i = 0; i < 400; i++) {
      String src = program(rnd);
      String plain = run(src, false);
      String optimized = run(src, true);
      if (plain == null) {
        continue; // the generator's rare program that does not compile
      }
      assertThat(optimized).as("program %d:\n%s", i, src).isEqualTo(plain);
      compared++;
    }
    assertThat(compared).isGreaterThan(350);
  }

  private static String run(String src, boolean optimize) {
    CodeObject code;
    try {
      code = CodeGen.compileModule(Parser.parseModule(src, "<gen>"), "<gen>", src, optimize);
    } catch (CodeGen.Unsupported | org.pyjit.parse.SyntaxErrorException e) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = Builtins.stdout;
    Builtins.stdout = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try {
      PyDict globals = new PyDict();
      globals.put("__name__", "__main__");
      Interpreter.runModule(code, globals);
    } catch (PyException e) {
      return bytes.toString(StandardCharsets.UTF_8) + "escaped: " + e.getMessage();
    } finally {
      Builtins.stdout.flush();
      Builtins.stdout = saved;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String pick(Random rnd, List<String> l) {
    return l.get(rnd.nextInt(l.size()));
  }

  private static String constExpr(Random rnd, int depth) {
    if (depth <= 0 || rnd.nextInt(3) == 0) {
      return pick(rnd, CONSTS);
    }
    return switch (rnd.nextInt(5)) {
      case 0 -> "-(" + constExpr(rnd, depth - 1) + ")";
      case 1 -> "(not " + constExpr(rnd, depth - 1) + ")";
      case 2 -> "(" + constExpr(rnd, depth - 1) + ", " + constExpr(rnd, depth - 1) + ")";
      default -> "(" + constExpr(rnd, depth - 1) + " " + pick(rnd, OPS) + " "
          + constExpr(rnd, depth - 1) + ")";
    };
  }

  private static String value(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> "a";
      case 1 -> "b";
      case 2 -> "(a " + pick(rnd, OPS) + " " + constExpr(rnd, 1) + ")";
      default -> constExpr(rnd, 2);
    };
  }

  private static String test(Random rnd) {
    return switch (rnd.nextInt(7)) {
      case 0 -> constExpr(rnd, 1);
      case 1 -> "a > " + rnd.nextInt(5);
      case 2 -> "not a in [1, 2, " + constExpr(rnd, 1) + "]";
      case 3 -> "b is not None and a";
      case 4 -> "a in {1, 3, 5}";
      case 5 -> "not (b or " + constExpr(rnd, 1) + ")";
      default -> "b";
    };
  }

  private static void block(Random rnd, StringBuilder sb, String indent, int depth,
      boolean inLoop) {
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      int kind = depth <= 0 ? rnd.nextInt(3) : rnd.nextInt(10);
      switch (kind) {
        case 0 -> sb.append(indent).append("a = ").append(value(rnd)).append('\n');
        case 1 -> sb.append(indent).append("print(").append(value(rnd)).append(")\n");
        case 2 -> {
          if (inLoop && rnd.nextBoolean()) {
            sb.append(indent).append(rnd.nextBoolean() ? "break" : "continue").append('\n');
          } else {
            sb.append(indent).append("return ").append(value(rnd)).append('\n');
          }
        }
        case 3, 4 -> {
          sb.append(indent).append("if ").append(test(rnd)).append(":\n");
          block(rnd, sb, indent + "    ", depth - 1, inLoop);
          if (rnd.nextBoolean()) {
            sb.append(indent).append("elif ").append(test(rnd)).append(":\n");
            block(rnd, sb, indent + "    ", depth - 1, inLoop);
          }
          if (rnd.nextBoolean()) {
            sb.append(indent).append("else:\n");
            block(rnd, sb, indent + "    ", depth - 1, inLoop);
          }
        }
        case 5 -> {
          sb.append(indent).append("for i in ").append(rnd.nextBoolean() ? "[1, 2, a]"
              : "(3, 4)").append(":\n");
          sb.append(indent).append("    a = i\n");
          block(rnd, sb, indent + "    ", depth - 1, true);
          if (rnd.nextBoolean()) {
            sb.append(indent).append("else:\n");
            block(rnd, sb, indent + "    ", depth - 1, inLoop);
          }
        }
        case 6 -> {
          sb.append(indent).append("while ").append(rnd.nextBoolean() ? "True" : "n < 6")
              .append(":\n");
          sb.append(indent).append("    n += 1\n");
          sb.append(indent).append("    if n > 8:\n");
          sb.append(indent).append("        break\n");
          block(rnd, sb, indent + "    ", depth - 1, true);
        }
        case 7, 8 -> {
          sb.append(indent).append("try:\n");
          block(rnd, sb, indent + "    ", depth - 1, inLoop);
          sb.append(indent).append("except ").append(rnd.nextBoolean() ? "ZeroDivisionError"
              : "(TypeError, ValueError) as e").append(":\n");
          block(rnd, sb, indent + "    ", depth - 1, inLoop);
          if (rnd.nextBoolean()) {
            sb.append(indent).append("finally:\n");
            sb.append(indent).append("    print('finally', a)\n");
          }
        }
        default -> {
          sb.append(indent).append("if ").append(rnd.nextBoolean() ? "0" : "1").append(":\n");
          block(rnd, sb, indent + "    ", depth - 1, inLoop);
        }
      }
    }
  }

  static String program(Random rnd) {
    StringBuilder sb = new StringBuilder("def f(a, b):\n    n = 0\n");
    block(rnd, sb, "    ", 3, false);
    sb.append("    return 'end', a\n");
    sb.append("""
        for args in [(0, None), (1, 2), (3, 0), (5, 'x'), (2.5, ())]:
            try:
                print(f(*args))
            except Exception as e:
                tb = e.__traceback__
                while tb.tb_next:
                    tb = tb.tb_next
                print(type(e).__name__, e, tb.tb_lineno)
        """);
    return sb.toString();
  }
}
