package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.TraceParser;

/** {@code --dump asm}: the trace's code with a line naming each uop and exit stub. */
class TraceAsmTest {
  static final String TRACE = """
      trace squares slots=6 id=1
      exit e0
      exit e1
      exit e2
      top:
          FOR_ITER_RANGE s4, s1, done
          BINARY_OP_MULTIPLY_INT s5, s4, s4, e0
          MATH_SIN s5, s5, e0
          JUMP_BACKWARD top, e2
      done:
          EXIT e1
      """;

  @Test
  void dumpNamesEveryPieceInOrder() {
    String dump = TraceAsm.dump(TraceParser.parse(TRACE));
    assertThat(dump).startsWith("squares (5 uops");
    assertThat(dump).containsSubsequence("; shim", "; 0: FOR_ITER_RANGE s4, s1, done",
        "; 1: BINARY_OP_MULTIPLY_INT s5, s4, s4, e0", "; 2: MATH_SIN s5, s5, e0",
        "; 3: JUMP_BACKWARD top, e2", "; 4: EXIT e1", "; exit stub e0", "; exit stub e2",
        "; exit stub e1 (linkable)", "read-only data and GOT:");
    // the GOT holds sin's address, which the call reaches RIP-relatively
    long sin = TraceEmitter.helper("sin");
    StringBuilder le = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      le.append(String.format(" %02x", (sin >>> (8 * i)) & 0xFF));
    }
    assertThat(dump.substring(dump.indexOf("read-only data and GOT:"))).contains(le.toString());
  }
}
