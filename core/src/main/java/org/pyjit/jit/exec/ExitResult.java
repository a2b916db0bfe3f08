package org.pyjit.jit.exec;

import org.pyjit.jit.uop.ExitInfo;

/**
 * Where a run of an executor ended: the executor that owns the exit taken (the entered one
 * or a linked side executor), the exit's index in its trace, and why.
 */
public record ExitResult(Executor executor, int exit, ExitReason reason) {
  /** The bytecode to resume at and where each live value is. */
  public ExitInfo resume() {
    return executor.trace().exits().get(exit);
  }
}
