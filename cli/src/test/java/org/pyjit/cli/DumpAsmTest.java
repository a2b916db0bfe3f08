package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.jit.basic.AsmDump;

/** {@code pyjit --dump asm FILE}: runs FILE and dumps what @jit compiles, on stderr. */
class DumpAsmTest {
  @Test
  void dumpsEveryCompiledSignature(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("prog.py");
    Files.writeString(file, """
        from pyjit import jit

        @jit
        def twice(x):
            return x + x

        print(twice(21), twice(1.5))
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try {
      status = Main.run(new String[] {"--dump", "asm", file.toString()},
          new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    } finally {
      AsmDump.out = null;
    }
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("42 3.0\n");
    String dump = err.toString(StandardCharsets.UTF_8);
    assertThat(dump).contains("# @jit twice[INT] -> INT", "# @jit twice[FLOAT] -> FLOAT",
        "iadd v0(x), v0(x)", "fadd f0(x), f0(x)");
    // the machine code follows each IR: objdump's listing or the hex dump, both name it
    assertThat(dump.split("twice at 0x", -1)).hasSize(3);
  }
}
