package org.pyjit.jit.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class DisassemblyTest {
  private static final byte[] CODE = {
    0x48, (byte) 0x89, (byte) 0xd8, // mov rax, rbx
    0x48, 0x01, (byte) 0xf0, // add rax, rsi
    (byte) 0xc3, // ret
  };

  @Test
  void hexDumpHasOffsetsAndSixteenBytesALine() {
    byte[] code = new byte[20];
    for (int i = 0; i < code.length; i++) {
      code[i] = (byte) (0xf0 + i);
    }
    assertThat(Disassembly.hex(code, 0x7f0000001000L, "f")).isEqualTo("""
        f at 0x7f0000001000, 20 bytes:
        00007f0000001000 +0000: f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 fa fb fc fd fe ff
        00007f0000001010 +0010: 00 01 02 03
        """);
    assertThat(Disassembly.hex(new byte[0], 0, "empty")).isEqualTo("empty at 0x0, 0 bytes:\n");
  }

  @Test
  void objdumpGivesIntelSyntaxAtTheLoadAddress() {
    String objdump = Disassembly.findOnPath("objdump");
    assumeTrue(objdump != null, "objdump is not installed");
    String text = Disassembly.of(CODE, 0x4000, "add");
    assertThat(text).startsWith("add at 0x4000, 7 bytes:\n");
    assertThat(text).contains("4000:").contains("mov    rax,rbx");
    assertThat(text).contains("4003:").contains("add    rax,rsi");
    assertThat(text).contains("4006:").contains("ret");
    assertThat(text).doesNotContain("pyjit-code"); // objdump's header with the temp file name
  }

  @Test
  void aMissingOrFailingToolFallsBackToHex() {
    assertThat(Disassembly.objdump("/nonexistent/objdump", CODE, 0, "x")).isNull();
    assertThat(Disassembly.findOnPath("no-such-tool-pyjit")).isNull();
  }
}
