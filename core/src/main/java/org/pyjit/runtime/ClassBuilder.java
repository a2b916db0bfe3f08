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
    Object[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
    Object[] bases = Typing.mroEntries(origBases);
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
    if (metaclass == null) {
      metaclass = bases.length == 0 ? Types.TYPE : Types.typeOf(bases[0]);
    }
    if (metaclass instanceof PyType m) {
      metaclass = mostDerivedMetaclass(m, bases);
    }
    String[] kw = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
    PyDict ns;
    Object prepare = Ops.getattrOrNull(metaclass, "__prepare__");
    if (prepare != null) {
      Object[] pargs = new Object[2 + kwValues.size()];
      pargs[0] = name;
      pargs[1] = PyTuple.of(bases);
      for (int i = 0; i < kwValues.size(); i++) {
        pargs[2 + i] = kwValues.get(i);
      }
      Object made = Ops.call(prepare, pargs, kw);
      if (!(made instanceof PyDict d)) {
        throw Errors.typeError(metaclass instanceof PyType m ? m.name
            + ".__prepare__() must return a mapping, not " + Types.typeOf(made).name
            : "__prepare__() must return a mapping, not " + Types.typeOf(made).name);
      }
      ns = d;
    } else {
      ns = new PyDict();
    }
    Interpreter.runClassBody(body, ns);
    if (bases != origBases) {
      ns.put("__orig_bases__", PyTuple.of(origBases));
    }
    Object[] margs = new Object[3 + kwValues.size()];
    margs[0] = name;
    margs[1] = PyTuple.of(bases);
    margs[2] = ns;
    for (int i = 0; i < kwValues.size(); i++) {
      margs[3 + i] = kwValues.get(i);
    }
    return Ops.call(metaclass, margs, kw);
  }

  /** CPython's _PyType_CalculateMetaclass: the metaclass that derives from all others. */
  static PyType mostDerivedMetaclass(PyType meta, Object[] bases) {
    PyType winner = meta;
    for (Object b : bases) {
      PyType t = Types.typeOf(b);
      if (winner.isSubtypeOf(t)) {
        continue;
      }
      if (t.isSubtypeOf(winner)) {
        winner = t;
        continue;
      }
      throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a"
          + " (non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
  }

  /** type.__new__(meta, name, bases, namespace, **kwargs). */
  static PyType newClass(PyType meta, Object[] a, String[] k) {
    int npos = a.length - (k == null ? 0 : k.length);
    if (npos != 3) {
      throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
    }
    if (!(a[0] instanceof String name)) {
      throw Errors.typeError("type.__new__() argument 1 must be str, not "
          + Types.typeOf(a[0]).name);
    }
    if (!(a[1] instanceof PyTuple bases)) {
      throw Errors.typeError("type.__new__() argument 2 must be tuple, not "
          + Types.typeOf(a[1]).name);
    }
    if (!(a[2] instanceof PyDict ns)) {
      throw Errors.typeError("type.__new__() argument 3 must be dict, not "
          + Types.typeOf(a[2]).name);
    }
    List<String> kwNames = new ArrayList<>();
    List<Object> kwValues = new ArrayList<>();
    for (int i = npos; i < a.length; i++) {
      kwNames.add(k[i - npos]);
      kwValues.add(a[i]);
    }
    PyType winner = mostDerivedMetaclass(meta, bases.items);
    if (ns.getStr("__module__") == null) {
      // type() called directly: the calling code's module, as CPython's type_new
      org.pyjit.interp.Frame f = org.pyjit.interp.ThreadState.current().currentFrame();
      Object mod = f == null ? null : f.globals().getStr("__name__");
      if (mod != null) {
        ns = copyOf(ns);
        ns.put("__module__", mod);
      }
    }
    return newType(name, bases.items, ns, kwNames, kwValues, winner);
  }

  private static PyDict copyOf(PyDict ns) {
    PyDict d = new PyDict();
    for (Object[] kv : ns.items()) {
      d.put(kv[0], kv[1]);
    }
    return d;
  }

  static PyType newType(String name, Object[] baseObjs, PyDict ns, List<String> kwNames,
      List<Object> kwValues) {
    return newType(name, baseObjs, ns, kwNames, kwValues, Types.TYPE);
  }

  static PyType newType(String name, Object[] baseObjs, PyDict ns, List<String> kwNames,
      List<Object> kwValues, PyType meta) {
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
    for (int i = 0; i < bases.length; i++) {
      for (int j = 0; j < i; j++) {
        if (bases[i] == bases[j]) {
          throw Errors.typeError("duplicate base class " + bases[i].name);
        }
      }
    }
    PyType layout = Types.OBJECT;
    for (PyType b : bases) { // at most one built-in layout (int, dict, BaseException ...)
      PyType solid = BuiltinSubclasses.solidBase(b);
      if (solid.isSubtypeOf(layout)) {
        layout = solid;
      } else if (!layout.isSubtypeOf(solid)) {
        throw Errors.typeError("multiple bases have instance lay-out conflict");
      }
    }
    PyType cls = new PyType(name, false, bases);
    if (meta != Types.TYPE) {
      cls.metatype = meta;
    }
    // the namespace first, then the slots' and __dict__'s descriptors, __doc__ and __hash__:
    // the order of the class's __dict__ in CPython
    for (Object[] kv : ns.items()) {
      cls.dict.put(kv[0], kv[1]);
    }
    Slots.apply(cls, ns);
    if (meta != Types.TYPE && meta.lookup("mro") instanceof PyFunction) {
      customMro(cls);
    }
    for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
      if (cls.dict.getStr(implicit) instanceof PyFunction f) {
        cls.dict.put(implicit, new PyClassMethod(f)); // implicitly class methods, as CPython
      }
    }
    if (cls.dict.getStr("__doc__") == null) {
      cls.dict.put("__doc__", PySingleton.NONE); // every class has its own, never inherited
    }
    if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) {
      cls.dict.put("__hash__", PySingleton.NONE); // as type.__new__: __eq__ alone unhashes
    }
    if (ns.getStr("__qualname__") instanceof String q) {
      cls.qualname = q;
      cls.dict.remove("__qualname__");
    }
    if (ns.getStr("__pyjit_c_type__") instanceof String c) {
      cls.cName = c; // a library class standing for a C type (PyType.cName); not inherited
      cls.dict.remove("__pyjit_c_type__");
    }
    if (ns.getStr("__module__") instanceof String m) {
      cls.module = m;
    }
    // the class body's __class__ cell (methods using super() or __class__ close over it)
    if (ns.getStr("__classcell__") instanceof PyCell cell) {
      cell.value = cls;
      cls.dict.remove("__classcell__");
    }
    // what the annotation scopes inside the body read the class namespace through (PEP 695)
    if (ns.getStr("__classdictcell__") instanceof PyCell cell) {
      cell.value = cls.dict;
      cls.dict.remove("__classdictcell__");
    }
    for (Object[] kv : ns.items()) {
      Object v = kv[1];
      if (v instanceof PyClassMethod cm) {
        v = cm.function;
      } else if (v instanceof PyStaticMethod sm) {
        v = sm.function;
      } else if (v instanceof PyProperty p) {
        if (p.name == null && kv[0] instanceof String attr) {
          p.name = attr;
        }
        for (Object f : new Object[] {p.fget, p.fset, p.fdel}) {
          if (f instanceof PyFunction pf) {
            pf.definingClass = cls;
          }
        }
      }
      if (v instanceof PyFunction f && f.definingClass == null) {
        f.definingClass = cls;
      }
      if (kv[0] instanceof String attr && !(v instanceof PyType)) {
        Object setName = Types.typeOf(kv[1]).lookup("__set_name__");
        if (setName != null) {
          Ops.callMethod(setName, kv[1], new Object[] {cls, attr});
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

  /** A metaclass's own mro() decides the class's MRO (CPython's mro_internal). */
  private static void customMro(PyType cls) {
    Object result = Ops.call(Ops.getattr(cls, "mro"), new Object[0], null);
    List<PyType> order = new ArrayList<>();
    for (Object o : ListOps.toArray(result)) {
      if (!(o instanceof PyType t)) {
        throw Errors.typeError("mro() returned a non-class ('" + Types.typeOf(o).name + "')");
      }
      order.add(t);
    }
    cls.mro = order.toArray(new PyType[0]);
    cls.modified();
  }
}
