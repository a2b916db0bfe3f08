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

  /** sys.builtin_module_names, sorted as CPython sorts them; sys and builtins included. */
  public static final String[] NAMES = {
      "_array", "_binascii", "_bisect", "_collections", "_functools", "_hashlib", "_heapq",
      "_imp", "_io", "_itertools", "_json", "_operator", "_pyjit_help", "_pyjit_traceback",
      "_random", "_sre", "_statistics", "_string", "_struct", "_subprocess", "_weakref",
      "_zlib", "builtins", "cmath", "gc", "math", "posix", "pyjit", "sys", "time",
  };

  /** Whether {@code name} is a built-in module (found before sys.path). */
  static boolean exists(String name) {
    return java.util.Arrays.binarySearch(NAMES, name) >= 0;
  }

  /** Built-in module {@code name} (made on its first import), or null when there is none. */
  static PyModule load(String name) {
    return switch (name) {
      case "sys" -> Sys.module();
      case "builtins" -> (PyModule) Sys.MODULES.get("builtins");
      case "_json" -> org.pyjit.modules.JsonModule.module();
      case "_struct" -> org.pyjit.modules.StructModule.module();
      case "_statistics" -> org.pyjit.modules.StatisticsModule.module();
      case "_array" -> org.pyjit.modules.ArrayModule.module();
      case "_collections" -> org.pyjit.modules.CollectionsModule.module();
      case "math" -> MathModule.module();
      case "cmath" -> org.pyjit.modules.CmathModule.module();
      case "pyjit" -> org.pyjit.jit.basic.PyjitModule.module();
      case "gc" -> GcModule.module();
      case "_io" -> org.pyjit.modules.IoModule.module();
      case "_pyjit_traceback" -> org.pyjit.modules.TracebackSupport.module();
      case "posix" -> org.pyjit.modules.PosixModule.module();
      case "time" -> org.pyjit.modules.TimeModule.module();
      case "_weakref" -> WeakRefs.module();
      case "_random" -> org.pyjit.modules.RandomModule.module();
      case "_sre" -> org.pyjit.modules.SreModule.module();
      case "_string" -> org.pyjit.modules.StringModule.module();
      case "_pyjit_help" -> Importer.runResource(name);
      case "_imp" -> org.pyjit.modules.ImpModule.module();
      case "_heapq" -> org.pyjit.modules.HeapqModule.module();
      case "_bisect" -> org.pyjit.modules.BisectModule.module();
      case "_operator" -> org.pyjit.modules.OperatorModule.module();
      case "_functools" -> org.pyjit.modules.FunctoolsModule.module();
      case "_itertools" -> org.pyjit.modules.ItertoolsModule.module();
      case "_binascii" -> org.pyjit.modules.BinasciiModule.module();
      case "_hashlib" -> org.pyjit.modules.HashlibModule.module();
      case "_subprocess" -> org.pyjit.modules.SubprocessModule.module();
      case "_zlib" -> org.pyjit.modules.ZlibModule.module();
      default -> null;
    };
  }
}
