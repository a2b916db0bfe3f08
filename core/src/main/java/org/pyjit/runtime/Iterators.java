package org.pyjit.runtime;

/**
 * The lazy iterators of the builtins: enumerate, zip, map, filter and reversed, whose types
 * are the builtins of those names (Builtins gives them their constructors). Each is a
 * {@link PyIterator}: next() returns null at the end.
 */
final class Iterators {
  private Iterators() {}

  /** Each iterator reports its own type name (type(zip()).__name__ is 'zip'). */
  static PyType iteratorType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.baseType = false;
    t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, Fn.__iter__));
    t.dict.put("__next__", new PyBuiltinFunction("__next__", t, Fn.__next__));
    return t;
  }

  /** Adds {@code __length_hint__} (how many items are left) to an iterator type. */
  static PyType lengthHint(PyType t, java.util.function.ToLongFunction<Object> left) {
    t.dict.put("__length_hint__", new PyBuiltinFunction("__length_hint__", t, (a, k) -> {
      MethodArgs.none(a, k, t, "__length_hint__");
      return left.applyAsLong(a[0]);
    }));
    return t;
  }

  static final class Enumerate extends PyIterator {
    static final PyType TYPE = iteratorType("enumerate");

    static { // enumerate[int] is a GenericAlias, as in CPython
      TYPE.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
          "__class_getitem__", Fn.__class_getitem__)));
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private final Object it;
    private Object count;

    Enumerate(Object iterable, Object start) {
      this.it = Ops.iter(iterable);
      this.count = start;
    }

    @Override
    public Object next() {
      Object v = Ops.next(it);
      if (v == null) {
        return null;
      }
      Object i = count;
      count = Ops.binary(org.pyjit.bytecode.BinaryOp.ADD, count, 1L);
      return PyTuple.of(i, v);
    }
  }

  static final class Zip extends PyIterator {
    static final PyType TYPE = iteratorType("zip");

    @Override
    public PyType type() {
      return TYPE;
    }

    private final Object[] its;
    private final boolean strict;

    Zip(Object[] iterables, boolean strict) {
      this.its = new Object[iterables.length];
      for (int i = 0; i < iterables.length; i++) {
        its[i] = Ops.iter(iterables[i]);
      }
      this.strict = strict;
    }

    @Override
    public Object next() {
      if (its.length == 0) {
        return null;
      }
      Object[] out = new Object[its.length];
      for (int i = 0; i < its.length; i++) {
        Object v = Ops.next(its[i]);
        if (v == null) {
          if (strict) {
            if (i > 0) {
              throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument 1"
                  + (i > 1 ? "s 1-" + i : ""));
            }
            for (int j = 1; j < its.length; j++) {
              if (Ops.next(its[j]) != null) {
                throw Errors.valueError("zip() argument " + (j + 1)
                    + " is longer than argument" + (j > 1 ? "s 1-" + j : " 1"));
              }
            }
          }
          return null;
        }
        out[i] = v;
      }
      return PyTuple.of(out);
    }
  }

  static final class MapIter extends PyIterator {
    static final PyType TYPE = iteratorType("map");

    @Override
    public PyType type() {
      return TYPE;
    }

    private final Object fn;
    private final Object[] its;

    MapIter(Object fn, Object[] iterables) {
      this.fn = fn;
      this.its = new Object[iterables.length];
      for (int i = 0; i < iterables.length; i++) {
        its[i] = Ops.iter(iterables[i]);
      }
    }

    @Override
    public Object next() {
      Object[] args = new Object[its.length];
      for (int i = 0; i < its.length; i++) {
        Object v = Ops.next(its[i]);
        if (v == null) {
          return null;
        }
        args[i] = v;
      }
      return Ops.call(fn, args, null);
    }
  }

  static final class Filter extends PyIterator {
    static final PyType TYPE = iteratorType("filter");

    @Override
    public PyType type() {
      return TYPE;
    }

    private final Object fn;
    private final Object it;

    Filter(Object fn, Object iterable) {
      this.fn = fn;
      this.it = Ops.iter(iterable);
    }

    @Override
    public Object next() {
      while (true) {
        Object v = Ops.next(it);
        if (v == null) {
          return null;
        }
        boolean keep = fn == PySingleton.NONE ? Ops.truth(v)
            : Ops.truth(Ops.call(fn, new Object[] {v}, null));
        if (keep) {
          return v;
        }
      }
    }
  }

  static final class Reversed extends PyIterator {
    static final PyType TYPE = lengthHint(iteratorType("reversed"), o -> ((Reversed) o).left());
    /** What list.__reversed__ returns: the same iteration under CPython's name for it. */
    static final PyType LIST = lengthHint(iteratorType("list_reverseiterator"),
        o -> ((Reversed) o).left());
    private final boolean list;

    /** CPython's: 0 once the sequence is shorter than what is left to read. */
    private long left() {
      return i < 0 || Ops.len(seq) < i + 1 ? 0 : i + 1;
    }

    @Override
    public PyType type() {
      return list ? LIST : TYPE;
    }

    private final Object seq;
    private long i;

    Reversed(Object seq) {
      this(seq, false);
    }

    Reversed(Object seq, boolean list) {
      this.seq = seq;
      this.i = Ops.len(seq) - 1;
      this.list = list;
    }

    @Override
    public Object next() {
      return i < 0 ? null : Ops.getitem(seq, i--);
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __iter__, __next__, __class_getitem__;

    @Override
    public Object call(Object[] a, String[] k) {
      return call0(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case __iter__: return a[0];
        case __next__: {
          Object v = ((PyIterator) a[0]).next();
          if (v == null) {
            throw Errors.stopIteration();
          }
          return v;
        }
        case __class_getitem__: return new PyGenericAlias((PyType) a[0], a[1]);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
