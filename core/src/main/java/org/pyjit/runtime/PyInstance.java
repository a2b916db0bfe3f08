package org.pyjit.runtime;

/** An instance of a user-defined class: its type and its attribute dict. */
public class PyInstance extends PyObject implements BuiltinSubclasses.ClassInstance {
  PyType type;
  /** Instance attributes, or null for types without a __dict__. */
  public PyDict dict;
  /**
   * The values of the class's __slots__ (see {@link Slots}), one per name in the order of
   * {@link PyType#slotIndex} (null: not set), or null when it has none. An array, not a dict:
   * a specialized slot access is one load at an index its inline cache keeps.
   */
  Object[] slots;

  public PyInstance(PyType type) {
    this.type = type;
    this.dict = type.hasInstanceDict ? new PyDict() : null;
    this.slots = type.slotNames != null ? new Object[type.slotCount()] : null;
  }

  /** The slot values (what {@link Slots} members read and write), or null. */
  @Override
  public Object[] slotValues() {
    return slots;
  }

  @Override
  public PyDict instanceDict() {
    return dict;
  }

  @Override
  public PyType type() {
    return type;
  }

  public void setType(PyType type) {
    this.type = type;
  }
}
