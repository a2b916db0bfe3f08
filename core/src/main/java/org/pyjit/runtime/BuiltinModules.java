package org.pyjit.runtime;

/**
 * The modules built into pyjit (CPython's sys.builtin_module_names): written in Java, or
 * in Python and frozen (kept as resources, see {@link Importer#runResource}), found before
 * sys.path as CPython finds its built-in and frozen modules. Everything else of the standard
 * library is Python on sys.path ({@link Library}). One table: {@link #NAMES} (sorted) and
 * {@link #load} list the same modules, which BuiltinModulesTest checks.
 */
public final class BuiltinModules {
  private BuiltinModules() {}

  /** sys.builtin_module_names, sorted as CPython sorts them; sys itself included. */
  public static final String[] NAMES = {
      "_pyjit_help", "_sre", "_weakref", "gc", "math", "pyjit", "sys",
  };

  /** Built-in module {@code name} (made on its first import), or null when there is none. */
  static PyModule load(String name) {
    return switch (name) {
      case "math" -> MathModule.module();
      case "pyjit" -> org.pyjit.jit.basic.PyjitModule.module();
      case "gc" -> GcModule.module();
      case "_weakref" -> WeakRefs.module();
      case "_sre" -> org.pyjit.modules.SreModule.module();
      case "_pyjit_help" -> Importer.runResource(name);
      default -> null;
    };
  }
}
