package org.pyjit.runtime;

import java.util.Iterator;
import java.util.List;
import org.pyjit.runtime.collect.PyDictTable;

/**
 * The attribute dict of a built-in type whose methods are installed at first use rather
 * than when the runtime starts (docs/internals/startup.md): {@code -c pass} and a hello world
 * never look at them, and building their ~700 entries with the bytecode interpreter of a JVM
 * that has just started was about 2.5 ms of every start.
 *
 * <p>Contract: {@link #defer} registers the one installer of the built-in methods with the
 * types whose dicts it writes to, its targets (side effects such as constructors stay
 * eager). Every operation on a target's dict first runs the installer if it has not run, so
 * whatever reads or writes one sees what it would have seen had the installer run at
 * start-up: the same entries in the same order (a later write, which would have come after
 * the installer's, still does). Other built-in types' dicts (the generator type, sys's stream
 * type, ...) never wait for it: they stay plain PyDicts, so that the JIT sees one kind of
 * dict where a program uses only its own classes, and once it has run a target's dict checks
 * nothing but a field. The installer's own accesses go straight through; another thread waits
 * until it has finished.
 * The package's few direct reads of {@code PyDict.table} are on dicts that Python code holds,
 * which a built-in type's dict reaches only through {@link PyMappingProxy} and {@code vars()},
 * both of which call {@link #installNow} first.
 */
final class LazyTypeDict extends PyDict {
  /** The installer not yet run, or null. */
  private static volatile Runnable pending;
  /** The thread running the installer, whose own accesses must not wait for it. */
  private static Thread installing;
  /**
   * Whether the installer wrote to the dict of a built-in type that existed before it ran and
   * is not its declared target, breaking the contract above (that dict could have been read
   * before it ran). Checked, with assertions on (tests), by {@link #sizesBefore}.
   */
  static volatile boolean wroteOtherDict;
  /** With assertions on: the sizes of the other built-in types' dicts before the installer. */
  private static java.util.Map<PyDict, Integer> otherSizes;

  /** The targets' dicts, whose {@link #target} is cleared once the installer has run. */
  private static LazyTypeDict[] targets = {};

  /** Whether the installer writes to this dict and may not have run (see {@link #defer}). */
  private boolean target;

  private LazyTypeDict(PyDictTable table) {
    super(table);
  }

  /**
   * Runs {@code installer} at the first use of the dict of one of {@code types}, the
   * built-in types it writes to (all of them: LazyTypeDictTest checks it).
   */
  static synchronized void defer(Runnable installer, PyType... types) {
    targets = new LazyTypeDict[types.length];
    for (int i = 0; i < types.length; i++) {
      // the same table, so what was written to the type so far stays, in its order
      targets[i] = new LazyTypeDict(types[i].dict.table);
      targets[i].target = true;
      types[i].dict = targets[i];
    }
    pending = installer;
  }

  /** Runs the deferred installer now if it has not run. */
  static void installNow() {
    if (pending != null) {
      install();
    }
  }

  private static synchronized void install() {
    Runnable r = pending;
    if (r == null || installing == Thread.currentThread()) {
      return;
    }
    installing = Thread.currentThread();
    assert sizesBefore();
    try {
      r.run();
      assert sizesUnchanged();
    } finally {
      installing = null;
      pending = null;
      for (LazyTypeDict d : targets) {
        d.target = false; // a thread that still sees true finds pending null
      }
    }
  }

  private void use() {
    if (target) {
      installNow();
    }
  }

  private static boolean sizesBefore() {
    otherSizes = new java.util.IdentityHashMap<>();
    java.util.ArrayDeque<PyType> todo = new java.util.ArrayDeque<>(List.of(Types.OBJECT));
    while (!todo.isEmpty()) {
      PyType t = todo.pop();
      if (t.builtin && !(t.dict instanceof LazyTypeDict) && !otherSizes.containsKey(t.dict)) {
        otherSizes.put(t.dict, t.dict.size());
      }
      todo.addAll(t.subclasses);
    }
    return true;
  }

  private static boolean sizesUnchanged() {
    otherSizes.forEach((d, size) -> wroteOtherDict |= d.size() != size);
    return true;
  }

  @Override
  public PyDictTable table() {
    use();
    return super.table();
  }

  @Override
  public int size() {
    use();
    return super.size();
  }

  @Override
  public int version() {
    use();
    return super.version();
  }

  @Override
  public Object get(Object key) {
    use();
    return super.get(key);
  }

  @Override
  public Object getStr(String key) {
    use();
    return super.getStr(key);
  }

  @Override
  public Object getStr(String key, long hash) {
    use();
    return super.getStr(key, hash);
  }

  @Override
  public void putStr(String key, long hash, Object value) {
    use();
    super.putStr(key, hash, value);
  }

  @Override
  public void put(Object key, Object value) {
    use();
    super.put(key, value);
  }

  @Override
  public Object remove(Object key) {
    use();
    return super.remove(key);
  }

  @Override
  public boolean containsKey(Object key) {
    use();
    return super.containsKey(key);
  }

  @Override
  public void clear() {
    use();
    super.clear();
  }

  @Override
  public List<Object> keys() {
    use();
    return super.keys();
  }

  @Override
  public List<Object> values() {
    use();
    return super.values();
  }

  @Override
  public List<Object[]> items() {
    use();
    return super.items();
  }

  @Override
  public Object[] popLast() {
    use();
    return super.popLast();
  }

  @Override
  public Iterator<Object> keyIterator() {
    use();
    return super.keyIterator();
  }

  @Override
  public PyDict copy() {
    use();
    return super.copy();
  }
}
