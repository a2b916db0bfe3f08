package org.pyjit.jit.uop;

/** Properties of a uop that the optimizer, the executors and the backends rely on. */
public enum UopFlag {
  /**
   * Leaves through its exit operand on a branch-like condition (a guard on a value); the
   * exit counts its hits and may be linked to a side trace.
   */
  HAS_EXIT,
  /**
   * Leaves through its exit operand when the operation would raise or leave the fast path
   * (overflow, zero divisor, index out of range, interrupt, budget); the interpreter must
   * redo the instruction, so such an exit is never linked.
   */
  HAS_DEOPT,
  /** Has a target operand: control may continue at another uop of the trace. */
  HAS_JUMP,
  /** Control never continues with the next uop. */
  TERMINATOR,
  /** Writes only its OUT slots, never exits: may be folded, moved or removed when dead. */
  PURE,
  /** Native-capable: the copy-and-patch backend has a stencil for it. */
  NATIVE,
  /** Calls a C library function (libm): the backend needs the function's address. */
  CALLS_HELPER
}
