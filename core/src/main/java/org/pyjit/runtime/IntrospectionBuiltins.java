package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.pyjit.interp.Frame;
import org.pyjit.interp.ThreadState;

/**
 * Builtins that look at namespaces or build iteration helpers: globals(), locals(), vars(),
 * dir(), iter() with its two-argument form, and the slice type's constructor and attributes.
 *
 * <p>Contract: {@link #install} adds them to the builtins dict. globals() and locals() read
 * the innermost running frame (a builtin runs without a frame of its own, so that is the
 * caller's): at module and class level locals() is the frame's namespace dict itself, in a
 * function it is a fresh snapshot (writing to it changes nothing, as in CPython 3.13).
 */
final class IntrospectionBuiltins {
  private IntrospectionBuiltins() {}

  static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", true, Types.OBJECT);

  static {
    CALLABLE_ITERATOR.baseType = false;
  }

  /** iter(callable, sentinel): calls until the result equals the sentinel. */
  static final class CallableIterator extends PyIterator {
    private Object callable;
    private final Object sentinel;

    CallableIterator(Object callable, Object sentinel) {
      this.callable = callable;
      this.sentinel = sentinel;
    }

    @Override
    public Object next() {
      if (callable == null) {
        return null;
      }
      Object v;
      try {
        v = Ops.call(callable, new Object[0], null);
      } catch (PyException e) {
        if (e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
          callable = null;
          return null;
        }
        throw e;
      }
      if (v == sentinel || Ops.eq(v, sentinel)) {
        callable = null;
        return null;
      }
      return v;
    }

    @Override
    public PyType type() {
      return CALLABLE_ITERATOR;
    }
  }

  private static void def(PyDict d, String name, PyBuiltinFunction.Body body) {
    d.put(name, new PyBuiltinFunction(name, body));
  }

  private static void range(String name, Object[] a, String[] k, int min, int max) {
    if (k != null && k.length > 0) {
      throw Errors.typeError(name + "() takes no keyword arguments");
    }
    int n = a.length;
    if (n < min || n > max) {
      String exp = min == max ? "" : n < min ? "at least " : "at most ";
      int want = n < min ? min : max;
      throw Errors.typeError(name + " expected " + exp + want + " argument"
          + (want == 1 ? "" : "s") + ", got " + n);
    }
  }

  static void install(PyDict builtins) {
    def(builtins, "globals", Fn.globals);
    def(builtins, "locals", Fn.locals);
    def(builtins, "vars", Fn.vars);
    def(builtins, "dir", Fn.dir);
    def(builtins, "iter", Fn.iter);

    def(builtins, "delattr", Fn.delattr);

    def(builtins, "__import__", Fn.__import__);
    Importer.builtinImport = builtins.getStr("__import__");
    def(builtins, "input", Fn.input);
    Types.SLICE.constructor = (cls, a, k) -> {
      range("slice", a, k, 1, 3);
      return switch (a.length) {
        case 1 -> new PySlice(PySingleton.NONE, a[0], PySingleton.NONE);
        case 2 -> new PySlice(a[0], a[1], PySingleton.NONE);
        default -> new PySlice(a[0], a[1], a[2]);
      };
    };
  }

  /** The methods of the method, exception, property and slice types (see LazyTypeDict). */
  static void installTypeMethods() {
    // bound methods are equal when they bind equal functions to the same object
    for (PyType t : new PyType[] {Types.METHOD, Types.BUILTIN_FUNCTION}) {
      t.dict.put("__eq__", new PyBuiltinFunction("__eq__", t, Fn.__eq__));
      t.dict.put("__ne__", new PyBuiltinFunction("__ne__", t, Fn.__ne__));
    }
    PyType be = Types.BASE_EXCEPTION;
    be.dict.put("add_note", new PyBuiltinFunction("add_note", be, (a, k) -> {
      MethodArgs.one(a, k, be, "add_note");
      if (!(a[1] instanceof String)) {
        throw Errors.typeError("note must be a str, not '" + Types.typeOf(a[1]).name + "'");
      }
      PyBaseException e = (PyBaseException) a[0];
      Object notes = e.dict.getStr("__notes__");
      if (notes == null) {
        notes = new PyList();
        e.dict.put("__notes__", notes);
      }
      if (!(notes instanceof PyList l)) {
        throw Errors.typeError("Cannot add note: __notes__ is not a list");
      }
      l.append(a[1]);
      return PySingleton.NONE;
    }));
    be.dict.put("with_traceback", new PyBuiltinFunction("with_traceback", be, (a, k) -> {
      MethodArgs.one(a, k, be, "with_traceback");
      Ops.setattr(a[0], "__traceback__", a[1]);
      return a[0];
    }));
    PyType pt = Types.PROPERTY;
    propertySlot("fget", p -> p.fget);
    propertySlot("fset", p -> p.fset);
    propertySlot("fdel", p -> p.fdel);
    pt.dict.put("__get__", new PyBuiltinFunction("__get__", pt, (a, k) -> {
      MethodArgs.range(a, k, pt, "__get__", 1, 2);
      if (a[1] == PySingleton.NONE && (a.length < 3 || a[2] == PySingleton.NONE)) {
        throw Errors.typeError("__get__(None, None) is invalid");
      }
      return a[1] == PySingleton.NONE ? a[0] : ((PyProperty) a[0]).get(a[1]);
    }));
    pt.dict.put("__set__", new PyBuiltinFunction("__set__", pt, (a, k) -> {
      MethodArgs.range(a, k, pt, "__set__", 2, 2);
      ((PyProperty) a[0]).set(a[1], a[2]);
      return PySingleton.NONE;
    }));
    if (pt.dict.getStr("setter") == null) {
      pt.dict.put("getter", new PyBuiltinFunction("getter", pt, Fn.getter));
      pt.dict.put("setter", new PyBuiltinFunction("setter", pt, Fn.setter));
      pt.dict.put("deleter", new PyBuiltinFunction("deleter", pt, Fn.deleter));
    }

    slot("start", s -> s.start);
    slot("stop", s -> s.stop);
    slot("step", s -> s.step);
    Types.SLICE.dict.put("indices", new PyBuiltinFunction("indices", Types.SLICE, Fn.indices));
  }

  private static void slot(String name, java.util.function.Function<PySlice, Object> f) {
    Types.SLICE.dict.put(name, new PyProperty(
        new PyBuiltinFunction(name, (a, k) -> f.apply((PySlice) a[0])), null, null));
  }

  private static void propertySlot(String name,
      java.util.function.Function<PyProperty, Object> f) {
    Types.PROPERTY.dict.put(name, new PyProperty(new PyBuiltinFunction(name, (a, k) -> {
      Object v = f.apply((PyProperty) a[0]);
      return v == null ? PySingleton.NONE : v;
    }), null, null));
  }

  private static Object methodEq(Object x, Object y) {
    if (x instanceof PyMethod m && y instanceof PyMethod n) {
      return m.self == n.self && (m.function == n.function || Ops.eq(m.function, n.function));
    }
    if (x instanceof PyMethod || y instanceof PyMethod) {
      return x instanceof PyMethod == y instanceof PyMethod ? x == y : (Object) false;
    }
    return x instanceof PyBuiltinFunction && y instanceof PyBuiltinFunction ? (Object) (x == y)
        : PySingleton.NOT_IMPLEMENTED;
  }

  private static void addKeys(TreeSet<String> names, PyDict d) {
    for (Object key : d.keys()) {
      if (key instanceof String s) {
        names.add(s);
      }
    }
  }

  /** dir(o) without o's own __dir__: what object.__dir__ and type.__dir__ give. */
  static PyList defaultDir(Object o) {
    TreeSet<String> names = new TreeSet<>(Ops::compareStrings);
    if (o instanceof PyModule m) {
      addKeys(names, m.dict);
      return sorted(names);
    }
    if (o instanceof PyType t) {
      for (PyType c : t.mro) {
        addKeys(names, c.dict);
        names.addAll(ObjectMethods.names(c));
      }
      return sorted(names);
    }
    Object d = dictOf(o);
    if (d instanceof PyDict dd) {
      addKeys(names, dd);
    }
    names.add("__class__");
    for (PyType c : Types.typeOf(o).mro) {
      addKeys(names, c.dict);
      names.addAll(ObjectMethods.names(c));
    }
    return sorted(names);
  }

  private static PyList sorted(TreeSet<String> names) {
    return new PyList(names.toArray());
  }

  /** The object's __dict__, or null when it has none. */
  static Object dictOf(Object o) {
    if (o instanceof PyInstance i && i.dict != null) {
      return i.dict;
    }
    if (o instanceof PyType t) {
      LazyTypeDict.installNow(); // Python code holds the dict itself (vars())
      return t.dict;
    }
    if (o instanceof PyModule m) {
      return m.dict;
    }
    if (o instanceof PyFunction f) {
      if (f.dict == null) {
        f.dict = new PyDict();
      }
      return f.dict;
    }
    if (o instanceof PyStaticMethod || o instanceof PyClassMethod) {
      return BuiltinDunders.wrapperDict(o);
    }
    return null;
  }

  /** locals(): the namespace dict at module and class level, else a snapshot. */
  static PyDict locals() {
    Frame f = ThreadState.current().currentFrame();
    if (f.locals != null) {
      return f.locals;
    }
    PyDict d = new PyDict();
    for (String name : f.localNames()) {
      Object v = f.local(name);
      if (v != null) {
        d.put(name, v);
      }
    }
    return d;
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    globals, locals, vars, dir, iter, delattr, __import__, input, __eq__, __ne__, getter,
    setter, deleter, indices;

    @Override
    public Object call(Object[] a, String[] k) {
      if (ordinal() < 7) {
        return call0(a, k);
      }
      return call1(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case globals: {
          ArgParser.noArgs("globals", a, k, 0);
          return ThreadState.current().currentFrame().globals;
        }
        case locals: {
          ArgParser.noArgs("locals", a, k, 0);
          return locals();
        }
        case vars: {
          range("vars", a, k, 0, 1);
          if (a.length == 0) {
            return locals();
          }
          Object d = dictOf(a[0]);
          if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
          }
          return a[0] instanceof PyType ? new PyMappingProxy(d) : d; // a class's is read-only
        }
        case dir: {
          range("dir", a, k, 0, 1);
          TreeSet<String> names = new TreeSet<>(Ops::compareStrings);
          if (a.length == 0) {
            for (Object key : locals().keys()) {
              names.add((String) key);
            }
            return sorted(names);
          }
          Object o = a[0];
          // a __dir__ written in Python, also a metaclass's for a class (enum's)
          Object custom = Types.typeOf(o).lookup("__dir__");
          if (custom != null && !(custom instanceof PyBuiltinFunction)) {
            Object[] items = ListOps.toArray(Ops.callMethod(custom, o, new Object[0]));
            Sorting.sort(items, null, false);
            return new PyList(items);
          }
          return defaultDir(o);
        }
        case iter: {
          range("iter", a, k, 1, 2);
          if (a.length == 1) {
            return Ops.iter(a[0]);
          }
          if (!Builtins.isCallable(a[0])) {
            throw Errors.typeError("iter(v, w): v must be callable");
          }
          return new CallableIterator(a[0], a[1]);
        }
        case delattr: {
          range("delattr", a, k, 2, 2);
          if (!(a[1] instanceof String name)) {
            throw Errors.typeError("attribute name must be string, not '" + Types.typeOf(a[1]).name
                + "'");
          }
          Ops.delattr(a[0], name);
          return PySingleton.NONE;
        }
        case __import__: {
          int npos = a.length - (k == null ? 0 : k.length);
          if (npos < 1 || !(a[0] instanceof String name)) {
            throw Errors.typeError(npos < 1 ? "__import__() missing required argument 'name' (pos 1)"
                : "module name must be a string");
          }
          Object globals = npos > 1 ? a[1] : Builtins.kwarg(a, k, "globals", null);
          Object fromlist = npos > 3 ? a[3] : Builtins.kwarg(a, k, "fromlist", PySingleton.NONE);
          Object level = npos > 4 ? a[4] : Builtins.kwarg(a, k, "level", 0L);
          return Importer.importModuleLevel(name, globals, fromlist, Ops.asIndex(level));
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call1(Object[] a, String[] k) {
      switch (this) {
        case input: {
          range("input", a, k, 0, 1);
          if (a.length == 1) {
            Builtins.stdout.print(Ops.str(a[0]));
          }
          Builtins.stdout.flush();
          String line = Builtins.readLine();
          if (line.isEmpty()) {
            throw Errors.raise(Types.EOF_ERROR, "EOF when reading a line");
          }
          return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        }
        case __eq__: return methodEq(a[0], a[1]);
        case __ne__: {
          Object r = methodEq(a[0], a[1]);
          return r instanceof Boolean b ? (Object) !b : r;
        }
        case getter: {
          PyProperty p = (PyProperty) a[0];
          return new PyProperty(a[1], p.fset, p.fdel);
        }
        case setter: {
          PyProperty p = (PyProperty) a[0];
          return new PyProperty(p.fget, a[1], p.fdel);
        }
        case deleter: {
          PyProperty p = (PyProperty) a[0];
          return new PyProperty(p.fget, p.fset, a[1]);
        }
        case indices: {
          MethodArgs.one(a, k, Types.SLICE, "indices");
          long n = Ops.asIndex(a[1]);
          if (n < 0) {
            throw Errors.valueError("length should not be negative");
          }
          long[] r = ((PySlice) a[0]).indices(n);
          return PyTuple.of(r[0], r[1], r[2]);
        }
        default:
          throw new AssertionError(this);
      }
    }
  }
}
