package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/** List slice assignment and deletion, with CPython's rules for extended slices. */
public final class ListOps {
  private ListOps() {}

  /**
   * The items an unpacking assignment ({@code a, b = v}) takes from {@code v}, with
   * CPython's "cannot unpack non-iterable" message when {@code v} cannot be iterated.
   */
  public static Object[] unpackItems(Object v) {
    try {
      return toArray(v);
    } catch (PyException e) {
      PyType t = Types.typeOf(v);
      if (e.value.type() == Types.TYPE_ERROR && t.lookup("__iter__") == null
          && t.lookup("__getitem__") == null) {
        throw Errors.typeError("cannot unpack non-iterable " + t.name + " object");
      }
      throw e;
    }
  }

  /** All items of an iterable, in order. */
  public static Object[] toArray(Object iterable) {
    // a subclass's own __iter__ counts, as in CPython (its fast path is for exact types)
    boolean direct = !BuiltinSubclasses.isSubclassInstance(iterable)
        || BuiltinSubclasses.override(iterable, "__iter__") == null;
    if (iterable instanceof PyList l && direct) {
      return l.toArray();
    }
    if (iterable instanceof PyTuple t && direct) {
      return t.items.clone();
    }
    List<Object> out = new ArrayList<>();
    Object it = Ops.iter(iterable);
    for (Object x; (x = Ops.next(it)) != null; ) {
      out.add(x);
    }
    return out.toArray();
  }

  static void setSlice(PyList l, PySlice s, Object value) {
    long[] r = s.indices(l.size());
    Object it;
    try {
      it = Ops.iter(value);
    } catch (PyException e) {
      if (!e.value.type().isSubtypeOf(Types.TYPE_ERROR)) {
        throw e;
      }
      // CPython 3.13 says "extended slice" even for a simple one
      throw Errors.typeError("must assign iterable to extended slice");
    }
    Object[] items = toArray(it);
    if (r[2] == 1) {
      int start = (int) r[0];
      int stop = (int) Math.max(r[0], r[1]);
      Object[] old = l.toArray();
      Object[] out = new Object[old.length - (stop - start) + items.length];
      System.arraycopy(old, 0, out, 0, start);
      System.arraycopy(items, 0, out, start, items.length);
      System.arraycopy(old, stop, out, start + items.length, old.length - stop);
      l.setAll(out);
      return;
    }
    if (items.length != r[3]) {
      throw Errors.valueError("attempt to assign sequence of size " + items.length
          + " to extended slice of size " + r[3]);
    }
    long j = r[0];
    for (Object item : items) {
      l.set((int) j, item);
      j += r[2];
    }
  }

  static void deleteSlice(PyList l, PySlice s) {
    long[] r = s.indices(l.size());
    boolean[] gone = new boolean[l.size()];
    long j = r[0];
    for (long i = 0; i < r[3]; i++, j += r[2]) {
      gone[(int) j] = true;
    }
    List<Object> keep = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      if (!gone[i]) {
        keep.add(l.get(i));
      }
    }
    l.setAll(keep.toArray());
  }
}
