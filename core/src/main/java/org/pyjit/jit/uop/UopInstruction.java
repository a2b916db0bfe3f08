package org.pyjit.jit.uop;

import java.util.Arrays;

/**
 * One uop of a trace with its operands, in the order of the uop's definition: slot indexes,
 * immediate bits (an f64 immediate is its raw IEEE bits), target uop indexes, exit indexes.
 */
public record UopInstruction(Uop uop, long[] args) {
  public UopInstruction {
    args = args.clone();
  }

  public static UopInstruction of(Uop uop, long... args) {
    return new UopInstruction(uop, args);
  }

  public long arg(int i) {
    return args[i];
  }

  @Override
  public long[] args() {
    return args.clone();
  }

  /** The operands without a copy, for the interpreter's loop (never modified). */
  long[] rawArgs() {
    return args;
  }

  /** The exit operand, or -1 if the uop has none. */
  public int exit() {
    int i = uop.operandIndex(OperandRole.EXIT);
    return i < 0 ? -1 : (int) args[i];
  }

  /** The target operand, or -1 if the uop has none. */
  public int target() {
    int i = uop.operandIndex(OperandRole.TARGET);
    return i < 0 ? -1 : (int) args[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UopInstruction u && u.uop == uop && Arrays.equals(u.args, args);
  }

  @Override
  public int hashCode() {
    return uop.hashCode() * 31 + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return uop + Arrays.toString(args);
  }
}
