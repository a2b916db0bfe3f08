package org.pyjit.modules;

import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Types;

/**
 * {@code _heapq}: the heap operations of heapq.py (which does {@code from _heapq import *})
 * on a list's storage, as CPython's C module does them.
 *
 * <p>Contract. The heap is a list or a list subclass (its list value is used directly, its
 * methods are not called). Every comparison is {@code <} between the same two items, in the
 * same order and number as CPython 3.13's _heapq (programs with counting or side-effecting
 * {@code __lt__} see the same calls): the sift that moves an item up compares it with its
 * parent; the sift that moves the hole at {@code pos} down compares {@code left < right}
 * and follows the right child unless that holds, to a leaf, then moves the item up again. A comparison that changes the list's length raises
 * CPython's "RuntimeError: list changed size during iteration"; items are re-read after each
 * comparison, so a comparison that stores into the list cannot make a Java index go out of
 * bounds. The {@code _max} variants order by the opposite comparison.
 */
public final class HeapqModule {
  private HeapqModule() {}

  /** a < b as a truth value; ints compared in Java. */
  static boolean lt(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x < y;
    }
    Object r = Ops.compare(CompareOp.LT, a, b);
    return r instanceof Boolean bool ? bool : Ops.truth(r);
  }

  /** The list behind a heap argument, or CPython's TypeError naming the argument. */
  private static PyList list(Object heap, String name, boolean only) {
    Object v = BuiltinSubclasses.unwrap(heap);
    if (v instanceof PyList l) {
      return l;
    }
    throw Errors.typeError(name + "() argument" + (only ? "" : " 1") + " must be list, not "
        + Types.typeOf(heap).name);
  }

  private static void changed() {
    throw Errors.runtimeError("list changed size during iteration");
  }

  /** Moves the item at pos up towards start while it is smaller than its parent. */
  static void siftDown(PyList heap, int start, int pos, boolean max) {
    int size = heap.size();
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      Object item = heap.get(pos);
      Object parent = heap.get(parentPos);
      boolean less = max ? lt(parent, item) : lt(item, parent);
      if (size != heap.size()) {
        changed();
      }
      if (!less) {
        break;
      }
      // re-read: the comparison may have stored into the list
      item = heap.get(pos);
      heap.set(pos, heap.get(parentPos));
      heap.set(parentPos, item);
      pos = parentPos;
    }
  }

  /** Moves the hole at pos down along the smaller children to a leaf, then sifts back up. */
  static void siftUp(PyList heap, int pos, boolean max) {
    int end = heap.size();
    int start = pos;
    int limit = end >> 1;
    while (pos < limit) {
      int child = 2 * pos + 1;
      if (child + 1 < end) {
        Object left = heap.get(child);
        Object right = heap.get(child + 1);
        boolean less = max ? lt(right, left) : lt(left, right);
        if (!less) {
          child++;
        }
        if (end != heap.size()) {
          changed();
        }
      }
      Object up = heap.get(child);
      heap.set(child, heap.get(pos));
      heap.set(pos, up);
      pos = child;
    }
    siftDown(heap, start, pos, max);
  }

  static Object heappush(PyList heap, Object item) {
    heap.append(item);
    siftDown(heap, 0, heap.size() - 1, false);
    return PySingleton.NONE;
  }

  static Object heappop(PyList heap, boolean max) {
    int n = heap.size();
    if (n == 0) {
      throw Errors.indexError("index out of range");
    }
    Object last = heap.remove(n - 1);
    if (n == 1) {
      return last;
    }
    Object top = heap.get(0);
    heap.set(0, last);
    siftUp(heap, 0, max);
    return top;
  }

  static Object heapreplace(PyList heap, Object item, boolean max) {
    if (heap.size() == 0) {
      throw Errors.indexError("index out of range");
    }
    Object top = heap.get(0);
    heap.set(0, item);
    siftUp(heap, 0, max);
    return top;
  }

  static Object heappushpop(PyList heap, Object item) {
    if (heap.size() == 0 || !lt(heap.get(0), item)) {
      return item;
    }
    // the top is smaller: it leaves and the item takes its place (heapreplace also checks
    // the size again, as the comparison may have emptied the heap)
    return heapreplace(heap, item, false);
  }

  /** Sifts every parent, last first (above 2500 items in CPython's other order). */
  static Object heapify(PyList heap, boolean max) {
    int n = heap.size();
    if (n > 2500) {
      cacheFriendly(heap, max);
      return PySingleton.NONE;
    }
    for (int i = (n >> 1) - 1; i >= 0; i--) {
      siftUp(heap, i, max);
    }
    return PySingleton.NONE;
  }

  /**
   * CPython's order for big heaps, kept because a comparison with side effects can tell the
   * orders apart: each node of the row above the leaves, right to left, and after a right
   * child (an even index) its parent at once, and so on up while the node is a right one.
   */
  private static void cacheFriendly(PyList heap, boolean max) {
    int m = heap.size() >> 1; // the first node without children
    int leftmost = Integer.highestOneBit(m + 1) - 1;
    int mhalf = m >> 1;
    for (int i = leftmost - 1; i >= mhalf; i--) {
      for (int j = i; ; j >>= 1) {
        siftUp(heap, j, max);
        if ((j & 1) == 0) {
          break;
        }
      }
    }
    for (int i = m - 1; i >= leftmost; i--) {
      for (int j = i; ; j >>= 1) {
        siftUp(heap, j, max);
        if ((j & 1) == 0) {
          break;
        }
      }
    }
  }

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_heapq");
      d.put("__doc__", "Heap queue operations on a list (pyjit's engine for heapq).");
      d.put("__about__", "A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2].");
      two(d, "heappush", (h, x) -> heappush(list(h, "heappush", false), x));
      two(d, "heapreplace", (h, x) -> heapreplace(list(h, "heapreplace", false), x, false));
      two(d, "heappushpop", (h, x) -> heappushpop(list(h, "heappushpop", false), x));
      two(d, "_heapreplace_max",
          (h, x) -> heapreplace(list(h, "_heapreplace_max", false), x, true));
      one(d, "heappop", h -> heappop(list(h, "heappop", true), false));
      one(d, "heapify", h -> heapify(list(h, "heapify", true), false));
      one(d, "_heappop_max", h -> heappop(list(h, "_heappop_max", true), true));
      one(d, "_heapify_max", h -> heapify(list(h, "_heapify_max", true), true));
      module = new PyModule("_heapq", d);
    }
    return module;
  }

  private interface One {
    Object call(Object heap);
  }

  private interface Two {
    Object call(Object heap, Object item);
  }

  private static void one(PyDict d, String name, One body) {
    d.put(name, new PyBuiltinFunction(name,
        (a, k) -> body.call(ArgParser.exactlyOne("_heapq." + name, a, k, 0))));
  }

  private static void two(PyDict d, String name, Two body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> {
      if (a.length != 2 || k != null && k.length > 0) {
        ArgParser.positional(name, "_heapq." + name, a, k, 0, 2, 2);
      }
      return body.call(a[0], a[1]);
    }));
  }
}
