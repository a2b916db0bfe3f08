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

  PyGenericAlias(Object origin, Object key) {
    this.origin = origin;
    this.args = key instanceof PyTuple t ? t : PyTuple.of(key);
  }

  /** list.__class_getitem__ and the others': list[int] is GenericAlias(list, int). */
  static void install() {
    for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.TUPLE, Types.SET,
        Types.FROZENSET}) {
      t.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
          "__class_getitem__", (a, k) -> new PyGenericAlias((PyType) a[0], a[1]))));
    }
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
      default -> Ops.getattrOrNull(origin, name);
    };
  }

  String repr() {
    StringBuilder sb = new StringBuilder(itemRepr(origin)).append('[');
    if (args.size() == 0) {
      sb.append("()");
    }
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Object a = args.get(i);
      sb.append(origin == Typing.GENERIC && a instanceof PyTypeParam p
          && p.kind == PyTypeParam.Kind.TYPEVARTUPLE ? "typing.Unpack[" + p.name + "]"
          : itemRepr(a));
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

  @Override
  public PyType type() {
    return TYPE;
  }
}
