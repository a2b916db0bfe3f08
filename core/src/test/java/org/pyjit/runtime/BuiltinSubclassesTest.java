package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.testing.PythonSource;

/**
 * The representation of instances of subclasses of built-in types (see {@link
 * BuiltinSubclasses}): containers are Java subclasses of the built-in representation, int,
 * float and str values are wrapped, and exact built-in values never look like subclass
 * instances (the fast paths and the specializer rely on it). Python behaviour itself is
 * tested by the corpus (tests/programs/classes/builtin_subclass_*.py).
 */
class BuiltinSubclassesTest {
  private static PyDict run(String src) {
    return PythonSource.run(src);
  }

  @Test
  void containerSubclassInstancesAreTheBuiltinRepresentation() {
    PyDict g = run("""
        class D(dict):
            pass
        class L(list):
            pass
        class T(tuple):
            pass
        class S(set):
            pass
        d = D(a=1)
        d.tag = 'x'
        l = L([1, 2])
        t = T((1, 2))
        s = S([3])
        """);
    Object d = g.getStr("d");
    assertThat(d).isInstanceOf(PyDict.class).isInstanceOf(BuiltinSubclasses.ClassInstance.class);
    assertThat(((PyDict) d).getStr("a")).isEqualTo(1L);
    assertThat(Types.typeOf(d)).isSameAs(g.getStr("D"));
    assertThat(((BuiltinSubclasses.ClassInstance) d).instanceDict().getStr("tag")).isEqualTo("x");
    assertThat(g.getStr("l")).isInstanceOf(PyList.class);
    assertThat(((PyList) g.getStr("l")).size()).isEqualTo(2);
    assertThat(g.getStr("t")).isInstanceOf(PyTuple.class);
    assertThat(g.getStr("s")).isInstanceOf(PySet.class);
    for (String name : new String[] {"d", "l", "t", "s"}) {
      assertThat(BuiltinSubclasses.isSubclassInstance(g.getStr(name))).isTrue();
    }
  }

  @Test
  void valueSubclassInstancesWrapTheValue() {
    PyDict g = run("""
        class I(int):
            pass
        class F(float):
            pass
        class Str(str):
            pass
        i, f, s = I(7), F(1.5), Str('ab')
        total = i + 1
        """);
    assertThat(g.getStr("i")).isInstanceOf(BuiltinSubclasses.ValueInstance.class);
    assertThat(BuiltinSubclasses.unwrap(g.getStr("i"))).isEqualTo(7L);
    assertThat(BuiltinSubclasses.unwrap(g.getStr("f"))).isEqualTo(1.5);
    assertThat(BuiltinSubclasses.unwrap(g.getStr("s"))).isEqualTo("ab");
    assertThat(g.getStr("total")).isEqualTo(8L); // int + 1 is a plain int
    assertThat(Ops.hash(g.getStr("i"))).isEqualTo(Ops.hash(7L));
  }

  @Test
  void exactBuiltinValuesAreNeverSubclassInstances() {
    for (Object o : new Object[] {new PyDict(), new PyList(), PyTuple.of(1L), new PySet(false),
        1L, "s", 1.0, true, PySingleton.NONE}) {
      assertThat(BuiltinSubclasses.isSubclassInstance(o)).as(String.valueOf(o)).isFalse();
      assertThat(BuiltinSubclasses.unwrap(o)).isSameAs(o);
    }
  }

  @Test
  void pythonOverridesWinOverTheBuiltinFastPaths() {
    PyDict g = run("""
        class Up(dict):
            def __getitem__(self, k):
                return super().__getitem__(k.upper())
        class Missing(dict):
            def __missing__(self, k):
                return k * 2
        u = Up(A=1)
        m = Missing()
        """);
    assertThat(Ops.getitem(g.getStr("u"), "a")).isEqualTo(1L);
    assertThat(Ops.getitem(g.getStr("m"), "ab")).isEqualTo("abab");
    assertThat(BuiltinSubclasses.override(g.getStr("u"), "__getitem__")).isNotNull();
    assertThat(BuiltinSubclasses.override(g.getStr("u"), "__len__")).isNull();
  }
}
