package org.pyjit.interp;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyTuple;

/**
 * The DeprecationWarnings the runtime raises while a program runs ({@code ~True}, a
 * {@code __float__} returning a float subclass, int() delegating to {@code __trunc__}),
 * shown as CPython 3.13's default warning filters show them: only for code whose globals
 * are the {@code __main__} module's, once per message and line (the module's
 * {@code __warningregistry__}, CPython's own registry, records what was shown), on
 * sys.stderr as {@code <file>:<line>: DeprecationWarning: <message>} and the source line.
 * pyjit has no {@code warnings} module, so no filter can change this.
 *
 * <p>Contract: {@link #deprecation} returns normally (a warning never becomes an error);
 * the line is the innermost frame's current one, except that the interpreter does not
 * record the position of an instruction that calls no Python code (UNARY_INVERT), so a
 * warning raised by such an instruction names the line of the nearest instruction of that
 * kind at or after the last recorded one.
 */
public final class RuntimeWarnings {
  private RuntimeWarnings() {}

  /**
   * The frame and instruction of the last warning placed by {@link #nearest}, where the
   * next search in that frame starts: a program's {@code ~} on bools in a row each get their
   * own line although the frame's recorded position stays before them all.
   */
  private static java.lang.ref.WeakReference<Frame> lastFrame =
      new java.lang.ref.WeakReference<>(null);
  private static int lastIndex;

  /** A DeprecationWarning raised by the instruction being run. */
  public static void deprecation(String message) {
    warn(message, null);
  }

  /** A DeprecationWarning raised by an instruction of kind {@code op}, which keeps no pc. */
  public static void deprecation(String message, Opcode op) {
    warn(message, op);
  }

  private static void warn(String message, Opcode op) {
    Frame f = ThreadState.current().currentFrame();
    if (f == null || !"__main__".equals(f.globals.getStr("__name__"))) {
      return; // CPython's filters ignore DeprecationWarning outside __main__
    }
    CodeObject co = f.code;
    int pc = Math.max(0, Math.min(f.yielded ? f.resumeAt - 1 : f.pc, co.lines.length - 1));
    if (op != null) {
      Frame last = lastFrame.get();
      pc = nearest(co, last == f && lastIndex >= pc ? lastIndex + 1 : pc, op);
      lastFrame = new java.lang.ref.WeakReference<>(f);
      lastIndex = pc;
    }
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

  /** The first instruction of kind {@code op} at or after {@code from}, else the first. */
  private static int nearest(CodeObject co, int from, Opcode op) {
    int first = -1;
    for (int i = 0; i < co.code.length; i++) {
      if (Opcode.of(Opcode.opcodeOf(co.code[i])) == op) {
        if (i >= from) {
          return i;
        }
        if (first < 0) {
          first = i;
        }
      }
    }
    return first < 0 ? from : first;
  }
}
