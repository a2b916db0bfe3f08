package org.pyjit.jit.uop;

import static org.pyjit.jit.uop.Operand.exit;
import static org.pyjit.jit.uop.Operand.imm;
import static org.pyjit.jit.uop.Operand.in;
import static org.pyjit.jit.uop.Operand.inout;
import static org.pyjit.jit.uop.Operand.out;
import static org.pyjit.jit.uop.Operand.target;
import static org.pyjit.jit.uop.UopFlag.CALLS_HELPER;
import static org.pyjit.jit.uop.UopFlag.HAS_DEOPT;
import static org.pyjit.jit.uop.UopFlag.HAS_EXIT;
import static org.pyjit.jit.uop.UopFlag.HAS_JUMP;
import static org.pyjit.jit.uop.UopFlag.NATIVE;
import static org.pyjit.jit.uop.UopFlag.PURE;
import static org.pyjit.jit.uop.UopFlag.TERMINATOR;
import static org.pyjit.jit.uop.ValueKind.ANY;
import static org.pyjit.jit.uop.ValueKind.BOOL;
import static org.pyjit.jit.uop.ValueKind.F64;
import static org.pyjit.jit.uop.ValueKind.I64;
import static org.pyjit.jit.uop.ValueKind.LIST;
import static org.pyjit.jit.uop.ValueKind.RANGE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one definition of every tier-2 micro-op: its name (CPython's style), its operands in
 * order (their roles are the stack effect) and its flags. The uop interpreter, the trace
 * parser and printer, the random trace generator and the C header the stencils include
 * ({@link UopHeader}) all read this table; docs/internals/tier2.md gives each uop's exact
 * semantics and a test checks that it lists exactly these uops with these operands.
 *
 * <p>Contract. Uops work on unboxed values in 8-byte frame slots (see {@link ValueKind}). A
 * uop with an exit operand checks every condition under which it would exit before it
 * writes anything: when it exits, the frame, the lists and the state are exactly as before
 * the uop. The ordinal is the uop's number in the C header; append new uops at the end of a
 * group only if the stencils are regenerated (the header's staleness test says so).
 */
public enum Uop {
  // ---- moves and constants
  NOP(f(PURE, NATIVE)),
  LOAD_CONST_INT(f(PURE, NATIVE), out("d", I64), imm("value", I64)),
  LOAD_CONST_FLOAT(f(PURE, NATIVE), out("d", F64), imm("value", F64)),
  COPY(f(PURE, NATIVE), out("d", ANY), in("a", ANY)),

  // ---- int arithmetic (Python semantics on i64; exits where Python's result does not fit)
  BINARY_OP_ADD_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_SUBTRACT_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_MULTIPLY_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_FLOOR_DIVIDE_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_REMAINDER_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_TRUE_DIVIDE_INT(f(HAS_DEOPT, NATIVE), out("d", F64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_AND_INT(f(PURE, NATIVE), out("d", I64), in("a", I64), in("b", I64)),
  BINARY_OP_OR_INT(f(PURE, NATIVE), out("d", I64), in("a", I64), in("b", I64)),
  BINARY_OP_XOR_INT(f(PURE, NATIVE), out("d", I64), in("a", I64), in("b", I64)),
  BINARY_OP_LSHIFT_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  BINARY_OP_RSHIFT_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), in("b", I64), exit()),
  UNARY_NEGATIVE_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", I64), exit()),
  UNARY_INVERT_INT(f(PURE, NATIVE), out("d", I64), in("a", I64)),

  // ---- float arithmetic
  BINARY_OP_ADD_FLOAT(f(PURE, NATIVE), out("d", F64), in("a", F64), in("b", F64)),
  BINARY_OP_SUBTRACT_FLOAT(f(PURE, NATIVE), out("d", F64), in("a", F64), in("b", F64)),
  BINARY_OP_MULTIPLY_FLOAT(f(PURE, NATIVE), out("d", F64), in("a", F64), in("b", F64)),
  BINARY_OP_TRUE_DIVIDE_FLOAT(f(HAS_DEOPT, NATIVE), out("d", F64), in("a", F64), in("b", F64), exit()),
  BINARY_OP_FLOOR_DIVIDE_FLOAT(f(HAS_DEOPT, NATIVE), out("d", F64), in("a", F64), in("b", F64), exit()),
  BINARY_OP_REMAINDER_FLOAT(f(HAS_DEOPT, NATIVE), out("d", F64), in("a", F64), in("b", F64), exit()),
  UNARY_NEGATIVE_FLOAT(f(PURE, NATIVE), out("d", F64), in("a", F64)),

  // ---- conversions
  INT_TO_FLOAT(f(PURE, NATIVE), out("d", F64), in("a", I64)),
  FLOAT_TO_INT(f(HAS_DEOPT, NATIVE), out("d", I64), in("a", F64), exit()),

  // ---- comparisons (results are bools)
  COMPARE_LT_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64), in("b", I64)),
  COMPARE_LE_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64), in("b", I64)),
  COMPARE_EQ_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64), in("b", I64)),
  COMPARE_NE_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64), in("b", I64)),
  COMPARE_GT_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64), in("b", I64)),
  COMPARE_GE_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64), in("b", I64)),
  COMPARE_LT_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64), in("b", F64)),
  COMPARE_LE_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64), in("b", F64)),
  COMPARE_EQ_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64), in("b", F64)),
  COMPARE_NE_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64), in("b", F64)),
  COMPARE_GT_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64), in("b", F64)),
  COMPARE_GE_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64), in("b", F64)),

  // ---- truth
  TO_BOOL_INT(f(PURE, NATIVE), out("d", BOOL), in("a", I64)),
  TO_BOOL_FLOAT(f(PURE, NATIVE), out("d", BOOL), in("a", F64)),
  UNARY_NOT(f(PURE, NATIVE), out("d", BOOL), in("a", BOOL)),

  // ---- guards, branches, the back edge, the end
  GUARD_IS_TRUE(f(HAS_EXIT, NATIVE), in("a", BOOL), exit()),
  GUARD_IS_FALSE(f(HAS_EXIT, NATIVE), in("a", BOOL), exit()),
  JUMP_IF_TRUE(f(HAS_JUMP, NATIVE), in("a", BOOL), target()),
  JUMP_IF_FALSE(f(HAS_JUMP, NATIVE), in("a", BOOL), target()),
  JUMP(f(HAS_JUMP, TERMINATOR, NATIVE), target()),
  JUMP_BACKWARD(f(HAS_JUMP, HAS_DEOPT, TERMINATOR, NATIVE), target(), exit()),
  EXIT(f(HAS_EXIT, TERMINATOR, NATIVE), exit()),

  // ---- range iteration
  FOR_ITER_RANGE(f(HAS_JUMP, NATIVE), out("d", I64), inout("r", RANGE), target()),
  /** A range loop's back edge fused with its next iteration: JUMP_BACKWARD, then FOR_ITER_RANGE jumping back while r has values. */
  JUMP_BACKWARD_RANGE(f(HAS_JUMP, HAS_DEOPT, NATIVE), out("d", I64), inout("r", RANGE), target(), exit()),
  /**
   * An unrolled range loop's back edge into its group of {@code count} body copies: taken only
   * when all of them can run without a test (see docs/internals/tier2.md); otherwise the
   * JUMP_BACKWARD_RANGE after it takes the back edge exactly.
   */
  JUMP_RANGE_GROUP(f(HAS_JUMP, NATIVE), out("d", I64), inout("r", RANGE), imm("count", I64), target()),
  /** A back edge inside an unrolled group: JUMP_RANGE_GROUP's test made its checks. */
  ITER_NEXT_RANGE(f(NATIVE), out("d", I64), inout("r", RANGE)),

  // ---- numeric lists (storage of 8-byte elements; the index may be negative as in Python)
  LIST_LEN(f(PURE, NATIVE), out("d", I64), in("l", LIST)),
  BINARY_SUBSCR_LIST_INT(f(HAS_DEOPT, NATIVE), out("d", ANY), in("l", LIST), in("i", I64), exit()),
  STORE_SUBSCR_LIST_INT(f(HAS_DEOPT, NATIVE), in("v", ANY), in("l", LIST), in("i", I64), exit()),

  // ---- math (sqrt and fabs are instructions; the others call libm)
  MATH_SQRT(f(HAS_DEOPT, NATIVE), out("d", F64), in("a", F64), exit()),
  MATH_FABS(f(PURE, NATIVE), out("d", F64), in("a", F64)),
  MATH_SIN(f(HAS_DEOPT, NATIVE, CALLS_HELPER), out("d", F64), in("a", F64), exit()),
  MATH_COS(f(HAS_DEOPT, NATIVE, CALLS_HELPER), out("d", F64), in("a", F64), exit()),
  MATH_TAN(f(HAS_DEOPT, NATIVE, CALLS_HELPER), out("d", F64), in("a", F64), exit()),
  MATH_ATAN(f(PURE, NATIVE, CALLS_HELPER), out("d", F64), in("a", F64)),
  MATH_EXP(f(HAS_DEOPT, NATIVE, CALLS_HELPER), out("d", F64), in("a", F64), exit()),
  MATH_LOG(f(HAS_DEOPT, NATIVE, CALLS_HELPER), out("d", F64), in("a", F64), exit());

  private final Set<UopFlag> flags;
  private final List<Operand> operands;

  Uop(UopFlag[] flags, Operand... operands) {
    this.flags = flags.length == 0 ? EnumSet.noneOf(UopFlag.class) : EnumSet.of(flags[0], flags);
    this.operands = List.of(operands);
  }

  private static UopFlag[] f(UopFlag... flags) {
    return flags;
  }

  public Set<UopFlag> flags() {
    return flags;
  }

  public boolean has(UopFlag flag) {
    return flags.contains(flag);
  }

  public List<Operand> operands() {
    return operands;
  }

  public int arity() {
    return operands.size();
  }

  /** The index of the operand with this role, or -1 (a uop has at most one target and one exit). */
  public int operandIndex(OperandRole role) {
    for (int i = 0; i < operands.size(); i++) {
      if (operands.get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the uop may leave through its exit operand. */
  public boolean mayExit() {
    return has(HAS_EXIT) || has(HAS_DEOPT);
  }

  /** Whether the uop's exit, when taken, may continue in a linked side trace. */
  public boolean linkableExit() {
    return has(HAS_EXIT);
  }

  /** The signature as the text format and the docs write it: {@code NAME d, a, b, exit}. */
  public String signature() {
    StringBuilder sb = new StringBuilder(name());
    for (int i = 0; i < operands.size(); i++) {
      sb.append(i == 0 ? " " : ", ").append(operands.get(i).name());
    }
    return sb.toString();
  }

  public static Uop byName(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
