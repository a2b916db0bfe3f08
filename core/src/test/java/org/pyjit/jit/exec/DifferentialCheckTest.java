package org.pyjit.jit.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.RandomTraces;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceState;

/** The differential harness native backends will be run through finds real differences. */
class DifferentialCheckTest {
  @Test
  void theInterpreterAgreesWithItself() {
    for (int seed = 0; seed < 300; seed++) {
      assertThat(DifferentialCheck.compare(RandomTraces.generate(seed), InterpretedCode.COMPILER))
          .isNull();
    }
  }

  /** A "backend" that runs the interpreter and then gets one thing wrong. */
  private static TraceCompiler buggy(int slot, boolean wrongExit) {
    return new TraceCompiler() {
      @Override
      public TraceCode compile(Trace trace, ExitTable exits) {
        InterpretedCode code = new InterpretedCode(trace, exits);
        return new TraceCode() {
          @Override
          public int run(long[] frame, TraceState state) {
            int e = code.run(frame, state);
            frame[slot] ^= 1;
            return wrongExit ? (e + 1) % trace.exits().size() : e;
          }

          @Override
          public boolean isNative() {
            return true;
          }

          @Override
          public long nativeEntry() {
            return 0;
          }

          @Override
          public String disassembly() {
            return "";
          }

          @Override
          public void close() {}
        };
      }

      @Override
      public String name() {
        return "buggy";
      }
    };
  }

  @Test
  void reportsAnExitIndexTheTraceDoesNotHave() {
    TraceCompiler outOfRange = new TraceCompiler() {
      @Override
      public TraceCode compile(Trace trace, ExitTable exits) {
        InterpretedCode code = new InterpretedCode(trace, exits);
        return new TraceCode() {
          @Override
          public int run(long[] frame, TraceState state) {
            return code.run(frame, state) + 100;
          }

          @Override
          public boolean isNative() {
            return true;
          }

          @Override
          public long nativeEntry() {
            return 0;
          }

          @Override
          public String disassembly() {
            return "";
          }

          @Override
          public void close() {}
        };
      }

      @Override
      public String name() {
        return "out of range";
      }
    };
    assertThat(DifferentialCheck.compare(RandomTraces.generate(5), outOfRange))
        .startsWith("seed 5: the backend's run failed: java.lang.IllegalStateException: ")
        .contains("returned exit e10");
  }

  @Test
  void findsAWrongSlotAndAWrongExit() {
    RandomTraces.Case c = RandomTraces.generate(42);
    assertThat(DifferentialCheck.compare(c, buggy(3, false)))
        .startsWith("seed 42: s3=").contains("trace random42");
    assertThat(DifferentialCheck.compare(c, buggy(RandomTraces.F64_BASE, true)))
        .contains(" exit e", " s" + RandomTraces.F64_BASE + "=");
  }
}
