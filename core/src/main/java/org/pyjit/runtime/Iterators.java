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
    return iteratorType(name, false);
  }

  /**
   * An iterator type; {@code subclassable}: Python classes may derive from it (enumerate,
   * zip, map, filter, reversed), their instances being {@link BuiltinSubclasses.ValueInstance}s
   * around the built-in iterator, which the type's methods reach through {@link #inner}.
   */
  static PyType iteratorType(String name, boolean subclassable) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.baseType = subclassable;
    if (subclassable) {
      t.dict.put("__new__", BuiltinSubclasses.newMethod(t));
    }
    t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, Fn.__iter__));
    t.dict.put("__next__", new PyBuiltinFunction("__next__", t, Fn.__next__));
    return t;
  }

  /** The built-in iterator of an iterator or of an instance of a subclass of its type. */
  static PyIterator inner(Object o) {
    return (PyIterator) (o instanceof BuiltinSubclasses.ValueInstance v ? v.value : o);
  }

  /**
   * Adds CPython's pickling hooks to an iterator type: {@code __reduce__} (what
   * {@code reduce} makes of the iterator) and, unless null, {@code __setstate__} (an index,
   * as CPython's iterators take).
   */
  static PyType pickling(PyType t, java.util.function.Function<Object, Object> reduce,
      java.util.function.ObjLongConsumer<Object> setstate) {
    t.dict.put("__reduce__", new PyBuiltinFunction("__reduce__", t, (a, k) -> {
      MethodArgs.none(a, k, t, "__reduce__");
      return reduce.apply(inner(a[0]));
    }));
    if (setstate != null) {
      t.dict.put("__setstate__", new PyBuiltinFunction("__setstate__", t, (a, k) -> {
        MethodArgs.one(a, k, t, "__setstate__");
        setstate.accept(inner(a[0]), Ops.asIndex(a[1]));
        return PySingleton.NONE;
      }));
    }
    return t;
  }

  /** (iter, (seq,), index), or (iter, (empty,)) once exhausted: CPython's sequence iterators. */
  static PyTuple reduceSeq(Object seq, long index, boolean exhausted, Object empty) {
    Object iter = Builtins.dict(null).getStr("iter");
    return exhausted ? PyTuple.of(iter, PyTuple.of(empty))
        : PyTuple.of(iter, PyTuple.of(seq), index);
  }

  /** Whether instances of Python subclasses of {@code t} wrap one of these iterators. */
  static boolean isSubclassable(PyType t) {
    return t == Enumerate.TYPE || t == Zip.TYPE || t == MapIter.TYPE || t == Filter.TYPE
        || t == Reversed.TYPE;
  }

  /** Adds {@code __length_hint__} (how many items are left) to an iterator type. */
  static PyType lengthHint(PyType t, java.util.function.ToLongFunction<Object> left) {
    t.dict.put("__length_hint__", new PyBuiltinFunction("__length_hint__", t, (a, k) -> {
      MethodArgs.none(a, k, t, "__length_hint__");
      return left.applyAsLong(inner(a[0]));
    }));
    return t;
  }

  static final class Enumerate extends PyIterator {
    static final PyType TYPE = iteratorType("enumerate", true);

    static { // enumerate[int] is a GenericAlias, as in CPython
      TYPE.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
          "__class_getitem__", Fn.__class_getitem__)));
      pickling(TYPE, o -> PyTuple.of(TYPE, PyTuple.of(((Enumerate) o).it,
          ((Enumerate) o).count)), null);
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
    static final PyType TYPE = pickling(iteratorType("zip", true), o -> {
      Zip z = (Zip) o;
      PyTuple its = PyTuple.of(z.its.clone());
      return z.strict ? PyTuple.of(Zip.TYPE, its, true) : PyTuple.of(Zip.TYPE, its);
    }, (o, v) -> ((Zip) o).strict = v != 0);

    @Override
    public PyType type() {
      return TYPE;
    }

    private final Object[] its;
    private boolean strict;

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
    static final PyType TYPE = pickling(iteratorType("map", true), o -> {
      MapIter m = (MapIter) o;
      Object[] args = new Object[m.its.length + 1];
      args[0] = m.fn;
      System.arraycopy(m.its, 0, args, 1, m.its.length);
      return PyTuple.of(MapIter.TYPE, PyTuple.of(args));
    }, null);

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
    static final PyType TYPE = pickling(iteratorType("filter", true),
        o -> PyTuple.of(Filter.TYPE, PyTuple.of(((Filter) o).fn, ((Filter) o).it)), null);

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
    static final PyType TYPE = pickling(lengthHint(iteratorType("reversed", true),
        o -> ((Reversed) o).left()), o -> ((Reversed) o).reduce(), (o, v) -> ((Reversed) o)
            .setState(v));
    /** What list.__reversed__ returns: the same iteration under CPython's name for it. */
    static final PyType LIST = pickling(lengthHint(iteratorType("list_reverseiterator"),
        o -> ((Reversed) o).left()), o -> ((Reversed) o).reduce(), (o, v) -> ((Reversed) o)
            .setState(v));
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

    /** Set when next() found nothing left (CPython drops its sequence then). */
    private boolean exhausted;

    @Override
    public Object next() {
      if (i < 0) {
        exhausted = true;
        return null;
      }
      return Ops.getitem(seq, i--);
    }

    /** (reversed, (seq,), index), or (reversed, ((),)) once exhausted; the list one's
     * (reversed, ([],)) then, as CPython's list_reverseiterator. */
    private Object reduce() {
      if (list) {
        Object reversed = Builtins.dict(null).getStr("reversed");
        return exhausted ? PyTuple.of(reversed, PyTuple.of(new PyList()))
            : PyTuple.of(reversed, PyTuple.of(seq), i);
      }
      return exhausted ? PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY))
          : PyTuple.of(TYPE, PyTuple.of(seq), i);
    }

    private void setState(long v) {
      if (!exhausted) {
        long n = Ops.len(seq);
        i = v < -1 ? -1 : Math.min(v, n - 1);
      }
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
      switch (this) {
        case __iter__: return a[0];
        case __next__: {
          Object v = inner(a[0]).next();
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
