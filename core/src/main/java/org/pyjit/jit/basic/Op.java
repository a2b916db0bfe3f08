package org.pyjit.jit.basic;

/**
 * The IR's operations. Each has Python's semantics for its operand types; where machine
 * arithmetic cannot give Python's result (overflow past 64 bits, a zero divisor, an inexact
 * conversion, a math domain error) the operation is a guard: it leaves the native code
 * with the deopt status and the interpreter runs the call again. {@link #GUARDS} marks them.
 */
public enum Op {
  /** dst = imm (an int/bool value or the bits of a double). */
  CONST(false),
  /** dst = src (same register class). */
  MOV(false),
  /** dst = argument number imm. */
  PARAM(false),
  /** imm = 1: proven not to overflow ({@link LowerBounds}), no guard. */
  IADD(true), ISUB(true), IMUL(true), INEG(true), IABS(true),
  /** Floor division and modulo toward minus infinity. */
  IFLOORDIV(true), IMOD(true),
  /** int ** int for a non-negative exponent. */
  IPOW(true),
  IAND(false), IOR(false), IXOR(false), IINVERT(false),
  ISHL(true), ISHR(true),
  IMIN(false), IMAX(false),
  /** int / int: exact operands (|x| <= 2**53) and a nonzero divisor. */
  ITRUEDIV(true),
  FADD(false), FSUB(false), FMUL(false), FDIV(true), FFLOORDIV(true), FMOD(true),
  FPOW(true), FNEG(false), FABS(false), FMIN(false), FMAX(false),
  /** int to float as Python's float(int) (rounding to nearest). */
  I2F(false),
  /** int to float for a comparison with a float: only when exact (|x| <= 2**53). */
  I2F_EXACT(true),
  /** int(float): truncation; NaN, infinities and results beyond 64 bits are guards. */
  F2I(true),
  /** math.floor/ceil/trunc of a float, as a float (imm: roundsd's mode). */
  FROUND(false),
  /** Integer comparison giving a bool; imm is the {@link Cmp}'s ordinal. */
  ICMP(false),
  /** Float comparison giving a bool (NaN compares unequal to everything). */
  FCMP(false),
  /** bool(int), bool(float). */
  ITRUTH(false), FTRUTH(false),
  /** not bool. */
  NOT(false),
  /** A math function of libm (symbol in {@link Insn#symbol}) with CPython's domain rules. */
  MATH(true),
  /** len(list): the length word of the list's copy. */
  LLEN(false),
  /**
   * list[index] (srcs: list, index): a negative index counts from the end; one still out of
   * range is a guard (IndexError in Python). imm = 1: the index is known to be in range.
   */
  LLOAD(true),
  /** list[index] = value (srcs: list, index, value; no dst): the index and imm as LLOAD's. */
  LSTORE(true),
  /** A call of a compiled @jit function; its guards propagate. */
  CALL(true),
  /** Guard: leave with the deopt status when the bool src is 0. */
  CHECK(true),
  /**
   * The native stack limit (r15) and its changes by an {@link AccumulatorLoop}: STKLIM
   * reads it into dst; STKBUMP raises it by one frame, as a call would use the stack, and
   * leaves with the stack-limit status when the stack pointer is below it; STKSET puts
   * back the value of src.
   */
  STKLIM(false), STKBUMP(true), STKSET(false),
  // terminators
  JMP(false), BR(false), RET(false), DEOPT(true);

  public final boolean guards;

  Op(boolean guards) {
    this.guards = guards;
  }

  public boolean isTerminator() {
    return this == JMP || this == BR || this == RET || this == DEOPT;
  }

  /** Comparison kinds of ICMP and FCMP. */
  public enum Cmp {
    EQ, NE, LT, LE, GT, GE
  }
}
