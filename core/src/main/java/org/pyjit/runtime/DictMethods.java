package org.pyjit.runtime;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.collect.ChangedDuringIteration;
import org.pyjit.runtime.collect.PyDictTable;

/**
 * The methods of dict and its keys/values/items views, with CPython 3.13's semantics and
 * messages.
 *
 * <p>Contract: {@link #install} fills {@link Types#DICT}'s dict and the three view types.
 * Views are live ({@link View} holds the dict, not a copy); keys and items views are
 * set-like (the operators return a new set, == compares as sets), values views compare by
 * identity only. Iteration uses {@link PyDictTable.Cursor}, so mutation during iteration
 * raises CPython's RuntimeError messages.
 */
final class DictMethods {
  private DictMethods() {}

  static final PyType KEYS = viewType("dict_keys");
  static final PyType VALUES = viewType("dict_values");
  static final PyType ITEMS = viewType("dict_items");
  static final PyType KEY_ITERATOR = viewType("dict_keyiterator");
  static final PyType VALUE_ITERATOR = viewType("dict_valueiterator");
  static final PyType ITEM_ITERATOR = viewType("dict_itemiterator");
  static final PyType REVERSE_KEY_ITERATOR = viewType("dict_reversekeyiterator");
  static final PyType REVERSE_VALUE_ITERATOR = viewType("dict_reversevalueiterator");
  static final PyType REVERSE_ITEM_ITERATOR = viewType("dict_reverseitemiterator");

  private static PyType viewType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.baseType = false;
    return t;
  }

  private static final PyType D = Types.DICT;

  /** d.keys(), d.values() or d.items(): a live view of {@code dict}. */
  static final class View extends PyObject {
    final PyDict dict;
    final PyType kind;

    View(PyDict dict, PyType kind) {
      this.dict = dict;
      this.kind = kind;
    }

    @Override
    public PyType type() {
      return kind;
    }

    Object at(PyDictTable t, int e) {
      if (kind == KEYS) {
        return t.keyAt(e);
      }
      if (kind == VALUES) {
        return t.valueAt(e);
      }
      return PyTuple.of(t.keyAt(e), t.valueAt(e));
    }

    String repr() {
      StringBuilder sb = new StringBuilder(kind.name).append("([");
      PyDictTable t = dict.table;
      boolean first = true;
      for (int e = t.nextEntry(0); e >= 0; e = t.nextEntry(e + 1)) {
        sb.append(first ? "" : ", ").append(Ops.repr(at(t, e)));
        first = false;
      }
      return sb.append("])").toString();
    }

    boolean contains(Object x) {
      if (kind == KEYS) {
        return dict.containsKey(x);
      }
      if (kind == ITEMS) {
        if (!(x instanceof PyTuple t) || t.size() != 2) {
          return false;
        }
        Object v = dict.get(t.get(0));
        return v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
      }
      for (Object v : dict.values()) {
        if (v == x || Ops.eq(v, x)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Iterator over a view (or the dict), forwards or reversed. */
  static final class ViewIterator extends PyIterator {
    private final View view;
    private final PyDictTable.Cursor cursor;
    private final boolean reversed;

    ViewIterator(View view, boolean reversed) {
      this.view = view;
      this.cursor = reversed ? view.dict.table.reversedCursor() : view.dict.table.cursor();
      this.reversed = reversed;
    }

    @Override
    public Object next() {
      int e;
      try {
        e = cursor.next();
      } catch (ChangedDuringIteration x) {
        throw Errors.runtimeError(x.getMessage());
      }
      return e < 0 ? null : view.at(view.dict.table, e);
    }

    @Override
    public PyType type() {
      if (reversed) {
        return view.kind == KEYS ? REVERSE_KEY_ITERATOR : view.kind == VALUES
            ? REVERSE_VALUE_ITERATOR : REVERSE_ITEM_ITERATOR;
      }
      return view.kind == KEYS ? KEY_ITERATOR : view.kind == VALUES ? VALUE_ITERATOR
          : ITEM_ITERATOR;
    }
  }

  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  static void install() {
    def(D, "keys", Fn.keys);
    def(D, "values", Fn.values);
    def(D, "items", Fn.items);
    def(D, "get", Fn.get);
    def(D, "setdefault", Fn.setdefault);
    def(D, "pop", Fn.pop);
    def(D, "popitem", Fn.popitem);
    def(D, "update", Fn.update);
    PyBuiltinFunction fromkeys = new PyBuiltinFunction("fromkeys", D, Fn.fromkeys);
    D.dict.put("fromkeys", new PyClassMethod(fromkeys));
    def(D, "copy", Fn.copy);
    def(D, "clear", Fn.clear);
    def(D, "__or__", Fn.__or__);
    def(D, "__ror__", Fn.__ror__);
    def(D, "__ior__", Fn.__ior__);
    def(D, "__eq__", Fn.__eq__);
    def(D, "__ne__", Fn.__ne__);
    def(D, "__reversed__", Fn.__reversed__);

    for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
      def(t, "__len__", Fn.__len__);
      def(t, "__iter__", Fn.__iter__);
      def(t, "__reversed__", Fn.__reversed__2);
      if (t != VALUES) { // values are not a set: `in` iterates them
        def(t, "__contains__", Fn.__contains__);
      }
      def(t, "__repr__", Fn.__repr__);
      t.dict.put("mapping", new PyProperty(
          new PyBuiltinFunction("mapping", Fn.mapping), null, null));
    }
    for (PyType t : new PyType[] {KEY_ITERATOR, VALUE_ITERATOR, ITEM_ITERATOR,
        REVERSE_KEY_ITERATOR, REVERSE_VALUE_ITERATOR, REVERSE_ITEM_ITERATOR}) {
      def(t, "__iter__", Fn.__iter__2);
      Iterators.lengthHint(t, o -> o instanceof ViewIterator v ? v.cursor.lengthHint()
          : ((PyIterator.DictKeyIterator) o).lengthHint());
      def(t, "__next__", Fn.__next__);
    }
    for (PyType t : new PyType[] {KEYS, ITEMS}) {
      setOp(t, "__and__", BinaryOp.AND, false);
      setOp(t, "__rand__", BinaryOp.AND, true);
      setOp(t, "__or__", BinaryOp.OR, false);
      setOp(t, "__ror__", BinaryOp.OR, true);
      setOp(t, "__sub__", BinaryOp.SUBTRACT, false);
      setOp(t, "__rsub__", BinaryOp.SUBTRACT, true);
      setOp(t, "__xor__", BinaryOp.XOR, false);
      setOp(t, "__rxor__", BinaryOp.XOR, true);
      def(t, "isdisjoint", (a, k) -> {
        MethodArgs.one(a, k, t, "isdisjoint");
        View v = (View) a[0];
        Object it = Ops.iter(a[1]);
        for (Object x; (x = Ops.next(it)) != null; ) {
          if (v.contains(x)) {
            return false;
          }
        }
        return true;
      });
      for (CompareOp op : CompareOp.values()) {
        def(t, op.dunder, (a, k) -> setCompare(op, a[0], a[1]));
      }
    }
  }

  /** Keys or items view compared with a set or another set-like view. */
  private static Object setCompare(CompareOp op, Object self, Object other) {
    View v = (View) self;
    if (!(other instanceof PySet || other instanceof View o && o.kind != VALUES)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    long n = v.dict.size();
    long m = Ops.len(other);
    return switch (op) {
      case EQ -> n == m && subset(other, self);
      case NE -> !(n == m && subset(other, self));
      case LE -> n <= m && subset(self, other);
      case LT -> n < m && subset(self, other);
      case GE -> n >= m && subset(other, self);
      case GT -> n > m && subset(other, self);
    };
  }

  /** Every item of {@code a} is in {@code b} (a set or a set-like view). */
  private static boolean subset(Object a, Object b) {
    Object it = Ops.iter(a);
    for (Object x; (x = Ops.next(it)) != null; ) {
      if (!(b instanceof View v ? v.contains(x) : Ops.contains(b, x))) {
        return false;
      }
    }
    return true;
  }

  private static boolean dictEquals(PyDict x, PyDict y) {
    NativeRecursion.enter(" in comparison");
    try {
      return x.table.dictEquals(y.table);
    } finally {
      NativeRecursion.exit();
    }
  }

  private static void setOp(PyType t, String name, BinaryOp op, boolean reflected) {
    def(t, name, (a, k) -> reflected ? viewOp(op, a[1], a[0]) : viewOp(op, a[0], a[1]));
  }

  /**
   * A set operator with a keys or items view on either side, as CPython's dictviews_* build
   * it (the order of the result's table shows when printed): a set of the left operand
   * updated by the right one; {@code &} iterates the smaller operand (or the other one when
   * it is not a view) testing membership in the view; items ^ items walks the right dict.
   */
  private static Object viewOp(BinaryOp op, Object left, Object right) {
    if (op == BinaryOp.AND) {
      return intersect(left, right);
    }
    if (op == BinaryOp.XOR && left instanceof View l && l.kind == ITEMS
        && right instanceof View r && r.kind == ITEMS) {
      return itemsXor(l.dict, r.dict);
    }
    PySet result = new PySet(false);
    result.update(left instanceof View v && v.kind == KEYS ? v.dict : left);
    String method = switch (op) {
      case OR -> "update";
      case SUBTRACT -> "difference_update";
      default -> "symmetric_difference_update";
    };
    Ops.callMethod(Types.SET.lookup(method), result, new Object[] {right});
    return result;
  }

  private static PySet intersect(Object self, Object other) {
    if (!(self instanceof View)) { // the view is the right operand
      Object t = self;
      self = other;
      other = t;
    }
    View view = (View) self;
    int len = view.dict.size();
    if (other instanceof PySet s && Types.typeOf(s) == Types.SET && len <= s.size()) {
      return (PySet) Ops.callMethod(Types.SET.lookup("intersection"), s, new Object[] {view});
    }
    if (other instanceof View o && o.kind != VALUES && o.dict.size() > len) {
      Object t = view;
      view = o;
      other = t;
    }
    PySet result = new PySet(false);
    Object it = Ops.iter(other);
    for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
      if (view.contains(x)) {
        result.add(x);
      }
    }
    return result;
  }

  private static PySet itemsXor(PyDict d1, PyDict d2) {
    PyDict rest = d1.copy();
    PySet result = new PySet(false);
    for (Object[] kv : d2.items()) {
      Object v1 = rest.get(kv[0]);
      if (v1 != null && Ops.truth(Ops.compare(CompareOp.EQ, v1, kv[1]))) {
        rest.remove(kv[0]);
      } else {
        result.add(PyTuple.of(kv[0], kv[1]));
      }
    }
    result.update(new View(rest, ITEMS));
    return result;
  }

  /**
   * dict.update(other) and |=: a dict, else anything with keys() (a mapping), else an
   * iterable of pairs.
   */
  static void update(PyDict d, Object src) {
    if (src instanceof PyDict s) {
      if (s == d) {
        return;
      }
      for (Object[] kv : s.items()) {
        d.put(kv[0], kv[1]);
      }
      return;
    }
    Object keys = Ops.getattrOrNull(src, "keys");
    if (keys != null) {
      for (Object key : ListOps.toArray(Ops.call(keys, new Object[0], null))) {
        d.put(key, Ops.getitem(src, key));
      }
      return;
    }
    Object it = Ops.iter(src);
    int i = 0;
    for (Object item; (item = Ops.next(it)) != null; i++) {
      Object[] kv;
      if (item instanceof PyTuple t) {
        kv = t.items;
      } else if (item instanceof PyList l) {
        kv = l.toArray();
      } else {
        try {
          Ops.iter(item);
        } catch (PyException e) {
          throw Errors.typeError("cannot convert dictionary update sequence element #" + i
              + " to a sequence");
        }
        kv = ListOps.toArray(item);
      }
      if (kv.length != 2) {
        throw Errors.valueError("dictionary update sequence element #" + i + " has length "
            + kv.length + "; 2 is required");
      }
      d.put(kv[0], kv[1]);
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    keys, values, items, get, setdefault, pop, popitem, update, fromkeys, copy, clear, __or__,
    __ror__, __ior__, __eq__, __ne__, __reversed__, __len__, __iter__, __reversed__2,
    __contains__, __repr__, mapping, __iter__2, __next__;

    @Override
    public Object call(Object[] a, String[] k) {
      if (ordinal() < 16) {
        return call0(a, k);
      }
      return call1(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case keys: {
          MethodArgs.none(a, k, D, "keys");
          return new View((PyDict) a[0], KEYS);
        }
        case values: {
          MethodArgs.none(a, k, D, "values");
          return new View((PyDict) a[0], VALUES);
        }
        case items: {
          MethodArgs.none(a, k, D, "items");
          return new View((PyDict) a[0], ITEMS);
        }
        case get: {
          int n = MethodArgs.range(a, k, D, "get", 1, 2);
          Object v = ((PyDict) a[0]).get(a[1]);
          return v != null ? v : n > 1 ? a[2] : PySingleton.NONE;
        }
        case setdefault: {
          int n = MethodArgs.range(a, k, D, "setdefault", 1, 2);
          PyDict d = (PyDict) a[0];
          Object v = d.get(a[1]);
          if (v == null) {
            v = n > 1 ? a[2] : PySingleton.NONE;
            d.put(a[1], v);
          }
          return v;
        }
        case pop: {
          int n = MethodArgs.range(a, k, D, "pop", 1, 2);
          Object v = ((PyDict) a[0]).remove(a[1]);
          if (v != null) {
            return v;
          }
          if (n > 1) {
            return a[2];
          }
          throw Errors.keyError(a[1]);
        }
        case popitem: {
          MethodArgs.none(a, k, D, "popitem");
          Object[] kv = ((PyDict) a[0]).popLast();
          if (kv == null) {
            throw Errors.keyError("popitem(): dictionary is empty");
          }
          return PyTuple.of(kv[0], kv[1]);
        }
        case update: {
          int npos = MethodArgs.positional(a, k);
          if (npos > 1) {
            throw Errors.typeError("update expected at most 1 argument, got " + npos);
          }
          PyDict d = (PyDict) a[0];
          if (npos == 1) {
            update(d, a[1]);
          }
          for (int i = 1 + npos; i < a.length; i++) {
            d.put(k[i - 1 - npos], a[i]);
          }
          return PySingleton.NONE;
        }
        case fromkeys: {
          int n = MethodArgs.range(a, k, D, "fromkeys", 1, 2);
          Object value = n > 1 ? a[2] : PySingleton.NONE;
          Object r = a[0] == D ? new PyDict() : Ops.call(a[0], new Object[0], null);
          if (r instanceof PyDict d) {
            for (Object key : ListOps.toArray(a[1])) {
              d.put(key, value);
            }
          } else {
            for (Object key : ListOps.toArray(a[1])) {
              Ops.setitem(r, key, value);
            }
          }
          return r;
        }
        case copy: {
          MethodArgs.none(a, k, D, "copy");
          return ((PyDict) a[0]).copy();
        }
        case clear: {
          MethodArgs.none(a, k, D, "clear");
          ((PyDict) a[0]).clear();
          return PySingleton.NONE;
        }
        case __or__: {
          if (!(a[0] instanceof PyDict x) || !(a[1] instanceof PyDict y)) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          PyDict r = x.copy();
          update(r, y);
          return r;
        }
        case __ror__: {
          if (!(a[0] instanceof PyDict x) || !(a[1] instanceof PyDict y)) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          PyDict r = y.copy();
          update(r, x);
          return r;
        }
        case __ior__: {
          update((PyDict) a[0], a[1]);
          return a[0];
        }
        case __eq__: return a[1] instanceof PyDict y
            ? (Object) dictEquals((PyDict) a[0], y) : PySingleton.NOT_IMPLEMENTED;
        case __ne__: return a[1] instanceof PyDict y
            ? (Object) !dictEquals((PyDict) a[0], y) : PySingleton.NOT_IMPLEMENTED;
        default:
          throw new AssertionError(this);
      }
    }

    private Object call1(Object[] a, String[] k) {
      switch (this) {
        case __reversed__: {
          MethodArgs.none(a, k, D, "__reversed__");
          return new ViewIterator(new View((PyDict) a[0], KEYS), true);
        }
        case __len__: return (long) ((View) a[0]).dict.size();
        case __iter__: return new ViewIterator((View) a[0], false);
        case __reversed__2: return new ViewIterator((View) a[0], true);
        case __contains__: return ((View) a[0]).contains(a[1]);
        case __repr__: return ((View) a[0]).repr();
        case mapping: return new PyMappingProxy(((View) a[0]).dict);
        case __iter__2: return a[0];
        case __next__: {
          Object v = ((PyIterator) a[0]).next(); // iter(dict) is not a view's iterator
          if (v == null) {
            throw Errors.stopIteration();
          }
          return v;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
