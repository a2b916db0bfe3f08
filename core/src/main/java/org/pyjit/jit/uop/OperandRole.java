package org.pyjit.jit.uop;

/**
 * How a uop uses one of its operands. The slot roles are the uop's stack effect: the tier-2
 * optimizer assigns every Python local and every value-stack entry a frame slot, so a uop
 * reads its inputs from slots and writes its results to slots instead of popping and pushing.
 */
public enum OperandRole {
  /** A frame slot index the uop reads. */
  IN("in"),
  /** A frame slot index the uop writes (only after every guard of the uop has passed). */
  OUT("out"),
  /** A frame slot index the uop reads and writes. */
  INOUT("inout"),
  /** A 64-bit immediate: an i64, or the bits of an f64 when the kind is F64. */
  IMM("imm"),
  /** A position in the trace (a label in the text form, a uop index once parsed). */
  TARGET("target"),
  /** An index into the trace's exit table. */
  EXIT("exit");

  private final String text;

  OperandRole(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Whether the operand is a frame slot index. */
  public boolean isSlot() {
    return this == IN || this == OUT || this == INOUT;
  }
}
