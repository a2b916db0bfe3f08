package org.pyjit.jit.uop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RangeLoopUnroller: the shape of an unrolled loop, which loops it leaves alone, that the
 * unrolled trace behaves exactly as the original in the uop interpreter (the reference
 * semantics) on ranges, budgets, interrupts and overflows at every position of a group, and
 * JUMP_RANGE_GROUP's test at its boundaries against exact (BigInteger) arithmetic.
 */
public class RangeLoopUnrollerTest {
  static final long MAX = Long.MAX_VALUE;
  static final long MIN = Long.MIN_VALUE;

  /** for i in range: total += i, rotated: s0 total, s1..s3 range, s4 i. */
  public static final String SUM = """
      trace sum slots=5
      exit e0
      exit e1
      exit e2
          FOR_ITER_RANGE s4, s1, done
      body:
          BINARY_OP_ADD_INT s0, s0, s4, e0
          JUMP_BACKWARD_RANGE s4, s1, body, e1
      done:
          EXIT e2
      """;

  /**
   * A body with a break (i > s6 leaves by e4), a continue (i < s7 jumps to the back edge) and
   * two exits: s0 total, s1..s3 range, s4 i, s5 a bool, s8 i * i.
   */
  public static final String BRANCHY = """
      trace branchy slots=9
      exit e0
      exit e1
      exit e2
      exit e3
      exit e4
          FOR_ITER_RANGE s4, s1, done
      body:
          COMPARE_GT_INT s5, s4, s6
          JUMP_IF_TRUE s5, broke
          COMPARE_LT_INT s5, s4, s7
          JUMP_IF_TRUE s5, next
          BINARY_OP_MULTIPLY_INT s8, s4, s4, e0
          BINARY_OP_ADD_INT s0, s0, s8, e1
      next:
          JUMP_BACKWARD_RANGE s4, s1, body, e2
      done:
          EXIT e3
      broke:
          EXIT e4
      """;

  /**
   * The frame a SUM or BRANCHY loop starts from: the range r = {start, stop, step} in s1..s3,
   * and for BRANCHY its break (above 20) and continue (below 3) bounds.
   */
  public static long[] startFrame(Trace original, long[] r) {
    long[] frame = new long[original.slotCount()];
    frame[1] = r[0];
    frame[2] = r[1];
    frame[3] = r[2];
    if (original.slotCount() > 7) {
      frame[6] = 20;
      frame[7] = 3;
    }
    return frame;
  }

  @Test
  void unrolledLoopHasTheSingleStepLoopThenTheGroup() {
    Trace t = RangeLoopUnroller.unroll(TraceParser.parse(SUM), 3, 8);
    assertThat(TracePrinter.print(t)).isEqualTo("""
        trace sum slots=5
        exit e0
        exit e1
        exit e2
            FOR_ITER_RANGE s4, s1, done
        body:
            BINARY_OP_ADD_INT s0, s0, s4, e0
            JUMP_RANGE_GROUP s4, s1, 3, group0
            JUMP_BACKWARD_RANGE s4, s1, body, e1
        done:
            EXIT e2
        group0:
            BINARY_OP_ADD_INT s0, s0, s4, e0
            ITER_NEXT_RANGE s4, s1
            BINARY_OP_ADD_INT s0, s0, s4, e0
            ITER_NEXT_RANGE s4, s1
            BINARY_OP_ADD_INT s0, s0, s4, e0
            JUMP_RANGE_GROUP s4, s1, 3, group0
            JUMP_BACKWARD_RANGE s4, s1, body, e1
            JUMP done
        """);
  }

  @Test
  void jumpsInsideACopyStayInThatCopy() {
    Trace t = RangeLoopUnroller.unroll(TraceParser.parse(BRANCHY), 2, 8);
    // the original's 10 uops and the single-step loop's exact back edge (8), then the group
    // at 11: copy 0 at 11..16, its back edge (ITER_NEXT_RANGE) 17, copy 1 at 18..23, then
    // JUMP_RANGE_GROUP 24, JUMP_BACKWARD_RANGE 25, JUMP 26 to the loop's end (done, now 9)
    assertThat(t.get(12)).isEqualTo(UopInstruction.of(Uop.JUMP_IF_TRUE, 5, 10)); // break: the original exit
    assertThat(t.get(14)).isEqualTo(UopInstruction.of(Uop.JUMP_IF_TRUE, 5, 17)); // continue: copy 0's back edge
    assertThat(t.get(17)).isEqualTo(UopInstruction.of(Uop.ITER_NEXT_RANGE, 4, 1));
    assertThat(t.get(19)).isEqualTo(UopInstruction.of(Uop.JUMP_IF_TRUE, 5, 10));
    assertThat(t.get(21)).isEqualTo(UopInstruction.of(Uop.JUMP_IF_TRUE, 5, 24)); // copy 1's: the group edge
    assertThat(t.get(24)).isEqualTo(UopInstruction.of(Uop.JUMP_RANGE_GROUP, 4, 1, 2, 11));
    assertThat(t.get(25)).isEqualTo(UopInstruction.of(Uop.JUMP_BACKWARD_RANGE, 4, 1, 1, 2));
    assertThat(t.get(26)).isEqualTo(UopInstruction.of(Uop.JUMP, 9));
    // the single-step loop: its continue goes to the group edge before its exact back edge
    assertThat(t.get(4)).isEqualTo(UopInstruction.of(Uop.JUMP_IF_TRUE, 5, 7));
    assertThat(t.get(7)).isEqualTo(UopInstruction.of(Uop.JUMP_RANGE_GROUP, 4, 1, 2, 11));
    assertThat(t.get(8)).isEqualTo(UopInstruction.of(Uop.JUMP_BACKWARD_RANGE, 4, 1, 1, 2));
    assertThat(t.get(0)).isEqualTo(UopInstruction.of(Uop.FOR_ITER_RANGE, 4, 1, 9));
    assertThat(t.size()).isEqualTo(27);
  }

  @Test
  void loopsThatCannotBeUnrolledStayAsTheyAre() {
    // the body writes the range's stop
    Trace writesRange = TraceParser.parse("""
        trace w slots=5
        exit e0
        exit e1
            FOR_ITER_RANGE s4, s1, done
        body:
            LOAD_CONST_INT s2, 3
            JUMP_BACKWARD_RANGE s4, s1, body, e0
        done:
            EXIT e1
        """);
    assertThat(RangeLoopUnroller.unroll(writesRange)).isSameAs(writesRange);
    // too long a body
    Trace branchy = TraceParser.parse(BRANCHY);
    assertThat(RangeLoopUnroller.unroll(branchy, 4, 5)).isSameAs(branchy);
    // an outer loop whose body has a back edge: only the inner loop is unrolled
    Trace nested = TraceParser.parse("""
        trace n slots=9
        exit e0
        exit e1
        exit e2
        exit e3
            FOR_ITER_RANGE s4, s1, done
        outer:
            COPY s5, s4
            FOR_ITER_RANGE s8, s5, inner_done
        inner:
            BINARY_OP_ADD_INT s0, s0, s8, e0
            JUMP_BACKWARD_RANGE s8, s5, inner, e1
        inner_done:
            JUMP_BACKWARD_RANGE s4, s1, outer, e2
        done:
            EXIT e3
        """);
    Trace u = RangeLoopUnroller.unroll(nested, 4, 8);
    assertThat(u.code()).filteredOn(in -> in.uop() == Uop.JUMP_RANGE_GROUP)
        .allMatch(in -> in.arg(1) == 5).hasSize(2);
    // an unrolled trace is not unrolled again
    assertThat(RangeLoopUnroller.unroll(u, 4, 8)).isSameAs(u);
    assertThatThrownBy(() -> RangeLoopUnroller.unroll(nested, 1, 8)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupCountIsCheckedByTheTrace() {
    assertThatThrownBy(() -> TraceParser.parse("""
        trace g slots=4
        exit e0
        top:
            JUMP_RANGE_GROUP s3, s0, 0, top
            EXIT e0
        """)).hasMessageContaining("count 0");
    assertThatThrownBy(() -> TraceParser.parse("""
        trace g slots=4
        exit e0
            ITER_NEXT_RANGE s1, s0
            EXIT e0
        """)).hasMessageContaining("overlap");
  }

  /** Ranges for the equivalence runs: empty, one value, group-sized, negative, 64-bit limits. */
  public static List<long[]> ranges() {
    List<long[]> out = new ArrayList<>();
    for (long n : new long[] {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 25, 32, 33, 100}) {
      out.add(new long[] {0, n, 1});
      out.add(new long[] {0, -n, -1});
      out.add(new long[] {5, 5 + 3 * n, 3});
    }
    long[][] edges = {{MAX - 9, MAX, 1}, {MAX - 8, MAX, 1}, {MAX - 17, MAX, 2}, {MIN + 9, MIN, -1},
        {MIN + 16, MIN, -2}, {MIN, MAX, 1L << 59}, {MIN, MAX, 1L << 60}, {MIN, MAX, 1L << 61},
        {MAX, MIN, -(1L << 59)}, {MAX, MIN, MIN}, {MIN, MAX, MAX}, {10, 0, -3}, {-5, 5, 2}};
    out.addAll(List.of(edges));
    return out;
  }

  public static final long[] BUDGETS = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 1000};

  @Test
  void unrolledTracesRunExactlyAsTheOriginal() {
    int runs = 0;
    for (String text : new String[] {SUM, BRANCHY}) {
      Trace original = TraceParser.parse(text);
      for (int copies : new int[] {2, 3, 4, 8, 16}) {
        Trace unrolled = RangeLoopUnroller.unroll(original, copies, 8);
        assertThat(unrolled.size()).isGreaterThan(original.size());
        for (long[] r : ranges()) {
          for (long budget : BUDGETS) {
            for (boolean interrupt : new boolean[] {false, true}) {
              long[] frame = startFrame(original, r);
              assertSameRun(original, unrolled, frame, budget, interrupt);
              runs++;
            }
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(2000);
  }

  /** The add overflows at iteration m, for m at every position of two groups and around them. */
  @Test
  void overflowAtEveryPositionOfAGroupExitsWithTheExactState() {
    Trace original = TraceParser.parse(SUM);
    for (int copies : new int[] {2, 3, 8, 16}) {
      Trace unrolled = RangeLoopUnroller.unroll(original, copies, 8);
      for (long[] r : new long[][] {{1, 200, 1}, {-1, -200, -2}}) {
        for (int m = 0; m < 3 * copies + 2; m++) {
          long[] frame = {0, r[0], r[1], r[2], 0};
          frame[0] = overflowingStart(r, m);
          long[] after = assertSameRun(original, unrolled, frame, 1000, false);
          assertThat(after[4]).as("i at the overflow, m=%d", m).isEqualTo(r[0] + m * r[2]);
          assertThat(after[0]).isEqualTo(frame[0] + sum(r, m));
        }
      }
    }
  }

  /** A start for total such that adding the m-th value overflows and no earlier one does. */
  public static long overflowingStart(long[] r, int m) {
    long before = sum(r, m);
    long v = r[0] + m * r[2];
    return v > 0 ? MAX - before - v + 1 : MIN - before - v - 1;
  }

  public static long sum(long[] r, int m) {
    long s = 0;
    for (int j = 0; j < m; j++) {
      s += r[0] + j * r[2];
    }
    return s;
  }

  /** Runs both from copies of {@code frame}; asserts equal exits, frames, budgets and hits; returns the frame after. */
  static long[] assertSameRun(Trace original, Trace unrolled, long[] frame, long budget, boolean interrupt) {
    long[] a = frame.clone();
    long[] b = frame.clone();
    TraceState sa = TraceState.create();
    TraceState sb = TraceState.create();
    sa.setBudget(budget);
    sb.setBudget(budget);
    if (interrupt) {
      sa.requestInterrupt();
      sb.requestInterrupt();
    }
    ExitTable xa = ExitTable.create(original.exits().size());
    ExitTable xb = ExitTable.create(original.exits().size());
    int ea = UopInterpreter.run(original, a, sa, xa);
    int eb = UopInterpreter.run(unrolled, b, sb, xb);
    String what = java.util.Arrays.toString(frame) + " budget " + budget + " interrupt " + interrupt
        + "\n" + unrolled;
    assertThat(eb).as(what).isEqualTo(ea);
    assertThat(b).as(what).containsExactly(a);
    assertThat(sb.budget()).as(what).isEqualTo(sa.budget());
    for (int e = 0; e < original.exits().size(); e++) {
      assertThat(xb.hits(e)).as(what).isEqualTo(xa.hits(e));
    }
    return a;
  }

  /** JUMP_RANGE_GROUP alone: jumps exactly when the definition says, computed here with BigInteger. */
  @Test
  void groupTestAtItsBoundaries() {
    Trace t = groupProbe();
    long[] values = {0, 1, -1, 2, 7, 8, 9, -8, 1L << 59, 1L << 60, (1L << 60) - 1, MAX, MIN,
        MAX - 8, MAX - 7, MIN + 8, MIN + 7, MAX / 8, MAX / 8 + 1, MIN / 8, MIN / 8 - 1};
    long[] steps = {1, 2, -1, -2, 3, MAX / 8, MAX / 8 + 1, MIN / 8, MIN / 8 - 1, MAX, MIN, 1L << 60};
    int jumped = 0;
    int checked = 0;
    for (long count : new long[] {1, 2, 8, 64}) {
      for (long cur : values) {
        for (long stop : values) {
          for (long step : steps) {
            for (long budget : new long[] {count - 1, count, MAX}) {
              long[] frame = {cur, stop, step, 99, count};
              TraceState s = TraceState.create();
              s.setBudget(budget);
              Trace probe = withCount(t, count);
              int exit = UopInterpreter.run(probe, frame, s, ExitTable.create(2));
              boolean expected = budget >= count && fits(cur, stop, step, count);
              assertThat(exit == 1).as("cur %d stop %d step %d count %d budget %d", cur, stop, step, count, budget)
                  .isEqualTo(expected);
              if (expected) {
                assertThat(frame).containsExactly(cur + step, stop, step, cur, count);
                assertThat(s.budget()).isEqualTo(budget - 1);
                jumped++;
              } else {
                assertThat(frame).containsExactly(cur, stop, step, 99, count);
                assertThat(s.budget()).isEqualTo(budget);
              }
              checked++;
            }
          }
        }
      }
    }
    assertThat(jumped).isBetween(checked / 20, checked / 2);
  }

  /** {@code JUMP_RANGE_GROUP s3, s0, count, yes; EXIT e0; yes: EXIT e1} with s0..s2 the range. */
  static Trace groupProbe() {
    return TraceParser.parse("""
        trace probe slots=5
        exit e0
        exit e1
            JUMP_RANGE_GROUP s3, s0, 1, yes
            EXIT e0
        yes:
            EXIT e1
        """);
  }

  static Trace withCount(Trace t, long count) {
    List<UopInstruction> code = new ArrayList<>(t.code());
    code.set(0, UopInstruction.of(Uop.JUMP_RANGE_GROUP, 3, 0, count, 2));
    return new Trace(t.name(), t.id(), t.slotCount(), code, t.exits(), t.labels());
  }

  /** The definition: span = count * step and end = cur + span fit in 64 bits; end not past stop. */
  static boolean fits(long cur, long stop, long step, long count) {
    BigInteger span = BigInteger.valueOf(count).multiply(BigInteger.valueOf(step));
    BigInteger end = BigInteger.valueOf(cur).add(span);
    if (span.bitLength() > 63 || end.bitLength() > 63) {
      return false;
    }
    return step > 0 ? end.longValueExact() <= stop : end.longValueExact() >= stop;
  }
}
