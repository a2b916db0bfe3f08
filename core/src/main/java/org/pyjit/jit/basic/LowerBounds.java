package org.pyjit.jit.basic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the int subtractions of a positive constant that cannot overflow: where a branch
 * has shown the operand at least some bound k (the false side of {@code if n < 2}, the true
 * side of {@code if n >= 2}), {@code n - c} stays above the 64-bit minimum when k - c
 * does, and needs no overflow guard (imm = 1, {@code isub.nowrap} in the IR dump; so does
 * {@code n + c} for a negative c). Recursive functions such as fib compute {@code n - 1}
 * and {@code n - 2} right after their base case's test.
 *
 * <p>A forward data flow to a fixed point over the blocks: at each block's entry, the facts
 * "v >= k" true on every path into it (the intersection over its predecessors, the least
 * bound kept); a definition of v removes its fact, a move copies the source's; a branch on
 * an int comparison of v with a constant adds the fact its edge implies.
 */
final class LowerBounds {
  private LowerBounds() {}

  static void mark(IrFunction fn) {
    Map<VReg, Long> constants = singleConstants(fn);
    Map<Block, List<Block>> preds = new HashMap<>();
    for (Block b : fn.blocks) {
      for (Block s : b.successors()) {
        preds.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(b);
      }
    }
    // per block: the facts at its end, and the facts each edge out of it adds
    Map<Block, Map<VReg, Long>> in = new HashMap<>();
    Map<Block, Map<VReg, Long>> out = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : fn.blocks) {
        Map<VReg, Long> facts = entryFacts(fn, b, preds, out, constants);
        if (facts == null) {
          continue; // no predecessor visited yet
        }
        if (!facts.equals(in.get(b))) {
          in.put(b, facts);
          changed = true;
        }
        Map<VReg, Long> end = new HashMap<>(facts);
        for (Insn i : b.insns) {
          transfer(i, end);
        }
        out.put(b, end);
      }
    }
    for (Block b : fn.blocks) {
      Map<VReg, Long> facts = in.get(b);
      if (facts == null) {
        continue;
      }
      facts = new HashMap<>(facts);
      List<Insn> insns = b.insns;
      for (int k = 0; k < insns.size(); k++) {
        Insn i = insns.get(k);
        if ((i.op == Op.ISUB || i.op == Op.IADD) && i.imm == 0
            && constants.containsKey(i.srcs[1]) && facts.containsKey(i.srcs[0])) {
          long c = constants.get(i.srcs[1]);
          long down = i.op == Op.ISUB ? c : c == Long.MIN_VALUE ? 0 : -c;
          if (down > 0 && facts.get(i.srcs[0]) >= Long.MIN_VALUE + down) {
            insns.set(k, IrFunction.insn(i.op, i.dst, i.srcs, 1, i.targets, i.symbol,
                i.callee, i.line));
          }
        }
        transfer(i, facts);
      }
    }
  }

  private static Map<VReg, Long> entryFacts(IrFunction fn, Block b,
      Map<Block, List<Block>> preds, Map<Block, Map<VReg, Long>> out,
      Map<VReg, Long> constants) {
    if (b == fn.blocks.getFirst()) {
      return new HashMap<>();
    }
    Map<VReg, Long> meet = null;
    for (Block p : preds.getOrDefault(b, List.of())) {
      Map<VReg, Long> end = out.get(p);
      if (end == null) {
        continue; // not visited yet: no constraint (it will be, and the flow runs again)
      }
      Map<VReg, Long> edge = new HashMap<>(end);
      edgeFact(p, b, edge, constants);
      if (meet == null) {
        meet = edge;
      } else {
        Map<VReg, Long> m = meet;
        m.keySet().retainAll(edge.keySet());
        m.replaceAll((v, k) -> Math.min(k, edge.get(v)));
      }
    }
    return meet;
  }

  /** What the branch ending {@code p} shows on its edge to {@code to}. */
  private static void edgeFact(Block p, Block to, Map<VReg, Long> facts,
      Map<VReg, Long> constants) {
    List<Insn> insns = p.insns;
    Insn br = insns.getLast();
    if (br.op != Op.BR || insns.size() < 2 || br.targets[0] == br.targets[1]) {
      return;
    }
    Insn cmp = insns.get(insns.size() - 2);
    if (cmp.op != Op.ICMP || cmp.dst != br.srcs[0] || !constants.containsKey(cmp.srcs[1])) {
      return;
    }
    long k = constants.get(cmp.srcs[1]);
    boolean taken = br.targets[0] == to;
    Long bound = switch (cmp.cmp()) {
      case GE -> taken ? k : null;
      case LT -> taken ? null : k;
      case GT -> taken && k < Long.MAX_VALUE ? k + 1 : null;
      case LE -> !taken && k < Long.MAX_VALUE ? k + 1 : null;
      case EQ -> taken ? k : null;
      case NE -> taken ? null : k;
    };
    if (bound != null) {
      facts.merge(cmp.srcs[0], bound, Math::max);
    }
  }

  private static void transfer(Insn i, Map<VReg, Long> facts) {
    if (i.dst == null) {
      return;
    }
    Long copied = i.op == Op.MOV ? facts.get(i.srcs[0]) : null;
    facts.remove(i.dst);
    if (copied != null) {
      facts.put(i.dst, copied);
    }
  }

  /** Virtual registers defined once, by a CONST of an int. */
  private static Map<VReg, Long> singleConstants(IrFunction fn) {
    Map<VReg, Long> constants = new HashMap<>();
    Map<VReg, Integer> defs = new HashMap<>();
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        if (i.dst != null) {
          defs.merge(i.dst, 1, Integer::sum);
          if (i.op == Op.CONST && !i.dst.isFloat()) {
            constants.put(i.dst, i.imm);
          }
        }
      }
    }
    constants.keySet().removeIf(v -> defs.get(v) != 1);
    return constants;
  }
}
