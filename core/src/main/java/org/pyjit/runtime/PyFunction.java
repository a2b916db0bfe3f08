package org.pyjit.runtime;

import org.pyjit.bytecode.CodeObject;

/** A function defined in Python: its code, globals, defaults and closure. */
public final class PyFunction extends PyObject {
  public final CodeObject code;
  public final PyDict globals;
  public String name;
  public String qualname;
  /** Default values of the last positional parameters, or null. */
  public Object[] defaults;
  /** Defaults of keyword-only parameters, or null. */
  public PyDict kwdefaults;
  public PyCell[] closure;
  public Object doc = PySingleton.NONE;
  /** __annotations__: a dict, or null until it is asked for (then an empty dict). */
  public PyDict annotations;
  /** __type_params__ (PEP 695): the type parameters of a generic def. */
  public PyTuple typeParams = PyTuple.of();

  /** The annotations dict from MAKE_FUNCTION's tuple of name and value pairs. */
  public static PyDict annotationDict(PyTuple pairs) {
    PyDict d = new PyDict();
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      d.put(pairs.get(i), pairs.get(i + 1));
    }
    return d;
  }

  public Object module;
  public PyDict dict;
  /**
   * The class whose body defined this function (what CPython's __class__ cell holds), set
   * by __build_class__; zero-argument super() uses it.
   */
  public PyType definingClass;

  public PyFunction(CodeObject code, PyDict globals) {
    this.code = code;
    this.globals = globals;
    this.name = code.name;
    this.qualname = code.qualname;
    Object mod = globals.getStr("__name__");
    this.module = mod == null ? PySingleton.NONE : mod;
    if (code.consts.length > 0 && code.consts[0] instanceof String s
        && (code.flags & CodeObject.CO_HAS_DOCSTRING) != 0) {
      this.doc = s;
    }
  }

  @Override
  public PyType type() {
    return Types.FUNCTION;
  }
}
