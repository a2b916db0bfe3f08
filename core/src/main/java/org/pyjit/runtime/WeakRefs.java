package org.pyjit.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code _weakref} module: the JVM's weak references under the {@code weakref} module,
 * whose types (ref, proxy, WeakValueDictionary, ...) are Python code
 * (resources org/pyjit/lib/weakref.py) built on the handles made here.
 *
 * <p>Contract. A handle ({@code _weakref.handle(obj, owner, basic)}) refers weakly to obj and
 * to the Python ref object that owns it; {@code get(h)} is obj or None once the JVM's
 * collector cleared it. There is no reference counting: a referent dies when the JVM's
 * collector finds it unreachable, which {@code gc.collect()} forces (a full collection).
 * Callbacks then run on the interpreter's thread, never on the collector's: when
 * {@code gc.collect()} returns and when the next weak reference is made
 * ({@link #runCallbacks}); a callback whose ref object is itself gone is not called, as in
 * CPython. The objects that can be referred to are CPython's: not int, str, tuple, list,
 * dict, bytes or None, nor instances of classes whose {@code __slots__} leave out
 * {@code __weakref__}.
 */
public final class WeakRefs {
  private WeakRefs() {}

  private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
  /** Live handles by their referent's identity hash (for getweakrefcount and shared refs). */
  private static final Map<Integer, List<Handle>> BY_REFERENT = new HashMap<>();

  /** A weak reference to a referent, owned by one Python ref object (held weakly too). */
  static final class Handle extends PyObject {
    final WeakReference<Object> referent;
    final WeakReference<Object> owner;
    final boolean basic;
    final int key;
    /** Its callback's turn came (from the queue or a scan after a collection). */
    boolean done;

    Handle(Object referent, Object owner, boolean basic) {
      this.referent = new Slot(referent, this);
      this.owner = new WeakReference<>(owner);
      this.basic = basic;
      this.key = System.identityHashCode(referent);
    }

    @Override
    public PyType type() {
      return HANDLE;
    }
  }

  /** The JVM reference of a handle, queued when its referent is collected. */
  private static final class Slot extends WeakReference<Object> {
    final Handle handle;

    Slot(Object referent, Handle handle) {
      super(referent, QUEUE);
      this.handle = handle;
    }
  }

  static final PyType HANDLE = new PyType("weakref_handle", true, Types.OBJECT);

  static {
    HANDLE.baseType = false;
  }

  private static PyModule module;

  /** The module object (created on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_weakref");
      d.put("__doc__", "Weak-reference support module.");
      d.put("handle", new PyBuiltinFunction("handle", (a, k) -> {
        Object ob = a[0];
        check(ob);
        runCallbacks(false);
        Handle h = new Handle(ob, a[1], a.length > 2 && Ops.truth(a[2]));
        synchronized (BY_REFERENT) {
          BY_REFERENT.computeIfAbsent(h.key, x -> new ArrayList<>(1)).add(h);
        }
        return h;
      }));
      d.put("get", new PyBuiltinFunction("get", (a, k) -> {
        Object o = ((Handle) a[0]).referent.get();
        return o == null ? PySingleton.NONE : o;
      }));
      d.put("basic", new PyBuiltinFunction("basic", (a, k) -> {
        for (Handle h : handles(a[0])) {
          Object owner = h.owner.get();
          if (h.basic && owner != null) {
            return owner;
          }
        }
        return PySingleton.NONE;
      }));
      d.put("getweakrefcount", new PyBuiltinFunction("getweakrefcount", (a, k) -> {
        oneArgument("getweakrefcount", a, k);
        return (long) owners(a[0]).size();
      }));
      d.put("getweakrefs", new PyBuiltinFunction("getweakrefs", (a, k) -> {
        oneArgument("getweakrefs", a, k);
        return new PyList(owners(a[0]).toArray());
      }));
      module = new PyModule("_weakref", d);
    }
    return module;
  }

  /** TypeError unless {@code ob} can be referred to weakly (CPython's tp_weaklistoffset). */
  private static void check(Object ob) {
    boolean ok;
    if (ob instanceof PyBaseException) {
      ok = !Types.typeOf(ob).builtin; // a class of the program's adds __weakref__
    } else if (ob instanceof BuiltinSubclasses.ValueInstance v) { // not var-sized values
      ok = !(v.value instanceof Long || v.value instanceof java.math.BigInteger
          || v.value instanceof PyBytes);
    } else if (ob instanceof PyInstance i) {
      ok = i.type().lookup("__weakref__") != null;
    } else if (ob instanceof BuiltinSubclasses.ClassInstance) {
      ok = !(ob instanceof PyTuple);
    } else {
      ok = ob instanceof PyFunction || ob instanceof PyType || ob instanceof PySet
          || ob instanceof PyMethod || ob instanceof PyBuiltinFunction
          || ob instanceof PyModule || ob instanceof PyFile || ob instanceof PyProperty
          || ob instanceof org.pyjit.interp.PyGenerator
          || ob instanceof org.pyjit.interp.PyCoroutine
          || ob instanceof org.pyjit.interp.PyAsyncGenerator
          || ob instanceof Handle;
    }
    if (!ok) {
      throw Errors.typeError("cannot create weak reference to '" + Types.typeOf(ob).name
          + "' object");
    }
  }

  private static void oneArgument(String name, Object[] a, String[] k) {
    if (a.length != 1 || k != null) {
      throw Errors.typeError("_weakref." + name + "() takes exactly one argument (" + a.length
          + " given)");
    }
  }

  private static List<Handle> handles(Object ob) {
    List<Handle> out = new ArrayList<>();
    synchronized (BY_REFERENT) {
      List<Handle> l = BY_REFERENT.get(System.identityHashCode(ob));
      if (l != null) {
        for (Handle h : l) {
          if (h.referent.get() == ob) {
            out.add(h);
          }
        }
      }
    }
    return out;
  }

  /** The live ref objects to {@code ob}, oldest first. */
  private static List<Object> owners(Object ob) {
    List<Object> out = new ArrayList<>();
    for (Handle h : handles(ob)) {
      Object owner = h.owner.get();
      if (owner != null) {
        out.add(owner);
      }
    }
    return out;
  }

  /**
   * Calls the callbacks of the refs whose referents the collector cleared since the last
   * call: {@code ref.__callback__(ref)}. The JVM clears weak references during a collection
   * but queues them later, on its reference handler's thread: after {@code gc.collect()}
   * ({@code scan}) every handle is looked at, so the callbacks have run when it returns;
   * otherwise only the queue is. An exception from a callback is ignored (CPython prints it
   * as unraisable).
   */
  public static void runCallbacks(boolean scan) {
    List<Handle> dead = new ArrayList<>();
    synchronized (BY_REFERENT) {
      for (Object r; (r = QUEUE.poll()) != null; ) {
        Handle h = ((Slot) r).handle;
        if (!h.done) {
          h.done = true;
          dead.add(h);
        }
      }
      if (scan) {
        for (List<Handle> l : BY_REFERENT.values()) {
          for (Handle h : l) {
            if (!h.done && h.referent.get() == null) {
              h.done = true;
              dead.add(h);
            }
          }
        }
      }
      for (Handle h : dead) {
        List<Handle> l = BY_REFERENT.get(h.key);
        if (l != null) {
          l.remove(h);
          if (l.isEmpty()) {
            BY_REFERENT.remove(h.key);
          }
        }
      }
    }
    for (Handle h : dead) {
      Object owner = h.owner.get();
      if (owner == null) {
        continue;
      }
      try {
        Object cb = Ops.getattrOrNull(owner, "__callback__");
        if (cb != null && cb != PySingleton.NONE) {
          Ops.call(cb, new Object[] {owner}, null);
        }
      } catch (PyException e) {
        // ignored, as CPython's "Exception ignored in" for a failing callback
      }
    }
  }

  /**
   * At the end of a program: the weakref module's finalize objects still alive whose
   * {@code atexit} is true run, newest first, as CPython's atexit hook runs them.
   */
  public static void atExit() {
    if (Sys.MODULES.getStr("weakref") instanceof PyModule m
        && m.dict.getStr("_run_exit_finalizers") instanceof Object hook) {
      try {
        Ops.call(hook, new Object[0], null);
      } catch (PyException e) {
        // ignored, as an exception in an atexit function after the program's own output
      }
    }
  }
}
