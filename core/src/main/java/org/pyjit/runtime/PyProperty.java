package org.pyjit.runtime;

/** property(fget, fset, fdel): a data descriptor calling Python functions. */
public final class PyProperty extends PyObject {
  public Object fget;
  public Object fset;
  public Object fdel;
  /** The doc= argument, or null for the getter's docstring. */
  public Object doc;
  /** The name (from __set_name__ or __name__ =, any object), or null: the getter's then. */
  public Object name;

  public PyProperty(Object fget, Object fset, Object fdel) {
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
  }

  /** CPython 3.13's "property 'x' of 'T' object has no setter" (and getter, deleter). */
  private PyException missing(Object self, String what) {
    Object n = name != null ? name : fget instanceof PyFunction f ? f.name : null;
    return Errors.attributeError("property " + (n == null ? "" : Ops.repr(n) + " ") + "of '"
        + Types.typeOf(self).name + "' object has no " + what);
  }

  Object get(Object self) {
    if (fget == null || fget == PySingleton.NONE) {
      throw missing(self, "getter");
    }
    return Ops.call(fget, new Object[] {self}, null);
  }

  void set(Object self, Object value) {
    if (fset == null || fset == PySingleton.NONE) {
      throw missing(self, "setter");
    }
    Ops.call(fset, new Object[] {self, value}, null);
  }

  void delete(Object self) {
    if (fdel == null || fdel == PySingleton.NONE) {
      throw missing(self, "deleter");
    }
    Ops.call(fdel, new Object[] {self}, null);
  }

  @Override
  public PyType type() {
    return Types.PROPERTY;
  }
}
