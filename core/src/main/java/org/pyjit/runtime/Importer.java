package org.pyjit.runtime;

import java.io.IOException;
import java.nio.file.Path;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.parse.WarningListener;

/**
 * The import system, as CPython 3.13's importlib._bootstrap behaves (docs/internals/imports.md).
 *
 * <p>IMPORT_NAME calls {@code builtins.__import__} when a program replaced it, else
 * {@link #importModuleLevel} directly. A dotted name is imported parent first; each module is
 * looked up in sys.modules (None there stops the import), then found: a built-in module
 * ({@link BuiltinModules}) when it is top-level, else on sys.path (a package's __path__ for a
 * submodule), through sys.meta_path's finders ({@link ImportFinders}): in each directory a regular package NAME/__init__.py, then NAME.py, a
 * directory without __init__.py being kept as a portion of a namespace package made only if
 * no regular module or package is found on the whole path. A found module gets a spec
 * ({@link ModuleSpecs}) and its attributes from it, is put into sys.modules before its code
 * runs (a circular import sees it partially initialized; its spec's _initializing is true
 * meanwhile), is removed again if its code raises, and what sys.modules holds for it
 * afterwards is what the import returns. A submodule is set as an attribute of its parent.
 * Errors have CPython's types, messages and attributes (name, path, name_from).
 */
public final class Importer {
  private Importer() {}

  /** pyjit's own builtins.__import__; while it is in place IMPORT_NAME skips the call. */
  public static Object builtinImport;

  /** IMPORT_NAME: through builtins.__import__ when a program replaced it. */
  public static Object importName(String name, PyDict globals, Object locals, Object fromlist,
      long level, PyDict builtins) {
    Object hook = builtins == null ? null : builtins.getStr("__import__");
    if (hook == null) {
      throw Errors.raise(Types.IMPORT_ERROR, "__import__ not found");
    }
    if (hook != builtinImport) {
      return Ops.call(hook, new Object[] {name, globals,
          locals == null ? PySingleton.NONE : locals, fromlist, level}, null);
    }
    return importModuleLevel(name, globals, fromlist, level);
  }

  /**
   * __import__(name, globals, locals, fromlist, level) as CPython's
   * PyImport_ImportModuleLevelObject: the top-level package for {@code import a.b}, the
   * module itself when there is a fromlist (whose submodules are imported). {@code globals}
   * is null when not given.
   */
  public static Object importModuleLevel(String name, Object globals, Object fromlist,
      long level) {
    if (level < 0) {
      throw Errors.valueError("level must be >= 0");
    }
    String absName;
    if (level > 0) {
      absName = resolveName(name, globals, level);
    } else {
      if (name.isEmpty()) {
        throw Errors.valueError("Empty module name");
      }
      absName = name;
    }
    if (Sys.MODULE.dict.getStr("__spec__") == null) {
      // sys and builtins exist before any import: their specs are made at the first one
      builtinModule("sys");
      builtinModule("builtins");
    }
    Object mod = Sys.MODULES.get(absName);
    if (mod == null || mod == PySingleton.NONE) {
      mod = findAndLoad(absName);
    }
    boolean hasFrom = fromlist != null && fromlist != PySingleton.NONE && Ops.truth(fromlist);
    if (!hasFrom) {
      int dot = name.indexOf('.');
      if (level == 0 && dot >= 0) {
        String front = name.substring(0, dot);
        Object top = Sys.MODULES.get(front);
        return top != null && top != PySingleton.NONE ? top : findAndLoad(front);
      }
      if (level > 0 && !name.isEmpty() && dot >= 0) {
        String toReturn = absName.substring(0, absName.length() - (name.length() - dot));
        Object m = Sys.MODULES.get(toReturn);
        if (m == null) {
          throw Errors.keyError(Ops.repr(toReturn) + " not in sys.modules as expected");
        }
        return m;
      }
      return mod;
    }
    if (Ops.getattrOrNull(mod, "__path__") != null) {
      handleFromlist(mod, fromlist, false);
    }
    return mod;
  }

  /** importlib's _handle_fromlist: the submodules a fromlist names, imported if missing. */
  private static void handleFromlist(Object module, Object fromlist, boolean recursive) {
    for (Object x : ListOps.toArray(fromlist)) {
      if (!(x instanceof String sub)) {
        String where = recursive ? Ops.str(Ops.getattr(module, "__name__")) + ".__all__"
            : "``from list''";
        throw Errors.typeError("Item in " + where + " must be str, not "
            + Types.typeOf(x).name);
      }
      if (sub.equals("*")) {
        Object all = recursive ? null : Ops.getattrOrNull(module, "__all__");
        if (all != null) {
          handleFromlist(module, all, true);
        }
      } else if (Ops.getattrOrNull(module, sub) == null) {
        String fromName = Ops.str(Ops.getattr(module, "__name__")) + "." + sub;
        try {
          gcdImport(fromName);
        } catch (PyException e) {
          // a missing submodule is left to IMPORT_FROM's ImportError, as in CPython
          boolean missing = e.value.type().isSubtypeOf(Types.MODULE_NOT_FOUND_ERROR)
              && fromName.equals(e.value.dict.getStr("name"))
              && Sys.MODULES.get(fromName) != PySingleton.NONE;
          if (!missing) {
            throw e;
          }
        }
      }
    }
  }

  /** The absolute name of a relative import, with the messages of CPython's resolve_name. */
  private static String resolveName(String name, Object globalsObj, long level) {
    if (globalsObj == null) {
      throw Errors.keyError("'__name__' not in globals");
    }
    if (!(globalsObj instanceof PyDict globals)) {
      throw Errors.typeError("globals must be a dict");
    }
    Object pkg = globals.getStr("__package__");
    String base;
    if (pkg != null && pkg != PySingleton.NONE) {
      if (!(pkg instanceof String p)) {
        throw Errors.typeError("package must be a string");
      }
      base = p;
    } else if (globals.getStr("__spec__") instanceof Object spec && spec != PySingleton.NONE) {
      if (!(Ops.getattr(spec, "parent") instanceof String p)) {
        throw Errors.typeError("__spec__.parent must be a string");
      }
      base = p;
    } else {
      Object modName = globals.getStr("__name__");
      if (modName == null) {
        throw Errors.keyError("'__name__' not in globals");
      }
      if (!(modName instanceof String mn)) {
        throw Errors.typeError("__name__ must be a string");
      }
      base = globals.getStr("__path__") != null ? mn
          : mn.contains(".") ? mn.substring(0, mn.lastIndexOf('.')) : "";
    }
    if (base.isEmpty()) {
      throw Errors.raise(Types.IMPORT_ERROR,
          "attempted relative import with no known parent package");
    }
    for (long i = 1; i < level; i++) {
      int dot = base.lastIndexOf('.');
      if (dot < 0) {
        throw Errors.raise(Types.IMPORT_ERROR,
            "attempted relative import beyond top-level package");
      }
      base = base.substring(0, dot);
    }
    return name.isEmpty() ? base : base + "." + name;
  }

  /** importlib's _gcd_import for an absolute name: the module itself, imported if needed. */
  public static Object gcdImport(String name) {
    if (name.isEmpty()) {
      throw Errors.valueError("Empty module name");
    }
    return findAndLoad(name);
  }

  /** sys.modules' entry for {@code name}, else the module found and loaded. */
  private static Object findAndLoad(String name) {
    Object m = Sys.MODULES.get(name);
    if (m == null) {
      return findAndLoadUnlocked(name);
    }
    if (m == PySingleton.NONE) {
      throw notFound(name, "import of " + name + " halted; None in sys.modules");
    }
    return m;
  }

  private static Object findAndLoadUnlocked(String name) {
    Object path = null;
    int dot = name.lastIndexOf('.');
    String parent = dot < 0 ? null : name.substring(0, dot);
    if (parent != null) {
      if (Sys.MODULES.get(parent) == null) {
        findAndLoad(parent);
      }
      Object cached = Sys.MODULES.get(name); // the parent's __init__ may have imported it
      if (cached != null) {
        return cached;
      }
      Object parentModule = Sys.MODULES.get(parent);
      if (parentModule == null) {
        throw Errors.keyError(parent);
      }
      path = Ops.getattrOrNull(parentModule, "__path__");
      if (path == null) {
        throw notFound(name, "No module named " + Ops.repr(name) + "; " + Ops.repr(parent)
            + " is not a package");
      }
    }
    Object spec = findSpec(name, path);
    if (spec == null) {
      throw notFound(name, "No module named " + Ops.repr(name));
    }
    // the parent's spec lists the child while it loads: reading the attribute meanwhile is
    // "cannot access submodule" (moduleAttributeMessage)
    PyList loading = parent != null
        && Ops.getattrOrNull(Sys.MODULES.get(parent), "__spec__") instanceof PyInstance ps
        && ps.dict != null && ps.dict.getStr("_uninitialized_submodules") instanceof PyList l
        ? l : null;
    if (loading != null) {
      loading.append(name.substring(dot + 1));
    }
    Object module;
    try {
      module = loadUnlocked(spec);
    } finally {
      if (loading != null && loading.size() > 0) {
        loading.remove(loading.size() - 1);
      }
    }
    if (parent != null && Sys.MODULES.get(parent) instanceof Object p) {
      try {
        Ops.setattr(p, name.substring(dot + 1), module);
      } catch (PyException e) {
        if (!e.value.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
          throw e;
        }
      }
    }
    return module;
  }

  /**
   * The spec of module {@code name} (a full dotted name), or null, from the finders of
   * sys.meta_path ({@link ImportFinders}); {@code path} is the parent package's __path__,
   * null for a top-level module.
   */
  public static Object findSpec(String name, Object path) {
    return ImportFinders.findSpec(name, path == PySingleton.NONE ? null : path);
  }

  /** Whether {@code name} is a built-in module (_imp.is_builtin). */
  public static boolean isBuiltin(String name) {
    return BuiltinModules.exists(name);
  }

  /** A built-in module, with its spec and loader (made on first import). */
  static PyModule builtinModule(String name) {
    PyModule m = BuiltinModules.load(name);
    if (m != null && m.dict.getStr("__spec__") == null) {
      m.dict.put("__package__", "");
      m.dict.put("__loader__", ModuleSpecs.BUILTIN_IMPORTER);
      m.dict.put("__spec__", ModuleSpecs.builtinSpec(name));
    }
    return m;
  }

  /** importlib's module_from_spec: the loader's module, or a new one; attributes from spec. */
  public static Object moduleFromSpec(Object spec) {
    Object loader = ModuleSpecs.attr(spec, "loader");
    Object module = null;
    if (loader != PySingleton.NONE && Types.typeOf(loader) != ModuleSpecs.SOURCE_FILE_LOADER) {
      Object create = Ops.getattrOrNull(loader, "create_module");
      if (create == null) {
        if (Ops.getattrOrNull(loader, "exec_module") != null) {
          throw Errors.raise(Types.IMPORT_ERROR,
              "loaders that define exec_module() must also define create_module()");
        }
      } else {
        module = Ops.call(create, new Object[] {spec}, null);
      }
    }
    if (module == null || module == PySingleton.NONE) {
      String name = Ops.str(ModuleSpecs.attr(spec, "name"));
      module = new PyModule(name, ModuleSpecs.emptyModuleDict(name, PySingleton.NONE));
    }
    if (module instanceof PyModule m) {
      ModuleSpecs.initModuleAttrs(spec, m, false);
    }
    return module;
  }

  /** importlib's _load_unlocked: create, register, execute (removed again if it fails). */
  private static Object loadUnlocked(Object spec) {
    String name = Ops.str(ModuleSpecs.attr(spec, "name"));
    Object loader = ModuleSpecs.attr(spec, "loader");
    if (loader == ModuleSpecs.BUILTIN_IMPORTER) {
      PyModule m = builtinModule(name);
      if (m == null) {
        throw notFound(name, "no built-in module named " + name);
      }
      Sys.MODULES.put(name, m);
      return m;
    }
    Object module = moduleFromSpec(spec);
    loader = ModuleSpecs.attr(spec, "loader"); // a namespace package's may have been made
    if (module instanceof PyModule m) {
      m.fromSource = true; // not a Java module: its functions are not built-ins' __self__
    }
    PyDict specDict = spec instanceof PyInstance i ? i.dict : null;
    if (specDict != null) {
      specDict.put("_initializing", true);
    }
    Sys.MODULES.put(name, module);
    try {
      if (Types.typeOf(loader) == ModuleSpecs.SOURCE_FILE_LOADER) {
        execSource(module, Ops.str(ModuleSpecs.attr(loader, "path")));
      } else if (loader == PySingleton.NONE) {
        throw Errors.raise(Types.IMPORT_ERROR, "missing loader");
      } else {
        Ops.call(Ops.getattr(loader, "exec_module"), new Object[] {module}, null);
      }
    } catch (RuntimeException | StackOverflowError e) {
      Sys.MODULES.remove(name);
      throw e;
    } finally {
      if (specDict != null) {
        specDict.put("_initializing", false);
      }
    }
    Object result = Sys.MODULES.get(name);
    if (result == null) {
      throw Errors.keyError(name);
    }
    return result;
  }

  /** Runs source file {@code file} (on disk or in pyjit's library) in {@code module}. */
  public static void execSource(Object module, String file) {
    PyDict globals = module instanceof PyModule m ? m.dict
        : Ops.getattr(module, "__dict__") instanceof PyDict d ? d : null;
    if (globals == null) {
      throw Errors.typeError("module's __dict__ is not a dict");
    }
    byte[] bytes;
    try {
      bytes = Library.read(Path.of(file));
    } catch (IOException | RuntimeException e) {
      throw new PyException((PyBaseException) Ops.call(Types.FILE_NOT_FOUND_ERROR,
          new Object[] {2L, "No such file or directory", file}, null));
    }
    if (globals.getStr("__builtins__") == null) { // as CPython: the builtins' dict
      globals.put("__builtins__", Builtins.dict(globals));
    }
    runCode(globals, bytes, file, Library.compiled(file, bytes, file));
  }

  /** Runs {@code code}, or the module compiled from {@code bytes} when it is null. */
  private static void runCode(PyDict globals, byte[] bytes, String filename, CodeObject code) {
    if (code != null) {
      Interpreter.runModule(code, globals);
      return;
    }
    try {
      // SyntaxWarnings shown as CPython shows them when it compiles a module's source
      WarningListener warnings = org.pyjit.interp.Exec.warningsTo(filename);
      code = CodeGen.compileModule(Parser.parseImported(bytes, filename, warnings), filename,
          null, warnings);
    } catch (org.pyjit.parse.SyntaxErrorException e) {
      throw org.pyjit.interp.Exec.syntaxError(e);
    }
    Interpreter.runModule(code, globals);
  }

  /**
   * A module of pyjit's written in Python, kept as a resource (org/pyjit/lib/NAME.py) and
   * compiled at its first import; tracebacks name it {@code <frozen NAME>} as CPython names
   * its frozen modules.
   */
  static PyModule runResource(String name) {
    byte[] bytes;
    try (java.io.InputStream in = Importer.class.getResourceAsStream(
        Library.resourceOf(name))) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    PyDict globals = new PyDict();
    globals.put("__name__", name);
    globals.put("__doc__", PySingleton.NONE);
    globals.put("__package__", "");
    PyModule mod = new PyModule(name, globals);
    mod.fromSource = true;
    String filename = "<frozen " + name + ">";
    runCode(globals, bytes, filename,
        Library.compiledResource(Library.resourceOf(name), bytes, filename));
    return mod;
  }

  static PyException notFound(String name, String message) {
    PyBaseException e = new PyBaseException(Types.MODULE_NOT_FOUND_ERROR, message);
    e.dict.put("name", name);
    return new PyException(e);
  }

  /** Whether {@code module}'s spec says it is being initialized (its code is running). */
  static boolean initializing(Object module) {
    Object spec = module instanceof PyModule m ? m.dict.getStr("__spec__")
        : Ops.getattrOrNull(module, "__spec__");
    return spec instanceof PyInstance i && i.dict != null
        && Boolean.TRUE.equals(i.dict.getStr("_initializing"));
  }

  /** IMPORT_FROM: an attribute of the module, with CPython 3.13's ImportError when missing. */
  public static Object importFrom(Object module, String name) {
    Object v = Ops.getattrOrNull(module, name);
    if (v != null) {
      return v;
    }
    Object pkgName = Ops.getattrOrNull(module, "__name__");
    if (pkgName instanceof String p) {
      Object sub = Sys.MODULES.get(p + "." + name); // a submodule being imported (circular)
      if (sub != null) {
        return sub;
      }
    }
    Object file = module instanceof PyModule m && m.dict.getStr("__file__") instanceof String f
        ? f : null;
    String where = file == null ? "unknown location" : (String) file;
    String message;
    if (!(pkgName instanceof String p)) {
      message = "cannot import name " + Ops.repr(name) + " from '<unknown module name>'"
          + " (unknown location)";
      pkgName = PySingleton.NONE;
    } else if (initializing(module)) {
      message = "cannot import name " + Ops.repr(name) + " from partially initialized module "
          + Ops.repr(p) + " (most likely due to a circular import) (" + where + ")";
    } else {
      message = "cannot import name " + Ops.repr(name) + " from " + Ops.repr(p) + " ("
          + where + ")";
    }
    PyBaseException e = new PyBaseException(Types.IMPORT_ERROR, message);
    e.dict.put("name", pkgName);
    e.dict.put("name_from", name);
    e.dict.put("path", file == null ? PySingleton.NONE : file);
    throw new PyException(e);
  }

  /**
   * The message of a module's AttributeError, as CPython 3.13's module getattr: a hint when
   * the module may shadow a standard-library module (its file in the script's directory) or
   * is still being initialized (a circular import).
   */
  static String moduleAttributeMessage(PyModule m, String name) {
    String plain = "module '" + m.name + "' has no attribute '" + name + "'";
    Object spec = m.dict.getStr("__spec__");
    if (!(spec instanceof PyInstance s) || s.dict == null) {
      return plain;
    }
    Object origin = s.dict.getStr("origin");
    boolean shadowing = origin instanceof String o && possiblyShadowing(o);
    if (shadowing && Suggestions.stdlibModuleNames().contains(m.name)) {
      return plain + " (consider renaming '" + origin + "' since it has the same name as the "
          + "standard library module named '" + m.name + "' and the import system gives it "
          + "precedence)";
    }
    if (Boolean.TRUE.equals(s.dict.getStr("_initializing"))) {
      if (shadowing) {
        return plain + " (consider renaming '" + origin + "' if it has the same name as a "
            + "third-party module you intended to import)";
      }
      return "partially initialized module '" + m.name + "' "
          + (origin instanceof String o ? "from '" + o + "' " : "") + "has no attribute '"
          + name + "' (most likely due to a circular import)";
    }
    if (s.dict.getStr("_uninitialized_submodules") instanceof PyList subs
        && java.util.Arrays.asList(subs.toArray()).contains(name)) {
      return "cannot access submodule '" + name + "' of module '" + m.name
          + "' (most likely due to a circular import)";
    }
    return plain;
  }

  /** Whether a module from {@code origin} lies in sys.path[0], the script's directory. */
  private static boolean possiblyShadowing(String origin) {
    if (!(Sys.MODULE.dict.getStr("path") instanceof PyList p) || p.size() == 0
        || !(p.get(0) instanceof String first)) {
      return false;
    }
    String root = first.isEmpty() ? System.getProperty("user.dir") : first;
    int slash = origin.lastIndexOf('/');
    String dir = slash < 0 ? "" : origin.substring(0, slash);
    if (origin.endsWith("/__init__.py")) {
      slash = dir.lastIndexOf('/');
      dir = slash < 0 ? "" : dir.substring(0, slash);
    }
    return dir.equals(root);
  }

  /** from module import *: its __all__, or every name in its __dict__ not starting with '_'. */
  public static void importStar(Object module, PyDict into) {
    Object all = Ops.getattrOrNull(module, "__all__");
    boolean skipPrivate = false;
    Object[] names;
    if (all != null) {
      names = ListOps.toArray(all);
    } else {
      Object dict = Ops.getattrOrNull(module, "__dict__");
      if (!(dict instanceof PyDict d)) {
        throw Errors.raise(Types.IMPORT_ERROR,
            "from-import-* object has no __dict__ and no __all__");
      }
      names = d.keys().toArray();
      skipPrivate = true;
    }
    for (Object n : names) {
      if (!(n instanceof String s)) {
        Object modName = Ops.getattrOrNull(module, "__name__");
        if (!(modName instanceof String mn)) {
          throw Errors.typeError("module __name__ must be a string, not "
              + Types.typeOf(modName == null ? PySingleton.NONE : modName).name);
        }
        throw Errors.typeError((skipPrivate ? "Key in " + mn + ".__dict__" : "Item in " + mn
            + ".__all__") + " must be str, not " + Types.typeOf(n).name);
      }
      if (skipPrivate && s.startsWith("_")) {
        continue;
      }
      into.put(s, Ops.getattr(module, s));
    }
  }
}
