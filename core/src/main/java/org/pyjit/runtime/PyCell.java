package org.pyjit.runtime;

/** A cell holding a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
  /** The value, or null when the variable is unbound. */
  public Object value;

  public PyCell(Object value) {
    this.value = value;
  }

  @Override
  public PyType type() {
    return Types.CELL;
  }
}
