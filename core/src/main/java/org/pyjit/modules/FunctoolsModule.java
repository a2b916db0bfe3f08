package org.pyjit.modules;

import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyMemberDescriptor;
import org.pyjit.runtime.PyMethod;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PyProperty;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyStaticMethod;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _functools}: reduce, partial, cmp_to_key's key wrapper and lru_cache's wrapper, the
 * engine of functools.py (which imports them), as CPython's C module has them.
 *
 * <p>Contract. A {@link Partial} holds a callable, a tuple of leading positional arguments
 * and a dict of keywords (read at each call, so changes to {@code p.keywords} show), plus an
 * attribute dict; making a partial of a partial (of any subclass) whose dict is empty
 * flattens it (CPython: whose dict was never made). A {@link KeyWrapper} compares by the sign of
 * {@code mycmp(a, b)} and only with another wrapper. An {@link LruCache} keys calls as
 * CPython does: one exact int or str argument is its own key (so 1 and 1.0 share an entry
 * unless typed), otherwise the tuple of arguments, then a marker and the keyword names and
 * values, then (typed) the arguments' types; a hit moves the entry to the newest end, a miss
 * calls the function and, when the cache is full, drops the oldest entry; an entry the call
 * itself added (recursion) is kept as it is. Messages are CPython 3.13's.
 */
public final class FunctoolsModule {
  private FunctoolsModule() {}

  // ---------------------------------------------------------------- reduce

  static Object reduce(Object[] a, String[] k) {
    if (ArgParser.nkw(k) > 0) {
      throw Errors.typeError("reduce() takes no keyword arguments");
    }
    ArgParser.positional("reduce", "reduce", a, k, 0, 2, 3);
    Object func = a[0];
    Object it;
    try {
      it = Ops.iter(a[1]);
    } catch (PyException e) {
      if (e.value.type().isSubtypeOf(Types.TYPE_ERROR)) {
        throw Errors.typeError("reduce() arg 2 must support iteration");
      }
      throw e;
    }
    Object value = a.length > 2 ? a[2] : Ops.next(it);
    if (value == null) {
      throw Errors.typeError("reduce() of empty iterable with no initial value");
    }
    Object[] pair = new Object[2];
    for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
      pair[0] = value;
      pair[1] = x;
      value = Ops.call(func, pair, null);
      pair = new Object[2]; // the callee may keep the array (as *args)
    }
    return value;
  }

  // ---------------------------------------------------------------- partial

  /** A partial object (of functools.partial or a Python subclass). */
  public static final class Partial extends PyInstance {
    Object func;
    PyTuple args;
    PyDict keywords;

    Partial(PyType type) {
      super(type);
    }
  }

  static final PyType PARTIAL = makePartial();

  private static PyType makePartial() {
    PyType t = new PyType("partial", true, Types.OBJECT);
    t.module = "functools";
    t.constructsSubclasses = true;
    t.hasInstanceDict = true;
    t.constructor = FunctoolsModule::newPartial;
    t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
      if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(t)) {
        throw Errors.typeError("partial.__new__(X): X is not a subtype of partial");
      }
      return newPartial(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
    })));
    // object.__init__ would refuse the arguments a subclass is called with
    t.dict.put("__init__", new PyBuiltinFunction("__init__", t, (a, k) -> PySingleton.NONE));
    t.dict.put("__call__", new PyBuiltinFunction("__call__", t,
        (a, k) -> callPartial((Partial) a[0], a, k)));
    t.dict.put("__repr__", new PyBuiltinFunction("__repr__", t,
        (a, k) -> partialRepr((Partial) a[0])));
    t.dict.put("__reduce__", new PyBuiltinFunction("__reduce__", t, (a, k) -> {
      Partial p = (Partial) a[0];
      return PyTuple.of(Types.typeOf(p), PyTuple.of(p.func), PyTuple.of(p.func, p.args,
          p.keywords.size() == 0 ? PySingleton.NONE : p.keywords,
          p.dict == null || p.dict.size() == 0 ? PySingleton.NONE : p.dict));
    }));
    t.dict.put("__setstate__", new PyBuiltinFunction("__setstate__", t, (a, k) -> {
      Partial p = (Partial) a[0];
      Object state = ArgParser.exactlyOne("__setstate__", a, k, 1);
      if (!(state instanceof PyTuple st) || st.size() != 4) {
        throw Errors.typeError("invalid partial state");
      }
      Object func = st.get(0);
      Object args = st.get(1);
      Object kw = st.get(2);
      Object ns = st.get(3);
      if (!Builtins.isCallable(func) || !(args instanceof PyTuple)
          || kw != PySingleton.NONE && !(kw instanceof PyDict)
          || ns != PySingleton.NONE && !(ns instanceof PyDict)) {
        throw Errors.typeError("invalid partial state");
      }
      p.func = func;
      p.args = new PyTuple(((PyTuple) args).items.clone());
      p.keywords = kw instanceof PyDict kd ? kd.copy() : new PyDict();
      if (p.dict != null) {
        p.dict.clear();
      }
      if (ns instanceof PyDict nd && p.dict != null) {
        for (Object[] item : nd.items()) {
          p.dict.put(item[0], item[1]);
        }
      }
      return PySingleton.NONE;
    }));
    // properties, not members: they must win over the instance dict, and refuse stores
    PyBuiltinFunction readonly = new PyBuiltinFunction("__set__", (a, k) -> {
      throw Errors.attributeError("readonly attribute");
    });
    t.dict.put("func", new PyProperty(
        new PyBuiltinFunction("func", (a, k) -> ((Partial) a[0]).func), readonly, null));
    t.dict.put("args", new PyProperty(
        new PyBuiltinFunction("args", (a, k) -> ((Partial) a[0]).args), readonly, null));
    t.dict.put("keywords", new PyProperty(
        new PyBuiltinFunction("keywords", (a, k) -> ((Partial) a[0]).keywords), readonly,
        null));
    Object classGetItem = Types.LIST.dict.getStr("__class_getitem__");
    if (classGetItem != null) {
      t.dict.put("__class_getitem__", classGetItem);
    }
    return t;
  }

  static Object newPartial(PyType cls, Object[] a, String[] k) {
    int nk = ArgParser.nkw(k);
    int npos = a.length - nk;
    if (npos < 1) {
      throw Errors.typeError("type 'partial' takes at least one argument");
    }
    Object func = a[0];
    if (!Builtins.isCallable(func)) {
      throw Errors.typeError("the first argument must be callable");
    }
    Object[] lead = new Object[0];
    PyDict kw = new PyDict();
    if (func instanceof Partial inner && (inner.dict == null || inner.dict.size() == 0)) {
      lead = inner.args.items;
      for (Object[] item : inner.keywords.items()) {
        kw.put(item[0], item[1]);
      }
      func = inner.func;
    }
    Object[] all = new Object[lead.length + npos - 1];
    System.arraycopy(lead, 0, all, 0, lead.length);
    System.arraycopy(a, 1, all, lead.length, npos - 1);
    for (int i = 0; i < nk; i++) {
      kw.put(k[i], a[npos + i]);
    }
    Partial p = new Partial(cls);
    p.func = func;
    p.args = new PyTuple(all);
    p.keywords = kw;
    return p;
  }

  /** p(*args, **kw): the stored arguments first, the call's keywords over the stored ones. */
  static Object callPartial(Partial p, Object[] a, String[] k) {
    Object[] lead = p.args.items;
    int nk = ArgParser.nkw(k);
    int npos = a.length - 1 - nk;
    if (p.keywords.size() == 0) {
      Object[] all = new Object[lead.length + a.length - 1];
      System.arraycopy(lead, 0, all, 0, lead.length);
      System.arraycopy(a, 1, all, lead.length, a.length - 1);
      return Ops.call(p.func, all, nk == 0 ? null : k);
    }
    PyDict merged = p.keywords.copy();
    for (int i = 0; i < nk; i++) {
      merged.put(k[i], a[1 + npos + i]);
    }
    java.util.List<Object[]> items = merged.items();
    Object[] all = new Object[lead.length + npos + items.size()];
    String[] names = new String[items.size()];
    System.arraycopy(lead, 0, all, 0, lead.length);
    System.arraycopy(a, 1, all, lead.length, npos);
    int at = lead.length + npos;
    for (int i = 0; i < names.length; i++) {
      if (!(items.get(i)[0] instanceof String name)) {
        throw Errors.typeError("keywords must be strings");
      }
      names[i] = name;
      all[at + i] = items.get(i)[1];
    }
    return Ops.call(p.func, all, names);
  }

  static String partialRepr(Partial p) {
    PyType t = Types.typeOf(p);
    StringBuilder sb = new StringBuilder();
    sb.append(Ops.str(Ops.getattr(t, "__module__"))).append('.')
        .append(Ops.str(Ops.getattr(t, "__qualname__"))).append('(')
        .append(Ops.repr(p.func));
    for (Object x : p.args.items) {
      sb.append(", ").append(Ops.repr(x));
    }
    for (Object[] item : p.keywords.items()) {
      sb.append(", ").append(Ops.str(item[0])).append('=').append(Ops.repr(item[1]));
    }
    return sb.append(')').toString();
  }

  // ---------------------------------------------------------------- cmp_to_key

  /** cmp_to_key's result (no object yet) and the keys it makes (with one). */
  static final class KeyWrapper extends PyInstance { // an instance: hash() sees __hash__
    final Object cmp;
    final Object obj; // null for the wrapper cmp_to_key returns

    KeyWrapper(Object cmp, Object obj) {
      super(KEY_WRAPPER);
      this.cmp = cmp;
      this.obj = obj;
    }
  }

  static final PyType KEY_WRAPPER = makeKeyWrapper();

  private static PyType makeKeyWrapper() {
    // CPython's type is named with its module, which its unhashable message shows
    PyType t = new PyType("functools.KeyWrapper", true, Types.OBJECT);
    t.qualname = "KeyWrapper";
    t.module = "functools";
    t.baseType = false;
    t.dict.put("__hash__", PySingleton.NONE);
    t.dict.put("__call__", new PyBuiltinFunction("__call__", t, (a, k) -> {
      Object[] v = ArgParser.keywords("K", a, k, 1, new String[] {"obj"}, 0, 1);
      return new KeyWrapper(((KeyWrapper) a[0]).cmp, v[0]);
    }));
    for (CompareOp op : CompareOp.values()) {
      t.dict.put(op.dunder, new PyBuiltinFunction(op.dunder, t, (a, k) -> {
        KeyWrapper self = (KeyWrapper) a[0];
        if (a.length != 2 || !(a[1] instanceof KeyWrapper other)) {
          throw Errors.typeError("other argument must be K instance");
        }
        if (self.obj == null || other.obj == null) {
          throw Errors.attributeError("object");
        }
        Object r = Ops.call(self.cmp, new Object[] {self.obj, other.obj}, null);
        return Ops.compare(op, r, 0L);
      }));
    }
    PyMemberDescriptor.install(t, false, (o, name) -> {
      Object v = ((KeyWrapper) o).obj;
      return v == null ? PySingleton.NONE : v;
    }, "obj");
    return t;
  }

  // ---------------------------------------------------------------- lru_cache

  /** One cached call in the recency list (oldest right after the root). */
  static final class Link {
    Link prev;
    Link next;
    Object key;
    Object result;
  }

  /** lru_cache's wrapper: the function, the bound and the cache. */
  public static final class LruCache extends PyInstance {
    Object func;
    long maxsize; // -1: no bound
    boolean typed;
    Object cacheInfoType;
    final PyDict cache = new PyDict();
    final Link root = new Link();
    long hits;
    long misses;

    LruCache(PyType type) {
      super(type);
      root.prev = root;
      root.next = root;
    }

    void clear() {
      cache.clear();
      root.prev = root;
      root.next = root;
      hits = 0;
      misses = 0;
    }
  }

  /** The marker between positional and keyword parts of a key (one object, as CPython). */
  static final PyObject KWD_MARK = new PyInstance(Types.OBJECT);

  static final PyType LRU = makeLru();

  private static PyType makeLru() {
    PyType t = new PyType("_lru_cache_wrapper", true, Types.OBJECT);
    t.module = "functools";
    t.hasInstanceDict = true;
    t.baseType = false;
    t.constructor = (cls, a, k) -> {
      Object[] v = ArgParser.keywords("_lru_cache_wrapper", a, k, 0,
          new String[] {"user_function", "maxsize", "typed", "cache_info_type"}, 0, 4);
      if (!Builtins.isCallable(v[0])) {
        throw Errors.typeError("the first argument must be callable");
      }
      LruCache c = new LruCache(cls);
      if (v[1] == PySingleton.NONE) {
        c.maxsize = -1;
      } else if (Ops.isInt(v[1])) {
        c.maxsize = Math.max(0, ArgParser.ssize(v[1]));
      } else {
        throw Errors.typeError("maxsize should be integer or None");
      }
      c.func = v[0];
      c.typed = Ops.truth(v[2]);
      c.cacheInfoType = v[3];
      return c;
    };
    t.dict.put("__call__", new PyBuiltinFunction("__call__", t,
        (a, k) -> callCached((LruCache) a[0], a, k)));
    t.dict.put("__get__", new PyBuiltinFunction("__get__", t, (a, k) -> {
      Object obj = a.length > 1 ? a[1] : PySingleton.NONE;
      return obj == PySingleton.NONE ? a[0] : new PyMethod(a[0], obj);
    }));
    t.dict.put("cache_info", new PyBuiltinFunction("cache_info", t, (a, k) -> {
      LruCache c = (LruCache) ArgParser.exactlyOne("cache_info", a, k, 0);
      return Ops.call(c.cacheInfoType, new Object[] {c.hits, c.misses,
          c.maxsize < 0 ? PySingleton.NONE : (Object) c.maxsize, (long) c.cache.size()}, null);
    }));
    t.dict.put("cache_clear", new PyBuiltinFunction("cache_clear", t, (a, k) -> {
      ((LruCache) ArgParser.exactlyOne("cache_clear", a, k, 0)).clear();
      return PySingleton.NONE;
    }));
    t.dict.put("__copy__", new PyBuiltinFunction("__copy__", t, (a, k) -> a[0]));
    t.dict.put("__deepcopy__", new PyBuiltinFunction("__deepcopy__", t, (a, k) -> a[0]));
    return t;
  }

  /** The cache key of a call (a[0] is the wrapper). */
  static Object key(LruCache c, Object[] a, String[] k) {
    int nk = ArgParser.nkw(k);
    int npos = a.length - 1 - nk;
    if (!c.typed && nk == 0) {
      if (npos == 1) {
        Object x = a[1];
        if (x instanceof Long || x instanceof String || x instanceof java.math.BigInteger) {
          return x;
        }
      }
      return new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
    }
    int size = npos + (nk > 0 ? 1 + 2 * nk : 0) + (c.typed ? npos + nk : 0);
    Object[] key = new Object[size];
    System.arraycopy(a, 1, key, 0, npos);
    int at = npos;
    if (nk > 0) {
      key[at++] = KWD_MARK;
      for (int i = 0; i < nk; i++) {
        key[at++] = k[i];
        key[at++] = a[1 + npos + i];
      }
    }
    if (c.typed) {
      for (int i = 0; i < npos; i++) {
        key[at++] = Types.typeOf(a[1 + i]);
      }
      for (int i = 0; i < nk; i++) {
        key[at++] = Types.typeOf(a[1 + npos + i]);
      }
    }
    return new PyTuple(key);
  }

  static Object callCached(LruCache c, Object[] a, String[] k) {
    Object[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
    if (c.maxsize == 0) {
      c.misses++;
      return Ops.call(c.func, args, k);
    }
    Object key = key(c, a, k);
    Object found = c.cache.get(key);
    if (c.maxsize < 0) {
      if (found != null) {
        c.hits++;
        return found;
      }
      c.misses++;
      Object result = Ops.call(c.func, args, k);
      c.cache.put(key, result);
      return result;
    }
    if (found instanceof Link link) {
      link.prev.next = link.next; // to the newest end
      link.next.prev = link.prev;
      append(c, link);
      c.hits++;
      return link.result;
    }
    c.misses++;
    Object result = Ops.call(c.func, args, k);
    if (c.cache.get(key) != null) {
      return result; // the call cached this key itself (recursion): that entry stays
    }
    Link link;
    if (c.cache.size() < c.maxsize || c.root.next == c.root) {
      link = new Link();
    } else {
      link = c.root.next; // the oldest entry makes room
      link.prev.next = link.next;
      link.next.prev = link.prev;
      c.cache.remove(link.key);
    }
    link.key = key;
    link.result = result;
    c.cache.put(key, link);
    append(c, link);
    return result;
  }

  private static void append(LruCache c, Link link) {
    Link last = c.root.prev;
    last.next = link;
    link.prev = last;
    link.next = c.root;
    c.root.prev = link;
  }

  // ---------------------------------------------------------------- module

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_functools");
      d.put("__doc__", "Tools on callables (pyjit's engine for functools).");
      d.put("reduce", new PyBuiltinFunction("reduce", FunctoolsModule::reduce));
      d.put("cmp_to_key", new PyBuiltinFunction("cmp_to_key", (a, k) -> {
        Object[] v = ArgParser.keywords("cmp_to_key", a, k, 0, new String[] {"mycmp"}, 0, 1);
        return new KeyWrapper(v[0], null);
      }));
      d.put("partial", PARTIAL);
      d.put("_lru_cache_wrapper", LRU);
      module = new PyModule("_functools", d);
    }
    return module;
  }
}
