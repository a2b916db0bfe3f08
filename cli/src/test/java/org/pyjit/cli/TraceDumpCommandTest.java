package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyjit --dump uops FILE}: the trace as parsed, or where it is wrong. */
class TraceDumpCommandTest {
  @Test
  void printsTheNormalizedTrace() {
    Corpus.Result r = Corpus.run("--dump", "uops", Corpus.argPath("tests/traces/squares.uops"));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("""
        trace squares slots=6 id=1
        exit e0 @14 total=s0:i64 i=s4:i64 it=s1:range
        exit e1 @22 total=s0:i64
        exit e2 @8 total=s0:i64 it=s1:range
        top:
            FOR_ITER_RANGE s4, s1, done
            BINARY_OP_MULTIPLY_INT s5, s4, s4, e0
            BINARY_OP_ADD_INT s0, s0, s5, e0
            JUMP_BACKWARD top, e2
        done:
            EXIT e1
        """);
  }

  @Test
  void reportsABadTraceWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.uops");
    Files.writeString(bad, "trace t slots=2\nexit e0\n    COPY s0, s5\n    EXIT e0\n");
    Corpus.Result r = Corpus.run("--dump", "uops", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("bad.uops: line 3: uop 0 (COPY) operand a: slot s5 is outside"
        + " the frame of 2 slots");
  }
}
