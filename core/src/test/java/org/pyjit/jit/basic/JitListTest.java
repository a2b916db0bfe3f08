package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyList;

/**
 * Lists in @jit code: the element type in the signature, copy-in/copy-out (only changed
 * elements written back, nothing after a failed guard), aliasing, the bounds guards, the
 * JitErrors of the list subset, and a seeded random differential test against the
 * interpreter.
 */
class JitListTest {
  private static PyList ints(long... vs) {
    Object[] o = new Object[vs.length];
    for (int i = 0; i < vs.length; i++) {
      o[i] = vs[i];
    }
    return new PyList(o);
  }

  private static PyList floats(double... vs) {
    Object[] o = new Object[vs.length];
    for (int i = 0; i < vs.length; i++) {
      o[i] = vs[i];
    }
    return new PyList(o);
  }

  @Test
  void elementTypeIsPartOfTheSignature() {
    assertThat(ValueType.of(ints(1, 2))).isEqualTo(ValueType.LIST_INT);
    assertThat(ValueType.of(floats(1.0))).isEqualTo(ValueType.LIST_FLOAT);
    assertThat(ValueType.of(new PyList(new Object[] {1L, 2.0}))).isNull();
    assertThat(ValueType.of(new PyList(new Object[] {true, false}))).isNull();
    assertThat(ValueType.of(new PyList(new Object[] {1L, BigInteger.TEN.pow(30)}))).isNull();
    assertThat(ValueType.of(new PyList())).isNull();
    assertThat(ValueType.of(new PyList() {})).isNull(); // a subclass: the interpreter's
  }

  @Test
  void readsRunNatively() {
    JitFunction f = JitFunction.fromSource("""
        def f(xs, i):
            return xs[i] + xs[-1] + len(xs)
        """);
    long before = JitFunction.NATIVE_CALLS.sum();
    assertThat(f.call(ints(10, 20, 30), 1)).isEqualTo(53L);
    assertThat(f.call(ints(10, 20, 30), -3)).isEqualTo(43L);
    assertThat(JitFunction.NATIVE_CALLS.sum() - before).isEqualTo(2);
    assertThat(f.compiled(ValueType.LIST_INT, ValueType.INT).ir.dump()).contains("lload")
        .contains("llen");
    assertThat(f.call(floats(0.5, 1.5), 0)).isEqualTo(4.0);
  }

  @Test
  void outOfRangeIsPythonsIndexError() {
    JitFunction f = JitFunction.fromSource("def f(xs, i):\n    return xs[i]\n");
    for (long i : new long[] {3, -4, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> f.call(ints(1, 2, 3), i)).isInstanceOf(PyException.class)
          .hasMessage("IndexError: list index out of range");
    }
  }

  @Test
  void onlyChangedElementsAreWrittenBack() {
    JitFunction f = JitFunction.fromSource("""
        def f(xs):
            xs[1] = xs[1] * 2
            xs[2] = xs[2]
            return 0
        """);
    Long big = 1L << 40;
    Long same = 1L << 41;
    PyList l = new PyList(new Object[] {big, 5L, same});
    assertThat(f.call(l)).isEqualTo(0L);
    assertThat(l.toArray()).containsExactly(1L << 40, 10L, 1L << 41);
    assertThat(l.get(0)).isSameAs(big);
    assertThat(l.get(2)).isSameAs(same);
    assertThat(f.compiled(ValueType.LIST_INT).writesLists).isTrue();
    JitFunction reader = JitFunction.fromSource("def g(xs):\n    return xs[0]\n");
    reader.call(l);
    assertThat(reader.compiled(ValueType.LIST_INT).writesLists).isFalse();
  }

  @Test
  void aliasesShareOneCopy() {
    JitFunction f = JitFunction.fromSource("""
        def f(a, b):
            a[0] = 7.5
            return b[0]
        """);
    PyList l = floats(1.0, 2.0);
    assertThat(f.call(l, l)).isEqualTo(7.5);
    assertThat(l.toArray()).containsExactly(7.5, 2.0);
    PyList m = floats(1.0, 2.0);
    assertThat(f.call(m, floats(1.0, 2.0))).isEqualTo(1.0);
  }

  @Test
  void aFailedGuardAfterStoresLeavesTheInterpretersList() {
    JitFunction f = JitFunction.fromSource("""
        def f(xs, d):
            for i in range(len(xs)):
                xs[i] += 1
            xs[0] = xs[0] // d
            return xs[-1]
        """);
    long deopts = JitFunction.DEOPTS.sum();
    PyList l = ints(1, 2, 3);
    assertThatThrownBy(() -> f.call(l, 0)).isInstanceOf(PyException.class)
        .hasMessageStartingWith("ZeroDivisionError");
    assertThat(JitFunction.DEOPTS.sum() - deopts).isEqualTo(1);
    assertThat(l.toArray()).containsExactly(2L, 3L, 4L); // incremented once, not twice
    assertThat(f.call(l, 2)).isEqualTo(5L);
    assertThat(l.toArray()).containsExactly(1L, 4L, 5L);
  }

  @Test
  void rangeOfLenLoopsSkipTheBoundsCheckOnlyWhereItIsProven() {
    JitFunction f = JitFunction.fromSource("""
        def f(xs, ys):
            s = 0
            for i in range(len(xs)):
                s += xs[i] + ys[i]
            for j in range(1, len(xs)):
                xs[j] += xs[j - 1]
            for k in range(len(xs)):
                k = k // 2
                s += xs[k - 1]
            return s
        """);
    PyList xs = ints(1, 2, 3);
    PyList ys = ints(10, 20, 30);
    PyList xs2 = ints(1, 2, 3);
    PyList ys2 = ints(10, 20, 30);
    assertThat(f.call(xs, ys)).isEqualTo(Calls.call(f.function, new Object[] {xs2, ys2}, null));
    assertThat(Ops.repr(xs)).isEqualTo(Ops.repr(xs2));
    String ir = f.compiled(ValueType.LIST_INT, ValueType.LIST_INT).ir.dump();
    List<String> lines = ir.lines().toList();
    assertThat(lines).anyMatch(l -> l.contains("lload.inrange v0(xs), ") && l.endsWith("(i)"))
        .anyMatch(l -> l.contains("lstore.inrange v0(xs), ") && l.contains("(j)"))
        // ys may be shorter than xs: ys[i] keeps its check
        .anyMatch(l -> l.contains("lload v1(ys), ") && l.endsWith("(i)"))
        .noneMatch(l -> l.contains("inrange v1(ys)"))
        // k is assigned in its loop: xs[k - 1] keeps its check
        .noneMatch(l -> l.contains("inrange") && l.contains("(k)"));
    // ys shorter than xs: the checked access fails, the interpreter raises IndexError
    assertThatThrownBy(() -> f.call(ints(1, 2, 3), ints(5))).isInstanceOf(PyException.class)
        .hasMessage("IndexError: list index out of range");
  }

  @Test
  void theListSubsetsJitErrors() {
    assertJitError("def f(xs):\n    xs[0] = 1.5\n    return 0\n", ints(1),
        "storing float values into a list[int]", "(line 2)");
    assertJitError("def f(xs):\n    xs[0] = 1\n    return 0\n", floats(1),
        "write 0.0 rather than 0", "(line 2)");
    assertJitError("def f(xs):\n    return xs\n", ints(1), "returning a list");
    assertJitError("def f(xs):\n    return xs[1:][0]\n", ints(1), "a slice");
    assertJitError("def f(xs):\n    return xs + 1\n", ints(1), "the operator + on a list");
    assertJitError("def f(xs):\n    return xs < xs\n", ints(1), "comparing a list");
    assertJitError("def f(xs):\n    return abs(xs)\n", ints(1), "abs() of a list");
    assertJitError("def f(xs):\n    return xs[0.5]\n", ints(1), "a list index of type float");
    assertJitError("def f(n):\n    return n[0]\n", 3L, "subscripting a int");
    assertJitError("def f(n):\n    return len(n)\n", 3L, "len() of a int");
  }

  private static void assertJitError(String src, Object arg, String... parts) {
    JitFunction f = JitFunction.fromSource(src);
    assertThatThrownBy(() -> f.call(arg)).isInstanceOf(PyException.class)
        .satisfies(e -> assertThat(((PyException) e).value.type())
            .isSameAs(PyjitModule.JIT_ERROR))
        .satisfies(e -> {
          for (String p : parts) {
            assertThat(e.getMessage()).contains(p);
          }
        });
  }

  /** Functions over a list and an index; each is called compiled and interpreted. */
  private static final String[] FUNCTIONS = {
      "def f(xs, i, v):\n    return xs[i]\n",
      "def f(xs, i, v):\n    xs[i] = v\n    return xs[-1]\n",
      "def f(xs, i, v):\n    xs[i] += v\n    xs[i - 1] -= v\n    return len(xs)\n",
      "def f(xs, i, v):\n    xs[i], xs[-i] = xs[-i], xs[i]\n    return xs[0]\n",
      "def f(xs, i, v):\n    s = v\n    for x in xs:\n        s = s + x\n    xs[i] = s\n"
          + "    return s\n",
      "def f(xs, i, v):\n    for k in range(i):\n        xs[k] = xs[k + 1] * v\n    return v\n",
      "def f(xs, i, v):\n    j = i\n    while j < len(xs):\n        xs[j] = xs[j] - xs[j // 2]\n"
          + "        j += 1\n    return xs[i]\n",
  };

  @Test
  void compiledEqualsInterpretedOnRandomLists() {
    Random rnd = new Random(2026_1122L);
    long[] specialInts = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 62};
    double[] specialFloats = {0.0, -0.0, 1.5, -2.25, 1e308, Double.NaN,
        Double.POSITIVE_INFINITY};
    int compared = 0;
    long nativeBefore = JitFunction.NATIVE_CALLS.sum();
    long deoptsBefore = JitFunction.DEOPTS.sum();
    for (String src : FUNCTIONS) {
      JitFunction f = JitFunction.fromSource(src);
      for (int round = 0; round < 60; round++) {
        boolean isFloat = rnd.nextBoolean();
        int n = 1 + rnd.nextInt(6);
        List<Object> items = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          items.add(isFloat
              ? (Object) (rnd.nextInt(4) == 0 ? specialFloats[rnd.nextInt(specialFloats.length)]
                  : rnd.nextInt(200) / 8.0 - 10)
              : (Object) (rnd.nextInt(4) == 0 ? specialInts[rnd.nextInt(specialInts.length)]
                  : (long) rnd.nextInt(100) - 50));
        }
        long i = rnd.nextInt(17) - 8;
        Object v = isFloat ? (Object) (rnd.nextInt(40) / 4.0) : (Object) (long) rnd.nextInt(9);
        PyList forInterp = new PyList(items.toArray());
        PyList forJit = new PyList(items.toArray());
        String expected = run(() -> Calls.call(f.function, new Object[] {forInterp, i, v}, null))
            + " " + Ops.repr(forInterp);
        String actual = run(() -> f.call(forJit, i, v)) + " " + Ops.repr(forJit);
        assertThat(actual).as("%s with %s, %d, %s", src, items, i, v).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(FUNCTIONS.length * 60);
    // both paths are exercised: calls completed natively and calls whose guard failed
    assertThat(JitFunction.NATIVE_CALLS.sum() - nativeBefore).isGreaterThan(compared / 3);
    assertThat(JitFunction.DEOPTS.sum() - deoptsBefore).isGreaterThan(compared / 10);
  }

  private static String run(java.util.function.Supplier<Object> call) {
    try {
      return Ops.repr(call.get());
    } catch (PyException e) {
      return e.value.type().name + ": " + Ops.strOrRepr(e.value);
    }
  }
}
