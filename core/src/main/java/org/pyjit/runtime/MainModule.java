package org.pyjit.runtime;

/**
 * What {@code pyjit -m NAME} runs, found as CPython's runpy finds it: NAME's parent packages
 * are imported (their code runs), NAME's spec is found without importing NAME itself, and a
 * package stands for its NAME.__main__ submodule. What cannot be run is an {@link Error}
 * carrying runpy's message; an exception raised by a parent package's code propagates.
 */
public final class MainModule {
  private MainModule() {}

  /** A module that cannot be run as __main__, with runpy's message. */
  public static final class Error extends Exception {
    Error(String message) {
      super(message, null, false, false);
    }
  }

  /** The spec of the module to run for {@code pyjit -m name}. */
  public static Object spec(String name) throws Error {
    if (name.startsWith(".")) {
      throw new Error("Relative module names not supported");
    }
    int dot = name.lastIndexOf('.');
    Object path = null;
    if (dot > 0) {
      String parent = name.substring(0, dot);
      Object pkg;
      try {
        pkg = Importer.gcdImport(parent);
      } catch (PyException e) {
        Object missing = e.value.dict.getStr("name");
        boolean parentMissing = e.value.type().isSubtypeOf(Types.IMPORT_ERROR)
            && missing instanceof String m && (m.equals(parent) || parent.startsWith(m + "."));
        if (!parentMissing) {
          throw e;
        }
        throw findingError(name, e.value);
      }
      path = Ops.getattrOrNull(pkg, "__path__");
      if (path == null) {
        String message = "Error while finding module specification for " + Ops.repr(name)
            + " (ModuleNotFoundError: __path__ attribute not found on " + Ops.repr(parent)
            + " while trying to find " + Ops.repr(name) + ")";
        if (name.endsWith(".py")) {
          message += ". Try using '" + name.substring(0, name.length() - 3) + "' instead of '"
              + name + "' as the module name.";
        }
        throw new Error(message);
      }
    }
    Object spec = Sys.MODULES.get(name) instanceof Object m && m != PySingleton.NONE
        ? Ops.getattrOrNull(m, "__spec__") : null;
    if (spec == null || spec == PySingleton.NONE) {
      spec = Importer.findSpec(name, path);
    }
    if (spec == null || spec == PySingleton.NONE) {
      throw new Error("No module named " + name);
    }
    if (ModuleSpecs.attr(spec, "submodule_search_locations") != PySingleton.NONE) {
      if (name.equals("__main__") || name.endsWith(".__main__")) {
        throw new Error("Cannot use package as __main__ module");
      }
      try {
        return spec(name + ".__main__");
      } catch (Error e) {
        throw new Error(e.getMessage() + "; " + Ops.repr(name)
            + " is a package and cannot be directly executed");
      }
    }
    if (ModuleSpecs.attr(spec, "loader") == PySingleton.NONE
        || Types.typeOf(ModuleSpecs.attr(spec, "loader")) != ModuleSpecs.SOURCE_FILE_LOADER) {
      throw new Error(ModuleSpecs.attr(spec, "loader") == PySingleton.NONE
          ? Ops.repr(name) + " is a namespace package and cannot be executed"
          : "No code object available for " + name);
    }
    return spec;
  }

  private static Error findingError(String name, PyBaseException e) {
    return new Error("Error while finding module specification for " + Ops.repr(name) + " ("
        + e.type().name + ": " + Ops.str(e) + ")");
  }
}
