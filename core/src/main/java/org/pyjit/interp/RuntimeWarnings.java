package org.pyjit.interp;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyTuple;

/**
 * The DeprecationWarnings the runtime raises while a program runs ({@code ~True}, a
 * {@code __float__} returning a float subclass, int() delegating to {@code __trunc__}),
 * shown as CPython 3.13's default warning filters show them: only for code whose globals
 * are the {@code __main__} module's, once per message and line (the module's
 * {@code __warningregistry__}, CPython's own registry, records what was shown), on
 * sys.stderr as {@code <file>:<line>: DeprecationWarning: <message>} and the source line.
 * Once a program has imported the {@code warnings} module, the warning goes to its
 * warn_explicit instead (with the frame's module name, registry and globals), so that its
 * filters decide: "ignore" silences it, "error" raises it from the instruction.
 *
 * <p>Contract: {@link #deprecation} returns normally unless a warnings filter turns the
 * warning into an error;
 * the line is the innermost frame's current one (its pc: the interpreter records it before
 * the instructions that can warn, calls and UNARY_INVERT).
 */
public final class RuntimeWarnings {
  private RuntimeWarnings() {}

  /** The program's warnings module when it has imported it, else null. */
  static Object warningsModule() {
    return org.pyjit.runtime.Sys.MODULES.getStr("warnings");
  }

  /** A DeprecationWarning raised by the instruction being run. */
  public static void deprecation(String message) {
    deprecation(message, 1);
  }

  /**
   * A DeprecationWarning attributed to the frame stacklevel-1 calls out from the innermost
   * (warnings.warn's stacklevel: 2 is the caller of the Python function that warns).
   */
  public static void deprecation(String message, int stacklevel) {
    Frame f = ThreadState.current().currentFrame();
    for (int i = 1; i < stacklevel && f != null; i++) {
      f = f.previous();
    }
    if (f != null && warningsModule() instanceof org.pyjit.runtime.PyModule w
        && w.dict.getStr("warn_explicit") instanceof Object warnExplicit) {
      CodeObject co = f.code;
      int pc = Math.max(0, Math.min(f.yielded ? f.resumeAt - 1 : f.pc, co.lines.length - 1));
      Object registry = f.globals.getStr("__warningregistry__");
      if (!(registry instanceof PyDict)) {
        registry = new PyDict();
        f.globals.put("__warningregistry__", registry);
      }
      Object name = f.globals.getStr("__name__");
      org.pyjit.runtime.Ops.call(warnExplicit, new Object[] {message,
          org.pyjit.runtime.Builtins.dict(null).getStr("DeprecationWarning"), co.filename,
          (long) co.lines[pc], name == null ? org.pyjit.runtime.PySingleton.NONE : name,
          registry, f.globals}, null);
      return;
    }
    if (f == null || !"__main__".equals(f.globals.getStr("__name__"))) {
      return; // CPython's filters ignore DeprecationWarning outside __main__
    }
    CodeObject co = f.code;
    int pc = Math.max(0, Math.min(f.yielded ? f.resumeAt - 1 : f.pc, co.lines.length - 1));
    int line = co.lines[pc];
    Object category = org.pyjit.runtime.Builtins.dict(null).getStr("DeprecationWarning");
    PyDict registry;
    if (f.globals.getStr("__warningregistry__") instanceof PyDict d) {
      registry = d;
    } else {
      registry = new PyDict();
      registry.put("version", 0L);
      f.globals.put("__warningregistry__", registry);
    }
    PyTuple key = PyTuple.of(message, category, (long) line);
    if (registry.get(key) != null) {
      return;
    }
    registry.put(key, Boolean.TRUE);
    Exec.warningsTo(co.filename).warning("DeprecationWarning", message, line);
  }
}
