package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in types' methods are enums whose call switches on the constant (one class per
 * table, not a lambda class per method: docs/internals/startup.md); a constant without its
 * case would reach the switch's default and throw an AssertionError. Every method of the
 * common built-in types is called here with an instance of its type and no other
 * arguments: each must either return or raise a Python exception (a missing argument is a
 * TypeError), never fall through its switch.
 */
class BuiltinDispatchTest {
  @Test
  void everyMethodOfTheBuiltinTypesReachesItsBody() {
    assertThat(Builtins.dict(null).getStr("len")).isNotNull(); // the runtime started
    LazyTypeDict.installNow();
    PyType[] types = {Types.STR, Types.BYTES, Types.BYTEARRAY, Types.LIST, Types.TUPLE,
        Types.DICT, Types.SET, Types.FROZENSET, Types.INT, Types.BOOL, Types.FLOAT,
        Types.COMPLEX, Types.RANGE};
    List<String> called = new ArrayList<>();
    for (PyType t : types) {
      Object self = t == Types.RANGE ? Ops.call(t, new Object[] {3L}, null)
          : Ops.call(t, new Object[0], null);
      for (Object key : t.dict.keys()) {
        if (!(t.dict.get(key) instanceof PyBuiltinFunction f) || f.owner == null) {
          continue; // static and class methods, data, inherited wrappers
        }
        try {
          Calls.callBuiltin(f, new Object[] {self}, null);
        } catch (PyException e) {
          // a Python error: the method's own argument checks answered
        }
        called.add(t.name + "." + key);
      }
    }
    assertThat(called).as("methods called").contains("str.upper", "bytes.hex", "list.copy",
        "dict.keys", "int.bit_length", "float.hex", "complex.conjugate", "set.copy");
  }
}
