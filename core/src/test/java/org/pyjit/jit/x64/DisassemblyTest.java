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
  void theConstantPoolIsDumpedAsData() {
    Assembler a = new Assembler();
    a.movsd(Xmm.XMM0, a.constDouble(1.0)); // 8 bytes
    a.ret(); // at 8; int3 padding to 16, then the pool
    MachineCode mc = a.finish();
    assertThat(mc.codeEnd()).isEqualTo(9);
    String text = Disassembly.of(mc, mc.code(), 0x1000, "f");
    assertThat(text).startsWith("f at 0x1000, 9 bytes:\n");
    assertThat(text).endsWith("constant pool:\n"
        + "0000000000001009 +0009: cc cc cc cc cc cc cc 00 00 00 00 00 00 f0 3f\n");
    Assembler b = new Assembler();
    b.ret();
    MachineCode plain = b.finish();
    assertThat(Disassembly.of(plain, plain.code(), 0, "g")).doesNotContain("constant pool");
  }

  @Test
  void aMissingOrFailingToolFallsBackToHex() {
    assertThat(Disassembly.objdump("/nonexistent/objdump", CODE, 0, "x")).isNull();
    assertThat(Disassembly.findOnPath("no-such-tool-pyjit")).isNull();
  }
}
