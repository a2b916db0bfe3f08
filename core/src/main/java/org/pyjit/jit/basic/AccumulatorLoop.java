package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tail recursion modulo an int addition, in the IR, before inlining: a function whose
 * returns include {@code return E + f(args)} or {@code return f(args) + E} (f itself, same
 * signature, + on ints) turns that call into a jump back to the start of its body with an
 * accumulator, as gcc -O2 does with C's {@code fib}. {@code fib(n - 1) + fib(n - 2)} then
 * makes one call per iteration ({@code fib(n - 1)}) and loops on {@code n - 2}.
 *
 * <p><b>Shape.</b> The entry block keeps its PARAMs, sets the accumulator to 0, saves the
 * stack limit and jumps to the rest of the old entry block, the loop's head. A tail site
 * adds E to the accumulator, moves the call's arguments into the parameters (an argument
 * computed for the call alone is computed straight into its parameter) and jumps to the
 * head; every {@code return v} returns {@code acc + v}. The base case found before
 * ({@link BaseCase}) still holds for the rewritten function: the early return at the
 * entry and the tests at self-call sites use it.
 *
 * <p><b>Why the result stays Python's.</b> Python's int addition is exact and associative,
 * so the reordered sum is the same number. Each addition is still guarded against 64-bit
 * overflow: the reordered sums may overflow where the original's would not, or the other
 * way round, but a guard failure re-runs the whole call in the interpreter (the functions
 * of the subset have no effect other than stores into their list copies, dropped on a
 * deopt), which computes Python's big int. E is evaluated before the call in the loop;
 * when the source had it after the call, moving it is only done when it reads no list
 * element and calls nothing (the call could store into what it reads); any guard it moves
 * ahead ends in the same re-run.
 *
 * <p><b>Recursion depth.</b> An iteration stands for a Python call, so it must use up the
 * native stack budget as a call would: the entry saves the stack limit (r15,
 * {@link Op#STKLIM}); each iteration raises it by one frame ({@link Op#STKBUMP}, which
 * leaves with the stack-limit status when the stack pointer is below it, as a call's entry
 * check does); each return of the loop puts it back ({@link Op#STKSET}). Calls made from
 * iteration k then see the limit k frames nearer, so native code reaches the limit at the
 * same Python depth as without the loop, and the interpreter raises RecursionError where
 * CPython does.
 */
final class AccumulatorLoop {
  private AccumulatorLoop() {}

  /** A tail site: the call, the addition of its result, the other operand. */
  private record Site(Block block, Insn call, Insn add, VReg other) {}

  /** Rewrites {@code fn}; returns whether it found a tail site. */
  static boolean transform(IrFunction fn) {
    if (fn.returnType != ValueType.INT) {
      return false;
    }
    Map<VReg, Integer> uses = new HashMap<>();
    Map<VReg, Integer> defs = new HashMap<>();
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        for (VReg s : i.srcs) {
          uses.merge(s, 1, Integer::sum);
        }
        if (i.dst != null) {
          defs.merge(i.dst, 1, Integer::sum);
        }
      }
    }
    List<Site> sites = new ArrayList<>();
    for (Block b : fn.blocks) {
      Site s = site(b, uses, defs);
      if (s != null) {
        sites.add(s);
      }
    }
    if (sites.isEmpty()) {
      return false;
    }
    Block entry = fn.blocks.getFirst();
    int params = 0;
    while (params < entry.insns.size() && entry.insns.get(params).op == Op.PARAM) {
      params++;
    }
    VReg[] paramRegs = new VReg[fn.paramTypes.size()];
    for (Insn p : entry.insns.subList(0, params)) {
      paramRegs[(int) p.imm] = p.dst;
    }
    VReg acc = fn.newVReg(ValueType.INT, "$acc");
    VReg limit = fn.newVReg(ValueType.INT, "$limit");
    // the loop's head: the entry block after its PARAMs
    Block head = fn.newBlock();
    head.insns.addAll(entry.insns.subList(params, entry.insns.size()));
    entry.insns.subList(params, entry.insns.size()).clear();
    int line = head.insns.getFirst().line;
    entry.insns.add(IrFunction.insn(Op.CONST, acc, new VReg[0], 0, new Block[0], null, null,
        line));
    entry.insns.add(insn(Op.STKLIM, limit, new VReg[0], line));
    entry.insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0, new Block[] {head}, null,
        null, line));
    fn.blocks.add(1, head);
    for (Site s : sites) {
      rewriteSite(fn, s.block == entry ? new Site(head, s.call, s.add, s.other) : s, acc,
          paramRegs, head, uses, defs);
    }
    for (Block b : fn.blocks) {
      Insn last = b.insns.getLast();
      if (last.op == Op.RET) {
        VReg sum = fn.newVReg(ValueType.INT, null);
        b.insns.removeLast();
        b.insns.add(insn(Op.IADD, sum, new VReg[] {acc, last.srcs[0]}, last.line));
        b.insns.add(insn(Op.STKSET, null, new VReg[] {limit}, last.line));
        b.insns.add(insn(Op.RET, null, new VReg[] {sum}, last.line));
      }
    }
    return true;
  }

  /**
   * The tail site ending {@code b}, or null: {@code c = call f(args)}; instructions that
   * neither read c nor assign an argument (and, since they will run before the call, read
   * no list element and call nothing); {@code r = iadd c, x} or {@code iadd x, c};
   * {@code ret r}; c and r used only there.
   */
  private static Site site(Block b, Map<VReg, Integer> uses, Map<VReg, Integer> defs) {
    List<Insn> insns = b.insns;
    int n = insns.size();
    if (n < 3 || insns.get(n - 1).op != Op.RET) {
      return null;
    }
    Insn add = insns.get(n - 2);
    VReg r = insns.get(n - 1).srcs[0];
    if (add.op != Op.IADD || add.dst != r || r.type != ValueType.INT
        || uses.get(r) != 1 || defs.get(r) != 1) {
      return null;
    }
    for (int k = n - 3; k >= 0; k--) {
      Insn call = insns.get(k);
      if (call.op == Op.CALL && call.callee.self()) {
        VReg c = call.dst;
        int which = add.srcs[1] == c ? 1 : add.srcs[0] == c ? 0 : -1;
        VReg other = which < 0 ? null : add.srcs[1 - which];
        if (other == null || other == c || c.type != ValueType.INT
            || other.type != ValueType.INT || uses.get(c) != 1 || defs.get(c) != 1) {
          return null;
        }
        for (Insn between : insns.subList(k + 1, n - 2)) {
          if (!movable(between, call)) {
            return null;
          }
        }
        return new Site(b, call, add, other);
      }
      if (!movable(insns.get(k), null)) {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code i} may run before the tail call instead of after it. */
  private static boolean movable(Insn i, Insn call) {
    if (i.op.isTerminator() || i.op == Op.CALL || i.op == Op.LLOAD || i.op == Op.LSTORE) {
      return false;
    }
    if (call != null) {
      for (VReg s : i.srcs) {
        if (s == call.dst) {
          return false;
        }
      }
      for (VReg arg : call.srcs) {
        if (i.dst == arg) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Replaces the call, the addition and the return of a site by the accumulation, the
   * stack-limit bump, the moves of the arguments into the loop's parameters and the jump.
   */
  private static void rewriteSite(IrFunction fn, Site s, VReg acc, VReg[] loopParams,
      Block head, Map<VReg, Integer> uses, Map<VReg, Integer> defs) {
    List<Insn> insns = s.block.insns;
    int line = s.add.line;
    insns.remove(insns.size() - 1); // ret
    insns.remove(s.add);
    insns.remove(s.call);
    insns.add(insn(Op.IADD, acc, new VReg[] {acc, s.other}, line));
    insns.add(insn(Op.STKBUMP, null, new VReg[0], line));
    VReg[] args = s.call.srcs.clone();
    for (int k = 0; k < args.length; k++) {
      if (computesInPlace(insns, args, k, loopParams, s.other, uses, defs)) {
        args[k] = loopParams[k];
      }
    }
    // a parallel move: an argument that is another loop parameter is read first
    for (int k = 0; k < args.length; k++) {
      for (int j = 0; j < loopParams.length; j++) {
        if (j != k && args[k] == loopParams[j]) {
          VReg t = fn.newVReg(args[k].type, null);
          insns.add(insn(Op.MOV, t, new VReg[] {args[k]}, line));
          args[k] = t;
          break;
        }
      }
    }
    for (int k = 0; k < args.length; k++) {
      if (args[k] != loopParams[k]) {
        insns.add(insn(Op.MOV, loopParams[k], new VReg[] {args[k]}, line));
      }
    }
    insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0, new Block[] {head}, null, null,
        line));
  }

  /**
   * Whether argument k, a temporary computed in the site's block for the call alone (such
   * as {@code n - 2}), can be computed straight into parameter k instead of being moved
   * there: nothing after its computation reads or writes the parameter. Rewrites it then.
   */
  private static boolean computesInPlace(List<Insn> insns, VReg[] args, int k,
      VReg[] params, VReg other, Map<VReg, Integer> uses, Map<VReg, Integer> defs) {
    VReg t = args[k];
    VReg p = params[k];
    if (uses.get(t) != 1 || defs.getOrDefault(t, 0) != 1 || other == p
        || java.util.Arrays.asList(params).contains(t)) {
      return false;
    }
    for (int j = 0; j < args.length; j++) {
      if (j != k && args[j] == p) {
        return false;
      }
    }
    int at = -1;
    for (int i = 0; i < insns.size(); i++) {
      if (insns.get(i).dst == t) {
        at = i;
      }
    }
    if (at < 0) {
      return false;
    }
    for (Insn i : insns.subList(at + 1, insns.size())) {
      if (i.dst == p || java.util.Arrays.asList(i.srcs).contains(p)) {
        return false;
      }
    }
    Insn d = insns.get(at);
    insns.set(at, IrFunction.insn(d.op, p, d.srcs, d.imm, d.targets, d.symbol, d.callee,
        d.line));
    return true;
  }

  private static Insn insn(Op op, VReg dst, VReg[] srcs, int line) {
    return IrFunction.insn(op, dst, srcs, 0, new Block[0], null, null, line);
  }
}
