package org.pyjit.runtime;

/**
 * A read-only view of a mapping: CPython's {@code types.MappingProxyType}, what a class's
 * {@code __dict__} and {@code vars(cls)} give, so that a class namespace changes only through
 * setattr/delattr (which keep the type's caches right). Every read goes to the mapping
 * underneath; there is no way to write through the view.
 */
public final class PyMappingProxy extends PyObject {
  static final PyType TYPE = new PyType("mappingproxy", true, Types.OBJECT);

  final Object mapping;

  PyMappingProxy(Object mapping) {
    if (mapping instanceof LazyTypeDict) {
      LazyTypeDict.installNow(); // its methods read the dict's table directly
    }
    this.mapping = mapping;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  String repr() {
    return "mappingproxy(" + Ops.repr(mapping) + ")";
  }

  private static Object mapping(Object self) {
    return ((PyMappingProxy) self).mapping;
  }

  /** Calls the underlying mapping's method of the same name with the view's arguments. */
  private static void forward(String name, int min, int max) {
    def(name, (a, k) -> {
      if (max == 0) {
        MethodArgs.none(a, k, TYPE, name);
      } else {
        MethodArgs.range(a, k, TYPE, name, min, max);
      }
      Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
      return Ops.call(Ops.getattr(mapping(a[0]), name), rest, null);
    });
  }

  private static void def(String name, PyBuiltinFunction.Body body) {
    TYPE.dict.put(name, BytesMethods.method(TYPE, PyMappingProxy.class, name, body));
  }

  static void installConstructor() {
    TYPE.constructor = (cls, a, k) -> {
      if (a.length != 1 || (k != null && k.length > 0)) {
        throw Errors.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
      }
      Object m = a[0];
      if (m instanceof PyList || m instanceof PyTuple || Types.typeOf(m).lookup("__getitem__")
          == null || !(m instanceof PyDict) && Types.typeOf(m).lookup("keys") == null) {
        throw Errors.typeError("mappingproxy() argument must be a mapping, not "
            + Types.typeOf(m).name);
      }
      return new PyMappingProxy(m);
    };
  }

  static void install() {
    def("__getitem__", Fn.__getitem__);
    def("__contains__", Fn.__contains__);
    def("__iter__", Fn.__iter__);
    def("__len__", Fn.__len__);
    def("__reversed__", Fn.__reversed__);
    def("__eq__", Fn.__eq__);
    def("__ne__", Fn.__ne__);
    def("__or__", Fn.__or__);
    def("__ror__", Fn.__ror__);
    def("__repr__", Fn.__repr__);
    def("__str__", Fn.__str__);
    forward("get", 1, 2);
    forward("keys", 0, 0);
    forward("values", 0, 0);
    forward("items", 0, 0);
    forward("copy", 0, 0);
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __getitem__, __contains__, __iter__, __len__, __reversed__, __eq__, __ne__, __or__,
    __ror__, __repr__, __str__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __getitem__: return Ops.getitem(mapping(a[0]), a[1]);
        case __contains__: return Ops.contains(mapping(a[0]), a[1]);
        case __iter__: return Ops.iter(mapping(a[0]));
        case __len__: return Ops.len(mapping(a[0]));
        case __reversed__: return Ops.call(Builtins.dict(null).getStr("reversed"),
            new Object[] {mapping(a[0])}, null);
        case __eq__: return Ops.eq(mapping(a[0]), a[1]);
        case __ne__: return !Ops.eq(mapping(a[0]), a[1]);
        case __or__: return Ops.binary(org.pyjit.bytecode.BinaryOp.OR, mapping(a[0]),
            a[1] instanceof PyMappingProxy p ? p.mapping : a[1]);
        case __ror__: return Ops.binary(org.pyjit.bytecode.BinaryOp.OR,
            a[1] instanceof PyMappingProxy p ? p.mapping : a[1], mapping(a[0]));
        case __repr__: return ((PyMappingProxy) a[0]).repr();
        case __str__: return Ops.str(mapping(a[0])); // CPython: str of the mapping
        default:
          throw new AssertionError(this);
      }
    }
  }
}
