package org.pyjit.jit.uop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Control flow of the uop interpreter: the budget, the interrupt flag, exits and links. */
class UopInterpreterTest {
  private static long[] squaresFrame(long start, long stop) {
    return new long[] {0, start, stop, 1, 0, 0};
  }

  private static long sumOfSquares(long start, long stop) {
    return LongStream.range(start, stop).map(i -> i * i).sum();
  }

  @Test
  void runsTheLoopToItsEnd() {
    Trace t = TraceParser.parse(TraceParserTest.SQUARES);
    long[] frame = squaresFrame(0, 100);
    TraceState state = TraceState.create();
    state.setBudget(1_000_000);
    ExitTable exits = ExitTable.create(3);
    assertThat(UopInterpreter.run(t, frame, state, exits)).isEqualTo(1);
    assertThat(frame[0]).isEqualTo(sumOfSquares(0, 100));
    assertThat(state.exitIndex()).isEqualTo(1);
    assertThat(state.exitTrace()).isEqualTo(1);
    assertThat(state.budget()).isEqualTo(1_000_000 - 100);
    assertThat(exits.hits(1)).isEqualTo(1);
    assertThat(exits.hits(0)).isZero();
  }

  @Test
  void budgetExhaustionLeavesAtTheBackEdgeAndReentryContinues() {
    Trace t = TraceParser.parse(TraceParserTest.SQUARES);
    long[] frame = squaresFrame(0, 10);
    TraceState state = TraceState.create();
    ExitTable exits = ExitTable.create(3);
    state.setBudget(3);
    assertThat(UopInterpreter.run(t, frame, state, exits)).isEqualTo(2);
    // three back edges taken, the fourth iteration's body done, then the budget exit
    assertThat(frame[0]).isEqualTo(sumOfSquares(0, 4));
    assertThat(frame[1]).as("range current").isEqualTo(4);
    assertThat(state.budget()).isZero();
    state.setBudget(0);
    assertThat(UopInterpreter.run(t, frame, state, exits)).isEqualTo(2);
    assertThat(frame[0]).as("a zero budget still runs one iteration").isEqualTo(sumOfSquares(0, 5));
    state.setBudget(100);
    assertThat(UopInterpreter.run(t, frame, state, exits)).isEqualTo(1);
    assertThat(frame[0]).isEqualTo(sumOfSquares(0, 10));
    assertThat(exits.hits(2)).isEqualTo(2);
  }

  @Test
  void interruptFlagMakesTheTraceLeave() {
    Trace t = TraceParser.parse(TraceParserTest.SQUARES);
    long[] frame = squaresFrame(0, 1000);
    TraceState state = TraceState.create();
    state.setBudget(Long.MAX_VALUE);
    state.requestInterrupt();
    assertThat(UopInterpreter.run(t, frame, state, ExitTable.create(3))).isEqualTo(2);
    assertThat(frame[0]).isEqualTo(sumOfSquares(0, 1));
    assertThat(state.budget()).isEqualTo(Long.MAX_VALUE);
    state.clearInterrupt();
    assertThat(UopInterpreter.run(t, frame, state, ExitTable.create(3))).isEqualTo(1);
    assertThat(frame[0]).isEqualTo(sumOfSquares(0, 1000));
  }

  @Test
  void interruptFromAnotherThreadStopsAnEndlessLoop() throws InterruptedException {
    Trace t = TraceParser.parse("""
        trace forever slots=2
        exit e0
        top:
            BINARY_OP_ADD_INT s0, s0, s1, e0
            JUMP_BACKWARD top, e0
        """);
    long[] frame = {0, 1};
    TraceState state = TraceState.create();
    state.setBudget(Long.MAX_VALUE);
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      state.requestInterrupt();
    });
    stopper.start();
    assertThat(UopInterpreter.run(t, frame, state, ExitTable.create(1))).isZero();
    stopper.join();
    assertThat(frame[0]).isPositive();
  }

  @Test
  void overflowExitLeavesTheStateBeforeTheUop() {
    Trace t = TraceParser.parse(TraceParserTest.SQUARES);
    long start = 3037000499L; // start^2 fits, (start+1)^2 does not
    long[] frame = squaresFrame(start, start + 5);
    TraceState state = TraceState.create();
    state.setBudget(100);
    assertThat(UopInterpreter.run(t, frame, state, ExitTable.create(3))).isZero();
    assertThat(frame[0]).isEqualTo(start * start);
    assertThat(frame[4]).as("i, as Python will redo i * i").isEqualTo(start + 1);
  }

  @Test
  void linkedSideTraceContinuesAndReportsItsOwnExit() {
    Trace parent = TraceParser.parse("""
        trace parent slots=3 id=10
        exit e0
        exit e1
            COMPARE_LT_INT s2, s0, s1
            GUARD_IS_TRUE s2, e0
            LOAD_CONST_INT s0, 111
            EXIT e1
        """);
    Trace side = TraceParser.parse("""
        trace side slots=3 id=20
        exit e0
            LOAD_CONST_INT s0, 222
            EXIT e0
        """);
    ExitTable exits = ExitTable.create(2);
    ExitTable sideExits = ExitTable.create(1);
    TraceState state = TraceState.create();
    state.setBudget(1);
    long[] frame = {5, 1, 0};
    assertThat(UopInterpreter.run(parent, frame, state, exits)).isZero();
    assertThat(frame[0]).isEqualTo(5);
    assertThat(state.exitTrace()).isEqualTo(10);
    exits.link(0, new ExitTable.Link(side, sideExits), 0);
    assertThat(UopInterpreter.run(parent, frame, state, exits)).isZero();
    assertThat(frame[0]).isEqualTo(222);
    assertThat(state.exitTrace()).isEqualTo(20);
    assertThat(state.budget()).as("following a link spends budget").isZero();
    assertThat(exits.hits(0)).isEqualTo(2);
    assertThat(sideExits.hits(0)).isEqualTo(1);
    frame[0] = 5;
    assertThat(UopInterpreter.run(parent, frame, state, exits)).isZero();
    assertThat(frame[0]).as("no budget left: the link is not followed").isEqualTo(5);
    assertThat(state.exitTrace()).isEqualTo(10);
  }

  @Test
  void deoptExitsAreNeverFollowedEvenWhenLinked() {
    Trace parent = TraceParser.parse("""
        trace parent slots=3 id=10
        exit e0
            BINARY_OP_FLOOR_DIVIDE_INT s0, s1, s2, e0
            EXIT e0
        """);
    Trace side = TraceParser.parse("trace side slots=3 id=20\nexit e0\n  EXIT e0\n");
    ExitTable exits = ExitTable.create(1);
    exits.link(0, new ExitTable.Link(side, ExitTable.create(1)), 0);
    TraceState state = TraceState.create();
    long[] frame = {7, 1, 0};
    assertThat(UopInterpreter.run(parent, frame, state, exits)).isZero();
    assertThat(state.exitTrace()).isEqualTo(10);
    assertThat(frame[0]).isEqualTo(7);
  }

  @Test
  void branchesAndJumpsFollowTheirTargets() {
    // d = a if a > b else b, then abs via a branch
    Trace t = TraceParser.parse("""
        trace max slots=4
        exit e0
            COMPARE_GT_INT s3, s0, s1
            JUMP_IF_FALSE s3, takeb
            COPY s2, s0
            JUMP done
        takeb:
            COPY s2, s1
        done:
            EXIT e0
        """);
    for (long[] ab : new long[][] {{3, 9}, {9, 3}, {-1, -1}, {Long.MIN_VALUE, Long.MAX_VALUE}}) {
      long[] frame = {ab[0], ab[1], 0, 0};
      UopInterpreter.run(t, frame, TraceState.create(), ExitTable.create(1));
      assertThat(frame[2]).isEqualTo(Math.max(ab[0], ab[1]));
    }
  }
}
