package org.pyjit.jit.x64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the golden files cannot show: operands the assembler must refuse, label and pool
 * bookkeeping, relocations and linking. Expected bytes here are worked out from the Intel SDM
 * (opcode tables, the NOP table) and the ELF relocation formulas, not taken from the encoder.
 */
class AssemblerTest {
  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  @Test
  void condEncodingsAreTheJccNibblesAndNegationPairsThem() {
    // SDM Jcc rel8: JO 70, JNO 71, JB 72, JAE 73, JE 74, JNE 75, JBE 76, JA 77, JS 78, JNS 79,
    // JP 7A, JNP 7B, JL 7C, JGE 7D, JLE 7E, JG 7F.
    String[] names = {"O", "NO", "B", "AE", "E", "NE", "BE", "A", "S", "NS", "P", "NP", "L", "GE",
        "LE", "G"};
    for (int i = 0; i < 16; i++) {
      assertThat(Cond.valueOf(names[i]).encoding()).isEqualTo(i);
    }
    assertThat(Cond.E.negate()).isEqualTo(Cond.NE);
    assertThat(Cond.L.negate()).isEqualTo(Cond.GE);
    assertThat(Cond.LE.negate()).isEqualTo(Cond.G);
    assertThat(Cond.B.negate()).isEqualTo(Cond.AE);
    assertThat(Cond.BE.negate()).isEqualTo(Cond.A);
    assertThat(Cond.P.negate()).isEqualTo(Cond.NP);
    for (Cond c : Cond.values()) {
      assertThat(c.negate()).isNotEqualTo(c);
      assertThat(c.negate().negate()).isEqualTo(c);
    }
    assertThat(Reg.R13.encoding()).isEqualTo(13);
    assertThat(Xmm.XMM9.encoding()).isEqualTo(9);
  }

  @Test
  void badMemoryOperandsAreRejected() {
    assertThatThrownBy(() -> Mem.at(Reg.RAX, Reg.RCX, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mem.at(Reg.RAX, Reg.RCX, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mem.at(Reg.RAX, Reg.RSP, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mem.abs(Reg.RSP, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mem.at(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mem.rip(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Mem(Reg.RAX, null, 4, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    // r12 as an index is fine (REX.X makes it 12, not "no index").
    assertThat(Mem.at(Reg.RAX, Reg.R12, 8, 0).index()).isEqualTo(Reg.R12);
  }

  @Test
  void immediatesOutOfRangeAreRejectedWithoutEmitting() {
    Assembler a = new Assembler();
    a.nop();
    Mem m = Mem.at(Reg.RAX);
    assertThatThrownBy(() -> a.shlq(Reg.RAX, 64)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.sarq(Reg.RAX, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.shll(Reg.RAX, 32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.rorl(m, 32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.movb(m, 256)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.movb(m, -129)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.movw(m, 0x10000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.cmpb(m, 300)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.roundsd(Xmm.XMM0, Xmm.XMM1, 16))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.align(3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(a.position()).isEqualTo(1);
  }

  @Test
  void shortBranchOutOfReachIsRejected() {
    Assembler a = new Assembler();
    Label back = new Label();
    a.bind(back);
    for (int i = 0; i < 200; i++) {
      a.nop();
    }
    assertThatThrownBy(() -> a.jmpShort(back)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.jccShort(Cond.E, back))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(a.position()).isEqualTo(200);

    Assembler b = new Assembler();
    Label fwd = new Label();
    b.jmpShort(fwd);
    for (int i = 0; i < 128; i++) {
      b.nop();
    }
    assertThatThrownBy(() -> b.bind(fwd)).isInstanceOf(IllegalStateException.class);
    assertThat(fwd.isBound()).isFalse();
  }

  @Test
  void unboundLabelAtFinishIsAnError() {
    Assembler a = new Assembler();
    a.jcc(Cond.NE, new Label());
    assertThatThrownBy(a::finish).isInstanceOf(IllegalStateException.class);

    Assembler b = new Assembler();
    b.leaq(Reg.RAX, Mem.rip(new Label()));
    assertThatThrownBy(b::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void labelsBindOnceAndTheAssemblerClosesAtFinish() {
    Assembler a = new Assembler();
    Label l = new Label();
    assertThat(l.isBound()).isFalse();
    assertThatThrownBy(l::position).isInstanceOf(IllegalStateException.class);
    a.nop();
    a.bind(l);
    assertThat(l.isBound()).isTrue();
    assertThat(l.position()).isEqualTo(1);
    assertThatThrownBy(() -> a.bind(l)).isInstanceOf(IllegalStateException.class);
    a.ret();
    a.finish();
    assertThatThrownBy(a::ret).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(a::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLabelBelongsToOneAssembler() {
    Assembler a = new Assembler();
    Label l = new Label();
    a.bind(l);
    Assembler b = new Assembler();
    assertThatThrownBy(() -> b.jmp(l)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.call(l)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.movq(Reg.RAX, Mem.rip(l)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.bind(l)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.position()).isZero();
  }

  @Test
  void branchesPickRel8OnlyForBoundTargetsInReach() {
    Assembler a = new Assembler();
    Label top = new Label();
    Label end = new Label();
    a.bind(top);
    a.jcc(Cond.E, end); // forward: 0F 84 rel32
    a.jmp(top); // backward, in reach: EB rel8 = 0 - (6 + 2) = -8
    a.call(top); // E8 rel32 = 0 - (8 + 5) = -13
    a.bind(end);
    a.ret();
    // jcc's rel32 = end(13) - 6 = 7.
    assertThat(hex(a.finish().code())).isEqualTo("0f8407000000" + "ebf8" + "e8f3ffffff" + "c3");
  }

  @Test
  void movImmPicksTheShortestMov() {
    Assembler a = new Assembler();
    a.movImm(Reg.RAX, 5); // B8+r id
    a.movImm(Reg.R9, 0xFFFFFFFFL); // REX.B B8+1 id
    a.movImm(Reg.RAX, -1); // REX.W C7 /0 id
    a.movImm(Reg.RCX, 1L << 32); // REX.W B8+1 io
    a.movImm(Reg.RDX, Long.MIN_VALUE);
    assertThat(hex(a.finish().code())).isEqualTo("b805000000" + "41b9ffffffff" + "48c7c0ffffffff"
        + "48b90000000001000000" + "48ba0000000000000080");
  }

  @Test
  void alignPadsWithTheManualsMultiByteNops() {
    Assembler a = new Assembler();
    a.ret();
    a.align(16); // 15 bytes: the 9-byte nop then the 6-byte one (SDM vol. 2B, NOP table)
    int afterFirst = a.position();
    a.align(16); // already aligned: nothing
    a.int3();
    a.int3();
    a.align(4); // 2 bytes: 66 90
    byte[] code = a.finish().code();
    assertThat(afterFirst).isEqualTo(16);
    assertThat(hex(code)).isEqualTo("c3" + "660f1f840000000000" + "660f1f440000" + "cccc" + "6690");
  }

  @Test
  void constantPoolIsAlignedDeduplicatedAndAfterTheCode() {
    Assembler a = new Assembler();
    Mem one = a.constDouble(1.0);
    assertThat(a.constDouble(1.0)).isEqualTo(one);
    assertThat(a.constLong(0x3FF0000000000000L)).isEqualTo(one); // same bits, same entry
    assertThat(a.constDouble(-0.0)).isNotEqualTo(a.constDouble(0.0));
    Mem mask = a.const128(0x7FFFFFFFFFFFFFFFL, 0x7FFFFFFFFFFFFFFFL);
    assertThat(a.const128(0x7FFFFFFFFFFFFFFFL, 0x7FFFFFFFFFFFFFFFL)).isEqualTo(mask);
    a.movsd(Xmm.XMM0, one); // f2 0f 10 05 rel32: 8 bytes, ends at 8
    a.ret(); // at 8
    MachineCode mc = a.finish();
    byte[] code = mc.code();
    assertThat(mc.alignment()).isEqualTo(16);
    // 9..15 int3 padding, 16..31 the mask, then 1.0, -0.0, 0.0 at 32, 40, 48.
    assertThat(code).hasSize(56);
    assertThat(mc.codeEnd()).isEqualTo(9);
    assertThat(hex(code)).startsWith("f20f1005" + "18000000" + "c3" + "cccccccccccccc"
        + "ffffffffffffff7f" + "ffffffffffffff7f" + "000000000000f03f" + "0000000000000080"
        + "0000000000000000");
  }

  @Test
  void relocationsAreLinkedWithElfArithmetic() {
    Assembler a = new Assembler();
    a.callExternal("f"); // e8 at 0, field at 1
    a.movabs(Reg.R11, "g"); // 49 bb at 5, field at 7
    a.jmpExternal("f"); // e9 at 15, field at 16
    a.mark("tail");
    MachineCode mc = a.finish();
    assertThat(mc.relocations()).containsExactly(
        new Relocation(1, Relocation.Kind.PC32, "f", -4),
        new Relocation(7, Relocation.Kind.ABS64, "g", 0),
        new Relocation(16, Relocation.Kind.PC32, "f", -4));
    assertThat(mc.positions()).isEqualTo(Map.of("tail", 20));
    assertThat(hex(mc.code())).isEqualTo("e800000000" + "49bb0000000000000000" + "e900000000");
    Map<String, Long> syms = Map.of("f", 0x2000L, "g", 0x1122334455667788L);
    byte[] linked = mc.link(0x1000, syms::get);
    // PC32: S + A - P = 0x2000 - 4 - 0x1001 = 0xffb; and 0x2000 - 4 - 0x1010 = 0xfec.
    assertThat(hex(linked)).isEqualTo("e8fb0f0000" + "49bb8877665544332211" + "e9ec0f0000");
    // Backward: 0x1000 - 4 - 0x100001 = -0xff005.
    assertThat(hex(mc.link(0x100000, s -> 0x1000L))).startsWith("e8fb0ff0ff");
  }

  @Test
  void conditionalExternalJumpIsAPc32AfterTheTwoOpcodeBytes() {
    Assembler a = new Assembler();
    a.nop();
    a.jccExternal(Cond.O, "deopt"); // 0F 80 rel32 at 1, field at 3
    MachineCode mc = a.finish();
    assertThat(mc.relocations())
        .containsExactly(new Relocation(3, Relocation.Kind.PC32, "deopt", -4));
    // S + A - P = 0x5000 - 4 - 0x4003.
    assertThat(hex(mc.link(0x4000, s -> 0x5000L))).isEqualTo("90" + "0f80" + "f90f0000");
  }

  @Test
  void pc32OutOfRangeFailsAtLink() {
    Assembler a = new Assembler();
    a.callExternal("far");
    MachineCode mc = a.finish();
    assertThatThrownBy(() -> mc.link(0x1000, s -> 0x1_0000_1000L))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> mc.link(0x7fff_0000_0000L, s -> 0x1000L))
        .isInstanceOf(IllegalStateException.class);
    // Exactly at the edge: S + A - P = 0x7fffffff.
    byte[] ok = mc.link(0, s -> 0x7fffffffL + 4 + 1);
    assertThat(hex(ok)).isEqualTo("e8ffffff7f");
  }

  @Test
  void misalignedLoadAddressIsRefusedWhenThePoolNeedsAlignment() {
    Assembler a = new Assembler();
    a.andpd(Xmm.XMM0, a.const128(1, 2));
    a.ret();
    MachineCode mc = a.finish();
    assertThatThrownBy(() -> mc.link(0x1008, s -> 0)).isInstanceOf(IllegalStateException.class);
    assertThat(mc.link(0x1010, s -> 0)).isEqualTo(mc.code());
  }
}
