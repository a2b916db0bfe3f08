package org.pyjit.jit.exec;

/** Why a trace returned to Java. */
public enum ExitReason {
  /** A guard failed, an operation would raise, or the trace ended: resume in tier 1. */
  EXIT,
  /** The back edge found the budget spent: re-enter (after Java had its chance to run). */
  BUDGET,
  /** The back edge found the interrupt flag set: Java asked the trace to leave. */
  INTERRUPT
}
