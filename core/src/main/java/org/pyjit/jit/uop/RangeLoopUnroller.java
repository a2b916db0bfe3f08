package org.pyjit.jit.uop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unrolls a trace's rotated range loops ({@code top: body; JUMP_BACKWARD_RANGE d, r, top, e}),
 * so that one back edge's tests serve several iterations. The loop stays where it was (the
 * single-step copy) with its back edge turned into
 * {@code JUMP_RANGE_GROUP d, r, k, group; JUMP_BACKWARD_RANGE d, r, top, e}, and a group is
 * appended after the trace's end:
 * {@code group: body; ITER_NEXT_RANGE d, r; body; ...; body (k copies);
 * JUMP_RANGE_GROUP d, r, k, group; JUMP_BACKWARD_RANGE d, r, top, e; JUMP <after the loop>}.
 * JUMP_RANGE_GROUP enters the group only when all k iterations can run without a test (budget,
 * interrupt, k more values, no overflow); otherwise JUMP_BACKWARD_RANGE takes the back edge
 * exactly, so the ends of ranges, the budget and the interrupt are handled one iteration at a
 * time in the original loop.
 *
 * <p>Contract. The result runs exactly as the input does: the same uop effects in the same
 * order, so every exit leaves the same frame, lists, budget and hits (the loop variable and
 * the range included); the one difference is that a group reads the interrupt word once for
 * its k back edges (Java sets it asynchronously, so it is seen at most k - 1 iterations later).
 * A loop is unrolled only when nothing in its body could break the group's test between its
 * back edges: the body writes no slot of the range and spends no budget (no back edge of its
 * own). Jumps inside a copy go to the same copy (a jump to the back edge to that copy's
 * ITER_NEXT_RANGE or the group's JUMP_RANGE_GROUP); jumps out of the body, and every jump
 * from elsewhere, go where they went (the single-step copy). Exit indexes are unchanged.
 */
public final class RangeLoopUnroller {
  /**
   * A group has about this many body uops: {@code copies = GROUP_UOPS / body} between
   * {@link #MIN_COPIES} and {@link #MAX_COPIES}. Measured on {@code total += i} (one uop):
   * 1.02 ns per iteration rotated, 0.51 in groups of 4, 0.41 of 8, 0.40 of 16 and of 32
   * (docs/internals/stencils.md); past 16 the code grows and the loop does not speed up.
   */
  public static final int GROUP_UOPS = 32;
  public static final int MIN_COPIES = 4;
  public static final int MAX_COPIES = 16;
  /** Loops with longer bodies are left as they are (the back edge matters less there). */
  public static final int MAX_BODY = 8;

  private RangeLoopUnroller() {}

  /** The number of copies {@link #unroll(Trace)} gives a body of {@code body} uops. */
  public static int copiesFor(int body) {
    return Math.max(MIN_COPIES, Math.min(MAX_COPIES, GROUP_UOPS / Math.max(1, body)));
  }

  /** The trace with its qualifying loops unrolled ({@link #copiesFor} copies), or {@code trace} if none qualifies. */
  public static Trace unroll(Trace trace) {
    return unroll(trace, 0, MAX_BODY);
  }

  /**
   * As {@link #unroll(Trace)} with {@code copies} (2..Trace.MAX_GROUP; 0 for
   * {@link #copiesFor} each body) and bodies of at most {@code maxBody} uops.
   */
  public static Trace unroll(Trace trace, int copiesOrZero, int maxBody) {
    if (copiesOrZero != 0 && (copiesOrZero < 2 || copiesOrZero > Trace.MAX_GROUP)) {
      throw new IllegalArgumentException("copies " + copiesOrZero + " outside 2.." + Trace.MAX_GROUP);
    }
    List<UopInstruction> code = trace.code();
    int n = code.size();
    List<Integer> backEdges = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (qualifies(code, p, maxBody)) {
        backEdges.add(p);
      }
    }
    if (backEdges.isEmpty()) {
      return trace;
    }
    // Each unrolled loop inserts one uop (its exact back edge after JUMP_RANGE_GROUP).
    int[] newPos = new int[n + 1];
    int shift = 0;
    for (int q = 0; q <= n; q++) {
      newPos[q] = q + shift;
      if (q < n && backEdges.contains(q)) {
        shift++;
      }
    }
    int[] groupAt = new int[backEdges.size()];
    int[] copiesOf = new int[backEdges.size()];
    int next = n + backEdges.size();
    for (int l = 0; l < groupAt.length; l++) {
      int p = backEdges.get(l);
      int body = p - code.get(p).target();
      copiesOf[l] = copiesOrZero != 0 ? copiesOrZero : copiesFor(body);
      groupAt[l] = next;
      next += copiesOf[l] * body + (copiesOf[l] - 1) + 3;
    }
    List<UopInstruction> out = new ArrayList<>(next);
    for (int q = 0; q < n; q++) {
      UopInstruction in = code.get(q);
      int l = backEdges.indexOf(q);
      if (l >= 0) {
        out.add(groupEdge(in, copiesOf[l], groupAt[l]));
        out.add(retarget(in, newPos[in.target()]));
      } else {
        out.add(in.target() < 0 ? in : retarget(in, newPos[in.target()]));
      }
    }
    for (int l = 0; l < groupAt.length; l++) {
      int p = backEdges.get(l);
      UopInstruction edge = code.get(p);
      int top = edge.target();
      int body = p - top;
      int k = copiesOf[l];
      for (int j = 0; j < k; j++) {
        int copyAt = groupAt[l] + j * (body + 1);
        for (int m = 0; m < body; m++) {
          UopInstruction in = code.get(top + m);
          int t = in.target();
          if (t < 0) {
            out.add(in);
          } else if (t >= top && t <= p) {
            out.add(retarget(in, copyAt + (t - top))); // t == p: this copy's back edge
          } else {
            out.add(retarget(in, newPos[t]));
          }
        }
        if (j < k - 1) {
          out.add(UopInstruction.of(Uop.ITER_NEXT_RANGE, edge.arg(0), edge.arg(1)));
        }
      }
      out.add(groupEdge(edge, k, groupAt[l]));
      out.add(retarget(edge, newPos[top]));
      out.add(UopInstruction.of(Uop.JUMP, newPos[p + 1]));
    }
    Map<Integer, List<String>> labels = new HashMap<>();
    trace.labels().forEach((pos, names) -> {
      if (pos < n) {
        labels.put(newPos[pos], names);
      }
    });
    java.util.Set<String> taken = new java.util.HashSet<>();
    trace.labels().values().forEach(taken::addAll);
    for (int l = 0; l < groupAt.length; l++) {
      String name = "group" + l;
      while (taken.contains(name)) {
        name = name + "_";
      }
      labels.put(groupAt[l], List.of(name));
    }
    return new Trace(trace.name(), trace.id(), trace.slotCount(), out, trace.exits(), labels);
  }

  /**
   * Whether the uop at p is a rotated loop's back edge whose body (target..p-1) may be
   * unrolled: at most maxBody uops, no back edge or group uop inside (they spend budget or
   * advance ranges), and no write to any slot of the loop's range.
   */
  static boolean qualifies(List<UopInstruction> code, int p, int maxBody) {
    UopInstruction edge = code.get(p);
    if (edge.uop() != Uop.JUMP_BACKWARD_RANGE) {
      return false;
    }
    int top = edge.target();
    if (p - top < 1 || p - top > maxBody) {
      return false;
    }
    long range = edge.arg(1);
    for (int q = top; q < p; q++) {
      UopInstruction in = code.get(q);
      Uop u = in.uop();
      if (u == Uop.JUMP_BACKWARD || u == Uop.JUMP_BACKWARD_RANGE || u == Uop.JUMP_RANGE_GROUP
          || u == Uop.ITER_NEXT_RANGE) {
        return false;
      }
      for (int i = 0; i < u.arity(); i++) {
        Operand o = u.operands().get(i);
        if (o.role() == OperandRole.OUT || o.role() == OperandRole.INOUT) {
          long s = in.arg(i);
          if (s < range + 3 && range < s + o.kind().width()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static UopInstruction groupEdge(UopInstruction edge, int copies, int group) {
    return UopInstruction.of(Uop.JUMP_RANGE_GROUP, edge.arg(0), edge.arg(1), copies, group);
  }

  private static UopInstruction retarget(UopInstruction in, int target) {
    long[] a = in.args();
    a[in.uop().operandIndex(OperandRole.TARGET)] = target;
    return new UopInstruction(in.uop(), a);
  }
}
