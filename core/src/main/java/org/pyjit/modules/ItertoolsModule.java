package org.pyjit.modules;

import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.ListOps;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _itertools}: the stepping of itertools' busiest iterators in Java. The classes stay
 * in itertools.py (their names, argument checks, reprs and subclassing are Python's); each
 * keeps a Java engine in its {@code _gen} slot, and their {@code __next__} is a Java method
 * ({@link #nextMethod}) that steps the engine, so an item costs no Python frame (repeat,
 * batched, zip_longest and tee still step in Python). count's
 * {@code __next__} ({@link #countNext}) adds the step to its {@code _n} slot in Java.
 *
 * <p>Contract. Engines consume their inputs exactly as the Python versions they replace
 * (and CPython's C ones) do: product and the combinatoric engines get their pools as tuples
 * already read; chain advances to the next iterable only when the current one is exhausted;
 * islice reads and drops the items before each one it returns (up to start even when stop
 * is below it, never past stop after that); groupby reads one item ahead, compares the
 * group's key with the current one ({@code group == current}, after an identity check, as
 * PyObject_RichCompareBool), and a group's iterator
 * ends when its groupby moved on. An exception from an input or a key function propagates
 * and leaves the engine where it was. Exhausted engines stay exhausted.
 */
public final class ItertoolsModule {
  private ItertoolsModule() {}

  private static PyTuple tupleOf(Object[] pool, int[] idx) {
    Object[] out = new Object[idx.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = pool[idx[i]];
    }
    return new PyTuple(out);
  }

  /** Cartesian product of the pools, the last pool varying fastest. */
  static final class Product extends PyIterator {
    private final Object[][] pools;
    private final int[] idx;
    private boolean started;
    private boolean done;

    Product(Object[][] pools) {
      this.pools = pools;
      this.idx = new int[pools.length];
      for (Object[] p : pools) {
        if (p.length == 0) {
          done = true;
        }
      }
    }

    @Override
    public Object next() {
      if (done) {
        return null;
      }
      if (started) {
        int i = pools.length - 1;
        for (; i >= 0; i--) {
          if (++idx[i] < pools[i].length) {
            break;
          }
          idx[i] = 0;
        }
        if (i < 0) {
          done = true;
          return null;
        }
      }
      started = true;
      Object[] out = new Object[pools.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = pools[i][idx[i]];
      }
      return new PyTuple(out);
    }
  }

  /**
   * Tuples of a pool's items at r positions: the first set up by the subclass, each next one
   * made by its {@code advance} (false when there is none).
   */
  abstract static class IndexTuples extends PyIterator {
    final Object[] pool;
    final int[] idx;
    boolean done;
    private boolean started;

    IndexTuples(Object[] pool, int r) {
      this.pool = pool;
      this.idx = new int[r];
    }

    abstract boolean advance();

    @Override
    public final Object next() {
      if (done) {
        return null;
      }
      if (started && !advance()) {
        done = true;
        return null;
      }
      started = true;
      return tupleOf(pool, idx);
    }
  }

  /** r-permutations of the pool's positions in lexicographic order. */
  static final class Permutations extends IndexTuples {
    private final boolean[] used;

    Permutations(Object[] pool, int r) {
      super(pool, Math.max(r, 0));
      this.used = new boolean[pool.length];
      done = r > pool.length;
      for (int i = 0; !done && i < r; i++) {
        idx[i] = i;
        used[i] = true;
      }
    }

    /** The rightmost position that can take a larger unused index does; the rest refill. */
    @Override
    boolean advance() {
      int n = pool.length;
      int r = idx.length;
      for (int pos = r - 1; pos >= 0; pos--) {
        used[idx[pos]] = false;
        int k = idx[pos] + 1;
        while (k < n && used[k]) {
          k++;
        }
        if (k < n) {
          idx[pos] = k;
          used[k] = true;
          int free = 0;
          for (int j = pos + 1; j < r; j++) {
            while (used[free]) {
              free++;
            }
            idx[j] = free;
            used[free] = true;
          }
          return true;
        }
      }
      return false;
    }
  }

  /** r-combinations (increasing index tuples), with or without repeated positions. */
  static final class Combinations extends IndexTuples {
    private final boolean replace;

    Combinations(Object[] pool, int r, boolean replace) {
      super(pool, r);
      this.replace = replace;
      int n = pool.length;
      done = replace ? n == 0 && r > 0 : r > n;
      if (!replace) {
        for (int i = 0; i < r; i++) {
          idx[i] = i;
        }
      }
    }

    @Override
    boolean advance() {
      int n = pool.length;
      int r = idx.length;
      int pos = r - 1;
      if (replace) {
        while (pos >= 0 && idx[pos] == n - 1) {
          pos--;
        }
        if (pos < 0) {
          return false;
        }
        int v = idx[pos] + 1;
        for (int j = pos; j < r; j++) {
          idx[j] = v;
        }
        return true;
      }
      while (pos >= 0 && idx[pos] == n - r + pos) {
        pos--;
      }
      if (pos < 0) {
        return false;
      }
      idx[pos]++;
      for (int j = pos + 1; j < r; j++) {
        idx[j] = idx[j - 1] + 1;
      }
      return true;
    }
  }

  /** The items of each iterable in turn; the iterables come from an iterator. */
  static final class Chain extends PyIterator {
    private Object sources; // null: no more iterables
    private Object active;

    Chain(Object sources) {
      this.sources = sources;
    }

    @Override
    public Object next() {
      while (true) {
        if (active != null) {
          Object x = Ops.next(active);
          if (x != null) {
            return x;
          }
        }
        if (sources == null) {
          return null;
        }
        Object source = Ops.next(sources);
        if (source == null) {
          sources = null;
          active = null;
          return null;
        }
        active = Ops.iter(source);
      }
    }
  }

  /** Items start, start+step, ... below stop (-1: no stop) of an iterator. */
  static final class Islice extends PyIterator {
    private Object it; // null once finished
    private long target;
    private final long stop;
    private final long step;
    private long i;

    Islice(Object it, long start, long stop, long step) {
      this.it = it;
      this.target = start;
      this.stop = stop;
      this.step = step;
    }

    @Override
    public Object next() {
      if (it == null) {
        return null;
      }
      while (i < target) { // as CPython: the items before start are read even past stop
        if (Ops.next(it) == null) {
          it = null;
          return null;
        }
        i++;
      }
      if (stop >= 0 && i >= stop) {
        it = null;
        return null;
      }
      Object x = Ops.next(it);
      if (x == null) {
        it = null;
        return null;
      }
      i++;
      long old = target;
      target += step;
      if (target < old || stop >= 0 && target > stop) { // never read past stop to skip
        target = stop >= 0 ? stop : Long.MAX_VALUE;
      }
      return x;
    }
  }

  /** groupby's shared state: the item read ahead and the key of the current group. */
  static final class GroupBy extends PyIterator {
    private final Object it;
    private final Object key; // None: the items themselves
    Object currentKey;
    Object currentValue;
    boolean pending; // currentValue was read and not handed out
    Object groupKey; // null before the first group
    long generation;

    GroupBy(Object it, Object key) {
      this.it = it;
      this.key = key;
    }

    /** Reads the next item and its key; false at the end of the input. */
    boolean step() {
      Object v = Ops.next(it);
      if (v == null) {
        return false;
      }
      Object k = key == PySingleton.NONE ? v : Ops.call(key, new Object[] {v}, null);
      currentValue = v;
      currentKey = k;
      pending = true;
      return true;
    }

    static boolean same(Object a, Object b) {
      return a == b || Ops.truth(Ops.compare(CompareOp.EQ, a, b));
    }

    @Override
    public Object next() {
      generation++;
      if (!pending && !step()) {
        return null;
      }
      if (groupKey != null) {
        while (same(groupKey, currentKey)) {
          if (!step()) {
            return null;
          }
        }
      }
      groupKey = currentKey;
      return PyTuple.of(groupKey, new Grouper(this, groupKey, generation));
    }
  }

  /** Running totals (sums, or func(total, x)), after initial when one is given. */
  static final class Accumulate extends PyIterator {
    private final Object it;
    private final Object func; // None: +
    private Object initial; // null: none (or already returned)
    private Object total; // null before the first item

    Accumulate(Object it, Object func, Object initial) {
      this.it = it;
      this.func = func;
      this.initial = initial == PySingleton.NONE ? null : initial;
    }

    @Override
    public Object next() {
      if (total == null && initial != null) {
        total = initial;
        initial = null;
        return total;
      }
      Object x = Ops.next(it);
      if (x == null) {
        return null;
      }
      if (total == null) {
        total = x;
      } else if (func == PySingleton.NONE) {
        total = Ops.binary(BinaryOp.ADD, total, x);
      } else {
        total = Ops.call(func, new Object[] {total, x}, null);
      }
      return total;
    }
  }

  /** func(*args) for each args of the input. */
  static final class Starmap extends PyIterator {
    private final Object func;
    private final Object it;

    Starmap(Object func, Object it) {
      this.func = func;
      this.it = it;
    }

    @Override
    public Object next() {
      Object args = Ops.next(it);
      if (args == null) {
        return null;
      }
      // an exact tuple's items as they are; anything else (a tuple subclass too) iterated
      return Ops.call(func, ListOps.toArray(args), null);
    }
  }

  /** Overlapping pairs of successive items. */
  static final class Pairwise extends PyIterator {
    private Object it; // null once finished
    private Object last; // null before the first pair

    Pairwise(Object it) {
      this.it = it;
    }

    @Override
    public Object next() {
      if (it == null) {
        return null;
      }
      Object a = last;
      if (a == null) {
        a = Ops.next(it);
        if (a == null) {
          it = null;
          return null;
        }
      }
      Object b = Ops.next(it);
      if (b == null) {
        it = null;
        return null;
      }
      last = b;
      return PyTuple.of(a, b);
    }
  }

  /** takewhile, dropwhile and filterfalse: items tested by a predicate (None: truth). */
  static final class Predicated extends PyIterator {
    static final int TAKE = 0;
    static final int DROP = 1;
    static final int FILTER_FALSE = 2;
    private final int kind;
    private final Object pred;
    private Object it; // null once takewhile stopped
    private boolean dropping = true;

    Predicated(int kind, Object pred, Object it) {
      this.kind = kind;
      this.pred = pred;
      this.it = it;
    }

    private boolean test(Object x) {
      return Ops.truth(pred == PySingleton.NONE ? x : Ops.call(pred, new Object[] {x}, null));
    }

    @Override
    public Object next() {
      if (it == null) {
        return null;
      }
      switch (kind) {
        case TAKE -> {
          Object x = Ops.next(it);
          if (x == null) {
            return null;
          }
          if (test(x)) {
            return x;
          }
          it = null;
          return null;
        }
        case DROP -> {
          if (!dropping) {
            return Ops.next(it);
          }
          for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!test(x)) {
              dropping = false;
              return x;
            }
          }
          return null;
        }
        default -> {
          for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!test(x)) {
              return x;
            }
          }
          return null;
        }
      }
    }
  }

  /** The data items whose selector is true; a datum is read before its selector. */
  static final class Compress extends PyIterator {
    private final Object data;
    private final Object selectors;

    Compress(Object data, Object selectors) {
      this.data = data;
      this.selectors = selectors;
    }

    @Override
    public Object next() {
      while (true) {
        Object d = Ops.next(data);
        if (d == null) {
          return null;
        }
        Object sel = Ops.next(selectors);
        if (sel == null) {
          return null;
        }
        if (Ops.truth(sel)) {
          return d;
        }
      }
    }
  }

  /** The input's items, saved on the first pass, then the saved ones over and over. */
  static final class Cycle extends PyIterator {
    private Object it; // null after the first pass
    private final PyList saved = new PyList();
    private int i;

    Cycle(Object it) {
      this.it = it;
    }

    @Override
    public Object next() {
      if (it != null) {
        Object x = Ops.next(it);
        if (x != null) {
          saved.append(x);
          return x;
        }
        it = null;
      }
      if (saved.size() == 0) {
        return null;
      }
      Object x = saved.get(i);
      i = i + 1 < saved.size() ? i + 1 : 0;
      return x;
    }
  }

  static final PyType GROUPER = iteratorType("_grouper");

  /** One group's items: valid while its groupby has not moved on. */
  static final class Grouper extends PyIterator {
    private final GroupBy parent;
    private final Object key;
    private final long generation;

    Grouper(GroupBy parent, Object key, long generation) {
      this.parent = parent;
      this.key = key;
      this.generation = generation;
    }

    @Override
    public PyType type() {
      return GROUPER;
    }

    @Override
    public Object next() {
      GroupBy g = parent;
      if (g.generation != generation) {
        return null;
      }
      if (!g.pending && !g.step()) {
        return null;
      }
      if (!GroupBy.same(key, g.currentKey)) {
        return null;
      }
      g.pending = false;
      return g.currentValue;
    }
  }

  private static PyType iteratorType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.module = "itertools";
    t.baseType = false;
    t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, (a, k) -> a[0]));
    t.dict.put("__next__", new PyBuiltinFunction("__next__", t, (a, k) -> {
      Object x = ((PyIterator) a[0]).next();
      if (x == null) {
        throw Errors.stopIteration();
      }
      return x;
    }));
    return t;
  }

  /** The slot {@code name} of a Python object (an instance of a class with that slot). */
  private static Object[] slotsOf(Object self, String method) {
    if (self instanceof PyInstance inst && inst.slotValues() != null) {
      return inst.slotValues();
    }
    throw Errors.typeError("descriptor '" + method + "' requires an itertools object, not '"
        + Types.typeOf(self).name + "'");
  }

  /** {@code cls.__next__}: steps the engine in the instance's {@code _gen} slot. */
  static PyBuiltinFunction nextMethod(PyType cls) {
    int[] cache = {-1};
    PyType[] cachedType = {null};
    return new PyBuiltinFunction("__next__", cls, (a, k) -> {
      Object self = a[0];
      Object[] slots = slotsOf(self, "__next__");
      PyType t = Types.typeOf(self);
      if (cachedType[0] != t) {
        cache[0] = t.slotIndex("_gen");
        cachedType[0] = t;
      }
      int i = cache[0];
      Object gen = i >= 0 && i < slots.length ? slots[i] : null;
      if (!(gen instanceof PyIterator engine)) {
        throw Errors.stopIteration(); // never set up (a subclass that skipped __new__)
      }
      Object x = engine.next();
      if (x == null) {
        throw Errors.stopIteration();
      }
      return x;
    });
  }

  /** count's {@code __next__}: returns {@code _n} and adds {@code _step} to it. */
  static PyBuiltinFunction countNext(PyType cls) {
    return new PyBuiltinFunction("__next__", cls, (a, k) -> {
      Object self = a[0];
      Object[] slots = slotsOf(self, "__next__");
      PyType t = Types.typeOf(self);
      int in = t.slotIndex("_n");
      int is = t.slotIndex("_step");
      Object n = slots[in];
      slots[in] = Ops.binary(BinaryOp.ADD, n, slots[is]);
      return n;
    });
  }

  private static Object[] items(Object tuple) {
    return ((PyTuple) tuple).items;
  }

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_itertools");
      d.put("__doc__", "The engines of itertools' iterators (pyjit).");
      fn(d, "product", a -> {
        PyList pools = (PyList) a[0];
        Object[][] p = new Object[pools.size()][];
        for (int i = 0; i < p.length; i++) {
          p[i] = items(pools.get(i));
        }
        return new Product(p);
      });
      fn(d, "permutations", a -> new Permutations(items(a[0]), (int) Ops.asIndex(a[1])));
      fn(d, "combinations",
          a -> new Combinations(items(a[0]), (int) Ops.asIndex(a[1]), false));
      fn(d, "combinations_with_replacement",
          a -> new Combinations(items(a[0]), (int) Ops.asIndex(a[1]), true));
      fn(d, "chain", a -> new Chain(a[0]));
      fn(d, "islice", a -> new Islice(a[0], Ops.asIndex(a[1]),
          a[2] == PySingleton.NONE ? -1 : Ops.asIndex(a[2]), Ops.asIndex(a[3])));
      fn(d, "groupby", a -> new GroupBy(a[0], a[1]));
      fn(d, "accumulate", a -> new Accumulate(a[0], a[1], a[2]));
      fn(d, "starmap", a -> new Starmap(a[0], a[1]));
      fn(d, "pairwise", a -> new Pairwise(a[0]));
      fn(d, "takewhile", a -> new Predicated(Predicated.TAKE, a[0], a[1]));
      fn(d, "dropwhile", a -> new Predicated(Predicated.DROP, a[0], a[1]));
      fn(d, "filterfalse", a -> new Predicated(Predicated.FILTER_FALSE, a[0], a[1]));
      fn(d, "compress", a -> new Compress(a[0], a[1]));
      fn(d, "cycle", a -> new Cycle(a[0]));
      fn(d, "next_method", a -> nextMethod((PyType) a[0]));
      fn(d, "count_next", a -> countNext((PyType) a[0]));
      d.put("_grouper", GROUPER);
      module = new PyModule("_itertools", d);
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
