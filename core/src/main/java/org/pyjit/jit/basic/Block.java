package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.List;

/** A basic block: instructions ending with exactly one terminator. */
public final class Block {
  public final int id;
  public final List<Insn> insns = new ArrayList<>();

  Block(int id) {
    this.id = id;
  }

  public String name() {
    return "B" + id;
  }

  public Insn terminator() {
    return insns.isEmpty() ? null : insns.getLast();
  }

  public boolean isTerminated() {
    Insn t = terminator();
    return t != null && t.op.isTerminator();
  }

  /** The blocks control may go to next. */
  public List<Block> successors() {
    Insn t = terminator();
    return t == null ? List.of() : List.of(t.targets);
  }
}
