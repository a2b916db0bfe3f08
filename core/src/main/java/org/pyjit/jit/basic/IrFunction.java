package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.List;

/**
 * A function in the typed IR: its blocks in layout order (the first is the entry), its
 * virtual registers, the types of its parameters and of its result. Built by
 * {@link IrBuilder}, or by hand in tests through the emit methods.
 */
public final class IrFunction {
  public final String name;
  public final List<ValueType> paramTypes;
  public ValueType returnType;
  public final List<Block> blocks = new ArrayList<>();
  public final List<VReg> vregs = new ArrayList<>();
  /**
   * How many levels of its self-calls were inlined ({@link Inliner}): a native frame then
   * stands for that many Python calls more and is given their stack.
   */
  public int inlinedLevels;
  /**
   * Its base case, when simple ({@link BaseCase}), found before any transformation: what
   * it returns for arguments passing the test, however the body is rewritten later.
   */
  public BaseCase baseCase;

  public IrFunction(String name, List<ValueType> paramTypes) {
    this.name = name;
    this.paramTypes = List.copyOf(paramTypes);
  }

  public VReg newVReg(ValueType type, String localName) {
    VReg v = new VReg(vregs.size(), type, localName);
    vregs.add(v);
    return v;
  }

  /** A new block, not yet placed in the layout ({@link #place}). */
  public Block newBlock() {
    return new Block(nextBlockId++);
  }

  private int nextBlockId;

  /** Appends a block to the layout. */
  public void place(Block b) {
    blocks.add(b);
  }

  public Insn emit(Block b, Op op, VReg dst, long imm, VReg... srcs) {
    Insn i = new Insn(op, dst, srcs, imm, new Block[0], null, null, 0);
    b.insns.add(i);
    return i;
  }

  public static Insn insn(Op op, VReg dst, VReg[] srcs, long imm, Block[] targets,
      String symbol, CallTarget callee, int line) {
    return new Insn(op, dst, srcs, imm, targets, symbol, callee, line);
  }

  /** The IR as text, one instruction a line (for dumps and test failures). */
  public String dump() {
    StringBuilder sb = new StringBuilder("function " + name + paramTypes + " -> "
        + returnType + "\n");
    for (Block b : blocks) {
      sb.append(b.name()).append(":\n");
      for (Insn i : b.insns) {
        sb.append("  ").append(i).append('\n');
      }
    }
    return sb.toString();
  }
}
