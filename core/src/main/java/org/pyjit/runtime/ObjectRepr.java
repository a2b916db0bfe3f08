package org.pyjit.runtime;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * repr() and str() of any runtime value: the built-in types' formats directly, user
 * classes through __repr__/__str__. Containers that contain themselves print "[...]" as in
 * CPython (a per-thread set of the containers being printed).
 */
public final class ObjectRepr {
  private ObjectRepr() {}

  private static final ThreadLocal<Map<Object, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  public static String repr(Object o) {
    if (o instanceof String s) {
      return Repr.str(s);
    }
    if (o instanceof PyStructSeq s) { // before tuples
      return s.repr();
    }
    if (o instanceof Long) {
      return o.toString();
    }
    if (o instanceof BigInteger b) {
      if (b.bitLength() <= 2000) { // at most 603 digits: within any limit (0 or >= 640)
        return b.toString();
      }
      try {
        return org.pyjit.runtime.format.IntFormat.decimalString(b);
      } catch (org.pyjit.runtime.format.FormatError e) {
        throw Errors.from(e);
      }
    }
    if (o instanceof Double d) {
      return Repr.floatRepr(d);
    }
    if (o instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (o instanceof PySingleton s) {
      return s.repr();
    }
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__repr__");
      if (m != null) {
        return stringResult(Ops.callMethod(m, o, new Object[0]), "__repr__");
      }
    }
    if (o instanceof PyTuple || o instanceof PyList || o instanceof PyDict) {
      return containerRepr(o);
    }
    if (o instanceof PySet s) {
      return SetOps.repr(s);
    }
    if (o instanceof PyBytes || o instanceof PyByteArray) {
      return BytesMethods.repr(o);
    }
    if (o instanceof PyComplex c) {
      return c.repr();
    }
    if (o instanceof org.pyjit.interp.PyGenerator || o instanceof org.pyjit.interp.PyCoroutine
        || o instanceof org.pyjit.interp.PyAsyncGenerator) {
      // <generator object f at 0x...>: the frame kinds name their function
      return "<" + Types.typeOf(o).name + " object " + Ops.getattr(o, "__qualname__") + " at "
          + address(o) + ">";
    }
    if (o instanceof PyMemoryView m) {
      return m.repr();
    }
    if (o instanceof PyMappingProxy p) {
      return p.repr();
    }
    if (o instanceof PyUnion u) {
      return u.repr();
    }
    if (o instanceof PyTypeParam p) {
      return p.repr();
    }
    if (o instanceof PyTypeParam.ParamSpecPart p) {
      return p.repr();
    }
    if (o instanceof PyTypeAlias a) {
      return a.repr();
    }
    if (o == Typing.NO_DEFAULT) {
      return "typing.NoDefault";
    }
    if (o instanceof PyFile f) {
      return f.repr();
    }
    if (o instanceof PyMemberDescriptor d) {
      return d.repr();
    }
    if (o instanceof PyRange r) {
      return r.repr();
    }
    if (o instanceof PySuper s) {
      return s.repr();
    }
    if (o instanceof PySlice s) {
      return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
    }
    if (o instanceof DictMethods.View v) {
      return v.repr();
    }
    if (o instanceof PyType t) {
      if (t.metatype != null) {
        Object m = t.metatype.lookup("__repr__");
        if (m != null && !(m instanceof PyBuiltinFunction)) {
          return stringResult(Ops.callMethod(m, t, new Object[0]), "__repr__");
        }
      }
      return t.toString();
    }
    if (o instanceof PyGenericAlias g) {
      return g.repr();
    }
    if (o instanceof PyModule m) {
      return ModuleSpecs.moduleRepr(m);
    }
    if (o instanceof Slots.Member m) {
      return m.repr();
    }
    if (o instanceof Slots.Attribute m) {
      return m.repr();
    }
    if (o instanceof PyInstance) {
      Object r = Ops.callDunder(o, "__repr__");
      if (r != null) {
        return stringResult(r, "__repr__");
      }
      if (o instanceof PyBaseException e) {
        return exceptionRepr(e);
      }
    }
    if (o instanceof PyFunction f) {
      return "<function " + f.qualname + " at " + address(o) + ">";
    }
    if (o instanceof PyBuiltinFunction f) {
      return f.owner == null ? "<built-in function " + f.name + ">"
          : (f.isSlotWrapper() ? "<slot wrapper '" : "<method '") + f.name + "' of '"
              + f.owner.name + "' objects>";
    }
    if (o instanceof PyMethod m) {
      if (m.function instanceof PyBuiltinFunction f) {
        return "<built-in method " + f.name + " of " + Types.typeOf(m.self).name
            + " object at " + address(m.self) + ">";
      }
      Object name = m.function instanceof PyFunction f ? f.qualname : null;
      if (name == null) { // any callable bound by a classmethod: its __qualname__ or __name__
        name = Ops.getattrOrNull(m.function, "__qualname__");
        name = name != null ? name : Ops.getattrOrNull(m.function, "__name__");
      }
      return "<bound method " + (name instanceof String s ? s : "?") + " of " + repr(m.self)
          + ">";
    }
    // a type defined in Java elsewhere (org.pyjit.modules) with a __repr__ of its own
    PyType t = Types.typeOf(o);
    if (t.builtin && t.dict.getStr("__repr__") instanceof PyBuiltinFunction f && f.owner == t) {
      return stringResult(f.body.call(new Object[] {o}, null), "__repr__");
    }
    return defaultRepr(o);
  }

  /** object.__repr__: {@code <module.Qualname object at 0x...>}. */
  static String defaultRepr(Object o) {
    PyType t = Types.typeOf(o);
    return "<" + (t.module.equals("builtins") ? "" : t.module + ".") + t.qualname
        + " object at " + address(o) + ">";
  }

  public static String str(Object o) {
    if (o instanceof String s) {
      return s;
    }
    if (o instanceof PyType t && t.metatype != null) {
      Object m = t.metatype.lookup("__str__");
      if (m != null && !(m instanceof PyBuiltinFunction)) {
        return stringResult(Ops.callMethod(m, t, new Object[0]), "__str__");
      }
    }
    if (o instanceof Double d) {
      return Repr.floatRepr(d);
    }
    if (o instanceof PyMappingProxy p) {
      return str(p.mapping); // the mapping's str, as CPython's mappingproxy.__str__
    }
    if (o instanceof PyInstance || BuiltinSubclasses.isSubclassInstance(o)) {
      PyType t = Types.typeOf(o);
      Object m = o instanceof PyInstance ? t.lookup("__str__")
          : BuiltinSubclasses.override(o, "__str__");
      if (m != null) {
        return stringResult(Ops.callMethod(m, o, new Object[0]), "__str__");
      }
      if (o instanceof PyBaseException e) {
        return exceptionStr(e);
      }
      Object r = o instanceof PyInstance ? t.lookup("__repr__") : null;
      if (r != null && !(r instanceof PyBuiltinFunction)) {
        // object.__str__ is repr(), but str() checks the result as __str__'s
        return stringResult(Ops.callMethod(r, o, new Object[0]), "__str__");
      }
    }
    return repr(o);
  }

  /** str(exception): the one argument's str, "" for none, the args' repr otherwise. */
  public static String exceptionStr(PyBaseException e) {
    if (e.type().isSubtypeOf(Types.SYNTAX_ERROR) && e.dict != null) {
      return ExceptionFields.syntaxErrorStr(e);
    }
    if (e.type().isSubtypeOf(Types.KEY_ERROR) && e.args.size() == 1) {
      return repr(e.args.get(0));
    }
    if (e.type().isSubtypeOf(Types.OS_ERROR) && e.args.size() == 2) {
      String s = "[Errno " + str(e.args.get(0)) + "] " + str(e.args.get(1));
      Object f = e.dict == null ? null : e.dict.getStr("filename");
      if (f != null && f != PySingleton.NONE) {
        s += ": " + repr(f);
        Object f2 = e.dict.getStr("filename2");
        if (f2 != null && f2 != PySingleton.NONE) {
          s += " -> " + repr(f2);
        }
      }
      return s;
    }
    if (e.type().isSubtypeOf(Types.UNICODE_ERROR) && e.dict != null) {
      String s = ExceptionFields.unicodeErrorStr(e);
      if (s != null) {
        return s;
      }
    }
    if (e.type().isSubtypeOf(Types.IMPORT_ERROR) && e.args.size() == 1
        && e.args.get(0) instanceof String msg) {
      return msg; // ImportError's str is its msg when that is a str
    }
    if (e instanceof PyExceptionGroup g) {
      int n = g.exceptions.size();
      return str(g.message) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }
    return switch (e.args.size()) {
      case 0 -> "";
      case 1 -> str(e.args.get(0));
      default -> repr(e.args);
    };
  }

  static String exceptionRepr(PyBaseException e) {
    String args = e.args.size() == 1 ? repr(e.args.get(0)) : repr(e.args);
    if (e.args.size() != 1) {
      args = args.substring(1, args.length() - 1);
      if (e.args.size() == 1) {
        args = args.substring(0, args.length() - 1);
      }
    }
    return e.type().name + "(" + args + ")";
  }

  /** How CPython names a callable in argument errors: "f()", "A.m()", "print()". */
  /** CPython's _PyObject_FunctionStr: "module.qualname()" unless the module is builtins. */
  public static String functionName(Object f) {
    if (f instanceof PyFunction fn) {
      return (fn.module instanceof String m && !m.equals("builtins") ? m + "." : "")
          + fn.qualname + "()";
    }
    if (f instanceof PyBuiltinFunction b) {
      return b.name + "()";
    }
    if (f instanceof PyMethod m) {
      return functionName(m.function);
    }
    if (f instanceof PyType t) {
      return t.name + "()";
    }
    return Types.typeOf(f).name + " object";
  }

  static String address(Object o) {
    return "0x" + Long.toHexString(ObjectIds.of(o));
  }

  static String containerRepr(Object o) {
    Map<Object, Boolean> active = ACTIVE.get();
    if (active.containsKey(o)) {
      return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : "(...)";
    }
    NativeRecursion.enter(" while getting the repr of an object");
    active.put(o, Boolean.TRUE);
    try {
      StringBuilder sb = new StringBuilder();
      if (o instanceof PyTuple t) {
        sb.append('(');
        for (int i = 0; i < t.size(); i++) {
          sb.append(i > 0 ? ", " : "").append(repr(t.get(i)));
        }
        return sb.append(t.size() == 1 ? ",)" : ")").toString();
      }
      if (o instanceof PyList l) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
          sb.append(i > 0 ? ", " : "").append(repr(l.get(i)));
        }
        return sb.append(']').toString();
      }
      PyDict d = (PyDict) o;
      sb.append('{');
      boolean first = true;
      for (Object[] kv : d.items()) {
        sb.append(first ? "" : ", ").append(repr(kv[0])).append(": ").append(repr(kv[1]));
        first = false;
      }
      return sb.append('}').toString();
    } finally {
      active.remove(o);
      NativeRecursion.exit();
    }
  }

  /** What __repr__ or __str__ ({@code dunder}) returned, which must be a str. */
  private static String stringResult(Object r, String dunder) {
    if (!(r instanceof String s)) {
      throw Errors.typeError(dunder + " returned non-string (type " + Types.typeOf(r).name
          + ")");
    }
    return s;
  }
}
