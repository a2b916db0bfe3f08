package org.pyjit.runtime;

/**
 * The objects of the import protocol that programs see, with CPython 3.13's names, reprs and
 * attributes: {@code ModuleSpec} (a module's __spec__), the loaders (__loader__:
 * {@code BuiltinImporter}, the class itself, for built-in modules; a
 * {@code SourceFileLoader} for a .py file, on disk or in pyjit's library; a
 * {@code NamespaceLoader} for a namespace package) and the module type's construction and
 * repr. They are Java types, not Python source, because every import makes a spec: running
 * a Python bootstrap first would cost every program that imports anything its compilation.
 *
 * <p>Contract: a spec is an instance with CPython's instance attributes (name, loader,
 * origin, loader_state, submodule_search_locations, _set_fileattr, _cached) and the
 * properties parent, has_location and cached; the import system itself ({@link Importer})
 * reads them back through these helpers, so a spec a program made or changed is honoured.
 */
public final class ModuleSpecs {
  private ModuleSpecs() {}

  public static final PyType MODULE_SPEC = type("ModuleSpec", "_frozen_importlib");
  public static final PyType BUILTIN_IMPORTER = type("BuiltinImporter", "_frozen_importlib");
  public static final PyType SOURCE_FILE_LOADER =
      type("SourceFileLoader", "_frozen_importlib_external");
  public static final PyType NAMESPACE_LOADER =
      type("NamespaceLoader", "_frozen_importlib_external");

  /** CPython's cache tag, for the __cached__ path it would show (pyjit writes no .pyc). */
  private static final String CACHE_TAG = "cpython-313";

  private static PyType type(String name, String module) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.module = module;
    t.hasInstanceDict = true;
    return t;
  }

  static {
    PyType s = MODULE_SPEC;
    s.constructor = (cls, a, k) -> {
      Object[] v = ArgParser.keywords("ModuleSpec", a, k, 0,
          new String[] {"name", "loader", "origin", "loader_state", "is_package"}, 0, 2);
      if (ArgParser.nkw(k) + 2 < a.length) {
        throw Errors.typeError("ModuleSpec.__init__() takes 3 positional arguments but "
            + (a.length - ArgParser.nkw(k) + 1) + " were given");
      }
      boolean pkg = v[4] != null && Ops.truth(v[4]);
      PyInstance spec = newSpec(cls, v[0], v[1], or(v[2]), pkg ? new PyList() : null);
      spec.dict.put("loader_state", or(v[3]));
      return spec;
    };
    method(s, "__repr__", a -> specRepr(a[0]));
    method(s, "__eq__", a -> specEquals(a[0], a[1]));
    property(s, "parent", self -> parent(self), null);
    property(s, "has_location", self -> Ops.truth(attr(self, "_set_fileattr")), (self, v) -> {
      ((PyInstance) self).dict.put("_set_fileattr", Ops.truth(v));
    });
    property(s, "cached", ModuleSpecs::cached, (self, v) -> {
      ((PyInstance) self).dict.put("_cached", v);
    });

    PyType b = BUILTIN_IMPORTER;
    b.dict.put("find_spec", new PyClassMethod(new PyBuiltinFunction("find_spec", (a, k) -> {
      Object[] v = ArgParser.keywords("find_spec", a, k, 1,
          new String[] {"fullname", "path", "target"}, 0, 1);
      String name = (String) v[0];
      return v[1] != null && v[1] != PySingleton.NONE || !BuiltinModules.exists(name)
          ? PySingleton.NONE : builtinSpec(name);
    })));
    b.dict.put("create_module", new PyStaticMethod(new PyBuiltinFunction("create_module",
        (a, k) -> {
          Object name = Ops.getattr(a[0], "name");
          PyModule m = name instanceof String n ? Importer.builtinModule(n) : null;
          if (m == null) {
            throw Importer.notFound(Ops.str(name), "no built-in module named " + Ops.str(name));
          }
          return m;
        })));
    b.dict.put("exec_module", new PyStaticMethod(new PyBuiltinFunction("exec_module",
        (a, k) -> PySingleton.NONE)));
    b.dict.put("is_package", new PyClassMethod(new PyBuiltinFunction("is_package",
        (a, k) -> false)));

    PyType l = SOURCE_FILE_LOADER;
    l.constructor = (cls, a, k) -> {
      Object[] v = ArgParser.keywords("SourceFileLoader", a, k, 0,
          new String[] {"fullname", "path"}, 0, 2);
      PyInstance loader = new PyInstance(cls);
      loader.dict = new PyDict();
      loader.dict.put("name", v[0]);
      loader.dict.put("path", v[1]);
      return loader;
    };
    method(l, "create_module", a -> PySingleton.NONE);
    method(l, "exec_module", a -> {
      Importer.execSource(a[1], Ops.str(attr(a[0], "path")));
      return PySingleton.NONE;
    });
    method(l, "get_filename", a -> attr(a[0], "path"));
    method(l, "get_data", a -> new PyBytes(readOrRaise(Ops.str(a[1]))));
    method(l, "get_source", a -> org.pyjit.parse.SourceDecoder.decode(
        readOrRaise(Ops.str(attr(a[0], "path"))), Ops.str(attr(a[0], "path"))));
    method(l, "is_package", a -> {
      String file = Ops.str(attr(a[0], "path"));
      String base = file.substring(file.lastIndexOf('/') + 1);
      return base.startsWith("__init__.");
    });
    method(l, "__eq__", a -> Types.typeOf(a[0]) == Types.typeOf(a[1])
        && Ops.eq(attr(a[0], "name"), attr(a[1], "name"))
        && Ops.eq(attr(a[0], "path"), attr(a[1], "path")));
    method(l, "__hash__", a -> Ops.hash(attr(a[0], "name")) ^ Ops.hash(attr(a[0], "path")));

    PyType n = NAMESPACE_LOADER;
    method(n, "create_module", a -> PySingleton.NONE);
    method(n, "exec_module", a -> PySingleton.NONE);
    method(n, "is_package", a -> true);
    method(n, "get_source", a -> "");
  }

  private static Object or(Object v) {
    return v == null ? PySingleton.NONE : v;
  }

  private static void method(PyType t, String name, java.util.function.Function<Object[], Object> f) {
    t.dict.put(name, new PyBuiltinFunction(name, t, (a, k) -> {
      if (k != null && k.length > 0) {
        throw Errors.typeError(name + "() takes no keyword arguments");
      }
      return f.apply(a);
    }));
  }

  private static void property(PyType t, String name,
      java.util.function.Function<Object, Object> get,
      java.util.function.BiConsumer<Object, Object> set) {
    PyBuiltinFunction getter = new PyBuiltinFunction(name, (a, k) -> get.apply(a[0]));
    PyBuiltinFunction setter = set == null ? null : new PyBuiltinFunction(name, (a, k) -> {
      set.accept(a[0], a[1]);
      return PySingleton.NONE;
    });
    t.dict.put(name, new PyProperty(getter, setter, null));
  }

  /** An attribute, or None when it is missing. */
  static Object attr(Object o, String name) {
    Object v = Ops.getattrOrNull(o, name);
    return v == null ? PySingleton.NONE : v;
  }

  private static PyInstance newSpec(PyType cls, Object name, Object loader, Object origin,
      PyList locations) {
    PyInstance spec = new PyInstance(cls);
    spec.dict = new PyDict();
    spec.dict.put("name", name);
    spec.dict.put("loader", loader);
    spec.dict.put("origin", origin);
    spec.dict.put("loader_state", PySingleton.NONE);
    spec.dict.put("submodule_search_locations", locations == null ? PySingleton.NONE
        : locations);
    spec.dict.put("_uninitialized_submodules", new PyList());
    spec.dict.put("_set_fileattr", false);
    spec.dict.put("_cached", PySingleton.NONE);
    return spec;
  }

  /** The spec of built-in module {@code name}. */
  public static PyInstance builtinSpec(String name) {
    return newSpec(MODULE_SPEC, name, BUILTIN_IMPORTER, "built-in", null);
  }

  /**
   * The spec of a source file: {@code locations} is a package's [directory], else null;
   * {@code loader} null makes a SourceFileLoader.
   */
  public static PyInstance fileSpec(String name, String file, Object loader, PyList locations) {
    PyInstance spec = newSpec(MODULE_SPEC, name,
        loader != null ? loader : sourceLoader(name, file), file, locations);
    spec.dict.put("_set_fileattr", true);
    return spec;
  }

  /** The spec of a namespace package whose portions are {@code path}. */
  public static PyInstance namespaceSpec(String name, PyList path) {
    PyInstance loader = new PyInstance(NAMESPACE_LOADER);
    loader.dict = new PyDict();
    loader.dict.put("_path", path);
    return newSpec(MODULE_SPEC, name, loader, PySingleton.NONE, path);
  }

  public static PyInstance sourceLoader(String name, String file) {
    PyInstance loader = new PyInstance(SOURCE_FILE_LOADER);
    loader.dict = new PyDict();
    loader.dict.put("name", name);
    loader.dict.put("path", file);
    return loader;
  }

  private static byte[] readOrRaise(String file) {
    try {
      return Library.read(java.nio.file.Path.of(file));
    } catch (java.io.IOException | RuntimeException e) {
      throw new PyException((PyBaseException) Ops.call(Types.FILE_NOT_FOUND_ERROR,
          new Object[] {2L, "No such file or directory", file}, null));
    }
  }

  private static Object parent(Object spec) {
    Object name = attr(spec, "name");
    if (!(name instanceof String s)) {
      return PySingleton.NONE;
    }
    if (attr(spec, "submodule_search_locations") == PySingleton.NONE) {
      return s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "";
    }
    return s;
  }

  private static Object cached(Object spec) {
    Object c = attr(spec, "_cached");
    if (c == PySingleton.NONE && attr(spec, "origin") instanceof String origin
        && Ops.truth(attr(spec, "_set_fileattr"))) {
      c = cachedOf(origin);
      ((PyInstance) spec).dict.put("_cached", c);
    }
    return c;
  }

  /** A source file's __cached__ (none for another kind of file), as importlib's _get_cached. */
  private static Object cachedOf(String file) {
    return file.endsWith(".pyc") ? file : file.endsWith(".py") ? cachePath(file)
        : PySingleton.NONE;
  }

  /**
   * Where CPython 3.13 would keep the compiled form of {@code file}
   * (importlib.util.cache_from_source): __pycache__/NAME.cpython-313.pyc beside it, NAME
   * being the file's name without its last suffix.
   */
  public static String cachePath(String file) {
    int slash = file.lastIndexOf('/');
    String dir = file.substring(0, slash + 1);
    String tail = file.substring(slash + 1);
    int dot = tail.lastIndexOf('.');
    String base = dot > 0 ? tail.substring(0, dot) : tail;
    return dir + "__pycache__/" + base + "." + CACHE_TAG + ".pyc";
  }

  private static String specRepr(Object spec) {
    StringBuilder sb = new StringBuilder(Types.typeOf(spec).name).append("(name=")
        .append(Ops.repr(attr(spec, "name"))).append(", loader=")
        .append(Ops.repr(attr(spec, "loader")));
    Object origin = attr(spec, "origin");
    if (origin != PySingleton.NONE) {
      sb.append(", origin=").append(Ops.repr(origin));
    }
    Object locations = attr(spec, "submodule_search_locations");
    if (locations != PySingleton.NONE) {
      sb.append(", submodule_search_locations=").append(Ops.repr(locations));
    }
    return sb.append(')').toString();
  }

  private static Object specEquals(Object a, Object b) {
    String[] names = {"name", "loader", "origin", "submodule_search_locations", "cached",
        "has_location"};
    for (String n : names) {
      Object x = Ops.getattrOrNull(a, n);
      Object y = Ops.getattrOrNull(b, n);
      if (x == null || y == null) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      if (!Ops.eq(x, y)) {
        return false;
      }
    }
    return true;
  }

  /**
   * repr(module) as CPython's module_repr: from its __spec__ when there is one, else its
   * __file__ or __loader__.
   */
  public static String moduleRepr(PyModule m) {
    Object spec = m.dict.getStr("__spec__");
    if (spec != null && spec != PySingleton.NONE) {
      Object specName = attr(spec, "name");
      String name = Ops.repr(specName == PySingleton.NONE ? "?" : specName);
      Object origin = attr(spec, "origin");
      if (origin == PySingleton.NONE) {
        Object loader = attr(spec, "loader");
        if (loader == PySingleton.NONE) {
          return "<module " + name + ">";
        }
        if (Types.typeOf(loader) == NAMESPACE_LOADER) {
          return "<module " + name + " (namespace) from "
              + Ops.repr(Ops.call(Types.LIST, new Object[] {attr(loader, "_path")}, null)) + ">";
        }
        return "<module " + name + " (" + Ops.repr(loader) + ")>";
      }
      if (Ops.truth(Ops.getattr(spec, "has_location"))) {
        return "<module " + name + " from " + Ops.repr(origin) + ">";
      }
      return "<module " + Ops.repr(specName) + " (" + Ops.str(origin) + ")>";
    }
    Object nameObj = m.dict.getStr("__name__");
    String name = Ops.repr(nameObj instanceof String s ? s : "?");
    Object file = m.dict.getStr("__file__");
    if (file != null) {
      return "<module " + name + " from " + Ops.repr(file) + ">";
    }
    Object loader = m.dict.getStr("__loader__");
    return loader == null || loader == PySingleton.NONE ? "<module " + name + ">"
        : "<module " + name + " (" + Ops.repr(loader) + ")>";
  }

  /** types.ModuleType(name, doc=None): an empty module, its attributes as CPython's. */
  static Object newModule(PyType cls, Object[] a, String[] k) {
    Object[] v = ArgParser.keywords("module", a, k, 0, new String[] {"name", "doc"}, 0, 1);
    if (!(v[0] instanceof String name)) {
      throw Errors.typeError("module() argument 'name' must be str, not "
          + Types.typeOf(v[0]).name);
    }
    return new PyModule(name, emptyModuleDict(name, v[1] == null ? PySingleton.NONE : v[1]));
  }

  /** A new module's dict: __name__, __doc__, then None for __package__, __loader__, __spec__. */
  static PyDict emptyModuleDict(String name, Object doc) {
    PyDict d = new PyDict();
    d.put("__name__", name);
    d.put("__doc__", doc);
    d.put("__package__", PySingleton.NONE);
    d.put("__loader__", PySingleton.NONE);
    d.put("__spec__", PySingleton.NONE);
    return d;
  }

  /** The globals of module {@code spec} run as __main__ (pyjit -m), as runpy makes them. */
  public static PyDict mainDict(Object spec) {
    PyModule m = new PyModule("__main__", emptyModuleDict("__main__", PySingleton.NONE));
    m.dict.put("__builtins__", Sys.MODULES.get("builtins"));
    initModuleAttrs(spec, m, false);
    return m.dict;
  }

  /**
   * Sets a module's import attributes from its spec, as importlib's _init_module_attrs:
   * {@code override} replaces values already there (reload), else only missing or None ones.
   */
  public static void initModuleAttrs(Object spec, PyModule m, boolean override) {
    PyDict d = m.dict;
    if (override || d.getStr("__name__") == null || d.getStr("__name__") == PySingleton.NONE) {
      d.put("__name__", attr(spec, "name"));
    }
    Object loader = attr(spec, "loader");
    if (override || isNone(d.getStr("__loader__"))) {
      if (loader == PySingleton.NONE && !isNone(attr(spec, "submodule_search_locations"))) {
        // a finder's spec of a namespace package (no loader, its portions): it gets a
        // NamespaceLoader, as CPython's _init_module_attrs gives it
        PyInstance ns = new PyInstance(NAMESPACE_LOADER);
        ns.dict = new PyDict();
        ns.dict.put("_path", attr(spec, "submodule_search_locations"));
        loader = ns;
        Ops.setattr(spec, "loader", ns);
      }
      d.put("__loader__", loader);
    }
    if (override || isNone(d.getStr("__package__"))) {
      d.put("__package__", Ops.getattr(spec, "parent"));
    }
    d.put("__spec__", spec);
    Object locations = attr(spec, "submodule_search_locations");
    if (Types.typeOf(loader) == NAMESPACE_LOADER && (override || d.getStr("__file__") == null)) {
      d.put("__file__", PySingleton.NONE);
    }
    if (locations != PySingleton.NONE && (override || d.getStr("__path__") == null)) {
      d.put("__path__", locations);
    }
    if (Ops.truth(Ops.getattr(spec, "has_location"))) {
      if (override || isNone(d.getStr("__file__"))) {
        d.put("__file__", attr(spec, "origin"));
      }
      if (override || isNone(d.getStr("__cached__"))) {
        Object cached = Ops.getattr(spec, "cached");
        if (cached != PySingleton.NONE) {
          d.put("__cached__", cached);
        }
      }
    }
  }

  private static boolean isNone(Object v) {
    return v == null || v == PySingleton.NONE;
  }
}
