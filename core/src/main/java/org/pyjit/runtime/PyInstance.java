package org.pyjit.runtime;

/** An instance of a user-defined class: its type and its attribute dict. */
public class PyInstance extends PyObject {
  PyType type;
  /** Instance attributes, or null for types without a __dict__. */
  public PyDict dict;

  public PyInstance(PyType type) {
    this.type = type;
    this.dict = type.hasInstanceDict ? new PyDict() : null;
  }

  @Override
  public PyType type() {
    return type;
  }

  public void setType(PyType type) {
    this.type = type;
  }
}
