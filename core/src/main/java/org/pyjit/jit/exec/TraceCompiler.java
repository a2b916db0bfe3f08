package org.pyjit.jit.exec;

import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.Trace;

/**
 * A backend that turns a trace into runnable code; the copy-and-patch backend
 * (org.pyjit.jit.stencil) implements it. The exit table is the executor's: native exits
 * count hits in it and jump through its link slots (its address does not change while the
 * code lives). A backend that cannot compile a trace (a uop without a stencil, a value that
 * does not fit a hole, no executable memory) throws {@link TraceCompileException} after
 * freeing what it allocated; the executor then runs the trace in the interpreter.
 */
public interface TraceCompiler {
  TraceCode compile(Trace trace, ExitTable exits) throws TraceCompileException;

  /** A name for dumps and reports, e.g. "copy-and-patch". */
  String name();
}
