package org.pyjit.jit.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceParser;

class TraceDumpTest {
  private static final String TEXT = """
      trace t slots=2
      exit e0
          UNARY_INVERT_INT s0, s1
          EXIT e0
      """;

  @Test
  void asmSaysWhyATraceWasNotCompiled() {
    Trace t = TraceParser.parse(TEXT);
    assertThat(TraceDump.asm(t, InterpretedCode.COMPILER))
        .isEqualTo(TraceDump.uops(t) + "# not compiled: no native backend\n");
    TraceCompiler refusing = new TraceCompiler() {
      @Override
      public TraceCode compile(Trace trace, ExitTable exits) throws TraceCompileException {
        throw new TraceCompileException("no stencil for UNARY_INVERT_INT");
      }

      @Override
      public String name() {
        return "test backend";
      }
    };
    assertThat(TraceDump.asm(t, refusing)).endsWith(
        "# not compiled: test backend: no stencil for UNARY_INVERT_INT\n");
  }

  @Test
  void asmShowsTheBackendsMachineCode() {
    Trace add = TraceParser.parse("""
        trace add slots=3
        exit e0
        exit e1
            BINARY_OP_ADD_INT s0, s1, s2, e0
            EXIT e1
        """);
    assertThat(TraceDump.asm(add, new ExecutorTest.AddOnlyCompiler()))
        .isEqualTo(TraceDump.uops(add) + "# machine code (add-only)\nadd");
  }
}
