package org.pyjit.jit.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.mem.NativeSignature;
import org.pyjit.jit.mem.NativeType;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceParser;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.Traces;
import org.pyjit.jit.uop.Uop;
import org.pyjit.jit.uop.UopInstruction;
import org.pyjit.jit.x64.Assembler;
import org.pyjit.jit.x64.Cond;
import org.pyjit.jit.x64.Label;
import org.pyjit.jit.x64.MachineCode;
import org.pyjit.jit.x64.Mem;
import org.pyjit.jit.x64.Reg;

class ExecutorTest {
  private static final String SQUARES = Traces.source("squares");

  private static final String ADD = """
      trace add slots=3
      exit e0 @4 a=s1:i64 b=s2:i64
      exit e1 @6 sum=s0:i64
          BINARY_OP_ADD_INT s0, s1, s2, e0
          EXIT e1
      """;

  @Test
  void interpretedExecutorReportsExitsAndReasons() {
    Executor ex = Executor.interpreted(TraceParser.parse(SQUARES));
    assertThat(ex.isNative()).isFalse();
    assertThat(ex.fallbackReason()).isNull();
    long[] frame = {0, 0, 10, 1, 0, 0};
    TraceState state = TraceState.create();
    state.setBudget(4);
    ExitResult r = ex.run(frame, state);
    assertThat(r.executor()).isSameAs(ex);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.reason()).isEqualTo(ExitReason.BUDGET);
    assertThat(r.resume().resumeIndex()).isEqualTo(8);
    state.setBudget(100);
    state.requestInterrupt();
    assertThat(ex.run(frame, state).reason()).isEqualTo(ExitReason.INTERRUPT);
    state.clearInterrupt();
    r = ex.run(frame, state);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.reason()).isEqualTo(ExitReason.EXIT);
    assertThat(frame[0]).isEqualTo(285); // sum(i * i for i in range(10))
    assertThat(ex.exitHits(2)).isEqualTo(2);
    assertThat(ex.exitHits(1)).isEqualTo(1);
  }

  @Test
  void executorsGetDistinctTraceIds() {
    Trace t = TraceParser.parse(ADD);
    assertThat(Executor.interpreted(t).trace().id()).isNotEqualTo(Executor.interpreted(t).trace().id());
  }

  @Test
  void aFailingBackendFallsBackToTheInterpreter() {
    TraceCompiler broken = new TraceCompiler() {
      @Override
      public TraceCode compile(Trace trace, ExitTable exits) throws TraceCompileException {
        throw new TraceCompileException("no stencil for FOR_ITER_RANGE");
      }

      @Override
      public String name() {
        return "broken";
      }
    };
    TraceCompiler crashing = new TraceCompiler() {
      @Override
      public TraceCode compile(Trace trace, ExitTable exits) {
        throw new IllegalStateException("bug");
      }

      @Override
      public String name() {
        return "crashing";
      }
    };
    for (TraceCompiler c : List.of(broken, crashing)) {
      Executor ex = Executor.create(TraceParser.parse(SQUARES), c);
      assertThat(ex.isNative()).isFalse();
      assertThat(ex.fallbackReason()).startsWith(c.name() + ": ");
      long[] frame = {0, 0, 10, 1, 0, 0};
      TraceState state = TraceState.create();
      state.setBudget(100);
      assertThat(ex.run(frame, state).exit()).isEqualTo(1);
      assertThat(frame[0]).isEqualTo(285);
    }
  }

  /**
   * A stand-in native backend for one trace shape (ADD): hand-written x86-64 that follows the
   * exit protocol, so the executor's native path (frame copies, state, exit table, links) is
   * tested before the stencil backend exists.
   */
  static final class AddOnlyCompiler implements TraceCompiler {
    private static final NativeSignature SHIM = NativeSignature.of(NativeType.I64, NativeType.I64, NativeType.I64);

    @Override
    public TraceCode compile(Trace trace, ExitTable exits) throws TraceCompileException {
      if (!trace.code().equals(List.of(UopInstruction.of(Uop.BINARY_OP_ADD_INT, 0, 1, 2, 0),
          UopInstruction.of(Uop.EXIT, 1)))) {
        throw new TraceCompileException("only the ADD trace");
      }
      Assembler a = new Assembler();
      Label overflow = new Label();
      Label linked = new Label();
      a.movq(Reg.RAX, Mem.at(Reg.RDI, 8));
      a.addq(Reg.RAX, Mem.at(Reg.RDI, 16));
      a.jcc(Cond.O, overflow);
      a.movq(Mem.at(Reg.RDI, 0), Reg.RAX);
      // exit e1 (linkable): count, follow the link if any and budget allows, else return 1
      a.movabs(Reg.RCX, exits.address());
      a.incq(Mem.at(Reg.RCX, NativeLayout.EXIT_ENTRY_BYTES + NativeLayout.EXIT_HITS));
      a.movq(Reg.RDX, Mem.at(Reg.RCX, NativeLayout.EXIT_ENTRY_BYTES + NativeLayout.EXIT_LINK));
      a.testq(Reg.RDX, Reg.RDX);
      a.jcc(Cond.NE, linked);
      exitReturning(a, 1, trace.id());
      a.bind(linked);
      a.int3(); // this stand-in never gets a native side trace
      a.bind(overflow);
      a.movabs(Reg.RCX, exits.address());
      a.incq(Mem.at(Reg.RCX, NativeLayout.EXIT_HITS));
      exitReturning(a, 0, trace.id());
      MachineCode mc = a.finish();
      InstalledCode code = CodeArena.shared().install("add", mc.code().length,
          at -> mc.link(at, s -> 0));
      return new NativeTraceCode(trace.slotCount()) {
        @Override
        protected long enter(MemorySegment frame, MemorySegment state) {
          return SHIM.invokeLong(code, frame.address(), state.address());
        }

        @Override
        public long nativeEntry() {
          return code.address();
        }

        @Override
        public String disassembly() {
          return "add";
        }

        @Override
        public void close() {
          code.close();
        }
      };
    }

    private static void exitReturning(Assembler a, int exit, long traceId) {
      a.movq(Mem.at(Reg.RSI, NativeLayout.STATE_EXIT_INDEX), exit);
      a.movabs(Reg.RAX, traceId);
      a.movq(Mem.at(Reg.RSI, NativeLayout.STATE_EXIT_TRACE), Reg.RAX);
      a.movq(Reg.RAX, exit);
      a.ret();
    }

    @Override
    public String name() {
      return "add-only";
    }
  }

  @Test
  void nativeCodeRunsOverACopyOfTheFrameAndReportsItsExits() {
    Executor ex = Executor.create(TraceParser.parse(ADD), new AddOnlyCompiler());
    assertThat(ex.fallbackReason()).isNull();
    assertThat(ex.isNative()).isTrue();
    TraceState state = TraceState.create();
    long[] frame = {-1, 40, 2};
    ExitResult r = ex.run(frame, state);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(frame).containsExactly(42, 40, 2);
    assertThat(state.exitTrace()).isEqualTo(ex.trace().id());
    frame = new long[] {-1, Long.MAX_VALUE, 1};
    r = ex.run(frame, state);
    assertThat(r.exit()).isZero();
    assertThat(r.reason()).isEqualTo(ExitReason.EXIT);
    assertThat(frame).containsExactly(-1, Long.MAX_VALUE, 1);
    assertThat(ex.exitHits(0)).isEqualTo(1);
    assertThat(ex.exitHits(1)).isEqualTo(1);
    // the same trace in the interpreter agrees
    Executor oracle = Executor.interpreted(TraceParser.parse(ADD));
    long[] f2 = {-1, Long.MAX_VALUE, 1};
    assertThat(oracle.run(f2, TraceState.create()).exit()).isZero();
    assertThat(f2).isEqualTo(frame);
    ex.close();
  }

  @Test
  void linksFromNativeToInterpretedSideExecutorsAreFollowedUnderTheBudget() {
    Executor parent = Executor.create(TraceParser.parse(ADD), new AddOnlyCompiler());
    Executor side = Executor.interpreted(TraceParser.parse("""
        trace side slots=3
        exit e0 @9 x=s0:i64
            BINARY_OP_MULTIPLY_INT s0, s0, s0, e0
            EXIT e0
        """));
    parent.link(1, side);
    TraceState state = TraceState.create();
    state.setBudget(1);
    long[] frame = {0, 3, 4};
    ExitResult r = parent.run(frame, state);
    assertThat(r.executor()).isSameAs(side);
    assertThat(r.resume().resumeIndex()).isEqualTo(9);
    assertThat(frame[0]).isEqualTo(49);
    assertThat(state.budget()).isZero();
    frame = new long[] {0, 3, 4};
    r = parent.run(frame, state);
    assertThat(r.executor()).as("no budget: stop at the parent's exit").isSameAs(parent);
    assertThat(frame[0]).isEqualTo(7);
    side.invalidate();
    state.setBudget(10);
    r = parent.run(frame, state);
    assertThat(r.executor()).as("an invalidated side is unlinked").isSameAs(parent);
    assertThat(parent.side(1)).isNull();
  }

  @Test
  void interpretedParentFollowsInterpretedSide() {
    Executor parent = Executor.interpreted(TraceParser.parse(ADD));
    Executor side = Executor.interpreted(TraceParser.parse("""
        trace side slots=3
        exit e0
            LOAD_CONST_INT s1, 100
            EXIT e0
        """));
    parent.link(1, side);
    TraceState state = TraceState.create();
    state.setBudget(5);
    long[] frame = {0, 1, 2};
    ExitResult r = parent.run(frame, state);
    assertThat(r.executor()).isSameAs(side);
    assertThat(frame).containsExactly(3, 100, 2);
    assertThat(state.budget()).isEqualTo(4);
  }

  @Test
  void deoptExitsAndForeignFramesCannotBeLinked() {
    Executor parent = Executor.interpreted(TraceParser.parse(ADD));
    Executor side = Executor.interpreted(TraceParser.parse("trace s slots=3\nexit e0\n  EXIT e0\n"));
    assertThatThrownBy(() -> parent.link(0, side)).hasMessageContaining("deopt exit");
    Executor big = Executor.interpreted(TraceParser.parse("trace s slots=9\nexit e0\n  EXIT e0\n"));
    assertThatThrownBy(() -> parent.link(1, big)).hasMessageContaining("frame layout");
  }

  @Test
  void closingWhileARunIsInProgressReleasesAfterIt() throws Exception {
    Executor looping = Executor.interpreted(TraceParser.parse("""
        trace forever slots=2
        exit e0
        top:
            BINARY_OP_ADD_INT s0, s0, s1, e0
            JUMP_BACKWARD top, e0
        """));
    Executor other = Executor.interpreted(TraceParser.parse(ADD));
    TraceState state = TraceState.create();
    state.setBudget(Long.MAX_VALUE);
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    Thread runner = new Thread(() -> {
      started.countDown();
      looping.run(new long[] {0, 1}, state);
    });
    runner.start();
    started.await();
    while (state.budget() == Long.MAX_VALUE) {
      Thread.onSpinWait(); // until the trace is really running
    }
    other.close();
    assertThat(other.isReleased()).as("another executor's run is in progress").isFalse();
    assertThatThrownBy(() -> other.run(new long[3], TraceState.create()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    state.requestInterrupt();
    runner.join();
    assertThat(other.isReleased()).isTrue();
    looping.close();
    assertThat(looping.isReleased()).isTrue();
  }
}
