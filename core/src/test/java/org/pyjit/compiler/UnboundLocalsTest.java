package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pyjit.compiler.PeepholeOptimizerTest.arg;
import static org.pyjit.compiler.PeepholeOptimizerTest.function;
import static org.pyjit.compiler.PeepholeOptimizerTest.op;
import static org.pyjit.compiler.PeepholeOptimizerTest.ops;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;

/**
 * Which loads keep their unbound check ({@link UnboundLocals}), and the superinstructions
 * CPython 3.13 makes of local loads and stores. The expected forms are what CPython 3.13's
 * {@code dis} shows for the same functions, but for pyjit's own RETURN_FAST (a LOAD_FAST and
 * the RETURN_VALUE after it).
 */
class UnboundLocalsTest {
  /** Each load of a local in f, in order: "name:OPCODE" (pairs give both names). */
  private static List<String> loads(String src) {
    CodeObject f = function(src, "f");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < f.code.length; i++) {
      Opcode op = op(f, i);
      int a = arg(f, i);
      switch (op) {
        case LOAD_FAST, LOAD_FAST_CHECK, RETURN_FAST -> out.add(f.localName(a) + ":" + op);
        case LOAD_FAST_LOAD_FAST -> out.add(f.localName(Opcode.pairFirst(a)) + ","
            + f.localName(Opcode.pairSecond(a)) + ":" + op);
        default -> { }
      }
    }
    return out;
  }

  @Test
  void parametersAndLocalsBoundOnEveryPathNeedNoCheck() {
    assertThat(loads("def f(a, *b, c, **d):\n    return a, b, c, d\n"))
        .containsExactly("a,b:LOAD_FAST_LOAD_FAST", "c,d:LOAD_FAST_LOAD_FAST");
    assertThat(loads("def f(n):\n    if n:\n        x = 1\n    else:\n        x = 2\n"
        + "    return x\n")).containsExactly("n:LOAD_FAST", "x:RETURN_FAST");
    assertThat(loads("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n"
        + "    return t\n")).containsExactly("n:LOAD_FAST", "t,i:LOAD_FAST_LOAD_FAST",
        "t:RETURN_FAST");
  }

  @Test
  void aLocalUnboundOnSomePathKeepsItsCheck() {
    assertThat(loads("def f(n):\n    if n:\n        x = 1\n    return x\n"))
        .containsExactly("n:LOAD_FAST", "x:LOAD_FAST_CHECK");
    assertThat(loads("def f(n):\n    for i in range(n):\n        pass\n    return i\n"))
        .containsExactly("n:LOAD_FAST", "i:LOAD_FAST_CHECK");
    assertThat(loads("def f(x):\n    del x\n    return x\n"))
        .containsExactly("x:LOAD_FAST_CHECK");
    // bound in the try body only: the handler may run before the store
    assertThat(loads("def f(g):\n    try:\n        y = g()\n    except E:\n        pass\n"
        + "    return y\n")).contains("y:LOAD_FAST_CHECK");
  }

  @Test
  void storesAndLoadsOnOneLineFuse() {
    CodeObject f = function("def f(a, b):\n    a, b = b, a\n    c = a; return c\n", "f");
    assertThat(ops(f)).contains("STORE_FAST_STORE_FAST", "STORE_FAST_LOAD_FAST")
        .doesNotContain("STORE_FAST");
    // different lines: no fusion
    assertThat(ops(function("def f(a):\n    b = a\n    return b\n", "f")))
        .contains("STORE_FAST").doesNotContain("STORE_FAST_LOAD_FAST");
  }
}
