package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyException;

/** The Java API (the seed's shape): compile the source of one def, call it natively. */
class JitFunctionTest {
  @Test
  void addCompilesPerArgumentTypes() {
    JitFunction add = JitFunction.fromSource("def add(a, b):\n    return a + b\n");
    assertThat(add.call(1, 2)).isEqualTo(3L);
    assertThat(add.call(1.5, 2.0)).isEqualTo(3.5);
    assertThat(add.call(1, 0.25)).isEqualTo(1.25);
    assertThat(add.call(true, true)).isEqualTo(2L);
    assertThat(add.compiled(ValueType.INT, ValueType.INT).code).isNotNull();
    assertThat(add.compiled(ValueType.FLOAT, ValueType.FLOAT).returnType)
        .isEqualTo(ValueType.FLOAT);
  }

  @Test
  void recursionIsADirectNativeCall() {
    JitFunction fib = JitFunction.fromSource("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        """);
    assertThat(fib.call(25)).isEqualTo(75025L);
    Variant v = fib.compiled(ValueType.INT);
    assertThat(v.ir.dump()).containsPattern("call(\\.pastbase)? fib");
    assertThat(v.code).isNotNull();
  }

  @Test
  void overflowFallsBackToTheInterpretersBigInt() {
    JitFunction sq = JitFunction.fromSource("def sq(x):\n    return x * x\n");
    assertThat(sq.call(3_000_000_000L)).isEqualTo(9_000_000_000_000_000_000L);
    assertThat(sq.call(4_000_000_000L)).isEqualTo(new BigInteger("16000000000000000000"));
    assertThat(sq.call(-7)).isEqualTo(49L);
  }

  @Test
  void zeroDivisionRaisesPythonsException() {
    JitFunction div = JitFunction.fromSource("def div(a, b):\n    return a // b\n");
    assertThat(div.call(-7, 2)).isEqualTo(-4L);
    assertThatThrownBy(() -> div.call(1, 0)).isInstanceOf(PyException.class)
        .hasMessage("ZeroDivisionError: integer division or modulo by zero");
  }

  @Test
  void unsupportedConstructIsAJitErrorNamingItsLine() {
    JitFunction f = JitFunction.fromSource("def f(n):\n    s = 'x'\n    return n\n");
    assertThatThrownBy(() -> f.call(1)).isInstanceOf(PyException.class)
        .satisfies(e -> assertThat(((PyException) e).value.type())
            .isSameAs(PyjitModule.JIT_ERROR))
        .hasMessageContaining("(line 2)");
    assertThat(f.call(1)).isEqualTo(1L); // then the interpreter runs it
  }

  @Test
  void variableOfTwoTypesIsRefused() {
    JitFunction f = JitFunction.fromSource("""
        def f(n):
            x = 0
            if n:
                x = 0.5
            return x
        """);
    assertThatThrownBy(() -> f.call(1)).hasMessageContaining("'x' is assigned both int and float")
        .hasMessageContaining("(line 4)");
  }

  @Test
  void possiblyUnboundLocalIsGuarded() {
    JitFunction f = JitFunction.fromSource("""
        def f(n):
            for i in range(n):
                last = i * 2
            return last
        """);
    assertThat(f.call(5)).isEqualTo(8L);
    assertThatThrownBy(() -> f.call(0)).isInstanceOf(PyException.class)
        .hasMessageContaining("UnboundLocalError");
  }

  @Test
  void fortyLiveFloatsSpillAndStayCorrect() {
    StringBuilder src = new StringBuilder("def f(x):\n");
    for (int i = 0; i < 40; i++) {
      src.append("    a").append(i).append(" = x * ").append(i + 1).append(".5\n");
    }
    src.append("    return 0.0");
    double expected = 0;
    double x = 1.25;
    double[] a = new double[40];
    for (int i = 0; i < 40; i++) {
      a[i] = x * (i + 1.5);
    }
    for (int i = 39; i >= 0; i--) { // the sum is written last to first: Python's order
      src.append(" + a").append(i);
    }
    for (int i = 39; i >= 0; i--) {
      expected = expected + a[i];
    }
    JitFunction f = JitFunction.fromSource(src + "\n");
    assertThat(f.call(x)).isEqualTo(0.0 + expected);
    assertThat(f.compiled(ValueType.FLOAT).code).isNotNull();
  }
}
