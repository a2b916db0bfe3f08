package org.pyjit.runtime;

import java.util.Arrays;

/** A list: a growable array of objects. */
public class PyList extends PyObject {
  Object[] items;
  int size;

  public PyList() {
    items = new Object[4];
  }

  public PyList(Object[] items) {
    this.items = items;
    this.size = items.length;
  }

  public int size() {
    return size;
  }

  public Object get(int i) {
    return items[i];
  }

  public void set(int i, Object v) {
    items[i] = v;
  }

  public void append(Object v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(4, size * 2));
    }
    items[size++] = v;
  }

  public void insert(int i, Object v) {
    append(null);
    System.arraycopy(items, i, items, i + 1, size - 1 - i);
    items[i] = v;
  }

  public Object remove(int i) {
    Object v = items[i];
    System.arraycopy(items, i + 1, items, i, size - i - 1);
    items[--size] = null;
    return v;
  }

  public void clear() {
    if (items != SORTING) { // clearing a list being sorted allocates nothing in CPython either
      items = new Object[4];
    }
    size = 0;
  }

  /** A copy of the items, sized exactly. */
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** Replaces the contents (used by sort and slice assignment). */
  public void setAll(Object[] newItems) {
    items = newItems.length == 0 ? (items == SORTING ? SORTING : new Object[4]) : newItems;
    size = newItems.length;
  }

  /**
   * The storage of a list while list.sort works on its items elsewhere: empty, and replaced
   * by anything that stores into the list, so that sort sees any mutation by a key function
   * or {@code __lt__} (an append then a pop too), as CPython's {@code allocated == -1} does.
   */
  private static final Object[] SORTING = {};

  /** Empties the list for the duration of a sort (see {@link #SORTING}). */
  void beginSort() {
    items = SORTING;
    size = 0;
  }

  /** Whether anything stored into the list since {@link #beginSort}. */
  boolean storedDuringSort() {
    return items != SORTING;
  }

  @Override
  public PyType type() {
    return Types.LIST;
  }
}
