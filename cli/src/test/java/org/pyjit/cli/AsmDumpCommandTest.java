package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code pyjit --dump asm FILE}: the trace and the machine code the stencils make of it. */
class AsmDumpCommandTest {
  @Test
  void printsTheTraceAndItsMachineCode() {
    Corpus.Result r = Corpus.run("--dump", "asm", Corpus.argPath("tests/traces/squares.uops"));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsSubsequence("trace squares", "    EXIT e1",
        "# machine code (copy-and-patch)", "; shim", "; 0: FOR_ITER_RANGE s4, s1, done",
        "; 1: BINARY_OP_MULTIPLY_INT s5, s4, s4, e0", "; 4: EXIT e1", "; exit stub e0");
  }

  @Test
  void aMissingFileIsReported() {
    Corpus.Result r = Corpus.run("--dump", "asm", "/nonexistent/x.uops");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("can't open file");
  }
}
