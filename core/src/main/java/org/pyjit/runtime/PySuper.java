package org.pyjit.runtime;

/**
 * super(type, obj): attribute lookup along obj's MRO starting after {@code type}, binding
 * what it finds to obj. Zero-argument super() takes the type from the running method's
 * defining class and obj from its first argument. One-argument super(type) has no obj
 * ({@link #unbound}): it finds only its own attributes until its {@code __get__} (or reading
 * it as a class attribute through an instance) makes super(type, instance).
 */
public final class PySuper extends PyObject {
  final PyType thisType;
  final Object obj;

  PySuper(PyType thisType, Object obj) {
    this.thisType = thisType;
    this.obj = obj;
  }

  @Override
  public PyType type() {
    return Types.SUPER;
  }

  /** Whether this is super(T) (one argument): no object, lookups find only super's own. */
  boolean unbound() {
    return obj == null;
  }

  /** CPython's super_repr: the class and the name of the type the lookups start from. */
  String repr() {
    String self = obj == null ? "NULL" : "<" + (obj instanceof PyType t
        && t.isSubtypeOf(thisType) ? t : Types.typeOf(obj)).name + " object>";
    return "<super: <class '" + thisType.name + "'>, " + self + ">";
  }

  /** The attribute, or null. */
  Object lookup(String name) {
    if (obj == null) {
      return null;
    }
    Object v = find(name);
    if (v == null) {
      return null;
    }
    if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
      return Ops.bindToClass(v, t);
    }
    return Ops.bind(v, obj, Types.typeOf(obj));
  }

  /** The attribute as found after thisType on the MRO super() searches, unbound, or null. */
  Object find(String name) {
    PyType start = obj instanceof PyType t && t.isSubtypeOf(thisType) ? t : Types.typeOf(obj);
    PyType[] mro = start.mro;
    int i = 0;
    while (i < mro.length && mro[i] != thisType) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      Object v = mro[i].dict.getStr(name);
      if (v == null) {
        v = ObjectMethods.lookup(mro[i], name);
      }
      if (v != null) {
        return v;
      }
    }
    return null;
  }

}
