package org.pyjit.runtime;

import java.util.Iterator;
import java.util.List;
import org.pyjit.runtime.collect.PyDictTable;

/**
 * The attribute dict of a built-in type, whose methods are installed at first use rather
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
 * type, ...) never wait for it, and once it has run no dict checks anything but a field. The
 * installer's own accesses go straight through; another thread waits until it has finished.
 * The package's few direct reads of {@code PyDict.table} are on dicts that Python code holds,
 * which a built-in type's dict reaches only through {@link PyMappingProxy} and {@code vars()},
 * both of which call {@link #installNow} first.
 */
final class LazyTypeDict extends PyDict {
  /** The installer not yet run, or null. */
  private static volatile Runnable pending;
  /** The thread running the installer, whose own accesses must not wait for it. */
  private static Thread installing;
  /** Whether the installer started: the dicts made since then are new to everyone. */
  private static volatile boolean started;
  /**
   * Whether the installer wrote to a dict made before it started that is not its declared
   * target, breaking the contract above (that dict could have been read before it ran);
   * checked by a test.
   */
  static volatile boolean wroteOtherDict;

  /** The targets' dicts, whose {@link #target} is cleared once the installer has run. */
  private static LazyTypeDict[] targets = {};

  /** Whether the installer writes to this dict and may not have run (see {@link #defer}). */
  private boolean target;
  /** Whether this dict was made before the installer started (and so may have been read). */
  private final boolean early = !started;

  /**
   * Runs {@code installer} at the first use of the dict of one of {@code targets}, the
   * built-in types it writes to (all of them: LazyTypeDictTest checks it).
   */
  static synchronized void defer(Runnable installer, PyType... types) {
    targets = new LazyTypeDict[types.length];
    for (int i = 0; i < types.length; i++) {
      targets[i] = (LazyTypeDict) types[i].dict;
      targets[i].target = true;
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
    started = true;
    try {
      r.run();
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

  private void write() {
    if (target) {
      installNow();
    } else if (early && pending != null && isInstalling()) {
      wroteOtherDict = true;
    }
  }

  private static synchronized boolean isInstalling() {
    return installing == Thread.currentThread();
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
    write();
    super.putStr(key, hash, value);
  }

  @Override
  public void put(Object key, Object value) {
    write();
    super.put(key, value);
  }

  @Override
  public Object remove(Object key) {
    write();
    return super.remove(key);
  }

  @Override
  public boolean containsKey(Object key) {
    use();
    return super.containsKey(key);
  }

  @Override
  public void clear() {
    write();
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
    write();
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
