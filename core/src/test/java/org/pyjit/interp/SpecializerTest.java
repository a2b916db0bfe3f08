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
import org.pyjit.testing.PythonSource;

/**
 * Adaptive specialization: instructions rewrite themselves for the types they see, and go
 * back to their generic form when the types change. (What programs compute under
 * specialization is checked by the program corpus, tests/programs/specialization among it;
 * this checks that the rewriting happens.)
 */
class SpecializerTest {

  private static PyDict run(String src) {
    return PythonSource.run(src);
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
        def cell(n):
            for j in range(n):
                pass
            return lambda: j
        work(20)
        cell(20)
        """);
    // a range loop's variable: stored by the loop's step when it is a local, not a cell
    assertThat(ops(g, "cell")).contains(Opcode.FOR_ITER_RANGE, Opcode.STORE_DEREF)
        .doesNotContain(Opcode.FOR_ITER_RANGE_STORE_FAST);
    assertThat(ops(g, "work")).contains(Opcode.FOR_ITER_LIST, Opcode.FOR_ITER_RANGE_STORE_FAST,
        Opcode.STORE_FAST,
        Opcode.LOAD_ATTR_INSTANCE_VALUE, Opcode.LOAD_ATTR_METHOD_WITH_VALUES,
        Opcode.COMPARE_OP_INT_JUMP, Opcode.LOAD_GLOBAL_BUILTIN, Opcode.CALL_LEN,
        Opcode.BINARY_OP_MULTIPLY_FLOAT, Opcode.BINARY_SUBSCR_LIST_INT);
    assertThat(ops(g, "work")).doesNotContain(Opcode.FOR_ITER, Opcode.COMPARE_OP);
  }

  @Test
  void aLocalAndAnIntConstantFuseWithTheIntOperationAfterThem() {
    PyDict g = run("""
        def dec(n):
            return n - 1
        def inc(n):
            return n + 1
        def low(n):
            if n < 2:
                return 1
            return 0
        def scaled(n):
            return n * 3
        def pairs(a, b):
            return a - b, a + b, a * b
        r = [(dec(i), inc(i), low(i), scaled(i)) for i in range(4)]
        p = [pairs(i, 3) for i in range(4)]
        """);
    // two int locals fuse with + and - too (not with *)
    assertThat(ops(g, "pairs")).contains(Opcode.LOAD_FAST_LOAD_FAST_SUBTRACT_INT,
        Opcode.LOAD_FAST_LOAD_FAST_ADD_INT, Opcode.LOAD_FAST_LOAD_FAST,
        Opcode.BINARY_OP_MULTIPLY_INT);
    assertThat(Ops.repr(g.getStr("p"))).isEqualTo(
        "[(-3, 3, 0), (-2, 4, 3), (-1, 5, 6), (0, 6, 9)]");
    assertThat(Ops.repr(call(g, "pairs", 2.5, 1L))).isEqualTo("(1.5, 3.5, 2.5)");
    assertThat(ops(g, "pairs")).doesNotContain(Opcode.LOAD_FAST_LOAD_FAST_SUBTRACT_INT);
    assertThat(ops(g, "dec")).contains(Opcode.LOAD_FAST_CONST_SUBTRACT_INT,
        Opcode.BINARY_OP_SUBTRACT_INT);
    assertThat(ops(g, "inc")).contains(Opcode.LOAD_FAST_CONST_ADD_INT, Opcode.BINARY_OP_ADD_INT);
    assertThat(ops(g, "low")).contains(Opcode.LOAD_FAST_CONST_COMPARE_INT_JUMP,
        Opcode.COMPARE_OP_INT_JUMP, Opcode.POP_JUMP_IF_FALSE);
    // only + and - and compares fuse
    assertThat(ops(g, "scaled")).contains(Opcode.LOAD_FAST_LOAD_CONST,
        Opcode.BINARY_OP_MULTIPLY_INT);
    assertThat(Ops.repr(g.getStr("r"))).isEqualTo(
        "[(-1, 1, 1, 0), (0, 2, 1, 3), (1, 3, 0, 6), (2, 4, 0, 9)]");
    // a float local: the fused form goes back to LOAD_FAST_LOAD_CONST, the result is right
    assertThat(call(g, "dec", 2.5)).isEqualTo(1.5);
    assertThat(ops(g, "dec")).contains(Opcode.LOAD_FAST_LOAD_CONST).doesNotContain(
        Opcode.LOAD_FAST_CONST_SUBTRACT_INT);
    assertThat(call(g, "low", 1.5)).isEqualTo(1L);
    assertThat(ops(g, "low")).doesNotContain(Opcode.LOAD_FAST_CONST_COMPARE_INT_JUMP);
  }

  @Test
  void aLocalFusesWithItsAttributeLoadAndFollowsItsChanges() {
    PyDict g = run("""
        class S:
            __slots__ = ("v",)
            def __init__(self, v):
                self.v = v
        class D:
            def __init__(self, v):
                self.v = v
        def get(o):
            return o.v
        def meth(o):
            return o.m()
        r = [get(S(i)) for i in range(5)]
        """);
    assertThat(ops(g, "get")).contains(Opcode.LOAD_FAST_ATTR_SLOT, Opcode.LOAD_ATTR_SLOT)
        .doesNotContain(Opcode.LOAD_FAST);
    // another class: both halves miss, the attribute load specializes again at once for
    // the class it met and the LOAD_FAST before it is fused with the new form
    assertThat(call(g, "get", Ops.call(g.getStr("D"), new Object[] {7L}, null))).isEqualTo(7L);
    assertThat(ops(g, "get")).contains(Opcode.LOAD_FAST_ATTR_INSTANCE_VALUE,
        Opcode.LOAD_ATTR_INSTANCE_VALUE).doesNotContain(Opcode.LOAD_FAST_ATTR_SLOT);
    run2(g, "r2 = [get(D(i)) for i in range(9)]");
    assertThat(Ops.repr(g.getStr("r2"))).isEqualTo("[0, 1, 2, 3, 4, 5, 6, 7, 8]");
    // with specialization off, a miss leaves the plain LOAD_FAST (nothing fuses again)
    Specializer.setEnabled(false);
    try {
      assertThat(call(g, "get", Ops.call(g.getStr("S"), new Object[] {3L}, null)))
          .isEqualTo(3L);
      assertThat(ops(g, "get")).contains(Opcode.LOAD_FAST, Opcode.LOAD_ATTR).doesNotContain(
          Opcode.LOAD_FAST_ATTR_INSTANCE_VALUE, Opcode.LOAD_FAST_ATTR_SLOT);
    } finally {
      Specializer.setEnabled(true);
    }
    // a method load is not fused
    run2(g, """
        class M:
            def __init__(self):
                self.m = lambda: 5
        r3 = [meth(M()) for i in range(5)]
        """);
    assertThat(ops(g, "meth")).contains(Opcode.LOAD_FAST).doesNotContain(
        Opcode.LOAD_FAST_ATTR_INSTANCE_VALUE, Opcode.LOAD_FAST_ATTR_SLOT);
  }

  @Test
  void aListAndAnIndexInLocalsFuseWithTheSubscript() {
    PyDict g = run("""
        def get(xs, i):
            return xs[i]
        def put(xs, i, v):
            xs[i] = v + 1
        data = [10, 20, 30]
        r = [get(data, i) for i in range(3)]
        for i in range(3):
            put(data, i, i - 1)
        """);
    assertThat(ops(g, "get")).contains(Opcode.LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT,
        Opcode.BINARY_SUBSCR_LIST_INT);
    assertThat(ops(g, "put")).contains(Opcode.LOAD_FAST_LOAD_FAST_STORE_SUBSCR_LIST_INT,
        Opcode.STORE_SUBSCR_LIST_INT);
    assertThat(Ops.repr(g.getStr("r"))).isEqualTo("[10, 20, 30]");
    assertThat(Ops.repr(g.getStr("data"))).isEqualTo("[0, 1, 2]");
    // an index out of range: the fused form goes back to LOAD_FAST_LOAD_FAST, the
    // subscript (still specialized) raises
    org.pyjit.runtime.PyList data = (org.pyjit.runtime.PyList) g.getStr("data");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> call(g, "get", data, 3L))
        .isInstanceOf(org.pyjit.runtime.PyException.class);
    assertThat(ops(g, "get")).contains(Opcode.LOAD_FAST_LOAD_FAST,
        Opcode.BINARY_SUBSCR_LIST_INT).doesNotContain(
        Opcode.LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT);
    assertThat(call(g, "get", data, -1L)).isEqualTo(2L);
  }

  @Test
  void twoIntLocalsFuseWithTheirCompareAndJump() {
    PyDict g = run("""
        def walk(i, n):
            steps = 0
            while i < n:
                i += 1
                steps += 1
            return steps
        r = [walk(0, k) for k in range(4)]
        """);
    assertThat(ops(g, "walk")).contains(Opcode.LOAD_FAST_LOAD_FAST_COMPARE_INT_JUMP,
        Opcode.COMPARE_OP_INT_JUMP);
    assertThat(Ops.repr(g.getStr("r"))).isEqualTo("[0, 1, 2, 3]");
    assertThat(call(g, "walk", 0.5, 3L)).isEqualTo(3L);
    assertThat(ops(g, "walk")).doesNotContain(Opcode.LOAD_FAST_LOAD_FAST_COMPARE_INT_JUMP);
  }

  @Test
  void anIntCompareTakesOverTheJumpAfterIt() {
    PyDict g = run("""
        def f(a, b):
            if a < b:
                return 1
            return 2
        def g(a, b):
            if not a == b:
                return 1
            return 2
        def h(a, b):
            c = a <= b
            return c
        r = [(f(i, 3), g(i, 3), h(i, 3)) for i in range(6)]
        s = [f(1.5, 2), f(2.5, 2)]
        """);
    assertThat(ops(g, "g")).contains(Opcode.COMPARE_OP_INT_JUMP, Opcode.POP_JUMP_IF_TRUE);
    // the result stored, not tested: the plain form
    assertThat(ops(g, "h")).contains(Opcode.COMPARE_OP_INT)
        .doesNotContain(Opcode.COMPARE_OP_INT_JUMP);
    assertThat(Ops.repr(g.getStr("r"))).isEqualTo("[(1, 1, True), (1, 1, True), (1, 1, True), "
        + "(2, 2, True), (2, 1, False), (2, 1, False)]");
    // floats miss: back to the generic compare, the jump runs by itself
    assertThat(ops(g, "f")).contains(Opcode.COMPARE_OP).doesNotContain(
        Opcode.COMPARE_OP_INT_JUMP);
    assertThat(Ops.repr(g.getStr("s"))).isEqualTo("[1, 2]");
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

  /** The index of the only instruction of {@code generic}'s family in {@code function}. */
  private static int siteOf(PyDict g, String function, Opcode generic, int nth) {
    CodeObject co = ((PyFunction) g.getStr(function)).code;
    int seen = 0;
    for (int i = 0; i < co.code.length; i++) {
      if (Opcode.of(Opcode.opcodeOf(co.code[i])).generic() == generic && seen++ == nth) {
        return i;
      }
    }
    throw new AssertionError("no " + generic + " #" + nth + " in " + function);
  }

  @Test
  void attributeSitesKeepSeveralClassesAndDropAChangedOne() {
    PyDict g = run("""
        class Base:
            def __init__(self, n):
                self.n = n
            def get(self):
                return self.n
            @property
            def twice(self):
                return 2 * self.n
        class A(Base):
            pass
        class B(Base):
            pass
        def read(o):
            return o.n + o.get() + o.twice
        objs = [A(1), B(2)] * 50
        for o in objs:
            read(o)
        """);
    CodeObject co = ((PyFunction) g.getStr("read")).code;
    assertThat(ops(g, "read")).contains(Opcode.LOAD_ATTR_INSTANCE_VALUE,
        Opcode.LOAD_ATTR_METHOD_WITH_VALUES, Opcode.LOAD_ATTR_PROPERTY, Opcode.CALL_PY_EXACT_ARGS)
        .doesNotContain(Opcode.LOAD_ATTR, Opcode.CALL);
    int n = siteOf(g, "read", Opcode.LOAD_ATTR, 0);
    assertThat(co.caches[n]).isInstanceOf(InlineCache.Poly.class);
    assertThat(((InlineCache.Poly) co.caches[n]).entries()).hasSize(2);
    int backoff = co.counters[n] >>> 16;
    assertThat(backoff).isEqualTo(1); // one miss, when B first came, then no more
    // a class changed after specialization: its entry's version tag no longer holds
    run2(g, """
        A.get = lambda self: -self.n
        """);
    org.pyjit.runtime.PyList objs = (org.pyjit.runtime.PyList) g.getStr("objs");
    assertThat(call(g, "read", objs.get(0))).isEqualTo(1L - 1L + 2L);
    assertThat(call(g, "read", objs.get(1))).isEqualTo(2L + 2L + 4L);
  }

  @Test
  void aSiteSeeingMoreClassesThanItKeepsBacksOff() {
    PyDict g = run("""
        def read(o):
            return o.n
        classes = [type("C" + str(i), (), {}) for i in range(8)]
        objs = []
        for c in classes:
            o = c()
            o.n = 1
            objs.append(o)
        total = 0
        for k in range(200):
            for o in objs:
                total += read(o)
        """);
    CodeObject co = ((PyFunction) g.getStr("read")).code;
    int n = siteOf(g, "read", Opcode.LOAD_ATTR, 0);
    assertThat(g.getStr("total")).isEqualTo(1600L);
    Object cache = co.caches[n];
    if (cache instanceof InlineCache.Poly p) {
      assertThat(p.entries().length).isLessThanOrEqualTo(Specializer.MAX_TYPES);
    }
    assertThat(co.counters[n] >>> 16).isGreaterThanOrEqualTo(8);
  }

  @Test
  void superCallsSpecializeAndFollowChanges() {
    PyDict g = run("""
        class A:
            def f(self, x):
                return x + 1
        class B(A):
            def f(self, x):
                return super().f(x) * 10
        b = B()
        r1 = [b.f(i) for i in range(10)]
        A.f = lambda self, x: x - 1
        r2 = [b.f(i) for i in range(3)]
        """);
    assertThat(Ops.repr(g.getStr("r1"))).isEqualTo("[10, 20, 30, 40, 50, 60, 70, 80, 90, 100]");
    assertThat(Ops.repr(g.getStr("r2"))).isEqualTo("[-10, 0, 10]");
    PyFunction f = (PyFunction) ((org.pyjit.runtime.PyType) g.getStr("B")).dict.getStr("f");
    List<Opcode> ops = new ArrayList<>();
    for (int unit : f.code.code) {
      ops.add(Opcode.of(Opcode.opcodeOf(unit)));
    }
    assertThat(ops).contains(Opcode.CALL_SUPER_ZERO);
    // A changed under LOAD_ATTR_SUPER_METHOD: it missed once (r2 shows the lambda ran)
    int site = -1;
    for (int i = 0; i < f.code.code.length; i++) {
      if (Opcode.of(Opcode.opcodeOf(f.code.code[i])).generic() == Opcode.LOAD_ATTR) {
        site = i;
      }
    }
    assertThat(f.code.counters[site] >>> 16).isEqualTo(1);
  }

  @Test
  void superMethodSpecializesWhileTheClassesStay() {
    PyDict g = run("""
        class A:
            def f(self):
                return 1
        class B(A):
            def f(self):
                return super().f() + 1
        b = B()
        r = sum(b.f() for i in range(10))
        """);
    assertThat(g.getStr("r")).isEqualTo(20L);
    PyFunction f = (PyFunction) ((org.pyjit.runtime.PyType) g.getStr("B")).dict.getStr("f");
    List<Opcode> ops = new ArrayList<>();
    for (int unit : f.code.code) {
      ops.add(Opcode.of(Opcode.opcodeOf(unit)));
    }
    assertThat(ops).contains(Opcode.CALL_SUPER_ZERO, Opcode.LOAD_ATTR_SUPER_METHOD,
        Opcode.CALL_PY_EXACT_ARGS);
  }

  @Test
  void lenOfAPythonClassRemembersItsDunderUntilTheClassChanges() {
    PyDict g = run("""
        class Q:
            def __len__(self):
                return 3
        def size(x):
            return len(x)
        q = Q()
        r1 = [size(q) for i in range(5)]
        Q.__len__ = lambda self: 4
        r2 = [size(q) for i in range(2)]
        """);
    assertThat(Ops.repr(g.getStr("r1"))).isEqualTo("[3, 3, 3, 3, 3]");
    assertThat(Ops.repr(g.getStr("r2"))).isEqualTo("[4, 4]");
    CodeObject co = ((PyFunction) g.getStr("size")).code;
    int site = siteOf(g, "size", Opcode.CALL, 0);
    assertThat(ops(g, "size")).contains(Opcode.CALL_LEN);
    // still CALL_LEN: a changed class only loses the direct call of its old __len__
    assertThat(((InlineCache.LenCall) co.caches[site]).type()).isSameAs(g.getStr("Q"));
    assertThat(co.counters[site] >>> 16).isZero();
  }

  @Test
  void comparisonThroughAPlainDunderSpecializesAndFollowsTheClass() {
    PyDict g = run("""
        class P:
            def __init__(self, v):
                self.v = v
            def __lt__(self, other):
                return self.v < other.v
        class V:
            def __lt__(*args):
                return True
        def less(a, b):
            return a < b
        def vless(a, b):
            return a < b
        r1 = [less(P(i), P(2)) for i in range(5)]
        r2 = [vless(V(), V()) for i in range(5)]
        """);
    assertThat(Ops.repr(g.getStr("r1"))).isEqualTo("[True, True, False, False, False]");
    assertThat(ops(g, "less")).contains(Opcode.COMPARE_OP_PY).doesNotContain(
        Opcode.COMPARE_OP);
    // (*args): not two plain parameters, so the generic comparison stays
    assertThat(ops(g, "vless")).contains(Opcode.COMPARE_OP).doesNotContain(
        Opcode.COMPARE_OP_PY);
    run2(g, """
        P.__lt__ = lambda self, other: self.v > other.v
        r3 = [less(P(i), P(2)) for i in range(5)]
        """);
    assertThat(Ops.repr(g.getStr("r3"))).isEqualTo("[False, False, False, True, True]");
  }

  private static void run2(PyDict globals, String src) {
    CodeObject code = CodeGen.compileModule(Parser.parseModule(src, "<test>"), "<test>");
    Interpreter.runModule(code, globals);
  }
}
