package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inlining in the IR, before register allocation. First, calls of small leaf callees
 * (other compiled signatures that make no calls) are replaced by copies of their IR
 * ({@link #inlineLeaves}). Then a small self-recursive function is inlined into itself,
 * one level deep: each call of the
 * function by itself (same signature) is replaced by a copy of the function's body as it
 * was before this pass, whose own self-calls stay calls. A doubly recursive function such
 * as fib then makes about a third of the native calls, each doing the work of two levels
 * (the prologue, epilogue, stack check and status test of the others are gone); gcc -O2
 * does the same and more.
 *
 * <p>The copy: fresh virtual registers for every one it uses, PARAM k a move from the call's
 * argument k, RET v a move to the call's destination and a jump to the rest of the calling
 * block, DEOPT unchanged. A guard failing in the copy deopts the whole call, as the callee's
 * status did; the re-run in the interpreter makes the copy invisible. Only the stack check
 * of the inlined level is not made: instead the function's frame takes the stack of two
 * ({@link IrFunction#inlinedSelf}), so native recursion reaches the stack limit (and the
 * interpreter takes over, raising RecursionError where CPython does) at the same Python
 * depth as without inlining.
 */
final class Inliner {
  /** Functions larger than this (in instructions) are left alone: code size. */
  static final int MAX_INSNS = 60;
  /** At most this many self-calls are inlined (each copy is the whole function). */
  static final int MAX_CALLS = 4;

  private Inliner() {}

  /** Leaf callees (no calls of their own) up to this size are inlined into their callers. */
  static final int MAX_LEAF_INSNS = 40;

  static void inline(IrFunction fn) {
    inlineLeaves(fn);
    int size = 0;
    List<Insn> selfCalls = new ArrayList<>();
    for (Block b : fn.blocks) {
      size += b.insns.size();
      for (Insn i : b.insns) {
        if (i.op == Op.CALL && i.callee.self()) {
          selfCalls.add(i);
        }
      }
    }
    if (selfCalls.isEmpty() || selfCalls.size() > MAX_CALLS || size > MAX_INSNS) {
      return;
    }
    // the body as it is now: inlining one call splits its block, the next copy must not see it
    Map<Block, List<Insn>> original = new java.util.LinkedHashMap<>();
    for (Block b : fn.blocks) {
      original.put(b, List.copyOf(b.insns));
    }
    for (Insn call : selfCalls) {
      inlineCall(fn, original, call);
    }
    fn.inlinedSelf = true;
  }

  /**
   * Calls of other compiled functions that make no calls themselves and are small (such as
   * spectral norm's {@code a(i, j)}) are replaced by a copy of the callee's IR, as for
   * self-calls. A callee that calls anything is left a call: its own self-calls would
   * refer to the wrong function in a copy.
   */
  private static void inlineLeaves(IrFunction fn) {
    List<Insn> calls = new ArrayList<>();
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.CALL && !i.callee.self() && isSmallLeaf(i.callee.variant().ir)) {
          calls.add(i);
        }
      }
    }
    for (Insn call : calls) {
      Map<Block, List<Insn>> body = new java.util.LinkedHashMap<>();
      for (Block b : call.callee.variant().ir.blocks) {
        body.put(b, b.insns);
      }
      inlineCall(fn, body, call);
    }
  }

  private static boolean isSmallLeaf(IrFunction callee) {
    if (callee == null) {
      return false;
    }
    int size = 0;
    for (Block b : callee.blocks) {
      size += b.insns.size();
      for (Insn i : b.insns) {
        if (i.op == Op.CALL) {
          return false;
        }
      }
    }
    return size <= MAX_LEAF_INSNS;
  }

  private static void inlineCall(IrFunction fn, Map<Block, List<Insn>> original, Insn call) {
    for (List<Insn> insns : original.values()) {
      for (Insn i : insns) {
        for (Block t : i.targets) {
          if (!original.containsKey(t)) {
            return; // a jump out of the body (never made by IrBuilder): left a call
          }
        }
      }
    }
    Block host = null;
    for (Block b : fn.blocks) {
      if (b.insns.contains(call)) {
        host = b;
        break;
      }
    }
    if (host == null) {
      throw new IllegalStateException("call not found");
    }
    int at = host.insns.indexOf(call);
    Block rest = fn.newBlock();
    rest.insns.addAll(host.insns.subList(at + 1, host.insns.size()));
    host.insns.subList(at, host.insns.size()).clear();
    Map<VReg, VReg> regs = new HashMap<>();
    Map<Block, Block> blocks = new HashMap<>();
    for (Block b : original.keySet()) {
      blocks.put(b, fn.newBlock());
    }
    List<Block> copies = new ArrayList<>();
    for (Map.Entry<Block, List<Insn>> e : original.entrySet()) {
      Block c = blocks.get(e.getKey());
      copies.add(c);
      for (Insn i : e.getValue()) {
        c.insns.addAll(copy(fn, i, call, regs, blocks, rest));
      }
    }
    host.insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0,
        new Block[] {blocks.get(original.keySet().iterator().next())}, null, null, call.line));
    int pos = fn.blocks.indexOf(host) + 1;
    List<Block> placed = new ArrayList<>(copies);
    placed.add(rest);
    fn.blocks.addAll(pos, placed);
  }

  private static List<Insn> copy(IrFunction fn, Insn i, Insn call, Map<VReg, VReg> regs,
      Map<Block, Block> blocks, Block rest) {
    return switch (i.op) {
      case PARAM -> List.of(IrFunction.insn(Op.MOV, reg(fn, i.dst, regs),
          new VReg[] {call.srcs[(int) i.imm]}, 0, new Block[0], null, null, i.line));
      case RET -> List.of(
          IrFunction.insn(Op.MOV, call.dst, new VReg[] {reg(fn, i.srcs[0], regs)}, 0,
              new Block[0], null, null, i.line),
          IrFunction.insn(Op.JMP, null, new VReg[0], 0, new Block[] {rest}, null, null,
              i.line));
      default -> {
        VReg[] srcs = new VReg[i.srcs.length];
        for (int k = 0; k < srcs.length; k++) {
          srcs[k] = reg(fn, i.srcs[k], regs);
        }
        Block[] targets = new Block[i.targets.length];
        for (int k = 0; k < targets.length; k++) {
          targets[k] = blocks.get(i.targets[k]);
        }
        yield List.of(IrFunction.insn(i.op, i.dst == null ? null : reg(fn, i.dst, regs), srcs,
            i.imm, targets, i.symbol, i.callee, i.line));
      }
    };
  }

  private static VReg reg(IrFunction fn, VReg v, Map<VReg, VReg> regs) {
    return regs.computeIfAbsent(v, o -> fn.newVReg(o.type, o.name == null ? null
        : o.name + "'"));
  }
}
