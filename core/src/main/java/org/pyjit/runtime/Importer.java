package org.pyjit.runtime;

import java.io.IOException;
import java.nio.file.Path;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.parse.WarningListener;

/**
 * import: modules are looked up in sys.modules, then among the built-in modules, then on
 * disk: a top-level NAME as NAME.py or the package NAME/__init__.py in the directories of
 * sys.path (the script's directory first), a submodule P.NAME in the directories of package
 * P's __path__. Each is compiled and run once, with __name__, __file__, __package__ (and
 * __path__ for a package) set as CPython does, and bound as an attribute of its parent
 * package. Relative imports resolve against the importer's __package__. The standard
 * library comes with the import-system issue; a missing module is CPython's
 * ModuleNotFoundError.
 */
public final class Importer {
  private Importer() {}

  /** __import__(name, globals, fromlist, level) as IMPORT_NAME uses it. */
  public static Object importName(String name, PyDict globals, Object fromlist, long level) {
    String absName = level > 0 ? resolveRelative(name, globals, level) : name;
    if (absName.isEmpty()) {
      throw Errors.valueError("Empty module name");
    }
    PyModule mod = loadDotted(absName);
    boolean hasFromlist = fromlist != null && fromlist != PySingleton.NONE
        && Ops.truth(fromlist);
    if (!hasFromlist) {
      if (level == 0) {
        return loadDotted(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
      }
      if (name.isEmpty()) {
        return mod;
      }
      // from the resolved name, keep as many components as the relative name's first
      int cut = name.length() - (name.contains(".") ? name.indexOf('.') : name.length());
      return loadDotted(absName.substring(0, absName.length() - cut));
    }
    if (mod.dict.getStr("__path__") != null) {
      // from package import submodule: import the submodules not yet attributes
      for (Object x : ListOps.toArray(fromlist)) {
        if (x instanceof String sub && !sub.equals("*") && Ops.getattrOrNull(mod, sub) == null) {
          try {
            loadDotted(absName + "." + sub);
          } catch (PyException e) {
            // a missing submodule is left to IMPORT_FROM's ImportError, as in CPython
            boolean missing = e.value.type().isSubtypeOf(Types.MODULE_NOT_FOUND_ERROR)
                && (absName + "." + sub).equals(e.value.dict.getStr("name"));
            if (!missing) {
              throw e;
            }
          }
        }
      }
    }
    return mod;
  }

  /** The absolute name of a relative import, as importlib's _resolve_name. */
  private static String resolveRelative(String name, PyDict globals, long level) {
    Object pkg = globals == null ? null : globals.getStr("__package__");
    if (pkg == null || pkg == PySingleton.NONE) {
      Object modName = globals == null ? null : globals.getStr("__name__");
      if (modName instanceof String mn) {
        pkg = globals.getStr("__path__") != null ? mn
            : mn.contains(".") ? mn.substring(0, mn.lastIndexOf('.')) : "";
      }
    }
    if (!(pkg instanceof String p) || p.isEmpty()) {
      throw Errors.raise(Types.IMPORT_ERROR,
          "attempted relative import with no known parent package");
    }
    String base = p;
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

  /** Imports a dotted name: each parent package first, then the module within it. */
  private static PyModule loadDotted(String name) {
    Object cached = Sys.MODULES.get(name);
    if (cached instanceof PyModule m) {
      return m;
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return load(name);
    }
    String parentName = name.substring(0, dot);
    PyModule parent = loadDotted(parentName);
    cached = Sys.MODULES.get(name); // the parent's __init__ may have imported it
    if (cached instanceof PyModule m) {
      return m;
    }
    Object path = parent.dict.getStr("__path__");
    if (path == null) {
      throw notFound(name, "No module named '" + name + "'; '" + parentName
          + "' is not a package");
    }
    PyModule mod = find(name, name.substring(dot + 1), ListOps.toArray(path));
    parent.dict.put(name.substring(dot + 1), mod);
    return mod;
  }

  static PyModule load(String name) {
    Object cached = Sys.MODULES.get(name);
    if (cached instanceof PyModule m) {
      return m;
    }
    if (name.equals("sys")) {
      return Sys.module();
    }
    PyModule builtin = BuiltinModules.load(name);
    if (builtin != null) {
      Sys.MODULES.put(name, builtin);
      return builtin;
    }
    Object path = Sys.MODULE.dict.getStr("path");
    return find(name, name, path instanceof PyList l ? l.toArray() : new Object[0]);
  }

  /**
   * A module of pyjit's written in Python, kept as a resource (org/pyjit/lib/NAME.py) and
   * compiled at its first import; tracebacks name it {@code <frozen NAME>} as CPython names
   * its frozen modules.
   */
  static PyModule runResource(String name) {
    byte[] bytes;
    try (java.io.InputStream in = Importer.class.getResourceAsStream(
        "/org/pyjit/lib/" + name + ".py")) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    String filename = "<frozen " + name + ">";
    PyDict globals = new PyDict();
    globals.put("__name__", name);
    globals.put("__doc__", PySingleton.NONE);
    globals.put("__package__", "");
    return execute(name, globals, bytes, filename);
  }

  /** Module {@code fullName} as file or package {@code last} in one of {@code dirs}. */
  private static PyModule find(String fullName, String last, Object[] dirs) {
    for (Object dir : dirs) {
      Path base = Path.of(dir instanceof String s && !s.isEmpty() ? s : ".");
      Path init = base.resolve(last).resolve("__init__.py");
      if (Library.isFile(init)) {
        return runFile(fullName, init, base.resolve(last));
      }
      Path file = base.resolve(last + ".py");
      if (Library.isFile(file)) {
        return runFile(fullName, file, null);
      }
    }
    throw notFound(fullName, "No module named '" + fullName + "'");
  }

  private static PyException notFound(String name, String message) {
    PyBaseException e = new PyBaseException(Types.MODULE_NOT_FOUND_ERROR, message);
    e.dict.put("name", name);
    return new PyException(e);
  }

  /** Runs a module's file; {@code packageDir} is the directory of a package, else null. */
  private static PyModule runFile(String name, Path file, Path packageDir) {
    byte[] bytes;
    try {
      bytes = Library.read(file);
    } catch (IOException e) {
      throw Errors.raise(Types.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
    }
    String filename = file.toAbsolutePath().toString();
    PyDict globals = new PyDict();
    globals.put("__name__", name);
    globals.put("__file__", filename);
    globals.put("__doc__", PySingleton.NONE);
    if (packageDir != null) {
      PyList path = new PyList();
      path.append(packageDir.toAbsolutePath().toString());
      globals.put("__path__", path);
      globals.put("__package__", name);
    } else {
      globals.put("__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.'))
          : "");
    }
    return execute(name, globals, bytes, filename);
  }

  /**
   * Registers module {@code name} in sys.modules (first, so a circular import finds it) and
   * runs its source in {@code globals}; a module that fails is removed again, as CPython's
   * import does.
   */
  private static PyModule execute(String name, PyDict globals, byte[] bytes, String filename) {
    PyModule mod = new PyModule(name, globals);
    mod.fromSource = true;
    Sys.MODULES.put(name, mod);
    try {
      // SyntaxWarnings shown as CPython shows them when it compiles a module's source
      WarningListener warnings = org.pyjit.interp.Exec.warningsTo(filename);
      CodeObject code = CodeGen.compileModule(Parser.parseImported(bytes, filename, warnings),
          filename, null, warnings);
      Interpreter.runModule(code, globals);
    } catch (org.pyjit.parse.SyntaxErrorException e) {
      Sys.MODULES.remove(name);
      throw org.pyjit.interp.Exec.syntaxError(e);
    } catch (RuntimeException e) {
      Sys.MODULES.remove(name);
      throw e;
    }
    return mod;
  }

  /** IMPORT_FROM: an attribute of the module, with CPython's ImportError when missing. */
  public static Object importFrom(Object module, String name) {
    Object v = Ops.getattrOrNull(module, name);
    if (v == null && module instanceof PyModule m
        && Sys.MODULES.get(m.name + "." + name) instanceof PyModule sub) {
      return sub; // a submodule being imported (a circular import)
    }
    if (v == null) {
      String modName = module instanceof PyModule m ? m.name : "?";
      Object file = module instanceof PyModule m ? m.dict.getStr("__file__") : null;
      PyBaseException e = new PyBaseException(Types.IMPORT_ERROR, "cannot import name '"
          + name + "' from '" + modName + "' ("
          + (file == null ? "unknown location" : Ops.str(file)) + ")");
      e.dict.put("name", modName);
      e.dict.put("name_from", name);
      e.dict.put("path", file == null ? PySingleton.NONE : file);
      throw new PyException(e);
    }
    return v;
  }

  /** from module import *: its __all__, or every name not starting with '_'. */
  public static void importStar(Object module, PyDict into) {
    PyDict d = ((PyModule) module).dict;
    Object all = d.getStr("__all__");
    if (all != null) {
      for (Object n : ListOps.toArray(all)) {
        into.put(n, Ops.getattr(module, (String) n));
      }
      return;
    }
    for (Object[] kv : d.items()) {
      if (kv[0] instanceof String s && !s.startsWith("_")) {
        into.put(s, kv[1]);
      }
    }
  }
}
