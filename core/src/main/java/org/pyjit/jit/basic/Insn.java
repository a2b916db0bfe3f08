package org.pyjit.jit.basic;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One IR instruction: an operation, its destination (or null), its sources, an immediate
 * (an int, a double's bits, a comparison kind or a parameter number), branch targets for
 * terminators, and the source line it comes from.
 */
public final class Insn {
  public final Op op;
  public final VReg dst;
  public final VReg[] srcs;
  public final long imm;
  /** JMP: targets[0]; BR: targets[0] when src is true, targets[1] when false. */
  public final Block[] targets;
  /** MATH: the libm symbol; CALL: the callee's display name. */
  public final String symbol;
  /** CALL: the callee ({@link CallTarget}). */
  public final CallTarget callee;
  public final int line;

  Insn(Op op, VReg dst, VReg[] srcs, long imm, Block[] targets, String symbol,
      CallTarget callee, int line) {
    this.op = op;
    this.dst = dst;
    this.srcs = srcs;
    this.imm = imm;
    this.targets = targets;
    this.symbol = symbol;
    this.callee = callee;
    this.line = line;
  }

  public Op.Cmp cmp() {
    return Op.Cmp.values()[(int) imm];
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (dst != null) {
      sb.append(dst).append(" = ");
    }
    sb.append(op.name().toLowerCase());
    if (op == Op.ICMP || op == Op.FCMP) {
      sb.append('.').append(cmp().name().toLowerCase());
    }
    if ((op == Op.LLOAD || op == Op.LSTORE) && imm == 1) {
      sb.append(".inrange");
    }
    if ((op == Op.IADD || op == Op.ISUB) && imm == 1) {
      sb.append(".nowrap");
    }
    if (op == Op.CALL && imm == 1) {
      sb.append(".pastbase");
    }
    if (symbol != null) {
      sb.append(' ').append(symbol);
    }
    if (srcs.length > 0) {
      sb.append(' ').append(Arrays.stream(srcs).map(String::valueOf)
          .collect(Collectors.joining(", ")));
    }
    if (op == Op.CONST) {
      sb.append(' ').append(dst.isFloat() ? String.valueOf(Double.longBitsToDouble(imm))
          : String.valueOf(imm));
    } else if (op == Op.PARAM || op == Op.FROUND) {
      sb.append(' ').append(imm);
    }
    for (Block t : targets) {
      sb.append(' ').append(t.name());
    }
    return sb.toString();
  }
}
