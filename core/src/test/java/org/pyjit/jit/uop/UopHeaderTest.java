package org.pyjit.jit.uop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed C header is what UopHeader generates from the current uop table. */
class UopHeaderTest {
  @Test
  void committedHeaderIsUpToDate() throws IOException {
    Path header = Path.of("..").resolve(UopHeader.PATH);
    assertThat(header).exists();
    assertThat(Files.readString(header))
        .as("core/src/main/c/uops.h is stale: regenerate it with"
            + " java -cp core/target/classes org.pyjit.jit.uop.UopHeader")
        .isEqualTo(UopHeader.generate());
  }

  @Test
  void headerNumbersEveryUopByItsOrdinal() {
    String text = UopHeader.generate();
    for (Uop uop : Uop.values()) {
      assertThat(text).contains("#define PYJIT_UOP_" + uop.name() + " " + uop.ordinal() + "\n");
    }
  }
}
