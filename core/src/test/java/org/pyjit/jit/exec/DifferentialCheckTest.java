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

  /** What a tampered backend does after the interpreter ran: the exit index it returns. */
  private interface Tamper {
    int after(Trace trace, long[] frame, int exit);
  }

  /** A "native" backend that runs the interpreter, then lets {@code tamper} spoil it. */
  private static TraceCompiler tampered(String name, Tamper tamper) {
    return new TraceCompiler() {
      @Override
      public TraceCode compile(Trace trace, ExitTable exits) {
        InterpretedCode code = new InterpretedCode(trace, exits);
        return new TraceCode() {
          @Override
          public int run(long[] frame, TraceState state) {
            return tamper.after(trace, frame, code.run(frame, state));
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
        return name;
      }
    };
  }

  /** A backend that gets one thing wrong: a slot's value, and maybe the exit too. */
  private static TraceCompiler buggy(int slot, boolean wrongExit) {
    return tampered("buggy", (trace, frame, e) -> {
      frame[slot] ^= 1;
      return wrongExit ? (e + 1) % trace.exits().size() : e;
    });
  }

  @Test
  void reportsAnExitIndexTheTraceDoesNotHave() {
    TraceCompiler outOfRange = tampered("out of range", (trace, frame, e) -> e + 100);
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
