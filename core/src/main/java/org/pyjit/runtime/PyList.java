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
    items = new Object[4];
    size = 0;
  }

  /** A copy of the items, sized exactly. */
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** Replaces the contents (used by sort and slice assignment). */
  public void setAll(Object[] newItems) {
    items = newItems.length == 0 ? new Object[4] : newItems;
    size = newItems.length;
  }

  @Override
  public PyType type() {
    return Types.LIST;
  }
}
