package org.pyjit.runtime;

/** A tuple. Its array is never modified after construction. */
public class PyTuple extends PyObject {
  public static final PyTuple EMPTY = new PyTuple(new Object[0]);

  public final Object[] items;

  public PyTuple(Object[] items) {
    this.items = items;
  }

  public static PyTuple of(Object... items) {
    return items.length == 0 ? EMPTY : new PyTuple(items);
  }

  public int size() {
    return items.length;
  }

  public Object get(int i) {
    return items[i];
  }

  @Override
  public PyType type() {
    return Types.TUPLE;
  }
}
