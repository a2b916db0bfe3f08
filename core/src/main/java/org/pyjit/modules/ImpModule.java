package org.pyjit.modules;

import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Importer;
import org.pyjit.runtime.ModuleSpecs;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Types;

/**
 * {@code _imp}: the import system's primitives, on which pyjit's importlib (Python, in the
 * library) is written. CPython's own functions of the module that programs may call are
 * here with their results for pyjit (no extension modules, no frozen modules, no import
 * lock to take: one thread imports); the rest, named with a leading underscore, are pyjit's
 * ways into {@link Importer}: finding a spec, importing by absolute name, making a module
 * from a spec and running a source file in it, so that importlib and the import statement
 * share one implementation.
 */
public final class ImpModule {
  private ImpModule() {}

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_imp");
    d.put("__doc__", "(Extremely) low-level import machinery bits as used by importlib.");
    d.put("ModuleSpec", ModuleSpecs.MODULE_SPEC);
    d.put("BuiltinImporter", ModuleSpecs.BUILTIN_IMPORTER);
    d.put("SourceFileLoader", ModuleSpecs.SOURCE_FILE_LOADER);
    d.put("NamespaceLoader", ModuleSpecs.NAMESPACE_LOADER);
    d.put("PathFinder", org.pyjit.runtime.ImportFinders.PATH_FINDER);
    d.put("FileFinder", org.pyjit.runtime.ImportFinders.FILE_FINDER);
    fn(d, "is_builtin", 1, a -> Importer.isBuiltin(str(a[0])) ? 1L : 0L);
    fn(d, "is_frozen", 1, a -> false);
    fn(d, "extension_suffixes", 0, a -> new PyList());
    fn(d, "acquire_lock", 0, a -> PySingleton.NONE);
    fn(d, "release_lock", 0, a -> PySingleton.NONE);
    fn(d, "lock_held", 0, a -> false);
    fn(d, "_find_spec", 2, a -> {
      Object spec = Importer.findSpec(str(a[0]), a[1]);
      return spec == null ? PySingleton.NONE : spec;
    });
    fn(d, "_gcd_import", 1, a -> Importer.gcdImport(str(a[0])));
    fn(d, "_module_from_spec", 1, a -> Importer.moduleFromSpec(a[0]));
    fn(d, "_init_module_attrs", 2, a -> {
      if (!(a[1] instanceof PyModule m)) {
        throw Errors.typeError("expected a module, not " + Types.typeOf(a[1]).name);
      }
      ModuleSpecs.initModuleAttrs(a[0], m, true);
      return PySingleton.NONE;
    });
    fn(d, "_cache_path", 1, a -> ModuleSpecs.cachePath(str(a[0])));
    fn(d, "_file_spec", 4, a -> ModuleSpecs.fileSpec(str(a[0]), str(a[1]),
        a[2] == PySingleton.NONE ? null : a[2],
        a[3] == PySingleton.NONE ? null : (PyList) a[3]));
    return new PyModule("_imp", d);
  }

  private static String str(Object o) {
    if (!(o instanceof String s)) {
      throw Errors.typeError("expected str, not " + Types.typeOf(o).name);
    }
    return s;
  }

  private static void fn(PyDict d, String name, int arity,
      java.util.function.Function<Object[], Object> body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> {
      if (ArgParser.nkw(k) > 0) {
        throw Errors.typeError(name + "() takes no keyword arguments");
      }
      if (a.length != arity) {
        throw Errors.typeError(name + " expected " + arity + " argument"
            + (arity == 1 ? "" : "s") + ", got " + a.length);
      }
      return body.apply(a);
    }));
  }
}
