package org.pyjit.runtime;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;

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
    sequenceDunders(L, PyList.class);
    // range == range compares the sequences: equal lengths, then first item and step
    Types.RANGE.dict.put("__eq__", new PyBuiltinFunction("__eq__", Types.RANGE,
        Fn.__eq__));
    Types.RANGE.dict.put("__ne__", new PyBuiltinFunction("__ne__", Types.RANGE,
        Fn.__ne__));
    readDunders(Types.RANGE, PyRange.class);
    PyMemberDescriptor.install(Types.RANGE, false, "start", "stop", "step");
    Types.RANGE.dict.put("count", new PyBuiltinFunction("count", Types.RANGE, Fn.count));
    Types.RANGE.dict.put("index", new PyBuiltinFunction("index", Types.RANGE, Fn.index));
    sequenceDunders(T, PyTuple.class);
    Types.ITERATOR.dict.put("__iter__", new PyBuiltinFunction("__iter__", Types.ITERATOR,
        Fn.__iter__));
    Types.ITERATOR.dict.put("__next__", new PyBuiltinFunction("__next__", Types.ITERATOR,
        Fn.__next__));
    def(L, "append", Fn.append);
    def(L, "extend", Fn.extend);
    def(L, "insert", Fn.insert);
    def(L, "pop", Fn.pop);
    def(L, "remove", Fn.remove);
    def(L, "index", Fn.index2);
    def(L, "count", Fn.count2);
    def(L, "reverse", Fn.reverse);
    def(L, "sort", Fn.sort);
    def(L, "copy", Fn.copy);
    def(L, "clear", Fn.clear);

    def(T, "index", Fn.index3);
    def(T, "count", Fn.count3);
  }

  /**
   * The special methods that explicit calls like {@code a.__len__()} and an override's
   * {@code super().__getitem__(i)} reach. They run the built-in operations ({@code
   * Ops.*Builtin}), never a subclass's override again; the receiver check keeps other
   * objects from reaching a cast.
   */
  /** len, in, [] and iter as explicit dunders (range has only these). */
  private static void readDunders(PyType t, Class<?> cls) {
    dunder(t, cls, "__len__", 0, Seq.__len__);
    dunder(t, cls, "__contains__", 1, Seq.__contains__);
    dunder(t, cls, "__getitem__", 1, Seq.__getitem__);
    dunder(t, cls, "__iter__", 0, Seq.__iter__);
  }

  private static void sequenceDunders(PyType t, Class<?> cls) {
    readDunders(t, cls);
    dunder(t, cls, "__add__", 1, (a, k) -> cls.isInstance(a[1])
        ? Ops.binarySlow(BinaryOp.ADD, a[0], a[1]) : PySingleton.NOT_IMPLEMENTED);
    dunder(t, cls, "__mul__", 1, Seq.__mul__);
    dunder(t, cls, "__rmul__", 1, Seq.__rmul__);
    for (CompareOp op : CompareOp.values()) {
      dunder(t, cls, op.dunder, 1, (a, k) -> cls.isInstance(a[1])
          ? Ops.compareBuiltin(op, a[0], a[1]) : PySingleton.NOT_IMPLEMENTED);
    }
    if (t == L) {
      dunder(t, cls, "__setitem__", 2, Seq.__setitem__);
      dunder(t, cls, "__delitem__", 1, Seq.__delitem__);
      dunder(t, cls, "__iadd__", 1, Seq.__iadd__);
      dunder(t, cls, "__reversed__", 0, Seq.__reversed__);
    }
  }

  private static void dunder(PyType t, Class<?> cls, String name, int nargs,
      PyBuiltinFunction.Body body) {
    def(t, name, (a, k) -> {
      if (!cls.isInstance(a[0])) {
        throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name
            + "' object but received a '" + Types.typeOf(a[0]).name + "'");
      }
      if (nargs == 0) {
        MethodArgs.none(a, k, t, name);
      } else if (nargs == 1) {
        MethodArgs.one(a, k, t, name);
      } else {
        MethodArgs.range(a, k, t, name, nargs, nargs);
      }
      return body.call(a, k);
    });
  }

  /** index(value[, start[, stop]]): the clamped [start, stop) range. */
  private static int[] searchRange(Object[] a, String[] k, PyType t, int size) {
    int n = MethodArgs.range(a, k, t, "index", 1, 3);
    int start = n > 1 ? MethodArgs.clamp(MethodArgs.sliceIndex(a[2]), size) : 0;
    int stop = n > 2 ? MethodArgs.clamp(MethodArgs.sliceIndex(a[3]), size) : size;
    return new int[] {start, stop};
  }

  /** How many items of the iterable equal v (for non-int values in a range). */
  private static Object countIn(Object seq, Object v) {
    long n = 0;
    for (Object x : ListOps.toArray(seq)) {
      if (Ops.eq(x, v)) {
        n++;
      }
    }
    return n;
  }

  private static long indexIn(Object seq, Object v) {
    Object[] items = ListOps.toArray(seq);
    for (int i = 0; i < items.length; i++) {
      if (Ops.eq(items[i], v)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __eq__, __ne__, count, index, __iter__, __next__, append, extend, insert, pop, remove,
    index2, count2, reverse, sort, copy, clear, index3, count3;

    @Override
    public Object call(Object[] a, String[] k) {
      if (ordinal() < 13) {
        return call0(a, k);
      }
      return call1(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case __eq__: return a[0] instanceof PyRange x && a[1] instanceof PyRange y
            ? (Object) x.sameSequence(y) : PySingleton.NOT_IMPLEMENTED;
        case __ne__: return a[0] instanceof PyRange x && a[1] instanceof PyRange y
            ? (Object) !x.sameSequence(y) : PySingleton.NOT_IMPLEMENTED;
        case count: {
          MethodArgs.one(a, k, Types.RANGE, "count");
          return Ops.isInt(a[1]) ? (Object) (((PyRange) a[0]).indexOf(a[1]) != null ? 1L : 0L)
              : countIn(a[0], a[1]);
        }
        case index: {
          MethodArgs.one(a, k, Types.RANGE, "index");
          Object i = Ops.isInt(a[1]) ? ((PyRange) a[0]).indexOf(a[1]) : (Object) indexIn(a[0], a[1]);
          if (i == null || i.equals(-1L)) {
            // CPython searches other values as any sequence does, with its message
            throw Errors.valueError(Ops.isInt(a[1]) ? Ops.repr(a[1]) + " is not in range"
                : "sequence.index(x): x not in sequence");
          }
          return i;
        }
        case __iter__: return a[0];
        case __next__: {
          Object v = Ops.next(a[0]);
          if (v == null) {
            throw Errors.stopIteration();
          }
          return v;
        }
        case append: {
          MethodArgs.one(a, k, L, "append");
          ((PyList) a[0]).append(a[1]);
          return PySingleton.NONE;
        }
        case extend: {
          MethodArgs.one(a, k, L, "extend");
          PyList l = (PyList) a[0];
          // l.extend(l) must see the items as they were before, so copy first
          for (Object x : ListOps.toArray(a[1])) {
            l.append(x);
          }
          return PySingleton.NONE;
        }
        case insert: {
          MethodArgs.range(a, k, L, "insert", 2, 2);
          PyList l = (PyList) a[0];
          long i = Ops.asIndex(a[1]);
          int n = l.size();
          if (i < 0) {
            i = Math.max(0, i + n);
          }
          l.insert((int) Math.min(i, n), a[2]);
          return PySingleton.NONE;
        }
        case pop: {
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
        }
        case remove: {
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
        }
        case index2: {
          PyList l = (PyList) a[0];
          int[] r = searchRange(a, k, L, l.size());
          for (int i = r[0]; i < r[1] && i < l.size(); i++) {
            Object x = l.get(i);
            if (x == a[1] || Ops.eq(x, a[1])) {
              return (long) i;
            }
          }
          throw Errors.valueError(Ops.repr(a[1]) + " is not in list");
        }
        case count2: {
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
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call1(Object[] a, String[] k) {
      switch (this) {
        case reverse: {
          MethodArgs.none(a, k, L, "reverse");
          PyList l = (PyList) a[0];
          for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            Object t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
          }
          return PySingleton.NONE;
        }
        case sort: {
          if (a.length - 1 > 2) { // the total first, as _PyArg_UnpackKeywords
            // _PyArg_UnpackKeywords says "keyword arguments" when all were given by name
            throw Errors.typeError("sort() takes at most 2 "
                + (MethodArgs.positional(a, k) == 0 ? "keyword " : "") + "arguments ("
                + (a.length - 1) + " given)");
          }
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
                default -> throw ArgParser.unexpectedKeyword("sort", k[i], "key", "reverse");
              }
            }
          }
          boolean rev = Ops.truth(reverse); // 3.13's bool converter: any object
          PyList l = (PyList) a[0];
          if (l.size() == 0) { // nothing to call key on; and a list being sorted stays so
            return PySingleton.NONE;
          }
          // CPython empties the list while sorting so that mutation by key or __lt__ shows
          Object[] items = l.toArray();
          l.beginSort();
          boolean sorted = false;
          try {
            Sorting.sort(items, key, rev);
            sorted = true;
          } finally { // an exception from key or __lt__ wins over the mutation, as in CPython
            boolean modified = l.storedDuringSort();
            l.setAll(items);
            if (modified && sorted) {
              throw Errors.valueError("list modified during sort");
            }
          }
          return PySingleton.NONE;
        }
        case copy: {
          MethodArgs.none(a, k, L, "copy");
          return new PyList(((PyList) a[0]).toArray());
        }
        case clear: {
          MethodArgs.none(a, k, L, "clear");
          ((PyList) a[0]).clear();
          return PySingleton.NONE;
        }
        case index3: {
          PyTuple t = (PyTuple) a[0];
          int[] r = searchRange(a, k, T, t.size());
          for (int i = r[0]; i < r[1]; i++) {
            Object x = t.get(i);
            if (x == a[1] || Ops.eq(x, a[1])) {
              return (long) i;
            }
          }
          throw Errors.valueError("tuple.index(x): x not in tuple");
        }
        case count3: {
          MethodArgs.one(a, k, T, "count");
          long n = 0;
          for (Object x : ((PyTuple) a[0]).items) {
            if (x == a[1] || Ops.eq(x, a[1])) {
              n++;
            }
          }
          return n;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }

  /**
   * The functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Seq implements PyBuiltinFunction.Body {
    __len__, __contains__, __getitem__, __iter__, __mul__, __rmul__, __setitem__, __delitem__,
    __iadd__, __reversed__;

    /**
     * seq * n as the sequence's own method: the repetition when n is an int or has
     * __index__, else NotImplemented, so that the operator goes on to n's reflected method
     * and CPython's "can't multiply sequence by non-int" (calling the operator again here
     * would come back to this method without end).
     */
    private static Object repeatOrNotImplemented(Object self, Object n) {
      boolean index = Ops.isInt(n)
          || n instanceof PyInstance && Types.typeOf(n).lookup("__index__") != null;
      Object r = index ? Ops.repeat(BuiltinSubclasses.unwrap(self), n) : null;
      return r != null ? r : PySingleton.NOT_IMPLEMENTED;
    }

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __len__: return Ops.lenBuiltin(a[0]);
        case __contains__: return Ops.containsBuiltin(a[0], a[1]);
        case __getitem__: return Ops.getitemBuiltin(a[0], a[1]);
        case __iter__: return Ops.iterBuiltin(a[0]);
        case __mul__, __rmul__: return repeatOrNotImplemented(a[0], a[1]);
        case __setitem__: {
          Ops.setitemBuiltin(a[0], a[1], a[2]);
          return PySingleton.NONE;
        }
        case __delitem__: {
          Ops.delitemBuiltin(a[0], a[1]);
          return PySingleton.NONE;
        }
        case __iadd__: return Ops.binarySlow(BinaryOp.INPLACE_ADD, a[0], a[1]);
        case __reversed__: return new Iterators.Reversed(a[0], true);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
