package org.pyjit.runtime;

/**
 * types.GenericAlias: what subscripting a builtin generic class gives ({@code list[int]}).
 * It remembers the class and the arguments, prints as CPython does, and calling it calls the
 * class.
 */
public final class PyGenericAlias extends PyObject {
  static final PyType TYPE = new PyType("GenericAlias", true, Types.OBJECT);

  /** A class, or a generic type alias. */
  final Object origin;
  final PyTuple args;

  /** {@code *tuple[int, ...]}: what iterating a GenericAlias gives (PEP 646). */
  private boolean starred;

  PyGenericAlias(Object origin, Object key) {
    this.origin = origin;
    this.args = key instanceof PyTuple t ? t : PyTuple.of(key);
  }

  /** list.__class_getitem__ and the others': list[int] is GenericAlias(list, int). */
  static void install() {
    for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.TUPLE, Types.SET,
        Types.FROZENSET}) {
      t.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
          "__class_getitem__", Fn.__class_getitem__)));
    }
    // types.GenericAlias(origin, args), what Python classes' __class_getitem__ may return
    TYPE.constructor = (cls, a, k) -> {
      if (k != null && k.length > 0) {
        throw Errors.typeError("GenericAlias() takes no keyword arguments");
      }
      if (a.length != 2) {
        throw Errors.typeError("GenericAlias expected 2 arguments, got " + a.length);
      }
      return new PyGenericAlias(a[0], a[1]);
    };
  }

  /** Whether {@code t[...]} makes a GenericAlias (the builtin classes CPython makes generic). */
  static boolean isGeneric(PyType t) {
    return t == Types.LIST || t == Types.DICT || t == Types.TUPLE || t == Types.SET
        || t == Types.FROZENSET || t == Types.TYPE;
  }

  Object attribute(String name) {
    return switch (name) {
      case "__origin__" -> origin;
      case "__args__" -> args;
      case "__parameters__" -> parameters();
      default -> Ops.getattrOrNull(origin, name);
    };
  }

  /** As CPython's ga_hash: the origin's hash xor the arguments'. */
  long hash() {
    long h = Ops.hash(origin) ^ Ops.hash(args);
    return h == -1 ? -2 : h;
  }

  /** The type parameters the arguments use, in order, each once (nested aliases' too). */
  private PyTuple parameters() {
    java.util.List<Object> out = new java.util.ArrayList<>();
    for (Object a : args.items) {
      Object inner = a instanceof PyGenericAlias g && g.origin != Typing.UNPACK
          ? g.parameters() : PyTuple.of(a instanceof PyGenericAlias g ? g.args.get(0) : a);
      for (Object p : ((PyTuple) inner).items) {
        if (p instanceof PyTypeParam && !out.contains(p)) {
          out.add(p);
        }
      }
    }
    return PyTuple.of(out.toArray());
  }

  String repr() {
    StringBuilder sb = new StringBuilder(starred ? "*" : "").append(itemRepr(origin))
        .append('[');
    if (args.size() == 0) {
      sb.append("()");
    }
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(itemRepr(args.get(i)));
    }
    return sb.append(']').toString();
  }

  private static String itemRepr(Object o) {
    if (o == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (o instanceof PyType t) {
      return t.module.equals("builtins") ? t.qualname : t.module + "." + t.qualname;
    }
    if (o instanceof PyList l) { // a ParamSpec's argument list
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(itemRepr(l.get(i)));
      }
      return sb.append(']').toString();
    }
    return Ops.repr(o);
  }

  /** typing's aliases: of Unpack, and of Generic or a class deriving from it. */
  static final PyType UNPACK_ALIAS = new PyType("_UnpackGenericAlias", true, Types.OBJECT);
  static final PyType TYPING_ALIAS = new PyType("_GenericAlias", true, Types.OBJECT);

  static {
    UNPACK_ALIAS.module = "typing";
    TYPING_ALIAS.module = "typing";
    TYPE.dict.put("__iter__", new PyBuiltinFunction("__iter__", TYPE, Fn.__iter__));
    for (PyType t : new PyType[] {TYPE, UNPACK_ALIAS, TYPING_ALIAS}) {
      t.baseType = false;
      // equal when their origins and arguments are
      t.dict.put("__eq__", new PyBuiltinFunction("__eq__", t, Fn.__eq__));
      t.dict.put("__hash__", new PyBuiltinFunction("__hash__", t,
          Fn.__hash__));
    }
  }

  @Override
  public PyType type() {
    if (origin == Typing.UNPACK) {
      return UNPACK_ALIAS;
    }
    return origin instanceof PyType t && t.isSubtypeOf(Typing.GENERIC) ? TYPING_ALIAS : TYPE;
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __class_getitem__, __iter__, __eq__, __hash__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __class_getitem__: return new PyGenericAlias((PyType) a[0], a[1]);
        case __iter__: {
          PyGenericAlias g = (PyGenericAlias) a[0];
          PyGenericAlias star = new PyGenericAlias(g.origin, g.args);
          star.starred = true;
          return Ops.iter(PyTuple.of(star));
        }
        case __eq__: return a[1] instanceof PyGenericAlias o ? (Object) (Ops.eq(((PyGenericAlias) a[0]).origin,
            o.origin) && Ops.eq(((PyGenericAlias) a[0]).args, o.args)
            && ((PyGenericAlias) a[0]).starred == o.starred)
            : PySingleton.NOT_IMPLEMENTED;
        case __hash__: return ((PyGenericAlias) a[0]).hash();
        default:
          throw new AssertionError(this);
      }
    }
  }
}
