package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyFunction;

/**
 * Adaptive specialization: instructions rewrite themselves for the types they see, and go
 * back to their generic form when the types change. (What programs compute under
 * specialization is checked by the program corpus, tests/programs/specialization among it;
 * this checks that the rewriting happens.)
 */
class SpecializerTest {

  private static PyDict run(String src) {
    CodeObject code = CodeGen.compileModule(Parser.parseModule(src, "<test>"), "<test>");
    PyDict globals = new PyDict();
    globals.put("__name__", "__main__");
    Interpreter.runModule(code, globals);
    return globals;
  }

  private static List<Opcode> ops(PyDict globals, String function) {
    CodeObject co = ((PyFunction) globals.getStr(function)).code;
    List<Opcode> out = new ArrayList<>();
    for (int unit : co.code) {
      out.add(Opcode.of(Opcode.opcodeOf(unit)));
    }
    return out;
  }

  private static Object call(PyDict globals, String function, Object... args) {
    return Ops.call(globals.getStr(function), args, null);
  }

  @Test
  void specializesForTheTypesSeenAndBackWhenTheyChange() {
    PyDict g = run("""
        def add(a, b):
            return a + b
        for i in range(10):
            add(i, 1)
        """);
    assertThat(ops(g, "add")).contains(Opcode.BINARY_OP_ADD_INT)
        .doesNotContain(Opcode.BINARY_OP);
    assertThat(call(g, "add", 1.5, 2.0)).isEqualTo(3.5);
    assertThat(ops(g, "add")).contains(Opcode.BINARY_OP).doesNotContain(
        Opcode.BINARY_OP_ADD_INT);
    // after the back-off, the site specializes for what it sees now
    for (int i = 0; i < 10; i++) {
      call(g, "add", 1.0, (double) i);
    }
    assertThat(ops(g, "add")).contains(Opcode.BINARY_OP_ADD_FLOAT);
    assertThat(call(g, "add", "a", "b")).isEqualTo("ab");
  }

  @Test
  void typicalLoopCodeEndsUpSpecialized() {
    PyDict g = run("""
        class P:
            def __init__(self, x):
                self.x = x
            def get(self):
                return self.x
        def work(n):
            total = 0.0
            items = [P(i) for i in range(n)]
            for p in items:
                if p.x < n:
                    total = total + float(p.get())
            for i in range(n):
                total = total * 1.0
            return total, len(items), items[0].x
        work(20)
        """);
    assertThat(ops(g, "work")).contains(Opcode.FOR_ITER_LIST, Opcode.FOR_ITER_RANGE,
        Opcode.LOAD_ATTR_INSTANCE_VALUE, Opcode.LOAD_ATTR_METHOD_WITH_VALUES,
        Opcode.COMPARE_OP_INT, Opcode.LOAD_GLOBAL_BUILTIN, Opcode.CALL_LEN,
        Opcode.BINARY_OP_MULTIPLY_FLOAT, Opcode.BINARY_SUBSCR_LIST_INT);
    assertThat(ops(g, "work")).doesNotContain(Opcode.FOR_ITER, Opcode.COMPARE_OP);
  }

  @Test
  void polymorphicSitesBackOffInsteadOfFlipping() {
    PyDict g = run("""
        def add(a, b):
            return a + b
        vals = [(1, 2), (1.5, 2.5), ("x", "y")] * 400
        for a, b in vals:
            add(a, b)
        """);
    CodeObject co = ((PyFunction) g.getStr("add")).code;
    int binop = -1;
    for (int i = 0; i < co.code.length; i++) {
      if (Opcode.of(Opcode.opcodeOf(co.code[i])).generic() == Opcode.BINARY_OP) {
        binop = i;
      }
    }
    // each change of type doubled the wait before the next attempt
    assertThat(co.counters[binop] >>> 16).isGreaterThanOrEqualTo(8);
  }

  @Test
  void globalsCacheFollowsRebinding() {
    PyDict g = run("""
        def f():
            return x
        x = 1
        r1 = [f() for _ in range(5)]
        x = 2
        r2 = [f() for _ in range(5)]
        """);
    assertThat(ops(g, "f")).contains(Opcode.LOAD_GLOBAL_MODULE);
    assertThat(Ops.repr(g.getStr("r2"))).isEqualTo("[2, 2, 2, 2, 2]");
  }
}
