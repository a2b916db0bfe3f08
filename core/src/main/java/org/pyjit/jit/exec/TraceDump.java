package org.pyjit.jit.exec;

import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TracePrinter;

/**
 * The text of {@code pyjit --dump uops} (the trace in its text form, which parses back to
 * the same trace) and of {@code --dump asm} for a trace (the uops, then the machine code a
 * backend made of them, or why it could not).
 */
public final class TraceDump {
  private TraceDump() {}

  public static String uops(Trace trace) {
    return TracePrinter.print(trace);
  }

  /** Compiles the trace with the backend and shows its machine code after the uops. */
  public static String asm(Trace trace, TraceCompiler backend) {
    StringBuilder sb = new StringBuilder(TracePrinter.print(trace));
    try (Executor ex = Executor.create(trace, backend)) {
      if (ex.isNative()) {
        sb.append("# machine code (").append(backend.name()).append(")\n")
            .append(ex.disassembly());
      } else {
        sb.append("# not compiled: ")
            .append(ex.fallbackReason() == null ? "no native backend" : ex.fallbackReason())
            .append('\n');
      }
    }
    return sb.toString();
  }
}
