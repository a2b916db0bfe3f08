package org.pyjit.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The methods of {@code object} and {@code BaseException} that Python code reaches
 * explicitly: {@code super().__init__(...)}, {@code object.__setattr__(self, k, v)},
 * {@code super().__repr__()}. The runtime implements these behaviours directly in
 * {@link Ops} for speed, and the types' dicts stay free of them so that "does the class
 * define __eq__ / __hash__ / __repr__" stays a plain dict lookup there; this table is
 * consulted only where CPython would find them in object's or BaseException's dict.
 */
final class ObjectMethods {
  private ObjectMethods() {}

  private static final Map<String, Object> OBJECT = new HashMap<>();
  private static final Map<String, Object> BASE_EXCEPTION = new HashMap<>();

  /** The type whose own __sizeof__ CPython finds first for {@code self} (its name only). */
  private static String sizeofOwner(Object self) {
    for (PyType t : Types.typeOf(self).mro) {
      if (t == Types.INT || t == Types.STR || t == Types.BYTES || t == Types.BYTEARRAY
          || t == Types.LIST || t == Types.TUPLE || t == Types.DICT || t == Types.SET
          || t == Types.FROZENSET) {
        return t.name;
      }
    }
    return "object";
  }

  private static void def(Map<String, Object> table, PyType owner, String name,
      PyBuiltinFunction.Body body) {
    table.put(name, new PyBuiltinFunction(name, owner, body));
  }

  static {
    PyType o = Types.OBJECT;
    def(OBJECT, o, "__init__", (a, k) -> {
      if (a.length > 1) {
        // CPython's object_init: extra arguments are an error only when the class overrides
        // __init__ ("object.__init__()") or keeps object's __new__ (then named after it)
        PyType t = Types.typeOf(a[0]);
        // (a class's lookup sees its own and its bases' dicts, not object's methods here)
        boolean ownInit = t.lookup("__init__") != null;
        boolean objectNew = t == Types.OBJECT || !t.builtin
            && BuiltinSubclasses.solidBase(t) == Types.OBJECT && t.lookup("__new__") == null;
        if (ownInit || objectNew) {
          throw Errors.typeError((ownInit ? "object" : t.name) + ".__init__() takes exactly"
              + " one argument (the instance to initialize)");
        }
      }
      return PySingleton.NONE;
    });
    OBJECT.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", Fn.__new__)));
    for (org.pyjit.bytecode.CompareOp op : new org.pyjit.bytecode.CompareOp[] {
        org.pyjit.bytecode.CompareOp.LT, org.pyjit.bytecode.CompareOp.LE,
        org.pyjit.bytecode.CompareOp.GT, org.pyjit.bytecode.CompareOp.GE}) {
      def(OBJECT, o, op.dunder, (a, k) -> PySingleton.NOT_IMPLEMENTED);
    }
    OBJECT.put("__subclasshook__", new PyClassMethod(new PyBuiltinFunction(
        "__subclasshook__", o, Fn.__subclasshook__)));
    def(OBJECT, o, "__repr__", (a, k) -> ObjectRepr.defaultRepr(a[0]));
    def(OBJECT, o, "__sizeof__", (a, k) -> {
      ArgParser.noArgs(sizeofOwner(a[0]) + ".__sizeof__", a, k, 1);
      return a[0] instanceof PyInstance i && i.dict != null ? 32L : 16L;
    });
    def(OBJECT, o, "__dir__", (a, k) -> {
      ArgParser.noArgs("object.__dir__", a, k, 1);
      return IntrospectionBuiltins.defaultDir(a[0]);
    });
    def(OBJECT, o, "__getstate__", (a, k) -> {
      ArgParser.noArgs("object.__getstate__", a, k, 1);
      return a[0] instanceof PyInstance i && i.dict != null && i.dict.size() > 0 ? i.dict
          : PySingleton.NONE;
    });
    def(OBJECT, o, "__reduce__", (a, k) -> {
      ArgParser.noArgs("object.__reduce__", a, k, 1);
      throw Errors.typeError("cannot pickle '" + Types.typeOf(a[0]).name + "' object");
    });
    def(OBJECT, o, "__reduce_ex__", (a, k) -> {
      ArgParser.exactlyOne("object.__reduce_ex__", a, k, 1);
      throw Errors.typeError("cannot pickle '" + Types.typeOf(a[0]).name + "' object");
    });
    def(OBJECT, o, "__str__", (a, k) -> Ops.repr(a[0]));
    def(OBJECT, o, "__format__", (a, k) -> {
      String spec = MethodArgs.formatSpec(a, k, Types.OBJECT);
      if (!spec.isEmpty()) {
        throw Errors.typeError("unsupported format string passed to "
            + Types.typeOf(a[0]).name + ".__format__");
      }
      return Ops.str(a[0]);
    });
    def(OBJECT, o, "__eq__", (a, k) -> a[0] == a[1] ? Boolean.TRUE : PySingleton.NOT_IMPLEMENTED);
    def(OBJECT, o, "__ne__", (a, k) -> {
      Object ne = Ops.neFromEq(a[0], a[1]);
      return ne == null ? PySingleton.NOT_IMPLEMENTED : ne;
    });
    def(OBJECT, o, "__hash__", (a, k) -> org.pyjit.runtime.collect.PyHash.hashIdentity(
        System.identityHashCode(a[0])));
    def(OBJECT, o, "__getattribute__", (a, k) -> {
      Object v = Ops.genericGetattr(a[0], (String) a[1]);
      if (v == null) {
        throw Ops.noAttribute(a[0], (String) a[1]);
      }
      return v;
    });
    def(OBJECT, o, "__setattr__", (a, k) -> {
      setattr(a[0], (String) a[1], a[2]);
      return PySingleton.NONE;
    });
    def(OBJECT, o, "__delattr__", (a, k) -> {
      Ops.genericDelattr(a[0], (String) a[1]);
      return PySingleton.NONE;
    });
    OBJECT.put("__init_subclass__", new PyClassMethod(new PyBuiltinFunction(
        "__init_subclass__", o, Fn.__init_subclass__)));
    PyType e = Types.BASE_EXCEPTION;
    def(BASE_EXCEPTION, e, "__init__", (a, k) -> {
      // the built-in __init__ of the instance's class: OSError's, SyntaxError's ... fields
      ExceptionFields.init((PyBaseException) a[0], java.util.Arrays.copyOfRange(a, 1, a.length),
          k);
      return PySingleton.NONE;
    });
    def(BASE_EXCEPTION, e, "__str__", (a, k) -> ObjectRepr.exceptionStr((PyBaseException) a[0]));
    def(BASE_EXCEPTION, e, "__repr__",
        (a, k) -> ObjectRepr.exceptionRepr((PyBaseException) a[0]));
  }

  /** The names {@code t}'s own dict would hold in CPython beyond its actual dict (for dir). */
  static java.util.Set<String> names(PyType t) {
    if (t == Types.OBJECT) {
      java.util.Set<String> names = new java.util.HashSet<>(OBJECT.keySet());
      names.add("__class__"); // data descriptors of object
      names.add("__doc__");
      return names;
    }
    return t == Types.BASE_EXCEPTION ? BASE_EXCEPTION.keySet() : java.util.Set.of();
  }

  /** The method {@code name} that {@code t}'s own dict would hold in CPython, or null. */
  static Object lookup(PyType t, String name) {
    if (t == Types.OBJECT) {
      return OBJECT.get(name);
    }
    if (t == Types.BASE_EXCEPTION) {
      return BASE_EXCEPTION.get(name);
    }
    return null;
  }

  /** object.__setattr__: the instance dict (or a data descriptor), never __setattr__. */
  static void setattr(Object self, String name, Object value) {
    if (self instanceof BuiltinSubclasses.ClassInstance && !(self instanceof PyBaseException)) {
      Ops.genericSetattr(self, name, value);
      return;
    }
    if (self instanceof PyType t && !t.builtin) {
      Ops.typeSetattr(t, name, value); // type.__setattr__, never the metaclass's again
      return;
    }
    Ops.setattr(self, name, value);
  }

  /**
   * CPython's object_new refusing a class with abstract methods: their names sorted, each
   * quoted by repr.
   */
  static PyException abstractInstantiation(PyType cls) {
    Object names = cls.dict.getStr("__abstractmethods__");
    PyList sorted = (PyList) Ops.call(Builtins.dict(null).getStr("sorted"),
        new Object[] {names == null ? new PyList() : names}, null);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sorted.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(Ops.repr(sorted.get(i)));
    }
    return Errors.typeError("Can't instantiate abstract class " + cls.name
        + " without an implementation for abstract method" + (sorted.size() > 1 ? "s " : " ")
        + b);
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __new__, __subclasshook__, __init_subclass__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __new__: {
          PyType cls = BuiltinSubclasses.newTarget("object", a);
          PyType base = BuiltinSubclasses.solidBase(cls);
          if (base != Types.OBJECT) {
            throw Errors.typeError("object.__new__(" + cls.name + ") is not safe, use "
                + base.name + ".__new__()");
          }
          if (a.length > 1) {
            if (cls.lookup("__new__") != null) {
              throw Errors.typeError(
                  "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == null) {
              throw Errors.typeError(cls.name + "() takes no arguments");
            }
          }
          if (cls.isAbstract) {
            throw abstractInstantiation(cls);
          }
          return new PyInstance(cls);
        }
        case __subclasshook__:
          ArgParser.exactlyOne(((PyType) a[0]).name + ".__subclasshook__", a, k, 1);
          return PySingleton.NOT_IMPLEMENTED;
        case __init_subclass__: {
          if (k != null && k.length > 0) {
            throw Errors.typeError(((PyType) a[0]).name
                + ".__init_subclass__() takes no keyword arguments");
          }
          ArgParser.noArgs(((PyType) a[0]).name + ".__init_subclass__", a, k, 1);
          return PySingleton.NONE;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
