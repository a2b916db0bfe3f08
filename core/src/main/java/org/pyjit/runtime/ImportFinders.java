package org.pyjit.runtime;

import java.nio.file.Path;

/**
 * The finders of CPython's import system as a program sees them: {@code sys.meta_path}
 * ({@code [BuiltinImporter, PathFinder]} to start with), {@code sys.path_hooks} (one hook
 * making a {@code FileFinder} for a directory) and {@code sys.path_importer_cache}.
 *
 * <p>Contract: {@link #findSpec} asks the meta path's finders in order, a program's own
 * ones through their {@code find_spec(fullname, path, target)}; the built-in finders are
 * recognised by identity and run in Java, so the default meta path costs no Python call.
 * {@link #pathSpec} is PathFinder's search: for each str entry of the path ('' is the
 * working directory) the entry's finder comes from {@code sys.path_importer_cache}, else from
 * the first hook of {@code sys.path_hooks} that does not raise ImportError (None when none
 * takes it), and is cached there; a {@code FileFinder} looks in its directory in Java
 * (package, module, namespace portion), another finder is called. A spec without a loader
 * but with {@code submodule_search_locations} is a namespace portion: the portions of the
 * whole path make the namespace package when no entry has a regular module or package.
 */
public final class ImportFinders {
  private ImportFinders() {}

  public static final PyType PATH_FINDER = type("PathFinder");
  public static final PyType FILE_FINDER = type("FileFinder");
  /** The one default path hook (CPython's FileFinder.path_hook closure). */
  public static final PyBuiltinFunction FILE_FINDER_HOOK =
      new PyBuiltinFunction("path_hook_for_FileFinder", (a, k) -> {
        Object[] v = ArgParser.keywords("path_hook_for_FileFinder", a, k, 0,
            new String[] {"path"}, 0, 1);
        return fileFinderFor(v[0]);
      });

  private static PyType type(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.module = "_frozen_importlib_external";
    t.hasInstanceDict = true;
    return t;
  }

  static {
    PATH_FINDER.dict.put("find_spec", new PyClassMethod(new PyBuiltinFunction("find_spec",
        (a, k) -> {
          Object[] v = ArgParser.keywords("find_spec", a, k, 1,
              new String[] {"fullname", "path", "target"}, 0, 1);
          Object spec = pathSpec(fullname(v[0]), v[1]);
          return spec == null ? PySingleton.NONE : spec;
        })));
    PATH_FINDER.dict.put("invalidate_caches", new PyStaticMethod(new PyBuiltinFunction(
        "invalidate_caches", (a, k) -> {
          // as CPython's: entries without a finder or under a relative name (the working
          // directory may have changed) are dropped, the others' finders told
          if (Sys.module().dict.getStr("path_importer_cache") instanceof PyDict cache) {
            for (Object key : cache.keys().toArray()) {
              Object finder = cache.get(key);
              if (finder == PySingleton.NONE || !(key instanceof String name)
                  || !name.startsWith("/")) {
                cache.remove(key);
              } else if (Ops.getattrOrNull(finder, "invalidate_caches") instanceof Object f) {
                Ops.call(f, new Object[0], null);
              }
            }
          }
          return PySingleton.NONE;
        })));
    PyType f = FILE_FINDER;
    f.constructor = (cls, a, k) -> {
      // FileFinder(path, *loader_details): (loader, suffixes) pairs; pyjit reads '.py'
      // sources only, so the finder looks for them when a pair lists '.py'
      if (a.length - ArgParser.nkw(k) < 1) {
        throw Errors.typeError(
            "FileFinder.__init__() missing 1 required positional argument: 'path'");
      }
      boolean sources = false;
      for (int i = 1; i < a.length - ArgParser.nkw(k); i++) {
        Object[] pair = ListOps.toArray(a[i]);
        if (pair.length == 2) {
          for (Object suffix : ListOps.toArray(pair[1])) {
            sources |= ".py".equals(suffix);
          }
        }
      }
      PyInstance finder = new PyInstance(cls);
      finder.dict = new PyDict();
      finder.dict.put("path", Ops.str(a[0]).isEmpty() ? "." : a[0]);
      finder.dict.put("_sources", sources);
      return finder;
    };
    f.dict.put("find_spec", new PyBuiltinFunction("find_spec", f, (a, k) -> {
      Object[] v = ArgParser.keywords("find_spec", a, k, 1,
          new String[] {"fullname", "target"}, 0, 1);
      String name = fullname(v[0]);
      String last = name.substring(name.lastIndexOf('.') + 1);
      Object spec = validLast(last) ? directorySpec(name, last,
          Ops.str(ModuleSpecs.attr(a[0], "path")),
          ModuleSpecs.attr(a[0], "_sources") == Boolean.TRUE) : null;
      return spec == null ? PySingleton.NONE : spec;
    }));
    f.dict.put("invalidate_caches", new PyBuiltinFunction("invalidate_caches", f,
        (a, k) -> PySingleton.NONE));
    f.dict.put("__repr__", new PyBuiltinFunction("__repr__", f,
        (a, k) -> "FileFinder(" + Ops.repr(ModuleSpecs.attr(a[0], "path")) + ")"));
  }

  private static String fullname(Object o) {
    if (!(o instanceof String s)) {
      throw Errors.typeError("module name must be str, not " + Types.typeOf(o).name);
    }
    return s;
  }

  /** sys.meta_path, sys.path_hooks and sys.path_importer_cache as a program starts. */
  static void reset(PyDict sys) {
    PyList meta = new PyList();
    meta.append(ModuleSpecs.BUILTIN_IMPORTER);
    meta.append(PATH_FINDER);
    sys.put("meta_path", meta);
    PyList hooks = new PyList();
    hooks.append(FILE_FINDER_HOOK);
    sys.put("path_hooks", hooks);
    sys.put("path_importer_cache", new PyDict());
  }

  /**
   * The spec of module {@code name} from the meta path's finders, or null; {@code path} is
   * the parent package's __path__ (null for a top-level module).
   */
  static Object findSpec(String name, Object path) {
    Object meta = Sys.module().dict.getStr("meta_path");
    if (meta == null) { // a runtime used without a program's set-up (Sys.setArgv): tests
      reset(Sys.module().dict);
      meta = Sys.module().dict.getStr("meta_path");
    }
    if (meta == PySingleton.NONE) {
      throw Errors.raise(Types.IMPORT_ERROR,
          "sys.meta_path is None, Python is likely shutting down");
    }
    Object pathArg = path == null ? PySingleton.NONE : path;
    for (Object finder : ListOps.toArray(meta)) {
      Object spec;
      if (finder == ModuleSpecs.BUILTIN_IMPORTER) {
        spec = path == null && BuiltinModules.exists(name) ? ModuleSpecs.builtinSpec(name)
            : null;
      } else if (finder == PATH_FINDER) {
        spec = pathSpec(name, pathArg);
      } else {
        Object find = Ops.getattrOrNull(finder, "find_spec");
        if (find == null) {
          continue; // CPython skips a finder without find_spec
        }
        spec = Ops.call(find, new Object[] {name, pathArg, PySingleton.NONE}, null);
        if (spec == PySingleton.NONE) {
          spec = null;
        }
      }
      if (spec != null) {
        return spec;
      }
    }
    return null;
  }

  private static boolean validLast(String last) {
    // 'p.' (from fromlist ['']), 'a/b': no module file has such a name
    return !last.isEmpty() && last.indexOf('/') < 0 && last.indexOf('\0') < 0;
  }

  /** PathFinder.find_spec: module {@code name} on {@code path} (sys.path when None). */
  static Object pathSpec(String name, Object path) {
    if (path == null || path == PySingleton.NONE) {
      path = Sys.module().dict.getStr("path");
      if (path == null) {
        throw Errors.raise(Types.IMPORT_ERROR, "sys.path must be a list of directory names");
      }
    }
    String last = name.substring(name.lastIndexOf('.') + 1);
    if (!validLast(last)) {
      return null;
    }
    PyList namespace = null;
    for (Object entry : ListOps.toArray(path)) {
      if (!(entry instanceof String dir)) {
        continue;
      }
      Object finder = entryFinder(dir);
      Object spec;
      if (finder == null) {
        continue;
      } else if (finder instanceof PyInstance i && i.type() == FILE_FINDER) {
        spec = directorySpec(name, last, Ops.str(ModuleSpecs.attr(finder, "path")),
            ModuleSpecs.attr(finder, "_sources") == Boolean.TRUE);
      } else {
        Object find = Ops.getattrOrNull(finder, "find_spec");
        if (find == null) {
          continue;
        }
        spec = Ops.call(find, new Object[] {name, PySingleton.NONE}, null);
        if (spec == PySingleton.NONE) {
          spec = null;
        }
      }
      if (spec == null) {
        continue;
      }
      Object loader = Ops.getattrOrNull(spec, "loader");
      if (loader != null && loader != PySingleton.NONE) {
        return spec;
      }
      Object portions = Ops.getattrOrNull(spec, "submodule_search_locations");
      if (portions == null || portions == PySingleton.NONE) {
        throw Errors.raise(Types.IMPORT_ERROR, "spec missing loader");
      }
      if (namespace == null) {
        namespace = new PyList();
      }
      for (Object p : ListOps.toArray(portions)) {
        namespace.append(p);
      }
    }
    return namespace == null ? null : ModuleSpecs.namespaceSpec(name, namespace);
  }

  /**
   * The finder of path entry {@code dir} (CPython's _path_importer_cache): the cached one,
   * else the first hook's that takes it, cached; null when there is none.
   */
  private static Object entryFinder(String dir) {
    String key = dir;
    if (dir.isEmpty()) {
      key = System.getProperty("user.dir");
    }
    PyDict sys = Sys.module().dict;
    PyDict cache = sys.getStr("path_importer_cache") instanceof PyDict d ? d : null;
    Object finder = cache == null ? null : cache.get(key);
    if (finder == null) {
      finder = PySingleton.NONE;
      Object hooks = sys.getStr("path_hooks");
      if (hooks != null && hooks != PySingleton.NONE) {
        for (Object hook : ListOps.toArray(hooks)) {
          try {
            finder = hook == FILE_FINDER_HOOK ? fileFinderFor(key)
                : Ops.call(hook, new Object[] {key}, null);
            break;
          } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(Types.IMPORT_ERROR)) {
              throw e;
            }
          }
        }
      }
      if (cache != null) {
        cache.put(key, finder);
      }
    }
    return finder == PySingleton.NONE ? null : finder;
  }

  /** The default hook: a FileFinder for a directory, ImportError for anything else. */
  private static Object fileFinderFor(Object entry) {
    String dir = Ops.str(entry);
    boolean isDir;
    try {
      // pyjit's library (in the jar: its resources are files, not directories) counts as
      // one, as CPython's zipimporter takes its python313.zip entry
      isDir = Library.inLibrary(dir) || Library.isDirectory(dir.isEmpty()
          ? Path.of(System.getProperty("user.dir")) : Path.of(dir).toAbsolutePath());
    } catch (java.nio.file.InvalidPathException e) {
      isDir = false;
    }
    if (!isDir) {
      PyBaseException e = new PyBaseException(Types.IMPORT_ERROR,
          "only directories are supported");
      e.dict.put("path", entry);
      throw new PyException(e);
    }
    PyInstance finder = new PyInstance(FILE_FINDER);
    finder.dict = new PyDict();
    finder.dict.put("path", dir);
    finder.dict.put("_sources", true);
    return finder;
  }

  /**
   * What a FileFinder finds in directory {@code dir}: package {@code last/__init__.py}, then
   * module {@code last.py} (when it looks for {@code sources}), else a namespace portion (a spec without loader whose
   * submodule_search_locations is the directory {@code last}), else null.
   */
  private static Object directorySpec(String name, String last, String dir,
      boolean sources) {
    Path base;
    try {
      base = dir.isEmpty() || dir.equals(".") ? Path.of(System.getProperty("user.dir"))
          : Path.of(dir).toAbsolutePath();
    } catch (java.nio.file.InvalidPathException e) {
      return null; // a NUL in the entry: no directory has that name
    }
    Path pkgDir = base.resolve(last);
    Path init = pkgDir.resolve("__init__.py");
    if (sources && Library.isFile(init)) {
      PyList locations = new PyList();
      locations.append(pkgDir.toString());
      return ModuleSpecs.fileSpec(name, init.toString(), null, locations);
    }
    Path file = base.resolve(last + ".py");
    if (sources && Library.isFile(file)) {
      return ModuleSpecs.fileSpec(name, file.toString(), null, null);
    }
    if (Library.isDirectory(pkgDir)) {
      PyList portion = new PyList();
      portion.append(pkgDir.toString());
      PyInstance spec = ModuleSpecs.namespaceSpec(name, portion);
      spec.dict.put("loader", PySingleton.NONE);
      return spec;
    }
    return null;
  }
}
