package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.Interpreter;

/**
 * Creating classes: the builtin __build_class__ (what a class statement calls) and
 * type(name, bases, dict). The namespace becomes the new type's dict; the methods defined in
 * it learn their class (for zero-argument super()); descriptors get __set_name__ and the
 * base's __init_subclass__ runs with the class keywords, as in CPython.
 */
final class ClassBuilder {
  private ClassBuilder() {}

  static Object buildClass(Object[] args, String[] kwnames) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    if (npos < 2) {
      throw Errors.typeError("__build_class__: not enough arguments");
    }
    PyFunction body = (PyFunction) args[0];
    String name = (String) args[1];
    Object[] bases = java.util.Arrays.copyOfRange(args, 2, npos);
    Object metaclass = null;
    List<String> kwNames = new ArrayList<>();
    List<Object> kwValues = new ArrayList<>();
    for (int i = npos; i < args.length; i++) {
      if (kwnames[i - npos].equals("metaclass")) {
        metaclass = args[i];
      } else {
        kwNames.add(kwnames[i - npos]);
        kwValues.add(args[i]);
      }
    }
    PyDict ns = new PyDict();
    Interpreter.runClassBody(body, ns);
    if (metaclass != null && metaclass != Types.TYPE) {
      Object[] margs = new Object[3 + kwValues.size()];
      margs[0] = name;
      margs[1] = PyTuple.of(bases);
      margs[2] = ns;
      for (int i = 0; i < kwValues.size(); i++) {
        margs[3 + i] = kwValues.get(i);
      }
      return Ops.call(metaclass, margs, kwNames.isEmpty() ? null
          : kwNames.toArray(new String[0]));
    }
    return newType(name, bases, ns, kwNames, kwValues);
  }

  static PyType newType(String name, Object[] baseObjs, PyDict ns, List<String> kwNames,
      List<Object> kwValues) {
    PyType[] bases = new PyType[baseObjs.length == 0 ? 1 : baseObjs.length];
    if (baseObjs.length == 0) {
      bases[0] = Types.OBJECT;
    }
    for (int i = 0; i < baseObjs.length; i++) {
      if (!(baseObjs[i] instanceof PyType t)) {
        throw Errors.typeError("bases must be types");
      }
      if (!t.baseType) {
        throw Errors.typeError("type '" + t.name + "' is not an acceptable base type");
      }
      bases[i] = t;
    }
    PyType cls = new PyType(name, false, bases);
    cls.hasInstanceDict = true;
    for (Object[] kv : ns.items()) {
      cls.dict.put(kv[0], kv[1]);
    }
    for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
      if (cls.dict.getStr(implicit) instanceof PyFunction f) {
        cls.dict.put(implicit, new PyClassMethod(f)); // implicitly class methods, as CPython
      }
    }
    if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) {
      cls.dict.put("__hash__", PySingleton.NONE); // as type.__new__: __eq__ alone unhashes
    }
    if (cls.dict.getStr("__doc__") == null) {
      cls.dict.put("__doc__", PySingleton.NONE); // every class has its own, never inherited
    }
    if (ns.getStr("__qualname__") instanceof String q) {
      cls.qualname = q;
      cls.dict.remove("__qualname__");
    }
    if (ns.getStr("__module__") instanceof String m) {
      cls.module = m;
    }
    // the class body's __class__ cell (methods using super() or __class__ close over it)
    if (ns.getStr("__classcell__") instanceof PyCell cell) {
      cell.value = cls;
      cls.dict.remove("__classcell__");
    }
    for (Object[] kv : ns.items()) {
      Object v = kv[1];
      if (v instanceof PyClassMethod cm) {
        v = cm.function;
      } else if (v instanceof PyStaticMethod sm) {
        v = sm.function;
      } else if (v instanceof PyProperty p) {
        for (Object f : new Object[] {p.fget, p.fset, p.fdel}) {
          if (f instanceof PyFunction pf) {
            pf.definingClass = cls;
          }
        }
      }
      if (v instanceof PyFunction f && f.definingClass == null) {
        f.definingClass = cls;
      }
      if (kv[0] instanceof String attr && v instanceof PyInstance) {
        Object setName = Types.typeOf(v).lookup("__set_name__");
        if (setName != null) {
          Ops.callMethod(setName, v, new Object[] {cls, attr});
        }
      }
    }
    // __init_subclass__ of the nearest base that defines it (object's does nothing)
    for (int i = 1; i < cls.mro.length; i++) {
      Object hook = cls.mro[i].dict.getStr("__init_subclass__");
      if (hook != null) {
        Object fn = hook instanceof PyClassMethod cm ? cm.function : hook;
        Object[] a = new Object[1 + kwValues.size()];
        a[0] = cls;
        for (int k = 0; k < kwValues.size(); k++) {
          a[1 + k] = kwValues.get(k);
        }
        Ops.call(fn, a, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        break;
      }
    }
    if (!kwNames.isEmpty() && cls.mro.length > 0) {
      boolean hooked = false;
      for (int i = 1; i < cls.mro.length; i++) {
        hooked |= cls.mro[i].dict.getStr("__init_subclass__") != null;
      }
      if (!hooked) {
        throw Errors.typeError(name + ".__init_subclass__() takes no keyword arguments");
      }
    }
    return cls;
  }
}
