package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dict: insertion-ordered, with Python's key equality (1, 1.0 and True are one key; user
 * classes' __hash__ and __eq__ are honoured). String keys are stored as they are; other keys
 * are wrapped in a {@link Key} whose hashCode/equals call Python's hash and ==. Updating a
 * key keeps the original key object, as in CPython.
 *
 * <p>INTERIM: a LinkedHashMap stands in for the CPython-compatible table that is being
 * written; only the insertion order is observable for dicts, so behaviour is the same.
 */
public final class PyDict extends PyObject {
  private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
  /** Incremented by every structural change, to detect changes during iteration. */
  private int version;

  /** A non-str key, compared with Python semantics. */
  static final class Key {
    final Object key;
    final int hash;

    Key(Object key) {
      this.key = key;
      long h = Ops.hash(key);
      this.hash = (int) (h ^ (h >>> 32));
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (o instanceof Key k) {
        return k.key == key || Ops.eq(key, k.key);
      }
      if (o instanceof String s) {
        return key instanceof String && key.equals(s);
      }
      return false;
    }
  }

  private static Object wrap(Object key) {
    return key instanceof String ? key : new Key(key);
  }

  private static Object unwrap(Object k) {
    return k instanceof Key w ? w.key : k;
  }

  @Override
  public PyType type() {
    return Types.DICT;
  }

  public int size() {
    return map.size();
  }

  public int version() {
    return version;
  }

  /** The value for {@code key}, or null if absent. */
  public Object get(Object key) {
    return map.get(wrap(key));
  }

  /** Fast path for attribute and global lookups. */
  public Object getStr(String key) {
    return map.get(key);
  }

  public void put(Object key, Object value) {
    if (map.put(wrap(key), value) == null) {
      version++;
    }
  }

  /** Removes {@code key}; returns its value, or null if it was absent. */
  public Object remove(Object key) {
    Object v = map.remove(wrap(key));
    if (v != null) {
      version++;
    }
    return v;
  }

  public boolean containsKey(Object key) {
    return map.containsKey(wrap(key));
  }

  public void clear() {
    map.clear();
    version++;
  }

  public List<Object> keys() {
    List<Object> out = new ArrayList<>(map.size());
    for (Object k : map.keySet()) {
      out.add(unwrap(k));
    }
    return out;
  }

  public List<Object> values() {
    return new ArrayList<>(map.values());
  }

  /** Key/value pairs as two-element arrays, in order. */
  public List<Object[]> items() {
    List<Object[]> out = new ArrayList<>(map.size());
    for (Map.Entry<Object, Object> e : map.entrySet()) {
      out.add(new Object[] {unwrap(e.getKey()), e.getValue()});
    }
    return out;
  }

  /** Removes and returns the last inserted pair, or null when empty. */
  public Object[] popLast() {
    Map.Entry<Object, Object> last = map.pollLastEntry();
    if (last == null) {
      return null;
    }
    version++;
    return new Object[] {unwrap(last.getKey()), last.getValue()};
  }

  public Iterator<Object> keyIterator() {
    Iterator<Object> it = map.keySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Object next() {
        return unwrap(it.next());
      }
    };
  }

  public PyDict copy() {
    PyDict d = new PyDict();
    d.map.putAll(map);
    return d;
  }
}
