package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PyTuple;

/**
 * What constant folding and the peephole optimizer leave of small functions: constants
 * folded within CPython's limits (and never an operation that raises), no jump to a jump,
 * no jump to the next instruction, no NOP, no unreachable instruction.
 */
class PeepholeOptimizerTest {
  static CodeObject compile(String src, boolean optimize) {
    return CodeGen.compileModule(Parser.parseModule(src, "<test>"), "<test>", src, optimize);
  }

  /** The code object of the function {@code name} defined at the top of {@code src}. */
  static CodeObject function(String src, String name) {
    for (Object c : compile(src, true).consts) {
      if (c instanceof CodeObject co && co.name.equals(name)) {
        return co;
      }
    }
    throw new AssertionError("no function " + name);
  }

  static Opcode op(CodeObject co, int i) {
    return Opcode.of(Opcode.opcodeOf(co.code[i]));
  }

  static int arg(CodeObject co, int i) {
    return Opcode.argOf(co.code[i]);
  }

  static List<String> ops(CodeObject co) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < co.code.length; i++) {
      out.add(op(co, i).name());
    }
    return out;
  }

  /** The constant a function returns: its single RETURN_CONST. */
  static Object returned(String src) {
    CodeObject f = function(src, "f");
    assertThat(ops(f)).containsExactly("RESUME", "RETURN_CONST");
    return f.consts[arg(f, 1)];
  }

  @Test
  void foldsArithmeticOnConstants() {
    assertThat(returned("def f():\n    return 2 * 3 + 1\n")).isEqualTo(7L);
    assertThat(returned("def f():\n    return -(2 ** 10) // 3\n")).isEqualTo(-342L);
    assertThat(returned("def f():\n    return 'ab' * 3 + 'c'\n")).isEqualTo("abababc");
    assertThat(returned("def f():\n    return not 0\n")).isEqualTo(true);
    assertThat(returned("def f():\n    return (1, 2 + 3, ('x', None))[1]\n")).isEqualTo(5L);
    assertThat(returned("def f():\n    return 1 / 4\n")).isEqualTo(0.25);
  }

  @Test
  void foldsTuplesOfConstants() {
    Object t = returned("def f():\n    return (1, (2, 3), 'a')\n");
    assertThat(t).isInstanceOf(PyTuple.class);
    assertThat(((PyTuple) t).size()).isEqualTo(3);
  }

  @Test
  void leavesOperationsThatRaiseToRunTime() {
    for (String e : List.of("1 / 0", "1 % 0", "'a' + 1", "(1, 2)[5]", "2 ** -1 // 0",
        "0 ** -1", "1 << -1")) {
      CodeObject f = function("def f():\n    return " + e + "\n", "f");
      assertThat(ops(f)).as(e).containsAnyOf("BINARY_OP", "BINARY_SUBSCR");
    }
  }

  @Test
  void leavesLargeResultsToRunTime() {
    for (String e : List.of("2 ** 200", "1 << 129", "(2 ** 64) * (2 ** 65)", "'a' * 4097",
        "b'ab' * 2049", "(1, 2) * 129", "'%s' % 1", "((1, 2, 3, 4),) * 256")) {
      CodeObject f = function("def f():\n    return " + e + "\n", "f");
      assertThat(ops(f)).as(e).contains("BINARY_OP");
    }
    for (String e : List.of("2 ** 64", "1 << 120", "'a' * 4096", "(1, 2) * 128")) {
      assertThat(ops(function("def f():\n    return " + e + "\n", "f"))).as(e)
          .doesNotContain("BINARY_OP");
    }
  }

  @Test
  void removesConstantConditionsAndDeadCode() {
    CodeObject f = function("def f(x):\n    if 0:\n        g()\n    while 1:\n"
        + "        x += 1\n        if x > 5:\n            return x\n    print('never')\n", "f");
    // (co_names keeps g and print, as CPython's does)
    assertThat(ops(f)).doesNotContain("NOP", "LOAD_GLOBAL", "CALL").contains("JUMP_BACKWARD");
    CodeObject h = function("def h():\n    return 1\n    print(2)\n", "h");
    assertThat(ops(h)).containsExactly("RESUME", "RETURN_CONST");
  }

  @Test
  void noJumpToJumpOrToTheNextInstruction() {
    String src = "def f(a, b):\n    for i in a:\n        if i:\n            if b:\n"
        + "                continue\n            else:\n                break\n"
        + "        while b:\n            if i > 2:\n                break\n"
        + "            b -= 1\n    else:\n        pass\n    return b\n";
    CodeObject f = function(src, "f");
    for (int i = 0; i < f.code.length; i++) {
      Opcode o = op(f, i);
      if (o.isJump()) {
        int t = arg(f, i);
        assertThat(t).as("jump at %d", i).isNotEqualTo(i + 1);
        if (o == Opcode.JUMP_FORWARD || o == Opcode.JUMP_BACKWARD) {
          assertThat(op(f, t)).as("target of %d", i)
              .isNotIn(Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD);
        } else if (o != Opcode.FOR_ITER && o != Opcode.SEND) {
          // a conditional jump may end at a loop's JUMP_BACKWARD, never at a forward jump
          assertThat(op(f, t)).as("target of %d", i).isNotEqualTo(Opcode.JUMP_FORWARD);
        }
      }
      assertThat(o).isNotEqualTo(Opcode.NOP);
    }
    // the jumps go the way their names say
    for (int i = 0; i < f.code.length; i++) {
      if (op(f, i).name().startsWith("POP_JUMP_IF")) {
        assertThat(arg(f, i)).isGreaterThan(i);
      }
      if (op(f, i) == Opcode.JUMP_FORWARD) {
        assertThat(arg(f, i)).isGreaterThan(i);
      } else if (op(f, i) == Opcode.JUMP_BACKWARD) {
        assertThat(arg(f, i)).isLessThanOrEqualTo(i);
      }
    }
  }

  @Test
  void membershipInDisplaysOfConstants() {
    CodeObject f = function("def f(x):\n    return x in [1, 2], x not in {3, 4}, "
        + "not x in y, not x is None\n", "f");
    List<Object> consts = List.of(f.consts);
    assertThat(consts).anyMatch(c -> c instanceof PyTuple t && t.size() == 2);
    assertThat(consts).anyMatch(c -> c instanceof PySet s && s.isFrozen());
    assertThat(ops(f)).doesNotContain("BUILD_LIST", "BUILD_SET", "UNARY_NOT", "TO_BOOL");
  }

  @Test
  void returnOfAConstantIsReturnConst() {
    CodeObject f = function("def f(x):\n    if x:\n        return 'a'\n    return\n", "f");
    assertThat(ops(f)).doesNotContain("RETURN_VALUE");
    assertThat(ops(f).stream().filter("RETURN_CONST"::equals).count()).isEqualTo(2);
  }

  @Test
  void exceptionTableTargetsHandlers() {
    String src = "def f(x):\n    try:\n        if 0:\n            return 1\n        x = 1 / x\n"
        + "    except ZeroDivisionError:\n        return 0\n    finally:\n        x = 2\n"
        + "    return x\n";
    CodeObject f = function(src, "f");
    for (int e = 0; e < f.exceptionTable.size(); e++) {
      assertThat(op(f, f.exceptionTable.target(e))).isIn(Opcode.PUSH_EXC_INFO, Opcode.SWAP,
          Opcode.COPY, Opcode.POP_TOP, Opcode.RERAISE);
      assertThat(f.exceptionTable.end(e)).isLessThanOrEqualTo(f.code.length);
    }
    CodeObject plain = CodeGen.compileModule(Parser.parseModule(src, "<t>"), "<t>", src, false);
    assertThat(plain.consts).isNotEmpty();
  }

  /** The instructions of function f, each as NAME or NAME arg (its numeric argument). */
  static List<String> listing(CodeObject f) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < f.code.length; i++) {
      Opcode o = op(f, i);
      out.add(o == Opcode.SWAP || o == Opcode.STORE_FAST || o == Opcode.STORE_FAST_STORE_FAST
          || o == Opcode.LOAD_FAST_LOAD_FAST ? o.name() + " " + pairText(f, o, arg(f, i))
          : o.name());
    }
    return out;
  }

  private static String pairText(CodeObject f, Opcode o, int a) {
    if (o == Opcode.SWAP) {
      return String.valueOf(a);
    }
    if (o == Opcode.STORE_FAST) {
      return f.localName(a);
    }
    return f.localName(a >>> 12) + "," + f.localName(a & 0xfff);
  }

  // what CPython 3.13's dis shows for each (flowgraph.c: BUILD_TUPLE + UNPACK_SEQUENCE,
  // apply_static_swaps)
  @Test
  void buildsNoTupleForAMultipleAssignment() {
    assertThat(listing(function("def f(a, b):\n    a, b = b, a\n", "f"))).containsExactly(
        "LOAD_FAST_LOAD_FAST b,a", "STORE_FAST_STORE_FAST b,a", "RETURN_CONST");
    assertThat(listing(function("def f(a, b, c):\n    a, b, c = c, b, a\n", "f")))
        .containsExactly("LOAD_FAST_LOAD_FAST c,b", "LOAD_FAST", "STORE_FAST_STORE_FAST c,b",
            "STORE_FAST a", "RETURN_CONST");
    assertThat(listing(function("def f(a):\n    (b,) = a,\n", "f"))).containsExactly(
        "LOAD_FAST", "STORE_FAST b", "RETURN_CONST");
    // stores on two lines of one statement: the stores' line counts
    assertThat(listing(function("def f(a, b):\n    a, b = (b,\n            a)\n", "f")))
        .containsExactly("LOAD_FAST", "LOAD_FAST", "STORE_FAST_STORE_FAST b,a",
            "RETURN_CONST");
  }

  @Test
  void fusesALocalAndAConstantOnOneLine() {
    CodeObject f = function("def f(n):\n    return n - 1\n", "f");
    assertThat(ops(f)).containsSubsequence("LOAD_FAST_LOAD_CONST", "BINARY_OP", "RETURN_VALUE")
        .doesNotContain("LOAD_CONST", "LOAD_FAST");
    int unit = f.code[1];
    assertThat(f.localName(Opcode.pairFirst(Opcode.argOf(unit)))).isEqualTo("n");
    assertThat(f.consts[Opcode.pairSecond(Opcode.argOf(unit))]).isEqualTo(1L);
    assertThat(listing(function("def f(n):\n    return (n, 1)\n", "f")))
        .startsWith("LOAD_FAST_LOAD_CONST");
    assertThat(ops(function("def f(n):\n    m = n\n    return m\n", "f"))).containsExactly(
        "RESUME", "LOAD_FAST", "STORE_FAST", "RETURN_FAST");
    assertThat(arg(function("def f(a, b):\n    return b\n", "f"), 1)).isEqualTo(1);
    // a return that is a jump target keeps its own instruction
    assertThat(ops(function("def f(a, b):\n    return a if b else b\n", "f")))
        .doesNotContain("JUMP_FORWARD");
    // two lines: each keeps its own instruction, as CPython's superinstructions
    assertThat(listing(function("def f(n):\n    return (n,\n            1)\n", "f")))
        .startsWith("LOAD_FAST", "LOAD_CONST");
  }

  @Test
  void keepsTheSwapWhereTheStoresCannotBeExchanged() {
    // not a local: the SWAP stays
    assertThat(listing(function("def f(a, b):\n    a, b[0] = b, a\n", "f"))).containsExactly(
        "LOAD_FAST_LOAD_FAST b,a", "SWAP 2", "STORE_FAST_LOAD_FAST", "LOAD_CONST",
        "STORE_SUBSCR", "RETURN_CONST");
    // the same local twice: exchanging the stores would change which value stays
    assertThat(listing(function("def f(a, b, c):\n    a, a = b, c\n", "f")))
        .contains("SWAP 2");
    // a starred target or a nested one: the tuple is built
    assertThat(ops(function("def f(a, b):\n    a, *b = a, b\n", "f")))
        .contains("BUILD_TUPLE", "UNPACK_EX");
    assertThat(ops(function("def f(a, b):\n    x = y = a, b\n", "f"))).contains("BUILD_TUPLE");
  }
}
