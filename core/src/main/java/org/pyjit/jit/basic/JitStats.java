package org.pyjit.jit.basic;

import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * {@code PYJIT_JIT_STATS=1}: one line on standard error per signature the @jit compiler
 * installs, {@code pyjit: jit: compiled NAME(TYPES) in N us}, N the microseconds from the
 * front end to installed code, not counting callees compiled meanwhile (each has its own
 * line). bench/jit/run parses this line for its compile-time column: keep the two in step.
 */
public final class JitStats {
  private JitStats() {}

  /** Where the lines go; null: none (the default unless PYJIT_JIT_STATS=1). */
  public static volatile PrintStream out =
      "1".equals(System.getenv("PYJIT_JIT_STATS")) ? System.err : null;

  static void compiled(Variant v, long ownNanos) {
    PrintStream o = out;
    if (o == null) {
      return;
    }
    String types = v.argTypes.stream().map(t -> t.pyName).collect(Collectors.joining(", "));
    o.println("pyjit: jit: compiled " + v.name + "(" + types + ") in " + ownNanos / 1000
        + " us");
    o.flush();
  }
}
