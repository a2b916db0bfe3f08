package org.pyjit.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.parse.WarningListener;

/**
 * import: modules are looked up in sys.modules, then among the built-in modules, then as
 * NAME.py in the directories of sys.path (the script's directory first), compiled and run
 * once. Packages, relative imports and the standard library come with the import-system
 * issue; a missing module is CPython's ModuleNotFoundError.
 */
public final class Importer {
  private Importer() {}

  /** __import__(name, globals, fromlist, level) as IMPORT_NAME uses it. */
  public static Object importName(String name, PyDict globals, Object fromlist, long level) {
    if (level > 0) {
      throw Errors.raise(Types.IMPORT_ERROR,
          "attempted relative import with no known parent package");
    }
    String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    PyModule mod = load(top);
    if (!name.equals(top)) {
      throw Errors.raise(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name
          + "'; '" + top + "' is not a package");
    }
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
    Object path = Sys.MODULE.dict.getStr("path");
    Object[] dirs = path instanceof PyList l ? l.toArray() : new Object[0];
    for (Object dir : dirs) {
      Path file = Path.of(dir instanceof String s && !s.isEmpty() ? s : ".").resolve(name + ".py");
      if (Files.isRegularFile(file)) {
        return runFile(name, file);
      }
    }
    PyBaseException e = new PyBaseException(Types.MODULE_NOT_FOUND_ERROR,
        "No module named '" + name + "'");
    e.dict.put("name", name);
    throw new PyException(e);
  }

  private static PyModule runFile(String name, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Errors.raise(Types.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
    }
    String filename = file.toAbsolutePath().toString();
    PyDict globals = new PyDict();
    globals.put("__name__", name);
    globals.put("__file__", filename);
    globals.put("__doc__", PySingleton.NONE);
    PyModule mod = new PyModule(name, globals);
    Sys.MODULES.put(name, mod);
    try {
      CodeObject code = CodeGen.compileModule(Parser.parseModule(bytes, filename,
          WarningListener.IGNORE), filename);
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
    if (v == null) {
      String modName = module instanceof PyModule m ? m.name : "?";
      Object file = module instanceof PyModule m ? m.dict.getStr("__file__") : null;
      throw Errors.raise(Types.IMPORT_ERROR, "cannot import name '" + name + "' from '"
          + modName + "' (" + (file == null ? "unknown location" : Ops.str(file)) + ")");
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
