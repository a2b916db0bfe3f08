package org.pyjit.runtime;

/**
 * Instances of Python classes derived from built-in types (class D(dict), class F(float) ...):
 * real values of the base type plus the instance's class and attribute dict.
 *
 * <p>Contract. The containers are Java subclasses of their representation ({@link
 * DictInstance} is a {@link PyDict}, likewise list, set/frozenset and tuple), so every
 * built-in that accepts a dict accepts them unchanged; {@link Ops} gives a Python-level
 * override of a special method precedence over its own fast path only for these classes
 * ({@link #isSubclassInstance}), so exact built-in values keep their fast paths. int, float,
 * str, complex and bytes values are Java values that cannot be subclassed: their subclasses'
 * instances are {@link ValueInstance}s holding the value, and a method of such a type
 * ({@link PyType#wrapsValues}) sees its arguments unwrapped ({@link #unwrapArgs}).
 *
 * <p>Creation follows CPython: {@code T.__new__(cls, ...)} ({@link #newInstance}) makes the
 * value (empty for the mutable containers, whose {@code __init__} fills them), then
 * {@code __init__} runs.
 */
public final class BuiltinSubclasses {
  private BuiltinSubclasses() {}

  /** An object of a Python class: its class and instance attributes (null: no __dict__). */
  public interface ClassInstance {
    PyType type();

    PyDict instanceDict();

    /** The values of the class's __slots__ ({@link Slots}), or null when it has none. */
    default Object[] slotValues() {
      return null;
    }
  }

  /** An instance of a subclass of dict. */
  static final class DictInstance extends PyDict implements ClassInstance {
    private final PyType type;
    private final PyDict attrs;
    private final Object[] slots;

    DictInstance(PyType type) {
      this.type = type;
      this.attrs = type.hasInstanceDict ? new PyDict() : null;
      this.slots = type.slotNames != null ? new Object[type.slotCount()] : null;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict instanceDict() {
      return attrs;
    }

    @Override
    public Object[] slotValues() {
      return slots;
    }
  }

  /** An instance of a subclass of list. */
  static final class ListInstance extends PyList implements ClassInstance {
    private final PyType type;
    private final PyDict attrs;
    private final Object[] slots;

    ListInstance(PyType type) {
      this.type = type;
      this.attrs = type.hasInstanceDict ? new PyDict() : null;
      this.slots = type.slotNames != null ? new Object[type.slotCount()] : null;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict instanceDict() {
      return attrs;
    }

    @Override
    public Object[] slotValues() {
      return slots;
    }
  }

  /** An instance of a subclass of set or frozenset. */
  static final class SetInstance extends PySet implements ClassInstance {
    private final PyType type;
    private final PyDict attrs;
    private final Object[] slots;

    SetInstance(PyType type, boolean frozen) {
      super(frozen);
      this.type = type;
      this.attrs = type.hasInstanceDict ? new PyDict() : null;
      this.slots = type.slotNames != null ? new Object[type.slotCount()] : null;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict instanceDict() {
      return attrs;
    }

    @Override
    public Object[] slotValues() {
      return slots;
    }
  }

  /** An instance of a subclass of tuple. */
  static final class TupleInstance extends PyTuple implements ClassInstance {
    private final PyType type;
    private final PyDict attrs;
    private final Object[] slots;

    TupleInstance(PyType type, Object[] items) {
      super(items);
      this.type = type;
      this.attrs = type.hasInstanceDict ? new PyDict() : null;
      this.slots = type.slotNames != null ? new Object[type.slotCount()] : null;
    }

    @Override
    public PyType type() {
      return type;
    }

    @Override
    public PyDict instanceDict() {
      return attrs;
    }

    @Override
    public Object[] slotValues() {
      return slots;
    }
  }

  /** An instance of a subclass of int, float, str, complex or bytes: the value it is. */
  public static final class ValueInstance extends PyInstance {
    public final Object value;

    ValueInstance(PyType type, Object value) {
      super(type);
      this.value = value;
    }
  }

  /** Whether o is a container of a subclass (whose Python overrides precede fast paths). */
  static boolean isSubclassInstance(Object o) {
    // the class test first keeps the common Long/String/Double case to one cheap check
    return o instanceof PyObject && o instanceof ClassInstance && !(o instanceof PyInstance);
  }

  /** The built-in value behind o: a {@link ValueInstance}'s value, else o itself. */
  public static Object unwrap(Object o) {
    return o instanceof ValueInstance v ? v.value : o;
  }

  /** The arguments of a method of a {@link PyType#wrapsValues} type, values unwrapped. */
  static Object[] unwrapArgs(Object[] args) {
    Object[] out = args;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof ValueInstance v) {
        if (out == args) {
          out = args.clone();
        }
        out[i] = v.value;
      }
    }
    return out;
  }

  /**
   * A Python-level definition of special method {@code name} on a subclass instance's type,
   * or null when the type inherits the built-in one.
   */
  static Object override(Object o, String name) {
    Object m = Types.typeOf(o).lookup(name);
    return m == null || m instanceof PyBuiltinFunction ? null : m;
  }

  /** The built-in type whose layout instances of cls have (object for plain classes). */
  static PyType solidBase(PyType cls) {
    for (PyType t : cls.mro) {
      if (t.builtin && t.constructor != null) {
        return t;
      }
    }
    return Types.OBJECT;
  }

  /**
   * {@code base.__new__(cls, *args)}: a new instance of cls, a subclass of built-in type
   * base. Mutable containers start empty (their __init__ takes the arguments), the others
   * are made by base's constructor from the arguments.
   */
  static Object newInstance(PyType base, PyType cls, Object[] args, String[] kwnames) {
    if (base == Types.DICT) {
      return new DictInstance(cls);
    }
    if (base == Types.LIST) {
      return new ListInstance(cls);
    }
    if (base == Types.SET) {
      return new SetInstance(cls, false);
    }
    Object value = base.constructor.call(base, args, kwnames);
    if (cls == base) {
      return value;
    }
    if (base == Types.FROZENSET) {
      SetInstance s = new SetInstance(cls, true);
      s.update(value);
      return s;
    }
    if (base == Types.TUPLE) {
      return new TupleInstance(cls, ((PyTuple) value).items);
    }
    if (Iterators.isSubclassable(base) && Types.typeOf(value) != base) {
      return value; // reversed(seq) gave seq.__reversed__(), as CPython's reversed_new does
    }
    if (base.wrapsValues || Iterators.isSubclassable(base)) {
      return new ValueInstance(cls, value);
    }
    return value;
  }

  /**
   * {@code t.__new__(cls, ...)} of a subclassable built-in type: a new instance of cls
   * ({@link #newInstance}); the iterator types get theirs when they are made (Iterators),
   * the others from {@link #install}.
   */
  /**
   * The class argument of {@code owner.__new__(cls, ...)}, with CPython's TypeErrors when it
   * is missing or not a type.
   */
  static PyType newTarget(String owner, Object[] a) {
    if (a.length == 0) {
      throw Errors.typeError(owner + ".__new__(): not enough arguments");
    }
    if (!(a[0] instanceof PyType cls)) {
      throw Errors.typeError(owner + ".__new__(X): X is not a type object ("
          + Types.typeOf(a[0]).name + ")");
    }
    return cls;
  }

  static PyStaticMethod newMethod(PyType t) {
    return new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
      PyType cls = newTarget(t.name, a);
      if (!cls.isSubtypeOf(t)) {
        throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name
            + " is not a subtype of " + t.name);
      }
      Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
      if (t == Types.TYPE) {
        return ClassBuilder.newClass(cls, rest, k);
      }
      if (cls.builtin && cls.constructor != null) {
        return cls.constructor.call(cls, rest, k); // bool.__new__(bool, 1) and the like
      }
      return newInstance(t, cls, rest, k);
    }));
  }

  /** Installs __new__ on the subclassable built-in types and the containers' __init__. */
  static void install() {
    for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.COMPLEX, Types.STR,
        Types.BYTES, Types.TUPLE, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET,
        Types.TYPE}) {
      t.dict.put("__new__", newMethod(t));
    }
    // the special methods an override reaches through super(), where CPython has them
    for (PyType t : new PyType[] {Types.DICT, Types.LIST, Types.TUPLE, Types.SET,
        Types.FROZENSET}) {
      special(t, "__repr__", Fn.__repr__);
      special(t, "__len__", Fn.__len__);
      special(t, "__iter__", Fn.__iter__);
      special(t, "__contains__", Fn.__contains__);
    }
    special(Types.DICT, "__getitem__", Fn.__getitem__);
    special(Types.DICT, "__setitem__", Fn.__setitem__);
    special(Types.DICT, "__delitem__", Fn.__delitem__);
    for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
      for (org.pyjit.bytecode.BinaryOp op : new org.pyjit.bytecode.BinaryOp[] {
          org.pyjit.bytecode.BinaryOp.OR, org.pyjit.bytecode.BinaryOp.AND,
          org.pyjit.bytecode.BinaryOp.SUBTRACT, org.pyjit.bytecode.BinaryOp.XOR}) {
        special(t, op.dunder, (a, k) -> setOp(op, a[0], a[1]));
        special(t, op.reflected, (a, k) -> setOp(op, a[1], a[0]));
      }
      for (org.pyjit.bytecode.CompareOp op : org.pyjit.bytecode.CompareOp.values()) {
        special(t, op.dunder, (a, k) -> a[1] instanceof PySet
            ? SetOps.compare(op, a[0], a[1]) : PySingleton.NOT_IMPLEMENTED);
      }
    }
    Types.TYPE.dict.put("__call__", new PyBuiltinFunction("__call__", Types.TYPE, Fn.__call__));
    Types.TYPE.dict.put("__init__", new PyBuiltinFunction("__init__", Types.TYPE,
        Fn.__init__));
    Types.TYPE.dict.put("__subclasses__", new PyBuiltinFunction("__subclasses__", Types.TYPE,
        Fn.__subclasses__));
    special(Types.DICT, "__init__", Fn.__init__2);
    special(Types.LIST, "__init__", Fn.__init__3);
    special(Types.SET, "__init__", Fn.__init__4);
  }

  private static Object setOp(org.pyjit.bytecode.BinaryOp op, Object a, Object b) {
    Object r = a instanceof PySet && b instanceof PySet ? SetOps.binary(op, a, b) : null;
    return r == null ? PySingleton.NOT_IMPLEMENTED : r;
  }

  /** list_init's and set_init's checks: no keywords, at most one iterable. */
  private static void initArgs(Object[] a, String[] k, String type) {
    if (ArgParser.nkw(k) > 0) {
      throw Errors.typeError(type + "() takes no keyword arguments");
    }
    if (a.length > 2) {
      throw Errors.typeError(type + " expected at most 1 argument, got " + (a.length - 1));
    }
  }

  /** Defines a special method on a built-in type unless it has one already. */
  private static void special(PyType t, String name, PyBuiltinFunction.Body body) {
    if (t.dict.getStr(name) == null) {
      t.dict.put(name, new PyBuiltinFunction(name, t, (a, k) -> {
        if (a.length == 0) {
          throw Errors.typeError("unbound method " + t.name + "." + name
              + "() needs an argument");
        }
        if (!Types.typeOf(a[0]).isSubtypeOf(t)) {
          throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name
              + "' object but received a '" + Types.typeOf(a[0]).name + "'");
        }
        return body.call(a, k);
      }));
    }
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __repr__, __len__, __iter__, __contains__, __getitem__, __setitem__, __delitem__, __call__,
    __init__, __subclasses__, __init__2, __init__3, __init__4;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __repr__: return a[0] instanceof PySet st ? SetOps.repr(st)
            : ObjectRepr.containerRepr(a[0]);
        case __len__: return Ops.lenBuiltin(a[0]);
        case __iter__: return Ops.iterBuiltin(a[0]);
        case __contains__: return Ops.containsBuiltin(a[0], a[1]);
        case __getitem__: return Ops.getitemBuiltin(a[0], a[1]);
        case __setitem__: {
          Ops.setitemBuiltin(a[0], a[1], a[2]);
          return PySingleton.NONE;
        }
        case __delitem__: {
          Ops.delitemBuiltin(a[0], a[1]);
          return PySingleton.NONE;
        }
        case __call__: {
          if (a.length == 0 || !(a[0] instanceof PyType t)) {
            throw Errors.typeError("descriptor '__call__' of 'type' object needs an argument");
          }
          return Calls.instantiate(t, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        }
        case __init__: {
          // type_init: type(name, bases, dict) or type(obj), keywords left to __new__
          int n = a.length - 1 - ArgParser.nkw(k);
          if (n != 1 && n != 3) {
            throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
          }
          return PySingleton.NONE;
        }
        case __subclasses__: return new PyList(((PyType) a[0]).subclasses.toArray());
        case __init__2: {
          Constructors.fillDict((PyDict) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
          return PySingleton.NONE;
        }
        case __init__3: {
          initArgs(a, k, "list");
          PyList l = (PyList) a[0];
          Object[] items = a.length > 1 ? ListOps.toArray(a[1]) : new Object[0];
          l.setAll(items.clone());
          return PySingleton.NONE;
        }
        case __init__4: {
          initArgs(a, k, "set");
          PySet s = (PySet) a[0];
          s.table.clear();
          if (a.length > 1) {
            s.update(a[1]);
          }
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
