package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;

/**
 * The code PEP 695 definitions compile to, in the shape of CPython 3.13's compile.c: a
 * "<generic parameters of NAME>" function that makes the type parameters with the
 * intrinsics, bounds in their own lazily called functions, and the class-namespace reads
 * of annotation scopes inside a class (LOAD_FROM_DICT_OR_GLOBALS / _OR_DEREF).
 */
class TypeParamsCodegenTest {
  private static CodeObject nested(CodeObject co, String name) {
    for (Object c : co.consts) {
      if (c instanceof CodeObject inner && inner.name.equals(name)) {
        return inner;
      }
    }
    throw new AssertionError("no code object " + name + " in " + co.name);
  }

  private static CodeObject module(String src) {
    return PeepholeOptimizerTest.compile(src, true);
  }

  @Test
  void genericFunctionIsMadeByItsTypeParameterScope() {
    CodeObject params = nested(module("def f[T, *Ts, **P](x: T) -> T: pass\n"),
        "<generic parameters of f>");
    assertThat(params.qualname).isEqualTo("<generic parameters of f>");
    assertThat(PeepholeOptimizerTest.ops(params)).containsSubsequence("CALL_INTRINSIC_1",
        "CALL_INTRINSIC_1", "CALL_INTRINSIC_1", "BUILD_TUPLE", "MAKE_FUNCTION", "SWAP",
        "CALL_INTRINSIC_2", "RETURN_VALUE");
    CodeObject f = nested(params, "f");
    assertThat(f.qualname).isEqualTo("f"); // the type parameter scope is not in the name
  }

  @Test
  void defaultsArePassedAsArguments() {
    CodeObject params = nested(module("def f[T](a=1, *, b=2): pass\n"),
        "<generic parameters of f>");
    assertThat(params.argcount).isEqualTo(2);
    assertThat(params.varnames).startsWith(".defaults", ".kwdefaults");
  }

  @Test
  void boundIsItsOwnFunctionReadingTheClassNamespace() {
    CodeObject cls = nested(module("class C:\n    X = int\n    def m[T: X](self): pass\n"),
        "C");
    assertThat(cls.cellvars).contains("__classdict__");
    CodeObject bound = nested(nested(cls, "<generic parameters of m>"), "T");
    assertThat(PeepholeOptimizerTest.ops(bound)).containsSubsequence("LOAD_DEREF",
        "LOAD_FROM_DICT_OR_GLOBALS", "RETURN_VALUE");
  }

  @Test
  void genericClassGetsTheGenericBase() {
    CodeObject params = nested(module("class C[T](object): pass\n"),
        "<generic parameters of C>");
    assertThat(PeepholeOptimizerTest.ops(params)).containsSubsequence("LOAD_BUILD_CLASS",
        "CALL_INTRINSIC_1", "CALL", "RETURN_VALUE");
    assertThat(PeepholeOptimizerTest.ops(nested(params, "C"))).contains("STORE_NAME");
  }

  @Test
  void typeAliasValueHasNoneFirst() {
    CodeObject value = nested(module("type A = int\n"), "A");
    assertThat(value.consts[0]).isSameAs(org.pyjit.runtime.PySingleton.NONE);
  }
}
