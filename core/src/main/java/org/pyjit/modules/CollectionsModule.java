package org.pyjit.modules;

import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * The {@code _collections} module: the storage of collections.deque, a ring buffer of
 * Python objects ({@link Ring}) that the Python class {@code deque}
 * (org/pyjit/lib/collections/__init__.py) keeps in its {@code _ring} slot and drives through
 * the functions below, so that each deque operation is one Java call doing O(1) work
 * (appends and pops at both ends, indexing, rotation by k steps in O(k)).
 *
 * <p>Contract. A ring has a bound ({@code maxlen}, or -1): appending to a full ring drops
 * the item at the other end, as CPython's deque does. Every change of its length or
 * order bumps {@link Ring#state}; an iterator made by {@code iter} remembers the state and
 * raises CPython's "RuntimeError: deque mutated during iteration" when it changed. Indices
 * reaching Java are already normalized and checked by the caller only where noted;
 * {@code getitem}/{@code setitem}/{@code delitem} check theirs and raise IndexError
 * "deque index out of range".
 */
public final class CollectionsModule {
  private CollectionsModule() {}

  static final PyType RING = new PyType("deque_ring", true, Types.OBJECT);
  static final PyType ITER = iteratorType("_collections._deque_iterator");
  static final PyType RITER = iteratorType("_collections._deque_reverse_iterator");

  static {
    RING.baseType = false;
  }

  private static PyType iteratorType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.baseType = false;
    t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, (a, k) -> a[0]));
    t.dict.put("__next__", new PyBuiltinFunction("__next__", t, (a, k) -> {
      Object x = ((RingIterator) a[0]).next();
      if (x == null) {
        throw Errors.stopIteration();
      }
      return x;
    }));
    return t;
  }

  /** A growable circular buffer; {@code items[(head + i) % cap]} is item i. */
  static final class Ring extends PyObject {
    Object[] items = new Object[8];
    int head;
    int size;
    final long maxlen;
    long state;

    Ring(long maxlen) {
      this.maxlen = maxlen;
    }

    @Override
    public PyType type() {
      return RING;
    }

    private int slot(int i) {
      int j = head + i;
      return j >= items.length ? j - items.length : j;
    }

    Object get(int i) {
      return items[slot(i)];
    }

    private void grow() {
      if (size == items.length) {
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
          bigger[i] = get(i);
        }
        items = bigger;
        head = 0;
      }
    }

    void append(Object x) {
      state++;
      if (maxlen == 0) {
        return;
      }
      if (size == maxlen) {
        popLeft();
      }
      grow();
      items[slot(size)] = x;
      size++;
    }

    void appendLeft(Object x) {
      state++;
      if (maxlen == 0) {
        return;
      }
      if (size == maxlen) {
        pop();
      }
      grow();
      head = head == 0 ? items.length - 1 : head - 1;
      items[head] = x;
      size++;
    }

    Object pop() {
      if (size == 0) {
        throw Errors.indexError("pop from an empty deque");
      }
      state++;
      int s = slot(size - 1);
      Object x = items[s];
      items[s] = null;
      size--;
      return x;
    }

    Object popLeft() {
      if (size == 0) {
        throw Errors.indexError("pop from an empty deque");
      }
      state++;
      Object x = items[head];
      items[head] = null;
      head = head + 1 == items.length ? 0 : head + 1;
      size--;
      return x;
    }

    int index(Object i) {
      if (!(i instanceof Long) && Types.typeOf(i).lookup("__index__") == null) {
        throw Errors.typeError("sequence index must be integer, not '" + Types.typeOf(i).name
            + "'");
      }
      long n = Ops.asIndex(i);
      if (n < 0) {
        n += size;
      }
      if (n < 0 || n >= size) {
        throw Errors.indexError("deque index out of range");
      }
      return (int) n;
    }

    /** Removes item i by moving the shorter side over it. */
    void delete(int i) {
      state++;
      if (i < size / 2) {
        for (int j = i; j > 0; j--) {
          items[slot(j)] = items[slot(j - 1)];
        }
        items[head] = null;
        head = head + 1 == items.length ? 0 : head + 1;
      } else {
        for (int j = i; j < size - 1; j++) {
          items[slot(j)] = items[slot(j + 1)];
        }
        items[slot(size - 1)] = null;
      }
      size--;
    }

    /** Inserts x before item i (0 <= i <= size); the caller checked the bound. */
    void insert(int i, Object x) {
      append(x);
      for (int j = size - 1; j > i; j--) {
        items[slot(j)] = items[slot(j - 1)];
      }
      items[slot(i)] = x;
    }

    void rotate(long n) {
      if (size <= 1) {
        return;
      }
      state++;
      n %= size;
      if (n < 0) {
        n += size;
      }
      // right by n is left by size - n: take the cheaper direction
      if (n <= size / 2) {
        for (long k = 0; k < n; k++) {
          int last = slot(size - 1);
          Object x = items[last];
          items[last] = null;
          head = head == 0 ? items.length - 1 : head - 1;
          items[head] = x;
        }
      } else {
        for (long k = 0; k < size - n; k++) {
          Object x = items[head];
          items[head] = null;
          head = head + 1 == items.length ? 0 : head + 1;
          items[slot(size - 1)] = x;
        }
      }
    }

    void clear() {
      state++;
      items = new Object[8];
      head = 0;
      size = 0;
    }

    void reverse() {
      state++;
      for (int i = 0, j = size - 1; i < j; i++, j--) {
        int a = slot(i);
        int b = slot(j);
        Object x = items[a];
        items[a] = items[b];
        items[b] = x;
      }
    }
  }

  /** Iterates a ring front to back or back to front, watching its state. */
  static final class RingIterator extends PyIterator {
    private final Ring ring;
    private final boolean reverse;
    private final long state;
    private int i;

    RingIterator(Ring ring, boolean reverse) {
      this.ring = ring;
      this.reverse = reverse;
      this.state = ring.state;
    }

    @Override
    public PyType type() {
      return reverse ? RITER : ITER;
    }

    @Override
    public Object next() {
      if (ring.state != state) {
        throw Errors.runtimeError("deque mutated during iteration");
      }
      if (i >= ring.size) {
        return null;
      }
      Object x = ring.get(reverse ? ring.size - 1 - i : i);
      i++;
      return x;
    }
  }

  /** The ring of a deque (the Python object): its {@code _ring} slot. */
  static Ring ringOf(Object self, String method) {
    if (self instanceof PyInstance inst) {
      int i = Types.typeOf(self).slotIndex("_ring");
      Object[] values = inst.slotValues();
      if (i >= 0 && values != null && i < values.length && values[i] instanceof Ring r) {
        return r;
      }
    }
    if (self instanceof PyInstance && Ops.getattr(self, "_ring") instanceof Ring r) {
      return r;
    }
    throw Errors.typeError("descriptor '" + method + "' for 'collections.deque' objects "
        + "doesn't apply to a '" + Types.typeOf(self).name + "' object");
  }

  private static void arity(String name, Object[] a, String[] k, int min, int max) {
    int n = a.length - 1 - (k == null ? 0 : k.length);
    if (k != null && k.length > 0) {
      throw Errors.typeError("deque." + name + "() takes no keyword arguments");
    }
    if (n < min || n > max) {
      throw Errors.typeError(max == 0 ? "deque." + name + "() takes no arguments (" + n
          + " given)" : min == max ? "deque." + name + "() takes exactly one argument (" + n
          + " given)" : name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
          + ", got " + n);
    }
  }

  /**
   * The hot methods of the Python class {@code cls} (collections.deque) as methods of it
   * written in Java: each finds the ring in its receiver's slot, so a call is one Java call
   * with no Python frame.
   */
  static PyDict methods(PyType cls) {
    PyDict d = new PyDict();
    method(d, cls, "append", (a, k) -> {
      arity("append", a, k, 1, 1);
      ringOf(a[0], "append").append(a[1]);
      return PySingleton.NONE;
    });
    method(d, cls, "appendleft", (a, k) -> {
      arity("appendleft", a, k, 1, 1);
      ringOf(a[0], "appendleft").appendLeft(a[1]);
      return PySingleton.NONE;
    });
    method(d, cls, "pop", (a, k) -> {
      arity("pop", a, k, 0, 0);
      return ringOf(a[0], "pop").pop();
    });
    method(d, cls, "popleft", (a, k) -> {
      arity("popleft", a, k, 0, 0);
      return ringOf(a[0], "popleft").popLeft();
    });
    method(d, cls, "rotate", (a, k) -> {
      arity("rotate", a, k, 0, 1);
      ringOf(a[0], "rotate").rotate(a.length > 1 ? Ops.asIndex(a[1]) : 1);
      return PySingleton.NONE;
    });
    method(d, cls, "__len__", (a, k) -> (long) ringOf(a[0], "__len__").size);
    method(d, cls, "__bool__", (a, k) -> ringOf(a[0], "__bool__").size != 0);
    method(d, cls, "__iter__", (a, k) -> new RingIterator(ringOf(a[0], "__iter__"), false));
    method(d, cls, "__getitem__", (a, k) -> {
      Ring r = ringOf(a[0], "__getitem__");
      return r.get(r.index(a[1]));
    });
    return d;
  }

  /**
   * The getter of namedtuple field {@code index} (kept in a property): item {@code index} of
   * the tuple, read in Java without a Python frame.
   */
  static PyBuiltinFunction tupleGetter(int index) {
    return new PyBuiltinFunction("_tuplegetter", (a, k) -> {
      if (a.length == 1 && a[0] instanceof BuiltinSubclasses.ValueInstance v
          && v.value instanceof PyTuple t && index < t.size()) {
        return t.get(index);
      }
      return Ops.getitem(a[0], (long) index);
    });
  }

  /**
   * Counter's counting loop: {@code mapping[elem] = mapping.get(elem, 0) + 1} for each
   * element. A dict (or a subclass keeping dict's get and __setitem__, as Counter does) is
   * updated directly; any other mapping through its own methods.
   */
  static void countElements(Object mapping, Object iterable) {
    Object it = Ops.iter(iterable);
    PyType t = Types.typeOf(mapping);
    if (mapping instanceof PyDict dict
        && t.lookup("get") == Types.DICT.lookup("get")
        && t.lookup("__setitem__") == Types.DICT.lookup("__setitem__")) {
      for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
        Object n = dict.get(x);
        dict.put(x, n == null ? (Object) 1L
            : Ops.binary(org.pyjit.bytecode.BinaryOp.ADD, n, 1L));
      }
      return;
    }
    Object get = Ops.getattr(mapping, "get");
    for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
      Object n = Ops.call(get, new Object[] {x, 0L}, null);
      Ops.setitem(mapping, x, Ops.binary(org.pyjit.bytecode.BinaryOp.ADD, n, 1L));
    }
  }

  private static void method(PyDict d, PyType cls, String name, PyBuiltinFunction.Body body) {
    d.put(name, new PyBuiltinFunction(name, cls, body));
  }

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_collections");
      d.put("__doc__", "The storage of collections.deque.");
      fn(d, "ring", a -> new Ring(a[0] == PySingleton.NONE ? -1 : Ops.asIndex(a[0])));
      fn(d, "append", a -> {
        ((Ring) a[0]).append(a[1]);
        return PySingleton.NONE;
      });
      fn(d, "appendleft", a -> {
        ((Ring) a[0]).appendLeft(a[1]);
        return PySingleton.NONE;
      });
      fn(d, "pop", a -> ((Ring) a[0]).pop());
      fn(d, "popleft", a -> ((Ring) a[0]).popLeft());
      fn(d, "length", a -> (long) ((Ring) a[0]).size);
      fn(d, "getitem", a -> {
        Ring r = (Ring) a[0];
        return r.get(r.index(a[1]));
      });
      fn(d, "setitem", a -> {
        Ring r = (Ring) a[0];
        r.items[r.slot(r.index(a[1]))] = a[2];
        return PySingleton.NONE;
      });
      fn(d, "delitem", a -> {
        Ring r = (Ring) a[0];
        r.delete(r.index(a[1]));
        return PySingleton.NONE;
      });
      fn(d, "insert", a -> {
        Ring r = (Ring) a[0];
        r.insert((int) Ops.asIndex(a[1]), a[2]);
        return PySingleton.NONE;
      });
      fn(d, "rotate", a -> {
        ((Ring) a[0]).rotate(Ops.asIndex(a[1]));
        return PySingleton.NONE;
      });
      fn(d, "clear", a -> {
        ((Ring) a[0]).clear();
        return PySingleton.NONE;
      });
      fn(d, "reverse", a -> {
        ((Ring) a[0]).reverse();
        return PySingleton.NONE;
      });
      fn(d, "extend", a -> {
        Ring r = (Ring) a[0];
        Object it = Ops.iter(a[1]);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
          r.append(x);
        }
        return PySingleton.NONE;
      });
      fn(d, "extendleft", a -> {
        Ring r = (Ring) a[0];
        Object it = Ops.iter(a[1]);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
          r.appendLeft(x);
        }
        return PySingleton.NONE;
      });
      fn(d, "tolist", a -> {
        Ring r = (Ring) a[0];
        Object[] out = new Object[r.size];
        for (int i = 0; i < out.length; i++) {
          out[i] = r.get(i);
        }
        return new PyList(out);
      });
      fn(d, "iter", a -> new RingIterator((Ring) a[0], false));
      fn(d, "reviter", a -> new RingIterator((Ring) a[0], true));
      fn(d, "state", a -> ((Ring) a[0]).state);
      fn(d, "methods", a -> methods((PyType) a[0]));
      fn(d, "tuplegetter", a -> tupleGetter((int) Ops.asIndex(a[0])));
      fn(d, "_count_elements", a -> {
        countElements(a[0], a[1]);
        return PySingleton.NONE;
      });
      module = new PyModule("_collections", d);
    }
    return module;
  }

  private interface Body {
    Object call(Object[] a);
  }

  private static void fn(PyDict d, String name, Body body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> body.call(a)));
  }
}
