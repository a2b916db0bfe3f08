package org.pyjit.runtime;

import org.pyjit.runtime.format.NumberParse;

import java.math.BigInteger;

/**
 * What calling the built-in types does: int(), float(), str(), bool(), list(), tuple(),
 * dict(), range(), type(), object() and the exception types.
 */
final class Constructors {
  private Constructors() {}

  static void install() {
    Types.INT.constructor = Ctor.int_;
    Types.BOOL.constructor = Ctor.bool;
    Types.FLOAT.constructor = Ctor.float_;
    Types.STR.constructor = Ctor.str;
    Types.LIST.constructor = Ctor.list;
    Types.TUPLE.constructor = Ctor.tuple;
    Types.DICT.constructor = Ctor.dict;
    Types.RANGE.constructor = Ctor.range;
    Types.SLICE.constructor = Ctor.slice;
    Types.TYPE.constructor = Ctor.type;
    Types.SUPER.constructor = Ctor.super_;
    Types.OBJECT.constructor = Ctor.object;
    Types.PROPERTY.constructor = Ctor.property;
    Types.CLASSMETHOD.constructor = Ctor.classmethod;
    Types.STATICMETHOD.constructor = Ctor.staticmethod;
    // staticmethod objects are callable since 3.10
    Types.STATICMETHOD.dict.put("__call__", new PyBuiltinFunction("__call__",
        Types.STATICMETHOD, Fn.__call__));
    Types.BASE_EXCEPTION.constructor = Ctor.base_exception;
    Types.MODULE.constructor = ModuleSpecs::newModule;
    // types.MethodType(function, instance): a bound method made by hand
    Types.METHOD.constructor = (cls, a, k) -> {
      if (k != null && k.length > 0) {
        throw Errors.typeError("method() takes no keyword arguments");
      }
      if (a.length != 2) {
        throw Errors.typeError("method expected 2 arguments, got " + a.length);
      }
      if (!Builtins.isCallable(a[0])) {
        throw Errors.typeError("first argument must be callable");
      }
      if (a[1] == PySingleton.NONE) {
        throw Errors.typeError("instance must not be None");
      }
      return new PyMethod(a[0], a[1]);
    };
  }

  /**
   * OSError(errno, strerror[, filename[, winerror[, filename2]]]): OSError itself picks the
   * subclass for the errno (Linux numbers); a filename is kept apart and leaves args with
   * the first two values, as in CPython.
   */
  static PyBaseException osError(PyType cls, Object[] a) {
    if (cls == Types.OS_ERROR && a[0] instanceof Long errno) {
      cls = switch (errno.intValue()) {
        case 1, 13 -> Types.PERMISSION_ERROR;
        case 2 -> Types.FILE_NOT_FOUND_ERROR;
        case 3 -> Types.PROCESS_LOOKUP_ERROR;
        case 4 -> Types.INTERRUPTED_ERROR;
        case 10 -> Types.CHILD_PROCESS_ERROR;
        case 11, 114, 115 -> Types.BLOCKING_IO_ERROR;
        case 17 -> Types.FILE_EXISTS_ERROR;
        case 20 -> Types.NOT_A_DIRECTORY_ERROR;
        case 21 -> Types.IS_A_DIRECTORY_ERROR;
        case 32, 108 -> Types.BROKEN_PIPE_ERROR;
        case 103 -> Types.CONNECTION_ABORTED_ERROR;
        case 104 -> Types.CONNECTION_RESET_ERROR;
        case 110 -> Types.TIMEOUT_ERROR;
        case 111 -> Types.CONNECTION_REFUSED_ERROR;
        default -> cls;
      };
    }
    PyBaseException e = new PyBaseException(cls);
    ExceptionFields.osErrorFields(e, a);
    return e;
  }

  /** int(), int(x), int(x, base) and int(x, base=b). */
  static Object intOf(PyType cls, Object[] a, String[] k) {
    int nk = k == null ? 0 : k.length;
    int npos = a.length - nk;
    Object base = null;
    for (int i = 0; i < nk; i++) {
      if (!k[i].equals("base")) {
        throw ArgParser.unexpectedKeyword("int", k[i], "base");
      }
      base = a[npos + i];
    }
    if (npos > 2 || (npos == 2 && base != null)) {
      throw Errors.typeError(npos > 2 ? "int expected at most 2 arguments, got " + npos
          : "int() takes at most 2 arguments (" + a.length + " given)");
    }
    if (npos == 2) {
      base = a[1];
    }
    if (npos == 0) {
      if (base != null) {
        throw Errors.typeError("int() missing string argument");
      }
      return 0L;
    }
    if (base == null) {
      return toInt(a[0]);
    }
    long b = Ops.asIndex(base);
    Object text = a[0] instanceof PyBytes || a[0] instanceof PyByteArray ? latin1(a[0]) : a[0];
    if (!(text instanceof String s)) {
      throw Errors.typeError("int() can't convert non-string with explicit base");
    }
    if (b != 0 && (b < 2 || b > 36)) {
      throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    return NumberParse.parseInt(s, (int) b);
  }

  static Object toInt(Object o) {
    if (o instanceof Long || o instanceof BigInteger) {
      return o;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (o instanceof Double d) {
      if (d.isNaN()) {
        throw Errors.valueError("cannot convert float NaN to integer");
      }
      if (d.isInfinite()) {
        throw Errors.overflow("cannot convert float infinity to integer");
      }
      return Ops.normalize(new java.math.BigDecimal(d).toBigInteger());
    }
    if (o instanceof String s) {
      return NumberParse.parseInt(s, 10);
    }
    if (BytesMethods.contents(o) != null && !(o instanceof PyMemoryView)) {
      return NumberParse.parseInt(latin1(o), 10);
    }
    Object r = Ops.callDunder(o, "__int__");
    String which = "__int__";
    if (r == null) {
      r = Ops.callDunder(o, "__index__");
      which = "__index__";
    }
    if (r != null) {
      return exactInt(which, r);
    }
    Object trunc = Types.typeOf(o).lookup("__trunc__");
    if (trunc != null && o instanceof PyInstance) {
      // 3.13's PyNumber_Long: warns before the call, then the result's __index__
      org.pyjit.interp.RuntimeWarnings.deprecation(
          "The delegation of int() to __trunc__ is deprecated.");
      Object t = Ops.callDunder(o, "__trunc__");
      if (Ops.isInt(t)) {
        return Ops.asInt(t);
      }
      if (t instanceof BuiltinSubclasses.ValueInstance v && Ops.isInt(v.value)) {
        return Ops.asInt(v.value);
      }
      if (Types.typeOf(t).lookup("__index__") == null) {
        throw Errors.typeError("__trunc__ returned non-Integral (type " + Types.typeOf(t).name
            + ")");
      }
      return indexValue(t);
    }
    throw Errors.typeError("int() argument must be a string, a bytes-like object or a real"
        + " number, not '" + Types.typeOf(o).name + "'");
  }

  /**
   * The int an {@code __int__} or {@code __index__} returned: an int subclass's value with
   * CPython's DeprecationWarning, anything else CPython's TypeError.
   */
  static Object exactInt(String which, Object r) {
    if (Ops.isInt(r)) {
      return r;
    }
    if (r instanceof BuiltinSubclasses.ValueInstance v && Ops.isInt(v.value)) {
      org.pyjit.interp.RuntimeWarnings.deprecation(which + " returned non-int (type "
          + Types.typeOf(r).name + ").  The ability to return an instance of a strict subclass"
          + " of int is deprecated, and may be removed in a future version of Python.");
      return Ops.asInt(v.value);
    }
    throw Errors.typeError(which + " returned non-int (type " + Types.typeOf(r).name + ")");
  }

  /**
   * The float a {@code __float__} of {@code o} returned: a float subclass's value with
   * CPython's DeprecationWarning, anything else CPython's TypeError.
   */
  static double exactFloat(Object o, Object r) {
    if (r instanceof Double d) {
      return d;
    }
    if (r instanceof BuiltinSubclasses.ValueInstance v && v.value instanceof Double d) {
      org.pyjit.interp.RuntimeWarnings.deprecation(Types.typeOf(o).name
          + ".__float__ returned non-float (type " + Types.typeOf(r).name + ").  The ability"
          + " to return an instance of a strict subclass of float is deprecated, and may be"
          + " removed in a future version of Python.");
      return d;
    }
    throw Errors.typeError(Types.typeOf(o).name + ".__float__ returned non-float (type "
        + Types.typeOf(r).name + ")");
  }

  /** int(b"12") and float(b"1.5") read the bytes as ASCII text. */
  private static String latin1(Object bytesLike) {
    return new String(BytesMethods.contents(bytesLike), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  static Object toFloat(Object o) {
    if (o instanceof Double) {
      return o;
    }
    if (Ops.isInt(o)) {
      return Ops.toDouble(o);
    }
    if (o instanceof String s) {
      return NumberParse.parseFloat(s);
    }
    if (o instanceof PyBytes || o instanceof PyByteArray) {
      return NumberParse.parseFloat(latin1(o));
    }
    Object r = Ops.callDunder(o, "__float__");
    if (r != null) {
      return exactFloat(o, r);
    }
    if (Types.typeOf(o).lookup("__index__") != null) {
      return Ops.toDouble(indexValue(o));
    }
    throw Errors.typeError("float() argument must be a string or a real number, not '"
        + Types.typeOf(o).name + "'");
  }

  /** list() and tuple() take at most one positional argument and no keywords. */
  private static int sequenceArgs(String name, Object[] a, String[] k) {
    if (k != null && k.length > 0) {
      throw Errors.typeError(name + "() takes no keyword arguments");
    }
    if (a.length > 1) {
      throw Errors.typeError(name + " expected at most 1 argument, got " + a.length);
    }
    return a.length;
  }

  static Object dict(PyType cls, Object[] a, String[] k) {
    return fillDict(new PyDict(), a, k);
  }

  /** Positional-or-keyword arguments of a constructor, by position or name. */
  private record PyArgs(Object[] a, String[] k) {
    Object get(int pos, String name) {
      int npos = a.length - (k == null ? 0 : k.length);
      if (pos < npos) {
        return a[pos];
      }
      for (int i = 0; k != null && i < k.length; i++) {
        if (k[i].equals(name)) {
          return a[npos + i];
        }
      }
      return null;
    }
  }

  /** dict.__init__: the items of the one positional argument, then the keywords. */
  static PyDict fillDict(PyDict d, Object[] a, String[] k) {
    int npos = a.length - (k == null ? 0 : k.length);
    if (npos > 1) {
      throw Errors.typeError("dict expected at most 1 argument, got " + npos);
    }
    if (npos == 1) {
      DictMethods.update(d, a[0]);
    }
    for (int i = npos; i < a.length; i++) {
      d.put(k[i - npos], a[i]);
    }
    return d;
  }

  /** o.__index__() as a Long or BigInteger (of any size), with CPython's TypeError. */
  static Object indexValue(Object o) {
    if (o instanceof Long || o instanceof java.math.BigInteger) {
      return o;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    Object r = Ops.callDunder(o, "__index__");
    if (r != null) {
      return Ops.asInt(exactInt("__index__", r));
    }
    throw Errors.typeError("'" + Types.typeOf(o).name
        + "' object cannot be interpreted as an integer");
  }

  /** super(t, obj) once obj is checked to be an instance or subclass of t (both forms). */
  static PySuper checkedSuper(PyType t, Object obj) {
    if (!Types.typeOf(obj).isSubtypeOf(t) && !(obj instanceof PyType sub && sub.isSubtypeOf(t))) {
      throw Errors.typeError("super(type, obj): obj (" + (obj instanceof PyType ot
          ? "type " + ot.name : "instance of " + Types.typeOf(obj).name)
          + ") is not an instance or subtype of type (" + t.name + ").");
    }
    return new PySuper(t, obj);
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __call__;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __call__: return Ops.call(((PyStaticMethod) a[0]).function,
            java.util.Arrays.copyOfRange(a, 1, a.length), k);
        default:
          throw new AssertionError(this);
      }
    }
  }

  /**
   * The functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Ctor implements PyType.Constructor {
    int_, bool, float_, str, list, tuple, dict, range, slice, type, super_, object, property,
    classmethod, staticmethod, base_exception;

    @Override
    public Object call(PyType cls, Object[] a, String[] k) {
      switch (this) {
        case int_: return Constructors.intOf(cls, a, k);
        case bool: return a.length != 0 && Ops.truth(a[0]);
        case float_: {
          Object[] p = ArgParser.positional("float", "float", a, k, 0, 0, 1);
          return p[0] == null ? 0.0 : toFloat(p[0]);
        }
        case str: return a.length == 0 ? "" : Ops.str(a[0]);
        case list: return sequenceArgs("list", a, k) == 0 ? new PyList()
            : new PyList(ListOps.toArray(a[0]));
        case tuple: return sequenceArgs("tuple", a, k) == 0 ? PyTuple.EMPTY
            : a[0] instanceof PyTuple t && t.getClass() == PyTuple.class ? t
            : PyTuple.of(ListOps.toArray(a[0]));
        case dict: return Constructors.dict(cls, a, k);
        case range: return switch (a.length) {
              case 1 -> PyRange.of(0L, indexValue(a[0]), 1L);
              case 2 -> PyRange.of(indexValue(a[0]), indexValue(a[1]), 1L);
              case 3 -> PyRange.of(indexValue(a[0]), indexValue(a[1]), indexValue(a[2]));
              default -> throw Errors.typeError(a.length == 0
                  ? "range expected at least 1 argument, got 0"
                  : "range expected at most 3 arguments, got " + a.length);
            };
        case slice: return switch (a.length) {
              case 1 -> new PySlice(PySingleton.NONE, a[0], PySingleton.NONE);
              case 2 -> new PySlice(a[0], a[1], PySingleton.NONE);
              case 3 -> new PySlice(a[0], a[1], a[2]);
              default -> throw Errors.typeError(a.length == 0 ? "slice expected at least 1 argument, got 0"
                  : "slice expected at most 3 arguments, got " + a.length);
            };
        case type: {
          if (a.length == 1 && cls == Types.TYPE && k == null) {
            return Types.typeOf(a[0]);
          }
          int npos = a.length - (k == null ? 0 : k.length);
          if (cls == Types.TYPE && npos != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
          }
          return ClassBuilder.newClass(cls, a, k);
        }
        case super_: {
          if (a.length == 1 || a.length == 2) {
            if (!(a[0] instanceof PyType t)) {
              throw Errors.typeError("super() argument 1 must be a type, not "
                  + Types.typeOf(a[0]).name);
            }
            // super(T): unbound until its __get__ binds it (a class attribute read through an
            // instance); super(T, None) is unbound as well
            return a.length == 1 || a[1] == PySingleton.NONE ? new PySuper(t, null)
                : checkedSuper(t, a[1]);
          }
          org.pyjit.interp.ThreadState ts = org.pyjit.interp.ThreadState.current();
          PyFunction fn = ts.currentFunction();
          if (fn == null || fn.definingClass == null) {
            throw Errors.runtimeError(fn == null || fn.code.argcount == 0
                ? "super(): no arguments" : "super(): __class__ cell not found");
          }
          if (fn.code.argcount == 0) {
            throw Errors.runtimeError("super(): no arguments");
          }
          Object self = ts.currentLocal(0);
          if (self == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
          }
          return checkedSuper(fn.definingClass, self);
        }
        case object: {
          if (cls == Types.OBJECT && a.length > 0) {
            throw Errors.typeError("object() takes no arguments");
          }
          return new PyInstance(cls);
        }
        case property: {
          PyArgs pa = new PyArgs(a, k);
          PyProperty p = new PyProperty(pa.get(0, "fget"), pa.get(1, "fset"), pa.get(2, "fdel"));
          Object doc = pa.get(3, "doc");
          p.doc = doc == PySingleton.NONE ? null : doc;
          return p;
        }
        case classmethod: return new PyClassMethod(a[0]);
        case staticmethod: return new PyStaticMethod(a[0]);
        case base_exception: return ExceptionFields.construct(cls, a, k);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
