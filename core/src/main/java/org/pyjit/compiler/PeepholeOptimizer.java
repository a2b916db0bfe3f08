package org.pyjit.compiler;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.ast.Pos;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyComplex;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;

/**
 * The peephole pass over one code unit's instructions, as CPython 3.13's flowgraph.c
 * optimizes a code unit before laying it out.
 *
 * <p>Contract: {@link #optimize} rewrites a {@link CodeBuilder}'s instruction lists in
 * place, before labels are resolved, without changing what the code does:
 * <ul>
 *   <li>a constant pushed and popped is dropped; a constant's truth test becomes a bool constant, and a conditional jump on a
 *       constant becomes a jump or nothing;</li>
 *   <li>TO_BOOL after an instruction that pushes a bool (in, is, not) is dropped, a
 *       COMPARE_OP before it takes the TO_BOOL into its argument ({@code bool(<)}), and
 *       {@code not} before a conditional jump inverts the jump;</li>
 *   <li>jump threading: a jump to an unconditional jump goes straight to that jump's
 *       target (a conditional jump only if that target is ahead: conditional jumps go
 *       forward, as in CPython 3.13);</li>
 *   <li>an unconditional jump to a return becomes that return;</li>
 *   <li>a jump to the next instruction is removed (a conditional one becomes POP_TOP);</li>
 *   <li>instructions no path reaches (from the entry or from a handler protecting a
 *       reachable instruction) are removed, and so are NOPs;</li>
 *   <li>LOAD_CONST followed by RETURN_VALUE becomes RETURN_CONST;</li>
 *   <li>a tuple built and unpacked at once ({@code a, b = b, a}) is not built: BUILD_TUPLE n
 *       and UNPACK_SEQUENCE n become nothing (n = 1) or SWAP n (n = 2, 3), and a lone SWAP
 *       followed by stores to different locals on one line is replaced by storing them in
 *       the other order.</li>
 * </ul>
 * Every instruction kept keeps its line, position and handler, so tracebacks and the
 * exception table stay right; a label on a removed instruction moves to the next kept one.
 * Unconditional jumps are JUMP_FORWARD or JUMP_BACKWARD after the pass, by direction.
 */
final class PeepholeOptimizer {
  private static final int MAX_PASSES = 20;

  private final CodeBuilder b;

  private PeepholeOptimizer(CodeBuilder b) {
    this.b = b;
  }

  static void optimize(CodeBuilder b) {
    PeepholeOptimizer p = new PeepholeOptimizer(b);
    p.tupleUnpacks(); // once: a second static swap would swap the stores back
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = p.foldConstantTests();
      changed |= p.simplifyBoolTests();
      changed |= p.threadJumps();
      changed |= p.compact(p.removable());
      if (!changed) {
        break;
      }
    }
    p.fixJumpDirections();
  }

  /**
   * CPython 3.13's superinstructions: LOAD_FAST LOAD_FAST, STORE_FAST LOAD_FAST and
   * STORE_FAST STORE_FAST on one line, in one handler's range, with no label between them
   * and locals below {@link Opcode#PAIR_LIMIT}, become one instruction; so do pyjit's own
   * LOAD_FAST LOAD_CONST (LOAD_FAST_LOAD_CONST: {@code n - 1}, constants below the same
   * limit) and LOAD_FAST RETURN_VALUE (RETURN_FAST: {@code return n}). Run once, after
   * {@link UnboundLocals} has made the loads it can plain LOAD_FASTs.
   */
  static void superinstructions(CodeBuilder b) {
    PeepholeOptimizer p = new PeepholeOptimizer(b);
    boolean[] targeted = p.targeted();
    boolean[] remove = new boolean[b.ops.size()];
    boolean any = false;
    for (int i = 0; i + 1 < b.ops.size(); i++) {
      Opcode first = p.op(i);
      Opcode second = p.op(i + 1);
      Opcode fused = first == Opcode.LOAD_FAST && second == Opcode.LOAD_FAST
          ? Opcode.LOAD_FAST_LOAD_FAST
          : first == Opcode.STORE_FAST && second == Opcode.LOAD_FAST
          ? Opcode.STORE_FAST_LOAD_FAST
          : first == Opcode.STORE_FAST && second == Opcode.STORE_FAST
          ? Opcode.STORE_FAST_STORE_FAST
          : first == Opcode.LOAD_FAST && second == Opcode.LOAD_CONST
          ? Opcode.LOAD_FAST_LOAD_CONST
          : first == Opcode.LOAD_FAST && second == Opcode.RETURN_VALUE
          ? Opcode.RETURN_FAST : null;
      if (fused == null || targeted[i + 1] || !b.lines.get(i).equals(b.lines.get(i + 1))
          || !b.instrHandler.get(i).equals(b.instrHandler.get(i + 1))
          || b.args.get(i) >= Opcode.PAIR_LIMIT || b.args.get(i + 1) >= Opcode.PAIR_LIMIT) {
        continue;
      }
      p.set(i, fused, fused == Opcode.RETURN_FAST ? b.args.get(i)
          : Opcode.pair(b.args.get(i), b.args.get(i + 1)));
      remove[i + 1] = true;
      any = true;
      i++;
    }
    if (any) {
      p.compact(remove);
    }
  }

  private Opcode op(int i) {
    return Opcode.of(b.ops.get(i));
  }

  private void set(int i, Opcode op, int arg) {
    b.ops.set(i, op.ordinal());
    b.args.set(i, arg);
    if (!op.isJump()) {
      b.jumpTargets.set(i, null);
    }
  }

  /** Which instruction indexes some label (jump target or handler) points at. */
  private boolean[] targeted() {
    boolean[] t = new boolean[b.ops.size() + 1];
    for (CodeBuilder.Label l : labels().keySet()) {
      t[l.index] = true;
    }
    return t;
  }

  private Map<CodeBuilder.Label, Boolean> labels() {
    Map<CodeBuilder.Label, Boolean> all = new IdentityHashMap<>();
    for (CodeBuilder.Label l : b.jumpTargets) {
      if (l != null) {
        all.put(l, true);
      }
    }
    for (CodeBuilder.Handler h : b.handlers) {
      all.put(h.target(), true);
    }
    return all;
  }

  // ------------------------------------------------------------------ constant tests

  /** LOAD_CONST c followed by POP_TOP, TO_BOOL or POP_JUMP_IF_* with c known. */
  private boolean foldConstantTests() {
    boolean changed = false;
    boolean[] targeted = targeted();
    for (int i = 0; i + 1 < b.ops.size(); i++) {
      if (op(i) != Opcode.LOAD_CONST || targeted[i + 1]) {
        continue;
      }
      Object c = b.consts.get(b.args.get(i));
      Opcode next = op(i + 1);
      if (next == Opcode.POP_TOP) {
        set(i, Opcode.NOP, 0); // a constant as a statement
        set(i + 1, Opcode.NOP, 0);
        changed = true;
      } else if (next == Opcode.TO_BOOL) {
        Boolean truth = truth(c);
        if (truth != null) {
          b.args.set(i, b.constant(truth));
          set(i + 1, Opcode.NOP, 0);
          changed = true;
        }
      } else if (next == Opcode.POP_JUMP_IF_FALSE || next == Opcode.POP_JUMP_IF_TRUE
          || next == Opcode.POP_JUMP_IF_NONE || next == Opcode.POP_JUMP_IF_NOT_NONE) {
        Boolean jumps = switch (next) {
          case POP_JUMP_IF_FALSE -> c instanceof Boolean bo ? !bo : null;
          case POP_JUMP_IF_TRUE -> c instanceof Boolean bo ? bo : null;
          case POP_JUMP_IF_NONE -> c == PySingleton.NONE;
          default -> c != PySingleton.NONE;
        };
        if (jumps == null) {
          continue;
        }
        set(i, Opcode.NOP, 0);
        if (jumps) {
          b.ops.set(i + 1, Opcode.JUMP_FORWARD.ordinal());
        } else {
          set(i + 1, Opcode.NOP, 0);
        }
        changed = true;
      }
    }
    return changed;
  }

  /**
   * A TO_BOOL of what is already a bool (the result of in, is, not) is dropped, one after
   * a comparison is folded into it, and {@code not} before a conditional jump becomes the
   * opposite jump.
   */
  private boolean simplifyBoolTests() {
    boolean changed = false;
    boolean[] targeted = targeted();
    for (int i = 0; i + 1 < b.ops.size(); i++) {
      if (targeted[i + 1]) {
        continue;
      }
      Opcode op = op(i);
      Opcode next = op(i + 1);
      if ((op == Opcode.CONTAINS_OP || op == Opcode.IS_OP || op == Opcode.UNARY_NOT)
          && next == Opcode.TO_BOOL) {
        set(i + 1, Opcode.NOP, 0);
        changed = true;
      } else if (op == Opcode.COMPARE_OP && next == Opcode.TO_BOOL) {
        b.args.set(i, b.args.get(i) | CompareOp.TO_BOOL);
        set(i + 1, Opcode.NOP, 0);
        changed = true;
      } else if (op == Opcode.UNARY_NOT && (next == Opcode.POP_JUMP_IF_FALSE
          || next == Opcode.POP_JUMP_IF_TRUE)) {
        set(i, Opcode.NOP, 0);
        b.ops.set(i + 1, (next == Opcode.POP_JUMP_IF_FALSE ? Opcode.POP_JUMP_IF_TRUE
            : Opcode.POP_JUMP_IF_FALSE).ordinal());
        changed = true;
      }
    }
    return changed;
  }

  /** The truth of a constant whose type's truth cannot be redefined, else null. */
  private static Boolean truth(Object c) {
    if (c instanceof Boolean bo) {
      return bo;
    } else if (c instanceof Long l) {
      return l != 0;
    } else if (c instanceof BigInteger bi) {
      return bi.signum() != 0;
    } else if (c instanceof Double d) {
      return d != 0.0;
    } else if (c instanceof String s) {
      return !s.isEmpty();
    } else if (c instanceof PyTuple t) {
      return t.size() != 0;
    } else if (c instanceof PyBytes by) {
      return org.pyjit.runtime.Ops.len(by) != 0;
    } else if (c instanceof PyComplex z) {
      return org.pyjit.runtime.Ops.truth(z);
    } else if (c instanceof PySet s && s.isFrozen()) {
      return s.size() != 0;
    }
    return c == PySingleton.NONE ? Boolean.FALSE : null;
  }

  // ------------------------------------------------------------------ tuple unpacking

  /**
   * CPython 3.13's flowgraph.c: BUILD_TUPLE n directly followed (in one basic block) by
   * UNPACK_SEQUENCE n becomes NOPs (n = 1) or NOP, SWAP n (n = 2, 3); then each SWAP that is
   * not part of a run of SWAPs goes through {@link #applyStaticSwaps}. Besides matching
   * CPython's bytecode, this saves a tuple and its array per multiple assignment
   * (mandelbrot's {@code zr, zi = ..., ...} in its inner loop).
   */
  private void tupleUnpacks() {
    boolean[] targeted = targeted();
    int n = b.ops.size();
    for (int i = 0; i + 1 < n; i++) {
      int count = b.args.get(i);
      if (op(i) == Opcode.BUILD_TUPLE && op(i + 1) == Opcode.UNPACK_SEQUENCE
          && b.args.get(i + 1) == count && !targeted[i + 1] && sameHandler(i, i + 1)) {
        if (count == 1) {
          set(i, Opcode.NOP, 0);
          set(i + 1, Opcode.NOP, 0);
        } else if (count == 2 || count == 3) {
          set(i, Opcode.NOP, 0);
          set(i + 1, Opcode.SWAP, count);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (op(i) == Opcode.SWAP && !inSwapRun(i, targeted)) {
        applyStaticSwaps(i, targeted);
      }
    }
  }

  private boolean sameHandler(int i, int j) {
    return b.instrHandler.get(i).equals(b.instrHandler.get(j));
  }

  /** Whether the nearest non-NOP instruction after SWAP {@code i} in its block is a SWAP. */
  private boolean inSwapRun(int i, boolean[] targeted) {
    for (int j = i + 1; j < b.ops.size() && !targeted[j] && sameHandler(i, j); j++) {
      if (op(j) != Opcode.NOP) {
        return op(j) == Opcode.SWAP;
      }
    }
    return false;
  }

  private static boolean swappable(Opcode op) {
    return op == Opcode.STORE_FAST || op == Opcode.POP_TOP;
  }

  private int storesTo(int i) {
    return op(i) == Opcode.STORE_FAST ? b.args.get(i) : -1;
  }

  /**
   * CPython's apply_static_swaps: from SWAP {@code i} leftwards through NOPs and stores,
   * each SWAP k whose k values are all consumed by the next stores (or POP_TOPs) of the
   * block, on the line of the first of them, is dropped by exchanging the first and the
   * k-th of those stores, unless two of the stores involved write the same local.
   */
  private void applyStaticSwaps(int i, boolean[] targeted) {
    for (; i >= 0; i--) {
      Opcode op = op(i);
      if (op != Opcode.SWAP) {
        if ((op == Opcode.NOP || swappable(op)) && !targeted[i + 1] && sameHandler(i, i + 1)) {
          continue;
        }
        return;
      }
      int j = nextSwappable(i, -1, targeted);
      if (j < 0) {
        return;
      }
      int k = j;
      int line = b.lines.get(j);
      for (int count = b.args.get(i) - 1; count > 0; count--) {
        k = nextSwappable(k, line, targeted);
        if (k < 0) {
          return;
        }
      }
      int storeJ = storesTo(j);
      int storeK = storesTo(k);
      if (storeJ >= 0 || storeK >= 0) {
        if (storeJ == storeK) {
          return;
        }
        for (int idx = j + 1; idx < k; idx++) {
          int store = storesTo(idx);
          if (store >= 0 && (store == storeJ || store == storeK)) {
            return;
          }
        }
      }
      set(i, Opcode.NOP, 0);
      exchange(j, k);
    }
  }

  /** The next store or POP_TOP after {@code i} in its block (past NOPs), on {@code line} if 0+. */
  private int nextSwappable(int i, int line, boolean[] targeted) {
    int from = i;
    while (++i < b.ops.size()) {
      if (targeted[i] || !sameHandler(from, i) || line >= 0 && b.lines.get(i) != line) {
        return -1;
      }
      Opcode op = op(i);
      if (op == Opcode.NOP) {
        continue;
      }
      return swappable(op) ? i : -1;
    }
    return -1;
  }

  /** Exchanges two instructions that are not jumps, with their lines and positions. */
  private void exchange(int j, int k) {
    swapItems(b.ops, j, k);
    swapItems(b.args, j, k);
    swapItems(b.lines, j, k);
    swapItems(b.positions, j, k);
  }

  private static <T> void swapItems(List<T> list, int j, int k) {
    T t = list.get(j);
    list.set(j, list.get(k));
    list.set(k, t);
  }

  // ------------------------------------------------------------------ jumps

  private static boolean isUnconditionalJump(Opcode op) {
    return op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD;
  }

  private static boolean isThreadable(Opcode op) {
    return isUnconditionalJump(op) || op == Opcode.POP_JUMP_IF_FALSE
        || op == Opcode.POP_JUMP_IF_TRUE || op == Opcode.POP_JUMP_IF_NONE
        || op == Opcode.POP_JUMP_IF_NOT_NONE;
  }

  /** A jump to an unconditional jump takes that jump's target instead. */
  private boolean threadJumps() {
    boolean changed = false;
    int n = b.ops.size();
    for (int i = 0; i < n; i++) {
      if (!isThreadable(op(i))) {
        continue;
      }
      CodeBuilder.Label target = b.jumpTargets.get(i);
      CodeBuilder.Label end = target;
      for (int hops = 0; hops < n && end.index < n && end.index != i
          && isUnconditionalJump(op(end.index)); hops++) {
        CodeBuilder.Label next = b.jumpTargets.get(end.index);
        if (next == end || next.index == end.index) {
          break; // a jump to itself: an infinite loop, left as written
        }
        end = next;
      }
      // conditional jumps stay forward, as CPython's: a loop keeps its JUMP_BACKWARD, where
      // the interpreter checks for interrupts and counts for hot loops
      if (end != target && end.index != target.index
          && (isUnconditionalJump(op(i)) || end.index > i)) {
        b.jumpTargets.set(i, end);
        changed = true;
      }
      // a jump to a return is the return (CPython duplicates such exit blocks)
      if (isUnconditionalJump(op(i)) && end.index < n
          && (op(end.index) == Opcode.RETURN_CONST || op(end.index) == Opcode.RETURN_VALUE)) {
        set(i, op(end.index), b.args.get(end.index));
        changed = true;
      }
    }
    return changed;
  }

  private void fixJumpDirections() {
    for (int i = 0; i < b.ops.size(); i++) {
      if (isUnconditionalJump(op(i))) {
        Opcode dir = b.jumpTargets.get(i).index > i ? Opcode.JUMP_FORWARD
            : Opcode.JUMP_BACKWARD;
        b.ops.set(i, dir.ordinal());
      }
    }
  }

  // ------------------------------------------------------------------ removal

  /**
   * The instructions to remove: unreachable ones, NOPs, jumps to the next instruction
   * kept; marks LOAD_CONST + RETURN_VALUE pairs as RETURN_CONST on the way.
   */
  private boolean[] removable() {
    int n = b.ops.size();
    boolean[] reachable = reachable();
    boolean[] remove = new boolean[n];
    for (int i = 0; i < n; i++) {
      remove[i] = !reachable[i] || op(i) == Opcode.NOP;
    }
    boolean[] targeted = targeted();
    for (int i = 0; i + 1 < n; i++) {
      if (!remove[i] && op(i) == Opcode.LOAD_CONST && op(i + 1) == Opcode.RETURN_VALUE
          && !targeted[i + 1] && !remove[i + 1]) {
        set(i + 1, Opcode.RETURN_CONST, b.args.get(i));
        remove[i] = true;
      }
    }
    // a jump to the next instruction kept: a later pass sees the jumps this one exposes
    for (int i = 0; i < n; i++) {
      if (remove[i] || !isThreadable(op(i))) {
        continue;
      }
      int next = i + 1;
      while (next < n && remove[next]) {
        next++;
      }
      int target = b.jumpTargets.get(i).index;
      int firstKeptAtTarget = target;
      while (firstKeptAtTarget < n && remove[firstKeptAtTarget]) {
        firstKeptAtTarget++;
      }
      if (firstKeptAtTarget == next) {
        if (isUnconditionalJump(op(i))) {
          remove[i] = true;
        } else {
          set(i, Opcode.POP_TOP, 0);
        }
      }
    }
    return remove;
  }

  /** Reachable from the entry, by falling through, jumping, or raising into a handler. */
  private boolean[] reachable() {
    int n = b.ops.size();
    boolean[] seen = new boolean[n + 1];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    if (n > 0) {
      seen[0] = true;
      work.push(0);
    }
    while (!work.isEmpty()) {
      int i = work.pop();
      if (i >= n) {
        continue;
      }
      Opcode op = op(i);
      List<Integer> next = new ArrayList<>(3);
      if (!op.isTerminator()) {
        next.add(i + 1);
      }
      if (op.isJump()) {
        next.add(b.jumpTarget(i));
      }
      int h = b.handlerTarget(i);
      if (h >= 0) {
        next.add(h);
      }
      for (int s : next) {
        if (!seen[s]) {
          seen[s] = true;
          work.push(s);
        }
      }
    }
    return seen;
  }

  /** Drops the instructions marked; labels move to the next instruction kept. */
  private boolean compact(boolean[] remove) {
    int n = b.ops.size();
    int[] newIndex = new int[n + 1];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      newIndex[i] = kept;
      if (!remove[i]) {
        kept++;
      }
    }
    newIndex[n] = kept;
    if (kept == n) {
      return false;
    }
    for (CodeBuilder.Label l : labels().keySet()) {
      l.index = newIndex[l.index];
    }
    List<Integer> ops = new ArrayList<>(kept);
    List<Integer> args = new ArrayList<>(kept);
    List<CodeBuilder.Label> targets = new ArrayList<>(kept);
    List<Integer> lines = new ArrayList<>(kept);
    List<Pos> positions = new ArrayList<>(kept);
    List<Integer> handlers = new ArrayList<>(kept);
    for (int i = 0; i < n; i++) {
      if (!remove[i]) {
        ops.add(b.ops.get(i));
        args.add(b.args.get(i));
        targets.add(b.jumpTargets.get(i));
        lines.add(b.lines.get(i));
        positions.add(b.positions.get(i));
        handlers.add(b.instrHandler.get(i));
      }
    }
    replace(b.ops, ops);
    replace(b.args, args);
    replace(b.jumpTargets, targets);
    replace(b.lines, lines);
    replace(b.positions, positions);
    replace(b.instrHandler, handlers);
    return true;
  }

  private static <T> void replace(List<T> into, List<T> from) {
    into.clear();
    into.addAll(from);
  }
}
