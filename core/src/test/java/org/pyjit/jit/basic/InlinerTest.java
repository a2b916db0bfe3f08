package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.PyDict;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyList;

/**
 * Self-recursive calls inlined one level deep: the copies are there, and recursive
 * functions with guards failing at any depth (overflow, zero divisors, an index out of
 * range, an unbound local) give the interpreter's results.
 */
class InlinerTest {
  @Test
  void fibsRemainingCallIsInlinedWithOneCallLeftPastItsBaseCase() {
    JitFunction fib = JitFunction.fromSource("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        """);
    assertThat(fib.call(30)).isEqualTo(832040L);
    String ir = fib.compiled(ValueType.INT).ir.dump();
    // fib(n - 2) became the accumulator loop (AccumulatorLoop); fib(n - 1) is inlined, and
    // the copy's own call is made only when its base case's test fails at the call site
    assertThat(ir.split("call", -1).length - 1).isEqualTo(1);
    assertThat(ir).contains("call.pastbase fib").contains("n'").contains("$acc'");
  }

  @Test
  void withoutATailSumBothCallsAreInlined() {
    JitFunction f = JitFunction.fromSource("""
        def f(n):
            if n < 2:
                return n
            return f(n - 1) * 2 - f(n - 2)
        """);
    assertThat(f.call(20)).isEqualTo(20L);
    String ir = f.compiled(ValueType.INT).ir.dump();
    assertThat(ir).doesNotContain("$acc").contains("n'");
    assertThat(ir.split("call.pastbase f", -1).length - 1).isEqualTo(4);
  }

  @Test
  void aLargeFunctionIsNotInlined() {
    StringBuilder src = new StringBuilder("def f(n):\n    if n < 1:\n        return 0\n");
    for (int k = 0; k < 40; k++) {
      src.append("    n = n + ").append(k).append(" - ").append(k).append('\n');
    }
    src.append("    return f(n - 1) - 1\n"); // a difference: not an accumulator loop
    JitFunction f = JitFunction.fromSource(src.toString());
    assertThat(f.call(50)).isEqualTo(-50L);
    String ir = f.compiled(ValueType.INT).ir.dump();
    assertThat(ir.split("call", -1).length - 1).isEqualTo(1);
  }

  private static final String[] FUNCTIONS = {
      // overflow deep down: a big int from the interpreter
      "def f(n, k, xs):\n    if n <= 0:\n        return k\n    return f(n - 1, k * 3, xs) + 1\n",
      // a zero divisor at some depth
      "def f(n, k, xs):\n    if n == 0:\n        return 100 // k\n"
          + "    return f(n - 1, k - 1, xs) + f(n - 2, k, xs)\n",
      // an index out of range at some depth, a store before it
      "def f(n, k, xs):\n    if n < 0:\n        return xs[k]\n    xs[n % len(xs)] += 1\n"
          + "    return f(n - 1, k + 1, xs)\n",
      // base cases returned before the frame is built: a constant, on a parameter test
      "def f(n, k, xs):\n    if n >= k:\n        return 7\n    return f(n + 1, k, xs) * 2\n",
      // ... and a parameter, on the false side of the test
      "def f(n, k, xs):\n    if n > 0:\n        return f(n - 1, k, xs) - 1 + f(n - 2, k, xs)\n"
          + "    return k\n",
      // a local unbound on some paths
      "def f(n, k, xs):\n    if k > 0:\n        t = k\n    if n < 1:\n        return t\n"
          + "    return f(n - 1, k - 1, xs) + f(n - 3, k + 1, xs)\n",
  };

  @Test
  void recursiveFunctionsGiveTheInterpretersResults() {
    Random rnd = new Random(77_2026L);
    for (String src : FUNCTIONS) {
      JitFunction f = JitFunction.fromSource(src);
      for (int round = 0; round < 40; round++) {
        long n = rnd.nextInt(14) - 2;
        long k = rnd.nextInt(50) - 10;
        Object[] items = {1L, 2L, 3L, 4L, 5L};
        PyList forInterp = new PyList(items.clone());
        PyList forJit = new PyList(items.clone());
        String expected = run(() -> Calls.call(f.function, new Object[] {n, k, forInterp}, null))
            + " " + Ops.repr(forInterp);
        String actual = run(() -> f.call(n, k, forJit)) + " " + Ops.repr(forJit);
        assertThat(actual).as("%s with %d, %d", src, n, k).isEqualTo(expected);
      }
      // inlined (primed names), or a loop when the recursion was a tail sum
      assertThat(f.compiled(ValueType.INT, ValueType.INT, ValueType.LIST_INT).ir.dump())
          .containsAnyOf("'", "$acc");
    }
  }

  @Test
  void smallLeafCalleesAreInlinedWithTheirGuardsAndStores(@TempDir Path dir) throws Exception {
    String src = """
        from pyjit import jit

        @jit
        def inv(k):
            return 1.0 / k

        @jit
        def put(xs, i, v):
            xs[i] = v
            return v

        @jit
        def total(xs, shift):
            s = 0.0
            for i in range(len(xs)):
                s += put(xs, i, inv(i - shift) + xs[i])
            return s
        """;
    Path file = dir.resolve("leaves.py");
    Files.writeString(file, src);
    PyDict globals = new PyDict();
    globals.put("__name__", "__main__");
    Interpreter.runModule(org.pyjit.compiler.CodeGen.compileModule(
        Parser.parseModule(src, file.toString()), file.toString(), src), globals);
    JitFunction total = JitFunction.of(globals.getStr("total"));
    PyList forJit = new PyList(new Object[] {1.0, 2.0, 3.0, 4.0});
    PyList forInterp = new PyList(new Object[] {1.0, 2.0, 3.0, 4.0});
    long before = JitFunction.NATIVE_CALLS.sum();
    assertThat(total.call(forJit, -1)).isEqualTo(
        Calls.call(total.function, new Object[] {forInterp, -1L}, null));
    assertThat(JitFunction.NATIVE_CALLS.sum() - before).isGreaterThanOrEqualTo(1);
    assertThat(Ops.repr(forJit)).isEqualTo(Ops.repr(forInterp));
    String ir = total.compiled(ValueType.LIST_FLOAT, ValueType.INT).ir.dump();
    assertThat(ir).doesNotContain("call").contains("k'").contains("lstore");
    PyList again = new PyList(new Object[] {1.0, 2.0, 3.0, 4.0});
    assertThatThrownBy(() -> total.call(again, 2)).isInstanceOf(PyException.class)
        .hasMessageStartingWith("ZeroDivisionError");
    assertThat(Ops.repr(again)).isEqualTo("[0.5, 1.0, 3.0, 4.0]"); // what CPython 3.13 leaves
  }

  @Test
  void aFloatParameterReturnedByTheBaseCase() {
    JitFunction g = JitFunction.fromSource("""
        def g(x, n):
            if n <= 0:
                return x
            return g(x * 0.5, n - 1) + 1.0
        """);
    assertThat(g.call(1.5, 0)).isEqualTo(1.5);
    assertThat(g.call(-0.0, 0)).isEqualTo(-0.0);
    assertThat(g.call(8.0, 3)).isEqualTo(4.0);
    assertThat(g.call(Double.NaN, 2)).isEqualTo(Double.NaN);
  }

  private static String run(java.util.function.Supplier<Object> call) {
    try {
      return Ops.repr(call.get());
    } catch (PyException e) {
      return e.value.type().name + ": " + Ops.strOrRepr(e.value);
    }
  }
}
