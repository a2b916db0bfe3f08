package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.pyjit.runtime.collect.PyDictTable;

/**
 * A dict: CPython's insertion-ordered table ({@link PyDictTable}) with Python's key
 * equality (1, 1.0 and True are one key; user classes' __hash__ and __eq__ count). Updating
 * a key keeps the original key object, as in CPython.
 */
public class PyDict extends PyObject {
  final PyDictTable table;
  /** Incremented by every change of the set of keys, to detect changes during iteration. */
  private int version;

  public PyDict() {
    table = new PyDictTable(PyKeyOps.INSTANCE);
  }

  PyDict(PyDictTable table) {
    this.table = table;
  }

  @Override
  public PyType type() {
    return Types.DICT;
  }

  /** The hash table itself, for the interpreter's inline caches. */
  public PyDictTable table() {
    return table;
  }

  public int size() {
    return table.size();
  }

  public int version() {
    return version;
  }

  /** The value for {@code key}, or null if absent. */
  public Object get(Object key) {
    return table.get(key);
  }

  /** Lookup of a str key (attributes, globals). */
  public Object getStr(String key) {
    return table.get(key);
  }

  /** Lookup of a str key whose hash the caller knows (a name of a code object). */
  public Object getStr(String key, long hash) {
    return table.get(key, hash);
  }

  /** d[key] = value for a str key whose hash the caller knows. */
  public void putStr(String key, long hash, Object value) {
    int before = table.size();
    table.put(key, hash, value);
    if (table.size() != before) {
      version++;
    }
  }

  public void put(Object key, Object value) {
    int before = table.size();
    table.put(key, value);
    if (table.size() != before) {
      version++;
    }
  }

  /** Removes {@code key}; returns its value, or null if it was absent. */
  public Object remove(Object key) {
    Object v = table.remove(key);
    if (v != null) {
      version++;
    }
    return v;
  }

  public boolean containsKey(Object key) {
    return table.containsKey(key);
  }

  public void clear() {
    table.clear();
    version++;
  }

  public List<Object> keys() {
    return List.of(table.keysArray());
  }

  public List<Object> values() {
    return List.of(table.valuesArray());
  }

  /** Key/value pairs as two-element arrays, in order. */
  public List<Object[]> items() {
    List<Object[]> out = new ArrayList<>(table.size());
    for (int e = table.nextEntry(0); e >= 0; e = table.nextEntry(e + 1)) {
      out.add(new Object[] {table.keyAt(e), table.valueAt(e)});
    }
    return out;
  }

  /** Removes and returns the last inserted pair, or null when empty. */
  public Object[] popLast() {
    Object[] kv = table.popitem();
    if (kv != null) {
      version++;
    }
    return kv;
  }

  public Iterator<Object> keyIterator() {
    return new Iterator<>() {
      int e = table.nextEntry(0);

      @Override
      public boolean hasNext() {
        return e >= 0;
      }

      @Override
      public Object next() {
        Object k = table.keyAt(e);
        e = table.nextEntry(e + 1);
        return k;
      }
    };
  }

  public PyDict copy() {
    return new PyDict(table.copy());
  }
}
