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
    Types.INT.constructor = Constructors::intOf;
    Types.BOOL.constructor = (cls, a, k) -> a.length != 0 && Ops.truth(a[0]);
    Types.FLOAT.constructor = (cls, a, k) -> a.length == 0 ? 0.0 : toFloat(a[0]);
    Types.STR.constructor = (cls, a, k) -> a.length == 0 ? "" : Ops.str(a[0]);
    Types.LIST.constructor = (cls, a, k) -> sequenceArgs("list", a, k) == 0 ? new PyList()
        : new PyList(ListOps.toArray(a[0]));
    Types.TUPLE.constructor = (cls, a, k) -> sequenceArgs("tuple", a, k) == 0 ? PyTuple.EMPTY
        : a[0] instanceof PyTuple t ? t : PyTuple.of(ListOps.toArray(a[0]));
    Types.DICT.constructor = Constructors::dict;
    Types.RANGE.constructor = (cls, a, k) -> switch (a.length) {
      case 1 -> new PyRange(0, Ops.asIndex(a[0]), 1);
      case 2 -> new PyRange(Ops.asIndex(a[0]), Ops.asIndex(a[1]), 1);
      case 3 -> new PyRange(Ops.asIndex(a[0]), Ops.asIndex(a[1]), Ops.asIndex(a[2]));
      default -> throw Errors.typeError(a.length == 0
          ? "range expected at least 1 argument, got 0"
          : "range expected at most 3 arguments, got " + a.length);
    };
    Types.SLICE.constructor = (cls, a, k) -> switch (a.length) {
      case 1 -> new PySlice(PySingleton.NONE, a[0], PySingleton.NONE);
      case 2 -> new PySlice(a[0], a[1], PySingleton.NONE);
      case 3 -> new PySlice(a[0], a[1], a[2]);
      default -> throw Errors.typeError(a.length == 0 ? "slice expected at least 1 argument, got 0"
          : "slice expected at most 3 arguments, got " + a.length);
    };
    Types.TYPE.constructor = (cls, a, k) -> {
      if (a.length == 1) {
        return Types.typeOf(a[0]);
      }
      if (a.length == 3 && a[2] instanceof PyDict ns) {
        return ClassBuilder.newType((String) a[0], ((PyTuple) a[1]).items, ns,
            java.util.List.of(), java.util.List.of());
      }
      throw Errors.typeError("type() takes 1 or 3 arguments");
    };
    Types.SUPER.constructor = (cls, a, k) -> {
      if (a.length == 2) {
        return new PySuper((PyType) a[0], a[1]);
      }
      org.pyjit.interp.ThreadState ts = org.pyjit.interp.ThreadState.current();
      PyFunction fn = ts.currentFunction();
      if (fn == null || fn.definingClass == null) {
        throw Errors.runtimeError("super(): __class__ cell not found");
      }
      if (fn.code.argcount == 0) {
        throw Errors.runtimeError("super(): no arguments");
      }
      return new PySuper(fn.definingClass, ts.currentLocal(0));
    };
    Types.OBJECT.constructor = (cls, a, k) -> {
      if (cls == Types.OBJECT && a.length > 0) {
        throw Errors.typeError("object() takes no arguments");
      }
      return new PyInstance(cls);
    };
    Types.PROPERTY.constructor = (cls, a, k) -> new PyProperty(a.length > 0 ? a[0] : null,
        a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null);
    Types.CLASSMETHOD.constructor = (cls, a, k) -> new PyClassMethod(a[0]);
    Types.STATICMETHOD.constructor = (cls, a, k) -> new PyStaticMethod(a[0]);
    Types.BASE_EXCEPTION.constructor = ExceptionFields::construct;
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
        throw Errors.typeError("int() got an unexpected keyword argument '" + k[i] + "'");
      }
      base = a[npos + i];
    }
    if (npos > 2 || (npos == 2 && base != null)) {
      throw Errors.typeError("int() takes at most 2 arguments (" + a.length + " given)");
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
    if (r == null) {
      r = Ops.callDunder(o, "__index__");
    }
    if (r != null) {
      return r;
    }
    throw Errors.typeError("int() argument must be a string, a bytes-like object or a real"
        + " number, not '" + Types.typeOf(o).name + "'");
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
      return r;
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
    PyDict d = new PyDict();
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
}
