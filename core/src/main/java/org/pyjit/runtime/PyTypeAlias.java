package org.pyjit.runtime;

/**
 * typing.TypeAliasType, what {@code type Name[params] = value} makes (PEP 695): the value is
 * computed by its function the first time {@code __value__} is read, then kept. Only an
 * alias with type parameters can be subscripted, which gives a GenericAlias of it.
 */
public final class PyTypeAlias extends PyObject {
  static final PyType TYPE = new PyType("TypeAliasType", true, Types.OBJECT);

  static {
    TYPE.module = "typing";
    TYPE.baseType = false;
    TYPE.dict.put("__getitem__", new PyBuiltinFunction("__getitem__", TYPE,
        (a, k) -> ((PyTypeAlias) a[0]).subscript(a[1])));
  }

  final String name;
  /** The type parameters' tuple, or None. */
  final Object typeParams;
  private final Object computeValue;
  private Object value;
  private final Object module;

  /** INTRINSIC_TYPEALIAS: the (name, type_params, compute_value) tuple. */
  PyTypeAlias(PyTuple args, Object module) {
    this.name = (String) args.get(0);
    this.typeParams = args.get(1);
    this.computeValue = args.get(2);
    this.module = module;
  }

  Object value() {
    if (value == null) {
      value = Ops.call(computeValue, new Object[0], null);
    }
    return value;
  }

  private Object params() {
    return typeParams instanceof PyTuple t ? t : PyTuple.of();
  }

  Object subscript(Object key) {
    if (!(typeParams instanceof PyTuple t) || t.size() == 0) {
      throw Errors.typeError("Only generic type aliases are subscriptable");
    }
    return new PyGenericAlias(this, key);
  }

  Object attribute(String attr) {
    return switch (attr) {
      case "__name__" -> name;
      case "__value__" -> value();
      case "__type_params__" -> params();
      case "__parameters__" -> Typing.unpackAll((PyTuple) params());
      case "__module__" -> module;
      default -> null;
    };
  }

  String repr() {
    return name;
  }

  @Override
  public PyType type() {
    return TYPE;
  }
}
