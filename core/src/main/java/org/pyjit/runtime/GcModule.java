package org.pyjit.runtime;

/**
 * The {@code gc} module over the JVM's collector. pyjit has no reference counts and no cycle
 * collector of its own: memory is the JVM's. {@code collect()} asks the JVM for a full
 * collection ({@code System.gc()}), then runs the callbacks of the weak references it
 * cleared ({@link WeakRefs#runCallbacks}) and returns 0 (CPython returns the number of
 * unreachable objects its cycle collector found, which pyjit cannot know).
 * {@code enable}/{@code disable} only keep the flag {@code isenabled} reports (the JVM's
 * collector cannot be paused); thresholds and counts are CPython 3.13's defaults, kept for
 * programs that read or set them. {@code get_objects}, {@code get_referrers} and
 * {@code get_referents} are not there: the JVM does not enumerate its heap cheaply.
 */
public final class GcModule {
  private GcModule() {}

  private static boolean enabled = true;
  private static long debug;
  private static Object threshold = PyTuple.of(2000L, 10L, 10L);

  /** A new module object, its state reset (each program run in a JVM imports its own). */
  public static synchronized PyModule module() {
    enabled = true;
    debug = 0;
    threshold = PyTuple.of(2000L, 10L, 10L);
    {
      PyDict d = new PyDict();
      d.put("__name__", "gc");
      d.put("__doc__", "This module provides access to the garbage collector for reference "
          + "cycles.");
      d.put("DEBUG_STATS", 1L);
      d.put("DEBUG_COLLECTABLE", 2L);
      d.put("DEBUG_UNCOLLECTABLE", 4L);
      d.put("DEBUG_SAVEALL", 32L);
      d.put("DEBUG_LEAK", 38L);
      d.put("callbacks", new PyList());
      d.put("garbage", new PyList());
      fn(d, "collect", 0, 1, a -> {
        if (a.length == 1) {
          long g = Ops.asIndex(a[0]);
          if (g < 0 || g > 2) {
            throw Errors.valueError("invalid generation");
          }
        }
        System.gc();
        WeakRefs.runCallbacks(true);
        return 0L;
      });
      fn(d, "enable", 0, 0, a -> {
        enabled = true;
        return PySingleton.NONE;
      });
      fn(d, "disable", 0, 0, a -> {
        enabled = false;
        return PySingleton.NONE;
      });
      fn(d, "isenabled", 0, 0, a -> enabled);
      fn(d, "get_debug", 0, 0, a -> debug);
      fn(d, "set_debug", 1, 1, a -> {
        debug = Ops.asIndex(a[0]);
        return PySingleton.NONE;
      });
      fn(d, "get_threshold", 0, 0, a -> threshold);
      fn(d, "set_threshold", 1, 3, a -> {
        PyTuple old = (PyTuple) threshold;
        Object[] t = {old.get(0), old.get(1), old.get(2)};
        for (int i = 0; i < a.length; i++) {
          t[i] = Ops.asIndex(a[i]);
        }
        threshold = PyTuple.of(t);
        return PySingleton.NONE;
      });
      fn(d, "get_count", 0, 0, a -> PyTuple.of(0L, 0L, 0L));
      fn(d, "get_stats", 0, 0, a -> {
        PyList l = new PyList();
        for (int i = 0; i < 3; i++) {
          PyDict s = new PyDict();
          s.put("collections", 0L);
          s.put("collected", 0L);
          s.put("uncollectable", 0L);
          l.append(s);
        }
        return l;
      });
      // which objects CPython's collector tracks: containers, not atoms
      fn(d, "is_tracked", 1, 1, a -> !(a[0] instanceof Long || a[0] instanceof Double
          || a[0] instanceof Boolean || a[0] instanceof String || a[0] instanceof PyBytes
          || a[0] instanceof java.math.BigInteger || a[0] instanceof PySingleton));
      fn(d, "is_finalized", 1, 1, a -> false);
      fn(d, "freeze", 0, 0, a -> PySingleton.NONE);
      fn(d, "unfreeze", 0, 0, a -> PySingleton.NONE);
      fn(d, "get_freeze_count", 0, 0, a -> 0L);
      return new PyModule("gc", d);
    }
  }

  private static void fn(PyDict d, String name, int min, int max,
      java.util.function.Function<Object[], Object> body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> {
      if (k != null && k.length > 0) {
        throw Errors.typeError(name + "() takes no keyword arguments");
      }
      if (a.length < min || a.length > max) {
        throw Errors.typeError(max == 0 ? name + "() takes no arguments (" + a.length
            + " given)" : min == max ? name + "() takes exactly one argument (" + a.length
            + " given)" : name + " expected at most " + max + " arguments, got " + a.length);
      }
      return body.apply(a);
    }));
  }
}
