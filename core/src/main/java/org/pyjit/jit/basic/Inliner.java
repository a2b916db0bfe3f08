package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inlining in the IR, before register allocation. First, calls of small leaf callees
 * (other compiled signatures that make no calls) are replaced by copies of their IR
 * ({@link #inlineLeaves}). Then a small self-recursive function is inlined into itself,
 * one level deep by default ({@link #DEPTH}): each call of the function by itself (same
 * signature) is replaced by a copy of the function's body as it was before this pass, whose
 * own self-calls stay calls (or are replaced again, one level per round). A doubly
 * recursive function then makes about a third of the native calls, each doing the work of
 * two levels (the prologue, epilogue, stack check and status test of the others are gone).
 * Last, each self-call left tests the callee's base case ({@link BaseCase}) on its
 * arguments first and calls only when it fails, entering the callee past its own test.
 *
 * <p>The copy: fresh virtual registers for every one it uses, PARAM k a move from the call's
 * argument k, RET v a move to the call's destination and a jump to the rest of the calling
 * block (the copy's returns placed last), DEOPT unchanged. A guard failing in the copy
 * deopts the whole call, as the callee's status did; the re-run in the interpreter makes
 * the copy invisible. Only the stack check of the inlined level is not made: instead the
 * function's frame takes the stack of one more frame per level
 * ({@link IrFunction#inlinedLevels}), so native recursion reaches the stack limit (and the
 * interpreter takes over, raising RecursionError where CPython does) at the same Python
 * depth as without inlining.
 */
final class Inliner {
  /** Functions larger than this (in instructions) are left alone: code size. */
  static final int MAX_INSNS = 60;
  /** At most this many self-calls are inlined (each copy is the whole function). */
  static final int MAX_CALLS = 4;
  /** Levels of self-recursion inlined (-Dpyjit.jit.inlineDepth). */
  static final int DEPTH = Integer.getInteger("pyjit.jit.inlineDepth", 1);
  /** No further level is inlined when the function would grow past this size. */
  static final int MAX_TOTAL_INSNS = 800;

  private Inliner() {}

  /** Leaf callees (no calls of their own) up to this size are inlined into their callers. */
  static final int MAX_LEAF_INSNS = 40;

  static void inline(IrFunction fn) {
    inlineLeaves(fn);
    BaseCase base = fn.baseCase;
    inlineSelf(fn);
    if (base != null) {
      for (Insn call : selfCalls(fn)) {
        testBaseCaseFirst(fn, host(fn, call), call, base);
      }
    }
  }

  private static List<Insn> selfCalls(IrFunction fn) {
    List<Insn> calls = new ArrayList<>();
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.CALL && i.callee.self()) {
          calls.add(i);
        }
      }
    }
    return calls;
  }

  private static Block host(IrFunction fn, Insn insn) {
    for (Block b : fn.blocks) {
      if (b.insns.contains(insn)) {
        return b;
      }
    }
    throw new IllegalStateException("instruction not found");
  }

  private static void inlineSelf(IrFunction fn) {
    int size = 0;
    for (Block b : fn.blocks) {
      size += b.insns.size();
    }
    List<Insn> selfCalls = selfCalls(fn);
    if (selfCalls.isEmpty() || selfCalls.size() > MAX_CALLS || size > MAX_INSNS) {
      return;
    }
    // the body as it is now: inlining one call splits its block, the next copy must not see it
    Map<Block, List<Insn>> original = new java.util.LinkedHashMap<>();
    for (Block b : fn.blocks) {
      original.put(b, List.copyOf(b.insns));
    }
    for (int level = 1; level <= DEPTH && !selfCalls.isEmpty()
        && size * (1 + selfCalls.size()) <= MAX_TOTAL_INSNS; level++) {
      for (Insn call : selfCalls) {
        inlineCall(fn, original, call);
      }
      fn.inlinedLevels = level;
      selfCalls = selfCalls(fn);
      size = 0;
      for (Block b : fn.blocks) {
        size += b.insns.size();
      }
    }
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

  /**
   * A self-call whose callee would take its early return ({@link BaseCase}) is not made:
   * the call site tests the base case on the arguments and takes the returned value
   * (a parameter's argument or the constant) itself. Most calls of a doubly recursive
   * function such as fib are such leaves.
   */
  private static void testBaseCaseFirst(IrFunction fn, Block host, Insn call, BaseCase base) {
    int at = host.insns.indexOf(call);
    Block rest = fn.newBlock();
    rest.insns.addAll(host.insns.subList(at + 1, host.insns.size()));
    host.insns.subList(at, host.insns.size()).clear();
    // the base case's value first, then the call only when the test fails: in layout
    // order neither the value nor the argument is live across the call
    if (base.retParam() >= 0) {
      host.insns.add(IrFunction.insn(Op.MOV, call.dst, new VReg[] {call.srcs[base.retParam()]},
          0, new Block[0], null, null, call.line));
    } else {
      host.insns.add(IrFunction.insn(Op.CONST, call.dst, new VReg[0], base.retConst(),
          new Block[0], null, null, call.line));
    }
    VReg right;
    if (base.rightParam() >= 0) {
      right = call.srcs[base.rightParam()];
    } else {
      right = fn.newVReg(ValueType.INT, null);
      host.insns.add(IrFunction.insn(Op.CONST, right, new VReg[0], base.rightConst(),
          new Block[0], null, null, call.line));
    }
    VReg test = fn.newVReg(ValueType.BOOL, null);
    host.insns.add(IrFunction.insn(Op.ICMP, test,
        new VReg[] {call.srcs[base.left()], right}, base.cmp().ordinal(), new Block[0], null,
        null, call.line));
    Block calling = fn.newBlock();
    host.insns.add(IrFunction.insn(Op.BR, null, new VReg[] {test}, 0,
        base.onTrue() ? new Block[] {rest, calling} : new Block[] {calling, rest}, null, null,
        call.line));
    // imm = 1: the callee is entered past its own test of the base case (CodeGen)
    calling.insns.add(IrFunction.insn(Op.CALL, call.dst, call.srcs, 1, call.targets,
        call.symbol, call.callee, call.line));
    calling.insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0, new Block[] {rest}, null,
        null, call.line));
    fn.blocks.addAll(fn.blocks.indexOf(host) + 1, List.of(calling, rest));
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
    Block host = host(fn, call);
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
    List<Block> returns = new ArrayList<>();
    for (Map.Entry<Block, List<Insn>> e : original.entrySet()) {
      Block c = blocks.get(e.getKey());
      // the copy's returns last, next to the rest: the call's destination, which they
      // assign, is then not live across the copy's own calls
      (e.getValue().getLast().op == Op.RET ? returns : copies).add(c);
      for (Insn i : e.getValue()) {
        c.insns.addAll(copy(fn, i, call, regs, blocks, rest));
      }
    }
    host.insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0,
        new Block[] {blocks.get(original.keySet().iterator().next())}, null, null, call.line));
    int pos = fn.blocks.indexOf(host) + 1;
    List<Block> placed = new ArrayList<>(copies);
    placed.addAll(returns);
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
