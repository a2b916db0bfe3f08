package org.pyjit.runtime;

/** property(fget, fset, fdel): a data descriptor calling Python functions. */
public final class PyProperty extends PyObject {
  public Object fget;
  public Object fset;
  public Object fdel;

  public PyProperty(Object fget, Object fset, Object fdel) {
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
  }

  Object get(Object self) {
    if (fget == null || fget == PySingleton.NONE) {
      throw Errors.attributeError("property has no getter");
    }
    return Ops.call(fget, new Object[] {self}, null);
  }

  void set(Object self, Object value) {
    if (fset == null || fset == PySingleton.NONE) {
      throw Errors.attributeError("property has no setter");
    }
    Ops.call(fset, new Object[] {self, value}, null);
  }

  void delete(Object self) {
    if (fdel == null || fdel == PySingleton.NONE) {
      throw Errors.attributeError("property has no deleter");
    }
    Ops.call(fdel, new Object[] {self}, null);
  }

  @Override
  public PyType type() {
    return Types.PROPERTY;
  }
}
