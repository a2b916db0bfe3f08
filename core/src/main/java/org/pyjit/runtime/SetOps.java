package org.pyjit.runtime;

import java.util.Iterator;
import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.collect.ChangedDuringIteration;
import org.pyjit.runtime.collect.PySetTable;

/**
 * set and frozenset: constructors, methods, operators and iteration, each built from the
 * {@link PySetTable} operations that CPython uses for it (see that class), so that results
 * print in CPython's order.
 */
final class SetOps {
  private SetOps() {}

  /** set(x) / frozenset(x): a copy of a set, else the items added in iteration order. */
  static PySet make(Object iterable, boolean frozen) {
    if (iterable instanceof PySet s) {
      PySet r = new PySet(frozen);
      r.table.update(s.table);
      return r;
    }
    PySet r = new PySet(frozen);
    r.update(iterable);
    return r;
  }

  static PySet copy(PySet s, boolean frozen) {
    PySet r = new PySet(frozen);
    r.table.update(s.table);
    return r;
  }

  private static Iterator<?> items(Object iterable) {
    Object it = Ops.iter(iterable);
    return new Iterator<>() {
      Object next = Ops.next(it);

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Object next() {
        Object v = next;
        next = Ops.next(it);
        return v;
      }
    };
  }

  static PySet union(PySet s, Object[] others) {
    PySet r = copy(s, s.frozen);
    for (Object o : others) {
      r.update(o);
    }
    return r;
  }

  static PySet intersection(PySet s, Object[] others) {
    PySetTable t = s.table.copy();
    boolean first = true;
    for (Object o : others) {
      PySetTable src = first ? s.table : t;
      t = o instanceof PySet os ? src.intersection(os.table) : src.intersection(items(o));
      first = false;
    }
    return new PySet(others.length == 0 ? s.table.copy() : t, s.frozen);
  }

  static PySet difference(PySet s, Object[] others) {
    if (others.length == 0) {
      return new PySet(s.table.copy(), s.frozen);
    }
    PySetTable t = others[0] instanceof PySet os ? s.table.difference(os.table)
        : others[0] instanceof PyDict d ? s.table.difference(d.table)
        : s.table.difference(items(others[0]));
    for (int i = 1; i < others.length; i++) {
      if (others[i] instanceof PySet os) {
        t.differenceUpdate(os.table);
      } else {
        t.differenceUpdate(items(others[i]));
      }
    }
    return new PySet(t, s.frozen);
  }

  static PySet symmetricDifference(PySet s, Object other) {
    PySetTable t = other instanceof PySet os ? s.table.symmetricDifference(os.table)
        : other instanceof PyDict d ? s.table.symmetricDifference(d.table)
        : s.table.symmetricDifference(items(other));
    return new PySet(t, s.frozen);
  }

  /** The set operators; null when the operands are not both sets. */
  static Object binary(BinaryOp op, Object a, Object b) {
    if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
      return null;
    }
    boolean inplace = op.isInplace() && !x.frozen;
    switch (op.plain()) {
      case OR -> {
        if (inplace) {
          x.table.update(y.table);
          return x;
        }
        return union(x, new Object[] {y});
      }
      case AND -> {
        if (inplace) {
          x.table.intersectionUpdate(y.table);
          return x;
        }
        return intersection(x, new Object[] {y});
      }
      case SUBTRACT -> {
        if (inplace) {
          x.table.differenceUpdate(y.table);
          return x;
        }
        return difference(x, new Object[] {y});
      }
      case XOR -> {
        if (inplace) {
          x.table.symmetricDifferenceUpdate(y.table);
          return x;
        }
        return symmetricDifference(x, y);
      }
      default -> {
        return null;
      }
    }
  }

  /** ==, !=, subset and superset comparisons; null when not both sets. */
  static Object compare(CompareOp op, Object a, Object b) {
    if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
      return null;
    }
    return switch (op) {
      case EQ -> x.table.setEquals(y.table);
      case NE -> !x.table.setEquals(y.table);
      case LE -> x.table.isSubset(y.table);
      case LT -> x.size() < y.size() && x.table.isSubset(y.table);
      case GE -> x.table.isSuperset(y.table);
      case GT -> x.size() > y.size() && x.table.isSuperset(y.table);
    };
  }

  static String repr(PySet s) {
    PyType t = s.type();
    boolean exact = t == Types.SET || t == Types.FROZENSET;
    if (s.size() == 0) {
      return t.name + "()";
    }
    StringBuilder sb = new StringBuilder(s.frozen || !exact ? t.name + "({" : "{");
    boolean first = true;
    for (Object k : s.toArray()) {
      sb.append(first ? "" : ", ").append(Ops.repr(k));
      first = false;
    }
    return sb.append(s.frozen || !exact ? "})" : "}").toString();
  }

  /** Iteration, raising CPython's RuntimeError when the set changes size meanwhile. */
  static final class SetIterator extends PyIterator {
    private static final PyType TYPE = Iterators.lengthHint(
        Iterators.iteratorType("set_iterator"), o -> ((SetIterator) o).it.lengthHint());

    @Override
    public PyType type() {
      return TYPE;
    }

    private final PySetTable.Iter it;

    SetIterator(PySet s) {
      this.it = s.table.iterator();
    }

    @Override
    public Object next() {
      try {
        return it.next();
      } catch (ChangedDuringIteration e) {
        throw Errors.runtimeError(e.getMessage());
      }
    }
  }

  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  static void installConstructors() {
    Types.SET.constructor = (cls, a, k) -> a.length == 0 ? new PySet(false) : make(a[0], false);
    Types.FROZENSET.constructor = (cls, a, k) -> a.length == 0 ? new PySet(true)
        : a[0] instanceof PySet s && s.frozen && s.getClass() == PySet.class ? s
        : make(a[0], true);
  }

  static void install() {
    for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
      def(t, "copy", Fn.copy);
      def(t, "union", Fn.union);
      def(t, "intersection", Fn.intersection);
      def(t, "difference", Fn.difference);
      def(t, "symmetric_difference", Fn.symmetric_difference);
      def(t, "issubset", Fn.issubset);
      def(t, "issuperset", Fn.issuperset);
      def(t, "isdisjoint", Fn.isdisjoint);
    }
    PyType t = Types.SET;
    def(t, "add", Fn.add);
    def(t, "discard", Fn.discard);
    def(t, "remove", Fn.remove);
    def(t, "pop", Fn.pop);
    def(t, "clear", Fn.clear);
    def(t, "update", Fn.update);
    def(t, "intersection_update", Fn.intersection_update);
    def(t, "difference_update", Fn.difference_update);
    def(t, "symmetric_difference_update", Fn.symmetric_difference_update);
  }

  private static Object[] rest(Object[] a) {
    return java.util.Arrays.copyOfRange(a, 1, a.length);
  }

  private static PySet asSet(Object o) {
    return o instanceof PySet s ? s : make(o, false);
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    copy, union, intersection, difference, symmetric_difference, issubset, issuperset,
    isdisjoint, add, discard, remove, pop, clear, update, intersection_update,
    difference_update, symmetric_difference_update;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case copy: return a[0].getClass() == PySet.class && ((PySet) a[0]).frozen ? a[0]
            : copy((PySet) a[0], ((PySet) a[0]).frozen);
        case union: return union((PySet) a[0], rest(a));
        case intersection: return intersection((PySet) a[0], rest(a));
        case difference: return difference((PySet) a[0], rest(a));
        case symmetric_difference: return symmetricDifference((PySet) a[0], a[1]);
        case issubset: return ((PySet) a[0]).table.isSubset(asSet(a[1]).table);
        case issuperset: return ((PySet) a[0]).table.isSuperset(asSet(a[1]).table);
        case isdisjoint: return ((PySet) a[0]).table.isDisjoint(asSet(a[1]).table);
        case add: {
          ArgParser.exactlyOne("set.add", a, k, 1);
          ((PySet) a[0]).add(a[1]);
          return PySingleton.NONE;
        }
        case discard: {
          ArgParser.exactlyOne("set.discard", a, k, 1);
          ((PySet) a[0]).table.discard(a[1]);
          return PySingleton.NONE;
        }
        case remove: {
          ArgParser.exactlyOne("set.remove", a, k, 1);
          if (!((PySet) a[0]).table.discard(a[1])) {
            throw Errors.keyError(a[1]);
          }
          return PySingleton.NONE;
        }
        case pop: {
          MethodArgs.none(a, k, Types.SET, "pop");
          Object v = ((PySet) a[0]).table.pop();
          if (v == null) {
            throw Errors.raise(Types.KEY_ERROR, "pop from an empty set");
          }
          return v;
        }
        case clear: {
          ((PySet) a[0]).table.clear();
          return PySingleton.NONE;
        }
        case update: {
          PySet s = (PySet) a[0];
          for (Object o : rest(a)) {
            if (o != s) {
              s.update(o);
            }
          }
          return PySingleton.NONE;
        }
        case intersection_update: {
          PySet s = (PySet) a[0];
          PySet r = intersection(s, rest(a));
          s.table.takeBody(r.table);
          return PySingleton.NONE;
        }
        case difference_update: {
          PySet s = (PySet) a[0];
          for (Object o : rest(a)) {
            if (o instanceof PySet os) {
              s.table.differenceUpdate(os.table);
            } else {
              s.table.differenceUpdate(items(o));
            }
          }
          return PySingleton.NONE;
        }
        case symmetric_difference_update: {
          PySet s = (PySet) a[0];
          if (a[1] instanceof PySet os) {
            s.table.symmetricDifferenceUpdate(os.table);
          } else {
            s.table.symmetricDifferenceUpdate(items(a[1]));
          }
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
