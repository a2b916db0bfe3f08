package org.pyjit.runtime;

/**
 * The methods of list and tuple, with CPython 3.13's semantics and messages.
 *
 * <p>Contract: installed once into {@link Types#LIST} and {@link Types#TUPLE} by
 * {@link #install}; each method checks its arguments like CPython's calling convention for it
 * (see {@link MethodArgs}). Comparisons go through {@link Ops#eq}, which may run Python code
 * that mutates the list: loops re-read the size on every step, as CPython does.
 */
final class ListMethods {
  private ListMethods() {}

  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  private static final PyType L = Types.LIST;
  private static final PyType T = Types.TUPLE;

  static void install() {
    def(L, "append", (a, k) -> {
      MethodArgs.one(a, k, L, "append");
      ((PyList) a[0]).append(a[1]);
      return PySingleton.NONE;
    });
    def(L, "extend", (a, k) -> {
      MethodArgs.one(a, k, L, "extend");
      PyList l = (PyList) a[0];
      // l.extend(l) must see the items as they were before, so copy first
      for (Object x : ListOps.toArray(a[1])) {
        l.append(x);
      }
      return PySingleton.NONE;
    });
    def(L, "insert", (a, k) -> {
      MethodArgs.range(a, k, L, "insert", 2, 2);
      PyList l = (PyList) a[0];
      long i = Ops.asIndex(a[1]);
      int n = l.size();
      if (i < 0) {
        i = Math.max(0, i + n);
      }
      l.insert((int) Math.min(i, n), a[2]);
      return PySingleton.NONE;
    });
    def(L, "pop", (a, k) -> {
      int n = MethodArgs.range(a, k, L, "pop", 0, 1);
      PyList l = (PyList) a[0];
      long i = n > 0 ? Ops.asIndex(a[1]) : -1;
      if (l.size() == 0) {
        throw Errors.indexError("pop from empty list");
      }
      if (i < 0) {
        i += l.size();
      }
      if (i < 0 || i >= l.size()) {
        throw Errors.indexError("pop index out of range");
      }
      return l.remove((int) i);
    });
    def(L, "remove", (a, k) -> {
      MethodArgs.one(a, k, L, "remove");
      PyList l = (PyList) a[0];
      for (int i = 0; i < l.size(); i++) {
        Object x = l.get(i);
        if (x == a[1] || Ops.eq(x, a[1])) {
          if (i < l.size()) {
            l.remove(i);
          }
          return PySingleton.NONE;
        }
      }
      throw Errors.valueError("list.remove(x): x not in list");
    });
    def(L, "index", (a, k) -> {
      PyList l = (PyList) a[0];
      int[] r = searchRange(a, k, L, l.size());
      for (int i = r[0]; i < r[1] && i < l.size(); i++) {
        Object x = l.get(i);
        if (x == a[1] || Ops.eq(x, a[1])) {
          return (long) i;
        }
      }
      throw Errors.valueError(Ops.repr(a[1]) + " is not in list");
    });
    def(L, "count", (a, k) -> {
      MethodArgs.one(a, k, L, "count");
      PyList l = (PyList) a[0];
      long n = 0;
      for (int i = 0; i < l.size(); i++) {
        Object x = l.get(i);
        if (x == a[1] || Ops.eq(x, a[1])) {
          n++;
        }
      }
      return n;
    });
    def(L, "reverse", (a, k) -> {
      MethodArgs.none(a, k, L, "reverse");
      PyList l = (PyList) a[0];
      for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
        Object t = l.get(i);
        l.set(i, l.get(j));
        l.set(j, t);
      }
      return PySingleton.NONE;
    });
    def(L, "sort", (a, k) -> {
      if (MethodArgs.positional(a, k) > 0) {
        throw Errors.typeError("sort() takes no positional arguments");
      }
      Object key = PySingleton.NONE;
      Object reverse = Boolean.FALSE;
      if (k != null) {
        int base = a.length - k.length;
        for (int i = 0; i < k.length; i++) {
          switch (k[i]) {
            case "key" -> key = a[base + i];
            case "reverse" -> reverse = a[base + i];
            default -> throw Errors.typeError("sort() got an unexpected keyword argument '"
                + k[i] + "'");
          }
        }
      }
      boolean rev = reverse instanceof Boolean b ? b : Ops.asIndex(reverse) != 0;
      PyList l = (PyList) a[0];
      // CPython empties the list while sorting so that mutation by key or __lt__ shows
      Object[] items = l.toArray();
      l.setAll(new Object[0]);
      try {
        Sorting.sort(items, key, rev);
      } finally {
        boolean modified = l.size() != 0;
        l.setAll(items);
        if (modified) {
          throw Errors.valueError("list modified during sort");
        }
      }
      return PySingleton.NONE;
    });
    def(L, "copy", (a, k) -> {
      MethodArgs.none(a, k, L, "copy");
      return new PyList(((PyList) a[0]).toArray());
    });
    def(L, "clear", (a, k) -> {
      MethodArgs.none(a, k, L, "clear");
      ((PyList) a[0]).clear();
      return PySingleton.NONE;
    });

    def(T, "index", (a, k) -> {
      PyTuple t = (PyTuple) a[0];
      int[] r = searchRange(a, k, T, t.size());
      for (int i = r[0]; i < r[1]; i++) {
        Object x = t.get(i);
        if (x == a[1] || Ops.eq(x, a[1])) {
          return (long) i;
        }
      }
      throw Errors.valueError("tuple.index(x): x not in tuple");
    });
    def(T, "count", (a, k) -> {
      MethodArgs.one(a, k, T, "count");
      long n = 0;
      for (Object x : ((PyTuple) a[0]).items) {
        if (x == a[1] || Ops.eq(x, a[1])) {
          n++;
        }
      }
      return n;
    });
  }

  /** index(value[, start[, stop]]): the clamped [start, stop) range. */
  private static int[] searchRange(Object[] a, String[] k, PyType t, int size) {
    int n = MethodArgs.range(a, k, t, "index", 1, 3);
    int start = n > 1 ? MethodArgs.clamp(MethodArgs.sliceIndex(a[2]), size) : 0;
    int stop = n > 2 ? MethodArgs.clamp(MethodArgs.sliceIndex(a[3]), size) : size;
    return new int[] {start, stop};
  }
}
