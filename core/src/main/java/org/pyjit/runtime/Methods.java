package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of the built-in container types (the common ones; the complete sets come
 * with the runtime's type modules; str's are {@link StrMethods}). Each receives the
 * instance as its first argument.
 */
final class Methods {
  private Methods() {}

  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  static void install() {
    // list
    def(Types.LIST, "append", (a, k) -> {
      ((PyList) a[0]).append(a[1]);
      return PySingleton.NONE;
    });
    def(Types.LIST, "extend", (a, k) -> {
      PyList l = (PyList) a[0];
      for (Object x : ListOps.toArray(a[1])) {
        l.append(x);
      }
      return PySingleton.NONE;
    });
    def(Types.LIST, "insert", (a, k) -> {
      PyList l = (PyList) a[0];
      long i = Ops.asIndex(a[1]);
      if (i < 0) {
        i = Math.max(0, i + l.size());
      }
      l.insert((int) Math.min(i, l.size()), a[2]);
      return PySingleton.NONE;
    });
    def(Types.LIST, "pop", (a, k) -> {
      PyList l = (PyList) a[0];
      if (l.size() == 0) {
        throw Errors.indexError("pop from empty list");
      }
      long i = a.length > 1 ? Ops.asIndex(a[1]) : -1;
      if (i < 0) {
        i += l.size();
      }
      if (i < 0 || i >= l.size()) {
        throw Errors.indexError("pop index out of range");
      }
      return l.remove((int) i);
    });
    def(Types.LIST, "index", (a, k) -> {
      PyList l = (PyList) a[0];
      for (int i = 0; i < l.size(); i++) {
        if (Ops.eq(l.get(i), a[1])) {
          return (long) i;
        }
      }
      throw Errors.valueError(Ops.repr(a[1]) + " is not in list");
    });
    def(Types.LIST, "count", (a, k) -> {
      PyList l = (PyList) a[0];
      long n = 0;
      for (int i = 0; i < l.size(); i++) {
        if (Ops.eq(l.get(i), a[1])) {
          n++;
        }
      }
      return n;
    });
    def(Types.LIST, "reverse", (a, k) -> {
      PyList l = (PyList) a[0];
      Object[] items = l.toArray();
      for (int i = 0; i < items.length; i++) {
        l.set(i, items[items.length - 1 - i]);
      }
      return PySingleton.NONE;
    });
    def(Types.LIST, "sort", (a, k) -> {
      PyList l = (PyList) a[0];
      Object[] items = l.toArray();
      Sorting.sort(items, Builtins.kwarg(a, k, "key", null),
          Ops.truth(Builtins.kwarg(a, k, "reverse", Boolean.FALSE)));
      l.setAll(items);
      return PySingleton.NONE;
    });
    def(Types.LIST, "copy", (a, k) -> new PyList(((PyList) a[0]).toArray()));
    def(Types.LIST, "clear", (a, k) -> {
      ((PyList) a[0]).clear();
      return PySingleton.NONE;
    });
    // dict
    def(Types.DICT, "get", (a, k) -> {
      Object v = ((PyDict) a[0]).get(a[1]);
      return v != null ? v : a.length > 2 ? a[2] : PySingleton.NONE;
    });
    def(Types.DICT, "keys", (a, k) -> new PyList(((PyDict) a[0]).keys().toArray()));
    def(Types.DICT, "values", (a, k) -> new PyList(((PyDict) a[0]).values().toArray()));
    def(Types.DICT, "items", (a, k) -> {
      List<Object> out = new ArrayList<>();
      for (Object[] kv : ((PyDict) a[0]).items()) {
        out.add(PyTuple.of(kv));
      }
      return new PyList(out.toArray());
    });
    def(Types.DICT, "pop", (a, k) -> {
      Object v = ((PyDict) a[0]).remove(a[1]);
      if (v != null) {
        return v;
      }
      if (a.length > 2) {
        return a[2];
      }
      throw Errors.keyError(a[1]);
    });
    def(Types.DICT, "setdefault", (a, k) -> {
      PyDict d = (PyDict) a[0];
      Object v = d.get(a[1]);
      if (v == null) {
        v = a.length > 2 ? a[2] : PySingleton.NONE;
        d.put(a[1], v);
      }
      return v;
    });
    def(Types.DICT, "update", (a, k) -> {
      PyDict d = (PyDict) a[0];
      if (a.length > 1 && a[1] instanceof PyDict src) {
        for (Object[] kv : src.items()) {
          d.put(kv[0], kv[1]);
        }
      }
      return PySingleton.NONE;
    });
  }
}
