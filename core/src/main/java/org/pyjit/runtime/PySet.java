package org.pyjit.runtime;

import org.pyjit.runtime.collect.PySetTable;

/**
 * A set or frozenset: CPython's hash table ({@link PySetTable}), so that iteration order,
 * and so the printed order, is CPython's for numbers, None and tuples of them.
 */
public class PySet extends PyObject {
  final PySetTable table;
  final boolean frozen;

  public PySet(boolean frozen) {
    this(new PySetTable(PyKeyOps.INSTANCE), frozen);
  }

  PySet(PySetTable table, boolean frozen) {
    this.table = table;
    this.frozen = frozen;
  }

  @Override
  public PyType type() {
    return frozen ? Types.FROZENSET : Types.SET;
  }

  public int size() {
    return table.size();
  }

  public boolean isFrozen() {
    return frozen;
  }

  public void add(Object key) {
    table.add(key);
  }

  public boolean contains(Object key) {
    return table.contains(key);
  }

  /** Adds every item of an iterable (set.update). */
  public void update(Object iterable) {
    if (iterable instanceof PySet s) {
      table.update(s.table);
    } else if (iterable instanceof PyDict d) {
      table.update(d.table);
    } else {
      Object it = Ops.iter(iterable);
      for (Object x; (x = Ops.next(it)) != null; ) {
        table.add(x);
      }
    }
  }

  public Object[] toArray() {
    return table.toArray();
  }

  /**
   * A set display of constants, built as CPython builds it: the compiler folds the items
   * into a frozenset constant (rebuilt once from its own order when constants are merged),
   * and the display then updates an empty set from it.
   */
  public static PySet constantDisplay(Object[] items) {
    PySetTable folded = new PySetTable(PyKeyOps.INSTANCE);
    folded.update(java.util.List.of(items).iterator());
    PySetTable constant = new PySetTable(PyKeyOps.INSTANCE);
    constant.update(java.util.List.of(folded.toArray()).iterator());
    return new PySet(constant, true);
  }
}
