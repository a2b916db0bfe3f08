package org.pyjit.compiler;

import java.util.ArrayDeque;
import org.pyjit.bytecode.Opcode;

/**
 * Turns each LOAD_FAST_CHECK whose local is bound on every path into a plain LOAD_FAST, as
 * CPython 3.13's {@code add_checks_for_loads_of_uninitialized_variables} does the other way
 * round (the code generator emits only the checked form, so a load this pass cannot prove
 * safe keeps its check and raises UnboundLocalError).
 *
 * <p>Contract: a forward data-flow over a code unit's instructions, run after the peephole
 * optimizer and before labels are resolved. The state before each
 * instruction is the set of the first 64 locals that may be unbound there (later locals
 * always keep their checks). Parameters are bound at entry, every other local is not;
 * STORE_FAST binds, DELETE_FAST and LOAD_FAST_AND_CLEAR unbind. Paths follow fall-through,
 * jumps, and for an instruction inside a handler's range, the edge to that handler with the
 * union of the states before and after the instruction (it may raise halfway). Instructions
 * no path reaches are left alone.
 */
final class UnboundLocals {
  private UnboundLocals() {}

  static void elideChecks(CodeBuilder b, int params) {
    int n = b.ops.size();
    int nlocals = b.varnames.size();
    long all = nlocals >= 64 ? -1L : (1L << nlocals) - 1;
    long paramBits = params >= 64 ? -1L : (1L << params) - 1;
    long[] maybeUnbound = new long[n];
    boolean[] seen = new boolean[n];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    if (n == 0) {
      return;
    }
    maybeUnbound[0] = all & ~paramBits;
    seen[0] = true;
    work.push(0);
    while (!work.isEmpty()) {
      int i = work.pop();
      long before = maybeUnbound[i];
      Opcode op = Opcode.of(b.ops.get(i));
      int arg = b.args.get(i);
      long after = switch (op) {
        case STORE_FAST -> arg < 64 ? before & ~(1L << arg) : before;
        case DELETE_FAST, LOAD_FAST_AND_CLEAR -> arg < 64 ? before | (1L << arg) : before;
        default -> before;
      };
      if (op.isJump()) {
        flow(b.jumpTarget(i), after, maybeUnbound, seen, work);
      }
      if (!op.isTerminator() && i + 1 < n) {
        flow(i + 1, after, maybeUnbound, seen, work);
      }
      int h = b.handlerTarget(i);
      if (h >= 0) {
        flow(h, before | after, maybeUnbound, seen, work);
      }
    }
    for (int i = 0; i < n; i++) {
      if (seen[i] && b.ops.get(i) == Opcode.LOAD_FAST_CHECK.ordinal()) {
        int arg = b.args.get(i);
        if (arg < 64 && (maybeUnbound[i] & (1L << arg)) == 0) {
          b.ops.set(i, Opcode.LOAD_FAST.ordinal());
        }
      }
    }
  }

  private static void flow(int to, long state, long[] maybeUnbound, boolean[] seen,
      ArrayDeque<Integer> work) {
    if (!seen[to]) {
      seen[to] = true;
      maybeUnbound[to] = state;
      work.push(to);
    } else if ((maybeUnbound[to] | state) != maybeUnbound[to]) {
      maybeUnbound[to] |= state;
      work.push(to);
    }
  }
}
