package org.pyjit.runtime;

import org.pyjit.bytecode.BinaryOp;

/**
 * The special methods and data descriptors of CPython 3.13's built-in types that the
 * per-type method tables ({@link ListMethods}, {@link NumberMethods}, ...) do not define:
 * the descriptors of type, function, builtin_function_or_method and BaseException
 * ({@code __mro__}, {@code __defaults__}, {@code args}, ...), {@code __get__} and
 * {@code __isabstractmethod__} of the function wrappers, {@code __getnewargs__}, the in-place
 * operators of list and set, {@code __bool__} of None and range (issue 3).
 *
 * <p>Contract: {@link #install} runs once, inside the lazy installer of the built-in types'
 * methods ({@link LazyTypeDict}); every type it writes to is one of that installer's targets.
 * A descriptor's value comes from the one place that already knew it (typeAttribute,
 * functionAttribute, exceptionAttribute in {@link Ops}); assignment stays in
 * {@link Ops#setattr}. Each method checks its arguments and words its errors as CPython's.
 */
final class BuiltinDunders {
  private BuiltinDunders() {}

  /** A method of {@code t}, refusing other receivers with CPython's message for its kind. */
  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    PyBuiltinFunction[] f = new PyBuiltinFunction[1];
    f[0] = new PyBuiltinFunction(name, t, (a, k) -> {
      boolean slot = f[0].isSlotWrapper();
      if (a.length == 0 || k != null && a.length == k.length) {
        throw Errors.typeError(slot ? "descriptor '" + name + "' of '" + t.name
            + "' object needs an argument" : "unbound method " + t.name + "." + name
            + "() needs an argument");
      }
      if (!Types.typeOf(a[0]).isSubtypeOf(t)) {
        String other = Types.typeOf(a[0]).name;
        throw Errors.typeError(slot ? "descriptor '" + name + "' requires a '" + t.name
            + "' object but received a '" + other + "'" : "descriptor '" + name + "' for '"
            + t.name + "' objects doesn't apply to a '" + other + "' object");
      }
      return body.call(a, k);
    });
    t.dict.put(name, f[0]);
  }

  static void install() {
    installType();
    installFunctions();
    // the hashable built-in types without a __hash__ of their own elsewhere: each has one,
    // as in CPython, so that x.__hash__() is hash(x) and not object's identity hash
    for (PyType t : new PyType[] {Types.TUPLE, Types.FROZENSET, Types.RANGE, Types.SLICE,
        Types.MEMORYVIEW, Types.NONE_TYPE}) {
      def(t, "__hash__", (a, k) -> Ops.hash(a[0]));
    }
    installExceptions();
    installWrappers();
    installSuper();
    installDescriptors();
    installValues();
    PyMemberDescriptor.install(Types.CELL, true, "cell_contents");
    // module.__dict__ itself is answered by Ops.genericGetattr (before the module's globals)
    PyMemberDescriptor.install(Types.MODULE, false, (o, n) -> o instanceof PyModule m ? m.dict
        : null, "__dict__");
    PyMemberDescriptor.install(Types.TRACEBACK, false, "tb_frame", "tb_lasti");
    PyMemberDescriptor.install(Types.TRACEBACK, true, "tb_next", "tb_lineno");
    PyMemberDescriptor.install(Types.FRAME, true, "f_back", "f_code", "f_globals", "f_builtins",
        "f_locals", "f_lineno", "f_lasti", "f_trace", "f_trace_opcodes");
    PyMemberDescriptor.install(Types.FRAME, false, "f_trace_lines");
  }

  /**
   * Bound methods, the method and slot-wrapper descriptors of built-in types, and the
   * member and getset descriptors: their names, owners, {@code __get__} and calls.
   */
  private static void installDescriptors() {
    PyType m = Types.METHOD;
    PyMemberDescriptor.install(m, false, (o, n) -> !(o instanceof PyMethod bm) ? null
        : n.equals("__self__") ? bm.self : bm.function, "__self__", "__func__");
    def(m, "__call__", Fn.__call__);
    def(m, "__get__", (a, k) -> { // a bound method stays bound to its object
      getArgs(a, k, m);
      return a[0];
    });

    for (PyType t : new PyType[] {Types.METHOD_DESCRIPTOR, PyBuiltinFunction.WRAPPER_DESCRIPTOR}) {
      PyMemberDescriptor.install(t, false, (o, n) -> o instanceof PyBuiltinFunction b
          ? n.equals("__objclass__") ? b.owner : Ops.builtinFunctionAttribute(b, n) : null,
          "__objclass__");
      PyMemberDescriptor.install(t, true, (o, n) -> o instanceof PyBuiltinFunction b
          ? Ops.builtinFunctionAttribute(b, n) : null, "__name__", "__qualname__");
      def(t, "__call__", Fn.__call__2);
      def(t, "__get__", (a, k) -> {
        getArgs(a, k, t);
        PyBuiltinFunction b = (PyBuiltinFunction) a[0];
        if (a[1] == PySingleton.NONE) {
          return b;
        }
        if (!Types.typeOf(a[1]).isSubtypeOf(b.owner)) {
          throw Errors.typeError("descriptor '" + b.name + "' for '" + b.owner.name
              + "' objects doesn't apply to a '" + Types.typeOf(a[1]).name + "' object");
        }
        return new PyMethod(b, a[1]);
      });
    }

    for (PyType t : new PyType[] {PyMemberDescriptor.MEMBER, PyMemberDescriptor.GETSET}) {
      PyMemberDescriptor.install(t, false, (o, n) -> {
        PyMemberDescriptor d = (PyMemberDescriptor) o;
        return n.equals("__objclass__") ? d.owner : d.name;
      }, "__objclass__", "__name__");
      PyMemberDescriptor.install(t, true, (o, n) -> {
        PyMemberDescriptor d = (PyMemberDescriptor) o;
        return d.owner.name + "." + d.name;
      }, "__qualname__");
      def(t, "__get__", (a, k) -> {
        getArgs(a, k, t);
        PyMemberDescriptor d = (PyMemberDescriptor) a[0];
        if (a[1] == PySingleton.NONE) {
          return d;
        }
        checkApplies(d, a[1]);
        Object v = d.get(a[1]);
        if (v == null) {
          throw Ops.noAttribute(a[1], d.name);
        }
        return v;
      });
      def(t, "__set__", Fn.__set__);
      def(t, "__delete__", Fn.__delete__);
    }
  }

  private static void checkApplies(PyMemberDescriptor d, Object o) {
    if (!Types.typeOf(o).isSubtypeOf(d.owner)) {
      throw Errors.typeError("descriptor '" + d.name + "' for '" + d.owner.name
          + "' objects doesn't apply to a '" + Types.typeOf(o).name + "' object");
    }
  }

  private static void installSuper() {
    PyType su = Types.SUPER;
    PyMemberDescriptor.install(su, false, (o, n) -> {
      if (!(o instanceof PySuper s)) {
        return null;
      }
      return switch (n) {
        case "__thisclass__" -> s.thisType;
        case "__self__" -> s.unbound() ? PySingleton.NONE : s.obj;
        default -> s.unbound() ? PySingleton.NONE
            : s.obj instanceof PyType t && t.isSubtypeOf(s.thisType) ? t
            : Types.typeOf(s.obj); // __self_class__
      };
    }, "__thisclass__", "__self__", "__self_class__");
    // binding a bound super gives it back; binding super(T) to an object gives super(T, obj)
    def(su, "__get__", (a, k) -> {
      MethodArgs.range(a, k, su, "__get__", 1, 2);
      PySuper s = (PySuper) a[0];
      if (!s.unbound() || a[1] == PySingleton.NONE) {
        return s;
      }
      return Constructors.checkedSuper(s.thisType, a[1]);
    });
  }

  // ------------------------------------------------------------------ type

  private static void installType() {
    PyType t = Types.TYPE;
    PyMemberDescriptor.Getter typeAttr = (o, n) -> {
      if (!(o instanceof PyType c)) {
        return null;
      }
      if (n.equals("__abstractmethods__")) {
        // only classes that set it (abc) have it; type's own AttributeError names it bare
        Object v = c == Types.TYPE ? null : c.dict.getStr(n);
        if (v == null) {
          throw Errors.attributeError(n);
        }
        return v;
      }
      return Ops.typeAttribute(c, n);
    };
    PyMemberDescriptor.install(t, false, typeAttr, "__base__");
    PyMemberDescriptor.install(t, true, typeAttr, "__mro__", "__name__", "__qualname__", "__bases__",
        "__module__", "__abstractmethods__", "__dict__", "__annotations__",
        "__type_params__");
    t.dict.put("mro", Ops.UNBOUND_TYPE_MRO);
    def(t, "__instancecheck__", (a, k) -> {
      MethodArgs.one(a, k, t, "__instancecheck__");
      return Types.typeOf(a[1]).isSubtypeOf((PyType) a[0]);
    });
    def(t, "__subclasscheck__", (a, k) -> {
      MethodArgs.one(a, k, t, "__subclasscheck__");
      if (!(a[1] instanceof PyType c)) {
        throw Errors.typeError("issubclass() arg 1 must be a class");
      }
      return c.isSubtypeOf((PyType) a[0]);
    });
    // type.__prepare__(name, bases, **kwds): the namespace of a new class, an empty dict
    t.dict.put("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__",
        Fn.__prepare__)));
    def(t, "__or__", Fn.__or__);
    def(t, "__ror__", Fn.__ror__);
  }

  // ------------------------------------------------------------------ functions

  private static void installFunctions() {
    PyType f = Types.FUNCTION;
    PyMemberDescriptor.Getter fnAttr = (o, n) -> !(o instanceof PyFunction fn) ? null
        : n.equals("__closure__") ? BuiltinAttributes.get(o, n) : Ops.functionAttribute(fn, n);
    PyMemberDescriptor.install(f, false, fnAttr, "__closure__", "__globals__", "__builtins__",
        "__module__");
    PyMemberDescriptor.install(f, true, fnAttr, "__code__", "__defaults__", "__kwdefaults__",
        "__annotations__", "__dict__", "__name__", "__qualname__", "__type_params__");
    def(f, "__call__", Fn.__call__3);
    def(f, "__get__", (a, k) -> {
      // CPython's wrapper names no function here: " expected at least 1 argument, got 0"
      MethodArgs.range(a, k, f, "", 1, 2);
      Object obj = a[1];
      if (obj == PySingleton.NONE) {
        if (a.length < 3 || a[2] == PySingleton.NONE) {
          throw Errors.typeError("__get__(None, None) is invalid");
        }
        return a[0];
      }
      return new PyMethod(a[0], obj);
    });

    PyType b = Types.BUILTIN_FUNCTION;
    // a bound method of a built-in type ([].append) is a builtin_function_or_method too
    PyMemberDescriptor.Getter bAttr = (o, n) -> o instanceof PyMethod m
        ? (n.equals("__self__") ? m.self : Ops.getattrOrNull(m.function, n))
        : o instanceof PyBuiltinFunction bf ? Ops.builtinFunctionAttribute(bf, n) : null;
    PyMemberDescriptor.install(b, false, bAttr, "__module__");
    PyMemberDescriptor.install(b, true, bAttr, "__self__", "__name__", "__qualname__");
    def(b, "__call__", Fn.__call__4);
  }

  /** function.__builtins__: the dict of the builtins module. */
  static Object builtinsOf(PyFunction f) {
    return Builtins.dict(f.globals);
  }

  // ------------------------------------------------------------------ exceptions

  private static void installExceptions() {
    PyType be = Types.BASE_EXCEPTION;
    PyMemberDescriptor.Getter excAttr = (o, n) -> !(o instanceof PyBaseException e) ? null
        : n.equals("__dict__") ? e.dict : Ops.exceptionAttribute(e, n);
    PyMemberDescriptor.install(be, false, excAttr, "__suppress_context__");
    PyMemberDescriptor.install(be, true, excAttr, "__dict__", "args", "__traceback__",
        "__context__", "__cause__");
    def(be, "__setstate__", (a, k) -> {
      MethodArgs.one(a, k, be, "__setstate__");
      if (a[1] == PySingleton.NONE) {
        return PySingleton.NONE;
      }
      if (!(a[1] instanceof PyDict d)) {
        throw Errors.typeError("state is not a dictionary");
      }
      for (Object[] kv : d.items()) {
        if (!(kv[0] instanceof String name)) {
          throw Errors.typeError("attribute name must be string, not '"
              + Types.typeOf(kv[0]).name + "'");
        }
        Ops.setattr(a[0], name, kv[1]);
      }
      return PySingleton.NONE;
    });
  }

  // ------------------------------------------------------------------ function wrappers

  private static void installWrappers() {
    PyType sm = Types.STATICMETHOD;
    PyType cm = Types.CLASSMETHOD;
    PyMemberDescriptor.Getter wrapped = (o, n) -> o instanceof PyStaticMethod s ? s.function
        : o instanceof PyClassMethod c ? c.function : null;
    for (PyType t : new PyType[] {sm, cm}) {
      PyMemberDescriptor.install(t, false, wrapped, "__func__", "__wrapped__");
      PyMemberDescriptor.install(t, true, (o, n) -> o instanceof PyStaticMethod
          || o instanceof PyClassMethod ? wrapperDict(o) : null, "__dict__");
      PyMemberDescriptor.install(t, true, (o, n) -> isAbstract(wrapped.get(o, n)),
          "__isabstractmethod__");
    }
    def(sm, "__get__", (a, k) -> {
      getArgs(a, k, sm);
      return ((PyStaticMethod) a[0]).function;
    });
    def(cm, "__get__", (a, k) -> {
      getArgs(a, k, cm);
      Object type = a.length > 2 && a[2] != PySingleton.NONE ? a[2] : Types.typeOf(a[1]);
      return new PyMethod(((PyClassMethod) a[0]).function, type);
    });

    PyType p = Types.PROPERTY;
    PyMemberDescriptor.install(p, true, (o, n) -> {
      if (!(o instanceof PyProperty q)) {
        return null;
      }
      return isAbstract(q.fget) || isAbstract(q.fset) || isAbstract(q.fdel);
    }, "__isabstractmethod__");
    PyMemberDescriptor.install(p, true, (o, n) -> {
      if (!(o instanceof PyProperty q)) {
        return null;
      }
      // null: "'property' object has no attribute '__name__'", as CPython
      return q.name != null ? q.name : q.fget == null || q.fget == PySingleton.NONE ? null
          : Ops.getattrOrNull(q.fget, "__name__");
    }, "__name__");
    def(p, "__delete__", Fn.__delete__2);
    def(p, "__set_name__", (a, k) -> {
      MethodArgs.noKeywords(k, p, "__set_name__");
      if (a.length != 3) {
        throw Errors.typeError("__set_name__() takes 2 positional arguments but "
            + (a.length - 1) + " were given");
      }
      ((PyProperty) a[0]).name = a[2];
      return PySingleton.NONE;
    });
  }

  /** The argument checks of a slot wrapper taking {@code n} arguments besides self. */
  private static void slotArgs(Object[] a, String[] k, String name, int n) {
    if (k != null && k.length > 0) {
      throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
    }
    if (a.length - 1 != n && !name.equals("__imul__")) {
      throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got "
          + (a.length - 1));
    }
  }

  /**
   * The __dict__ of a staticmethod or classmethod object: as CPython's constructors do
   * (functools.wraps), it starts with the wrapped function's __module__, __name__,
   * __qualname__, __doc__ and __annotations__ (those it has), copied at first use.
   */
  static PyDict wrapperDict(Object o) {
    PyDict d = o instanceof PyStaticMethod s ? s.dict : ((PyClassMethod) o).dict;
    if (d != null) {
      return d;
    }
    d = new PyDict();
    Object f = o instanceof PyStaticMethod s ? s.function : ((PyClassMethod) o).function;
    for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__",
        "__annotations__"}) {
      Object v = Ops.getattrOrNull(f, n);
      if (v != null) {
        d.put(n, v);
      }
    }
    if (o instanceof PyStaticMethod s) {
      s.dict = d;
    } else {
      ((PyClassMethod) o).dict = d;
    }
    return d;
  }

  /** The checks of a descriptor's {@code __get__(obj, type=None)}. */
  private static void getArgs(Object[] a, String[] k, PyType t) {
    MethodArgs.range(a, k, t, "__get__", 1, 2);
    if (a[1] == PySingleton.NONE && (a.length < 3 || a[2] == PySingleton.NONE)) {
      throw Errors.typeError("__get__(None, None) is invalid");
    }
  }

  /** Whether {@code f} is marked abstract (its __isabstractmethod__ is true). */
  private static boolean isAbstract(Object f) {
    if (f == null || f == PySingleton.NONE) {
      return false;
    }
    Object v = Ops.getattrOrNull(f, "__isabstractmethod__");
    return v != null && Ops.truth(v);
  }

  // ------------------------------------------------------------------ values and containers

  private static void installValues() {
    def(Types.NONE_TYPE, "__bool__", Fn.__bool__);
    PyType r = Types.RANGE;
    def(r, "__bool__", Fn.__bool__2);
    def(r, "__reversed__", (a, k) -> {
      MethodArgs.none(a, k, r, "__reversed__");
      return ((PyRange) a[0]).reversedIterator();
    });
    newArgs(Types.INT, x -> Ops.asInt(x));
    newArgs(Types.FLOAT, x -> x);
    newArgs(Types.COMPLEX, x -> {
      PyComplex c = (PyComplex) x;
      return PyTuple.of(c.real, c.imag);
    });
    newArgs(Types.TUPLE, x -> PyTuple.of(((PyTuple) x).items.clone()));
    newArgs(Types.BYTES, x -> new PyBytes(((PyBytes) x).data));
    PyType fl = Types.FLOAT;
    fl.dict.put("__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__",
        fl, (a, k) -> {
          MethodArgs.one(a, k, fl, "__getformat__");
          if (!(a[1] instanceof String s)) {
            throw Errors.typeError("__getformat__() argument must be str, not "
                + Types.typeOf(a[1]).name);
          }
          if (!s.equals("double") && !s.equals("float")) {
            throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
          }
          return "IEEE, little-endian";
        })));
    // rmod: only a bytes (bytearray) left operand formats; anything else is not ours
    def(Types.BYTES, "__rmod__", Fn.__rmod__);
    def(Types.BYTEARRAY, "__rmod__", Fn.__rmod__2);
    PyType l = Types.LIST;
    def(l, "__imul__", (a, k) -> {
      slotArgs(a, k, "__imul__", 1);
      if (a.length != 2) { // its wrapper unpacks the tuple, naming no function
        MethodArgs.range(a, k, l, "", 1, 1);
      }
      PyList self = (PyList) a[0];
      long n = Ops.asIndex(a[1]);
      Object[] items = self.toArray();
      if (n <= 0 || items.length == 0) {
        self.clear();
        return self;
      }
      if (n * items.length > Integer.MAX_VALUE - 8 || n > Integer.MAX_VALUE) {
        throw Errors.raise(Types.MEMORY_ERROR, "");
      }
      Object[] out = new Object[(int) (n * items.length)];
      for (int i = 0; i < n; i++) {
        System.arraycopy(items, 0, out, i * items.length, items.length);
      }
      self.setAll(out);
      return self;
    });
    String[] names = {"__iand__", "__ior__", "__isub__", "__ixor__"};
    BinaryOp[] ops = {BinaryOp.INPLACE_AND, BinaryOp.INPLACE_OR, BinaryOp.INPLACE_SUBTRACT,
        BinaryOp.INPLACE_XOR};
    for (int i = 0; i < names.length; i++) {
      BinaryOp op = ops[i];
      String name = names[i];
      def(Types.SET, name, (a, k) -> {
        slotArgs(a, k, name, 1);
        Object v = a[1] instanceof PySet ? SetOps.binary(op, a[0], a[1]) : null;
        return v != null ? v : PySingleton.NOT_IMPLEMENTED;
      });
    }
  }

  /** T.__getnewargs__(): the arguments that rebuild the value, as a 1-tuple. */
  private static void newArgs(PyType t, java.util.function.UnaryOperator<Object> value) {
    def(t, "__getnewargs__", (a, k) -> {
      MethodArgs.none(a, k, t, "__getnewargs__");
      Object v = value.apply(a[0]);
      return t == Types.COMPLEX ? v : PyTuple.of(v);
    });
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __call__, __call__2, __set__, __delete__, __prepare__, __or__, __ror__, __call__3,
    __call__4, __delete__2, __bool__, __bool__2, __rmod__, __rmod__2;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __call__: return Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length),
            k);
        case __call__2: return Ops.call(a[0],
            java.util.Arrays.copyOfRange(a, 1, a.length), k);
        case __set__: {
          slotArgs(a, k, "__set__", 2);
          PyMemberDescriptor d = (PyMemberDescriptor) a[0];
          checkApplies(d, a[1]);
          Ops.setattr(a[1], d.name, a[2]);
          return PySingleton.NONE;
        }
        case __delete__: {
          slotArgs(a, k, "__delete__", 1);
          PyMemberDescriptor d = (PyMemberDescriptor) a[0];
          checkApplies(d, a[1]);
          Ops.delattr(a[1], d.name);
          return PySingleton.NONE;
        }
        case __prepare__: return new PyDict();
        case __or__: {
          slotArgs(a, k, "__or__", 1);
          return PyUnion.isMember(a[1]) ? PyUnion.of(a[0], a[1]) : PySingleton.NOT_IMPLEMENTED;
        }
        case __ror__: {
          slotArgs(a, k, "__ror__", 1);
          return PyUnion.isMember(a[1]) ? PyUnion.of(a[1], a[0]) : PySingleton.NOT_IMPLEMENTED;
        }
        case __call__3: return Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length),
            k);
        case __call__4: return Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length),
            k);
        case __delete__2: {
          slotArgs(a, k, "__delete__", 1);
          ((PyProperty) a[0]).delete(a[1]);
          return PySingleton.NONE;
        }
        case __bool__: {
          slotArgs(a, k, "__bool__", 0);
          return false;
        }
        case __bool__2: {
          slotArgs(a, k, "__bool__", 0);
          return !((PyRange) a[0]).isEmpty();
        }
        case __rmod__: {
          slotArgs(a, k, "__rmod__", 1);
          return a[1] instanceof PyBytes ? Ops.binary(BinaryOp.REMAINDER, a[1], a[0])
              : PySingleton.NOT_IMPLEMENTED;
        }
        case __rmod__2: {
          slotArgs(a, k, "__rmod__", 1);
          return a[1] instanceof PyByteArray ? Ops.binary(BinaryOp.REMAINDER, a[1], a[0])
              : PySingleton.NOT_IMPLEMENTED;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
