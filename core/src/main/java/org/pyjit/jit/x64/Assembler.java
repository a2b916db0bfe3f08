package org.pyjit.jit.x64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pure x86-64 encoder in the style of HotSpot's and V8's: one method per instruction form,
 * named by the mnemonic plus an AT&T width suffix ({@code q} 64, {@code l} 32, {@code w} 16,
 * {@code b} 8 bits), Intel operand order (destination first). What you call is what you get,
 * with the encodings GNU {@code as} picks for the same text (tests compare byte for byte):
 * imm8 forms when the immediate fits, the short rax forms of ALU ops and test, D1 for a shift
 * by one, rel8 for a backward branch that fits.
 *
 * <p>Contract: every method either appends the exact bytes of one instruction or throws
 * IllegalArgumentException before appending anything (bad operand: immediate out of range for
 * the form, unencodable memory operand, ...). Labels may be referenced before they are bound;
 * {@link #finish()} fails with IllegalStateException if one never is. The code is
 * position-independent: internal references are PC-relative, external ones are {@link
 * Relocation}s resolved by {@link MachineCode#link}. Constants ({@link #constDouble} ...) go
 * into a pool after the code, reached RIP-relative.
 */
public final class Assembler {
  private static final int B = 1;
  private static final int W = 2;
  private static final int L = 4;
  private static final int Q = 8;

  // Group-1 ALU extensions (ModRM.reg of 80/81/83, and opcode base ext*8).
  private static final int ADD = 0;
  private static final int OR = 1;
  private static final int AND = 4;
  private static final int SUB = 5;
  private static final int XOR = 6;
  private static final int CMP = 7;
  // Group-2 shift extensions.
  private static final int ROL = 0;
  private static final int ROR = 1;
  private static final int SHL = 4;
  private static final int SHR = 5;
  private static final int SAR = 7;

  private byte[] buf = new byte[256];
  private int pos;
  private boolean finished;
  private final Set<Label> referenced = new LinkedHashSet<>();
  private final List<Relocation> relocations = new ArrayList<>();
  private final Map<String, Integer> marks = new LinkedHashMap<>();
  private final Map<Long, Label> pool8 = new LinkedHashMap<>();
  private final Map<Pair, Label> pool16 = new LinkedHashMap<>();

  private record Pair(long lo, long hi) {}

  // ---------------------------------------------------------------- positions and labels

  /** The offset where the next instruction goes. */
  public int position() {
    return pos;
  }

  /**
   * Binds {@code l} here and patches every reference already made to it. A short branch that
   * cannot reach is an IllegalStateException, and the label then stays unbound.
   */
  public void bind(Label l) {
    checkOpen();
    l.claim(this);
    if (l.isBound()) {
      throw new IllegalStateException("label is already bound at " + l.position());
    }
    for (Label.Fixup f : l.fixups()) {
      if (f.width() == 1 && !isByte(pos - f.from())) {
        throw new IllegalStateException("short branch to a label " + (pos - f.from())
            + " bytes away");
      }
    }
    l.bindAt(pos);
    for (Label.Fixup f : l.takeFixups()) {
      patch(l, f);
    }
  }

  /** Names the current position (reported in {@link MachineCode#positions()}). */
  public void mark(String name) {
    marks.put(name, pos);
  }

  /** Pads with multi-byte nops up to a multiple of {@code n} (a power of two, 1 to 4096). */
  public void align(int n) {
    if (n <= 0 || n > 4096 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("alignment must be a power of two up to 4096: " + n);
    }
    int pad = -pos & (n - 1);
    while (pad > 0) {
      int k = Math.min(pad, NOPS.length - 1);
      for (int b : NOPS[k]) {
        emit8(b);
      }
      pad -= k;
    }
  }

  /** The recommended multi-byte nops of the Intel SDM (vol. 2B, NOP), by length. */
  private static final int[][] NOPS = {
    {},
    {0x90},
    {0x66, 0x90},
    {0x0F, 0x1F, 0x00},
    {0x0F, 0x1F, 0x40, 0x00},
    {0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
    {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
  };

  public void nop() {
    emit8(0x90);
  }

  public void int3() {
    emit8(0xCC);
  }

  // ---------------------------------------------------------------- moves

  public void movq(Reg dst, Reg src) {
    rr(0, Q, 0x89, src, dst);
  }

  public void movq(Reg dst, Mem src) {
    rm(0, Q, 0x8B, dst, src);
  }

  public void movq(Mem dst, Reg src) {
    rm(0, Q, 0x89, src, dst);
  }

  /** mov r64, imm32 sign-extended (C7 /0); use {@link #movabs} for 64-bit constants. */
  public void movq(Reg dst, int imm) {
    rr(0, Q, 0xC7, 0, dst.encoding(), false);
    emit32(imm);
  }

  public void movq(Mem dst, int imm) {
    rm(0, Q, 0xC7, 0, dst, 4, false);
    emit32(imm);
  }

  public void movl(Reg dst, Reg src) {
    rr(0, L, 0x89, src, dst);
  }

  public void movl(Reg dst, Mem src) {
    rm(0, L, 0x8B, dst, src);
  }

  public void movl(Mem dst, Reg src) {
    rm(0, L, 0x89, src, dst);
  }

  /** mov r32, imm32 (B8+r); zero-extends into the 64-bit register. */
  public void movl(Reg dst, int imm) {
    rex(L, 0, 0, dst.encoding(), false);
    emit8(0xB8 + (dst.encoding() & 7));
    emit32(imm);
  }

  public void movl(Mem dst, int imm) {
    rm(0, L, 0xC7, 0, dst, 4, false);
    emit32(imm);
  }

  public void movw(Mem dst, Reg src) {
    rm(0, W, 0x89, src, dst);
  }

  /** mov m16, imm16; {@code imm} in -32768..65535. */
  public void movw(Mem dst, int imm) {
    checkRange(imm, -0x8000, 0xFFFF, "imm16");
    rm(0, W, 0xC7, 0, dst, 2, false);
    emit16(imm);
  }

  public void movb(Mem dst, Reg src) {
    rm(0, B, 0x88, src.encoding(), dst, 0, src.byteNeedsRex());
  }

  /** mov m8, imm8; {@code imm} in -128..255. */
  public void movb(Mem dst, int imm) {
    checkRange(imm, -0x80, 0xFF, "imm8");
    rm(0, B, 0xC6, 0, dst, 1, false);
    emit8(imm);
  }

  /** mov r64, imm64 (REX.W B8+r io). */
  public void movabs(Reg dst, long imm) {
    rex(Q, 0, 0, dst.encoding(), false);
    emit8(0xB8 + (dst.encoding() & 7));
    emit64(imm);
  }

  /**
   * Loads a 64-bit constant with the shortest mov: {@code movl} (zero-extending) for 0 to
   * 2^32-1, {@code movq} imm32 (sign-extending) for the other int values, else {@code movabs}.
   * Unlike {@code xor r, r} for zero, it leaves the flags alone.
   */
  public void movImm(Reg dst, long v) {
    if (v >>> 32 == 0) {
      movl(dst, (int) v);
    } else if (v == (int) v) {
      movq(dst, (int) v);
    } else {
      movabs(dst, v);
    }
  }

  /** mov r64, imm64 holding the address of an external symbol (an ABS64 relocation). */
  public void movabs(Reg dst, String symbol) {
    movabs(dst, 0L);
    relocations.add(new Relocation(pos - 8, Relocation.Kind.ABS64, symbol, 0));
  }

  public void movzbl(Reg dst, Reg src) {
    rr(0, L, 0x0FB6, dst.encoding(), src.encoding(), src.byteNeedsRex());
  }

  public void movzbl(Reg dst, Mem src) {
    rm(0, L, 0x0FB6, dst, src);
  }

  public void movzwl(Reg dst, Reg src) {
    rr(0, L, 0x0FB7, dst, src);
  }

  public void movzwl(Reg dst, Mem src) {
    rm(0, L, 0x0FB7, dst, src);
  }

  public void movzbq(Reg dst, Reg src) {
    rr(0, Q, 0x0FB6, dst, src);
  }

  public void movzbq(Reg dst, Mem src) {
    rm(0, Q, 0x0FB6, dst, src);
  }

  public void movzwq(Reg dst, Reg src) {
    rr(0, Q, 0x0FB7, dst, src);
  }

  public void movzwq(Reg dst, Mem src) {
    rm(0, Q, 0x0FB7, dst, src);
  }

  public void movsbl(Reg dst, Reg src) {
    rr(0, L, 0x0FBE, dst.encoding(), src.encoding(), src.byteNeedsRex());
  }

  public void movsbl(Reg dst, Mem src) {
    rm(0, L, 0x0FBE, dst, src);
  }

  public void movswl(Reg dst, Reg src) {
    rr(0, L, 0x0FBF, dst, src);
  }

  public void movswl(Reg dst, Mem src) {
    rm(0, L, 0x0FBF, dst, src);
  }

  public void movsbq(Reg dst, Reg src) {
    rr(0, Q, 0x0FBE, dst, src);
  }

  public void movsbq(Reg dst, Mem src) {
    rm(0, Q, 0x0FBE, dst, src);
  }

  public void movswq(Reg dst, Reg src) {
    rr(0, Q, 0x0FBF, dst, src);
  }

  public void movswq(Reg dst, Mem src) {
    rm(0, Q, 0x0FBF, dst, src);
  }

  /** movsxd r64, r/m32. */
  public void movslq(Reg dst, Reg src) {
    rr(0, Q, 0x63, dst, src);
  }

  public void movslq(Reg dst, Mem src) {
    rm(0, Q, 0x63, dst, src);
  }

  public void leaq(Reg dst, Mem src) {
    rm(0, Q, 0x8D, dst, src);
  }

  public void leal(Reg dst, Mem src) {
    rm(0, L, 0x8D, dst, src);
  }

  // ---------------------------------------------------------------- ALU (group 1)

  public void addq(Reg dst, Reg src) { alu(Q, ADD, dst, src); }
  public void addq(Reg dst, Mem src) { alu(Q, ADD, dst, src); }
  public void addq(Mem dst, Reg src) { alu(Q, ADD, dst, src); }
  public void addq(Reg dst, int imm) { alu(Q, ADD, dst, imm); }
  public void addq(Mem dst, int imm) { alu(Q, ADD, dst, imm); }
  public void addl(Reg dst, Reg src) { alu(L, ADD, dst, src); }
  public void addl(Reg dst, Mem src) { alu(L, ADD, dst, src); }
  public void addl(Mem dst, Reg src) { alu(L, ADD, dst, src); }
  public void addl(Reg dst, int imm) { alu(L, ADD, dst, imm); }
  public void addl(Mem dst, int imm) { alu(L, ADD, dst, imm); }

  public void subq(Reg dst, Reg src) { alu(Q, SUB, dst, src); }
  public void subq(Reg dst, Mem src) { alu(Q, SUB, dst, src); }
  public void subq(Mem dst, Reg src) { alu(Q, SUB, dst, src); }
  public void subq(Reg dst, int imm) { alu(Q, SUB, dst, imm); }
  public void subq(Mem dst, int imm) { alu(Q, SUB, dst, imm); }
  public void subl(Reg dst, Reg src) { alu(L, SUB, dst, src); }
  public void subl(Reg dst, Mem src) { alu(L, SUB, dst, src); }
  public void subl(Mem dst, Reg src) { alu(L, SUB, dst, src); }
  public void subl(Reg dst, int imm) { alu(L, SUB, dst, imm); }
  public void subl(Mem dst, int imm) { alu(L, SUB, dst, imm); }

  public void andq(Reg dst, Reg src) { alu(Q, AND, dst, src); }
  public void andq(Reg dst, Mem src) { alu(Q, AND, dst, src); }
  public void andq(Mem dst, Reg src) { alu(Q, AND, dst, src); }
  public void andq(Reg dst, int imm) { alu(Q, AND, dst, imm); }
  public void andq(Mem dst, int imm) { alu(Q, AND, dst, imm); }
  public void andl(Reg dst, Reg src) { alu(L, AND, dst, src); }
  public void andl(Reg dst, Mem src) { alu(L, AND, dst, src); }
  public void andl(Mem dst, Reg src) { alu(L, AND, dst, src); }
  public void andl(Reg dst, int imm) { alu(L, AND, dst, imm); }
  public void andl(Mem dst, int imm) { alu(L, AND, dst, imm); }

  public void orq(Reg dst, Reg src) { alu(Q, OR, dst, src); }
  public void orq(Reg dst, Mem src) { alu(Q, OR, dst, src); }
  public void orq(Mem dst, Reg src) { alu(Q, OR, dst, src); }
  public void orq(Reg dst, int imm) { alu(Q, OR, dst, imm); }
  public void orq(Mem dst, int imm) { alu(Q, OR, dst, imm); }
  public void orl(Reg dst, Reg src) { alu(L, OR, dst, src); }
  public void orl(Reg dst, Mem src) { alu(L, OR, dst, src); }
  public void orl(Mem dst, Reg src) { alu(L, OR, dst, src); }
  public void orl(Reg dst, int imm) { alu(L, OR, dst, imm); }
  public void orl(Mem dst, int imm) { alu(L, OR, dst, imm); }

  public void xorq(Reg dst, Reg src) { alu(Q, XOR, dst, src); }
  public void xorq(Reg dst, Mem src) { alu(Q, XOR, dst, src); }
  public void xorq(Mem dst, Reg src) { alu(Q, XOR, dst, src); }
  public void xorq(Reg dst, int imm) { alu(Q, XOR, dst, imm); }
  public void xorq(Mem dst, int imm) { alu(Q, XOR, dst, imm); }
  public void xorl(Reg dst, Reg src) { alu(L, XOR, dst, src); }
  public void xorl(Reg dst, Mem src) { alu(L, XOR, dst, src); }
  public void xorl(Mem dst, Reg src) { alu(L, XOR, dst, src); }
  public void xorl(Reg dst, int imm) { alu(L, XOR, dst, imm); }
  public void xorl(Mem dst, int imm) { alu(L, XOR, dst, imm); }

  public void cmpq(Reg dst, Reg src) { alu(Q, CMP, dst, src); }
  public void cmpq(Reg dst, Mem src) { alu(Q, CMP, dst, src); }
  public void cmpq(Mem dst, Reg src) { alu(Q, CMP, dst, src); }
  public void cmpq(Reg dst, int imm) { alu(Q, CMP, dst, imm); }
  public void cmpq(Mem dst, int imm) { alu(Q, CMP, dst, imm); }
  public void cmpl(Reg dst, Reg src) { alu(L, CMP, dst, src); }
  public void cmpl(Reg dst, Mem src) { alu(L, CMP, dst, src); }
  public void cmpl(Mem dst, Reg src) { alu(L, CMP, dst, src); }
  public void cmpl(Reg dst, int imm) { alu(L, CMP, dst, imm); }
  public void cmpl(Mem dst, int imm) { alu(L, CMP, dst, imm); }

  /** cmp m8, imm8; {@code imm} in -128..255. */
  public void cmpb(Mem dst, int imm) {
    checkRange(imm, -0x80, 0xFF, "imm8");
    rm(0, B, 0x80, CMP, dst, 1, false);
    emit8(imm);
  }

  private void alu(int size, int ext, Reg dst, Reg src) {
    rr(0, size, ext * 8 + 1, src.encoding(), dst.encoding(), false);
  }

  private void alu(int size, int ext, Reg dst, Mem src) {
    rm(0, size, ext * 8 + 3, dst.encoding(), src, 0, false);
  }

  private void alu(int size, int ext, Mem dst, Reg src) {
    rm(0, size, ext * 8 + 1, src.encoding(), dst, 0, false);
  }

  private void alu(int size, int ext, Reg dst, int imm) {
    if (isByte(imm)) {
      rr(0, size, 0x83, ext, dst.encoding(), false);
      emit8(imm);
    } else if (dst == Reg.RAX) {
      rex(size, 0, 0, 0, false);
      emit8(ext * 8 + 5);
      emit32(imm);
    } else {
      rr(0, size, 0x81, ext, dst.encoding(), false);
      emit32(imm);
    }
  }

  private void alu(int size, int ext, Mem dst, int imm) {
    if (isByte(imm)) {
      rm(0, size, 0x83, ext, dst, 1, false);
      emit8(imm);
    } else {
      rm(0, size, 0x81, ext, dst, 4, false);
      emit32(imm);
    }
  }

  // ---------------------------------------------------------------- test

  public void testq(Reg a, Reg b) { rr(0, Q, 0x85, b, a); }
  public void testq(Reg a, int imm) { test(Q, a, imm); }
  public void testq(Mem a, Reg b) { rm(0, Q, 0x85, b, a); }
  public void testq(Mem a, int imm) { rm(0, Q, 0xF7, 0, a, 4, false); emit32(imm); }
  public void testl(Reg a, Reg b) { rr(0, L, 0x85, b, a); }
  public void testl(Reg a, int imm) { test(L, a, imm); }
  public void testl(Mem a, Reg b) { rm(0, L, 0x85, b, a); }
  public void testl(Mem a, int imm) { rm(0, L, 0xF7, 0, a, 4, false); emit32(imm); }

  /** test m8, imm8; {@code imm} in -128..255. */
  public void testb(Mem a, int imm) {
    checkRange(imm, -0x80, 0xFF, "imm8");
    rm(0, B, 0xF6, 0, a, 1, false);
    emit8(imm);
  }

  private void test(int size, Reg a, int imm) {
    if (a == Reg.RAX) {
      rex(size, 0, 0, 0, false);
      emit8(0xA9);
    } else {
      rr(0, size, 0xF7, 0, a.encoding(), false);
    }
    emit32(imm);
  }

  // ---------------------------------------------------------------- unary, multiply, divide

  public void negq(Reg r) { rr(0, Q, 0xF7, 3, r.encoding(), false); }
  public void negq(Mem m) { rm(0, Q, 0xF7, 3, m, 0, false); }
  public void negl(Reg r) { rr(0, L, 0xF7, 3, r.encoding(), false); }
  public void negl(Mem m) { rm(0, L, 0xF7, 3, m, 0, false); }
  public void notq(Reg r) { rr(0, Q, 0xF7, 2, r.encoding(), false); }
  public void notq(Mem m) { rm(0, Q, 0xF7, 2, m, 0, false); }
  public void notl(Reg r) { rr(0, L, 0xF7, 2, r.encoding(), false); }
  public void notl(Mem m) { rm(0, L, 0xF7, 2, m, 0, false); }
  public void incq(Reg r) { rr(0, Q, 0xFF, 0, r.encoding(), false); }
  public void incq(Mem m) { rm(0, Q, 0xFF, 0, m, 0, false); }
  public void incl(Reg r) { rr(0, L, 0xFF, 0, r.encoding(), false); }
  public void incl(Mem m) { rm(0, L, 0xFF, 0, m, 0, false); }
  public void decq(Reg r) { rr(0, Q, 0xFF, 1, r.encoding(), false); }
  public void decq(Mem m) { rm(0, Q, 0xFF, 1, m, 0, false); }
  public void decl(Reg r) { rr(0, L, 0xFF, 1, r.encoding(), false); }
  public void decl(Mem m) { rm(0, L, 0xFF, 1, m, 0, false); }

  public void imulq(Reg dst, Reg src) { rr(0, Q, 0x0FAF, dst, src); }
  public void imulq(Reg dst, Mem src) { rm(0, Q, 0x0FAF, dst, src); }
  public void imulq(Reg dst, Reg src, int imm) { imul3(Q, dst, src, imm); }
  public void imulq(Reg dst, Mem src, int imm) { imul3(Q, dst, src, imm); }
  public void imull(Reg dst, Reg src) { rr(0, L, 0x0FAF, dst, src); }
  public void imull(Reg dst, Mem src) { rm(0, L, 0x0FAF, dst, src); }
  public void imull(Reg dst, Reg src, int imm) { imul3(L, dst, src, imm); }
  public void imull(Reg dst, Mem src, int imm) { imul3(L, dst, src, imm); }

  /** One-operand signed multiply: rdx:rax = rax * src. */
  public void imulq(Reg src) { rr(0, Q, 0xF7, 5, src.encoding(), false); }
  /** One-operand unsigned multiply: rdx:rax = rax * src. */
  public void mulq(Reg src) { rr(0, Q, 0xF7, 4, src.encoding(), false); }

  private void imul3(int size, Reg dst, Reg src, int imm) {
    boolean small = isByte(imm);
    rr(0, size, small ? 0x6B : 0x69, dst.encoding(), src.encoding(), false);
    emitImm(imm, small);
  }

  private void imul3(int size, Reg dst, Mem src, int imm) {
    boolean small = isByte(imm);
    rm(0, size, small ? 0x6B : 0x69, dst.encoding(), src, small ? 1 : 4, false);
    emitImm(imm, small);
  }

  public void idivq(Reg r) { rr(0, Q, 0xF7, 7, r.encoding(), false); }
  public void idivq(Mem m) { rm(0, Q, 0xF7, 7, m, 0, false); }
  public void idivl(Reg r) { rr(0, L, 0xF7, 7, r.encoding(), false); }
  public void idivl(Mem m) { rm(0, L, 0xF7, 7, m, 0, false); }
  public void divq(Reg r) { rr(0, Q, 0xF7, 6, r.encoding(), false); }
  public void divq(Mem m) { rm(0, Q, 0xF7, 6, m, 0, false); }
  public void divl(Reg r) { rr(0, L, 0xF7, 6, r.encoding(), false); }
  public void divl(Mem m) { rm(0, L, 0xF7, 6, m, 0, false); }

  /** Sign-extends rax into rdx:rax (before idivq). */
  public void cqo() {
    emit8(0x48);
    emit8(0x99);
  }

  /** Sign-extends eax into edx:eax (before idivl). */
  public void cdq() {
    emit8(0x99);
  }

  // ---------------------------------------------------------------- shifts and rotates

  public void shlq(Reg r, int n) { shift(Q, SHL, r, n); }
  public void shlq(Reg r) { shiftCl(Q, SHL, r); }
  public void shlq(Mem m, int n) { shift(Q, SHL, m, n); }
  public void shlq(Mem m) { shiftCl(Q, SHL, m); }
  public void shrq(Reg r, int n) { shift(Q, SHR, r, n); }
  public void shrq(Reg r) { shiftCl(Q, SHR, r); }
  public void shrq(Mem m, int n) { shift(Q, SHR, m, n); }
  public void shrq(Mem m) { shiftCl(Q, SHR, m); }
  public void sarq(Reg r, int n) { shift(Q, SAR, r, n); }
  public void sarq(Reg r) { shiftCl(Q, SAR, r); }
  public void sarq(Mem m, int n) { shift(Q, SAR, m, n); }
  public void sarq(Mem m) { shiftCl(Q, SAR, m); }
  public void rolq(Reg r, int n) { shift(Q, ROL, r, n); }
  public void rolq(Reg r) { shiftCl(Q, ROL, r); }
  public void rolq(Mem m, int n) { shift(Q, ROL, m, n); }
  public void rolq(Mem m) { shiftCl(Q, ROL, m); }
  public void rorq(Reg r, int n) { shift(Q, ROR, r, n); }
  public void rorq(Reg r) { shiftCl(Q, ROR, r); }
  public void rorq(Mem m, int n) { shift(Q, ROR, m, n); }
  public void rorq(Mem m) { shiftCl(Q, ROR, m); }
  public void shll(Reg r, int n) { shift(L, SHL, r, n); }
  public void shll(Reg r) { shiftCl(L, SHL, r); }
  public void shll(Mem m, int n) { shift(L, SHL, m, n); }
  public void shll(Mem m) { shiftCl(L, SHL, m); }
  public void shrl(Reg r, int n) { shift(L, SHR, r, n); }
  public void shrl(Reg r) { shiftCl(L, SHR, r); }
  public void shrl(Mem m, int n) { shift(L, SHR, m, n); }
  public void shrl(Mem m) { shiftCl(L, SHR, m); }
  public void sarl(Reg r, int n) { shift(L, SAR, r, n); }
  public void sarl(Reg r) { shiftCl(L, SAR, r); }
  public void sarl(Mem m, int n) { shift(L, SAR, m, n); }
  public void sarl(Mem m) { shiftCl(L, SAR, m); }
  public void roll(Reg r, int n) { shift(L, ROL, r, n); }
  public void roll(Reg r) { shiftCl(L, ROL, r); }
  public void roll(Mem m, int n) { shift(L, ROL, m, n); }
  public void roll(Mem m) { shiftCl(L, ROL, m); }
  public void rorl(Reg r, int n) { shift(L, ROR, r, n); }
  public void rorl(Reg r) { shiftCl(L, ROR, r); }
  public void rorl(Mem m, int n) { shift(L, ROR, m, n); }
  public void rorl(Mem m) { shiftCl(L, ROR, m); }

  /** Counts beyond the operand width would be masked by the CPU; they are rejected instead. */
  private static void checkCount(int size, int n) {
    checkRange(n, 0, size * 8 - 1, "shift count");
  }

  private void shift(int size, int ext, Reg r, int n) {
    checkCount(size, n);
    if (n == 1) {
      rr(0, size, 0xD1, ext, r.encoding(), false);
    } else {
      rr(0, size, 0xC1, ext, r.encoding(), false);
      emit8(n);
    }
  }

  private void shift(int size, int ext, Mem m, int n) {
    checkCount(size, n);
    if (n == 1) {
      rm(0, size, 0xD1, ext, m, 0, false);
    } else {
      rm(0, size, 0xC1, ext, m, 1, false);
      emit8(n);
    }
  }

  private void shiftCl(int size, int ext, Reg r) {
    rr(0, size, 0xD3, ext, r.encoding(), false);
  }

  private void shiftCl(int size, int ext, Mem m) {
    rm(0, size, 0xD3, ext, m, 0, false);
  }

  // ---------------------------------------------------------------- setcc, cmovcc, misc

  /** Sets the low byte of {@code r} (sil, dil, spl, bpl get the REX they need). */
  public void setcc(Cond c, Reg r) {
    rr(0, L, 0x0F90 + c.encoding(), 0, r.encoding(), r.byteNeedsRex());
  }

  public void setcc(Cond c, Mem m) {
    rm(0, L, 0x0F90 + c.encoding(), 0, m, 0, false);
  }

  public void cmovq(Cond c, Reg dst, Reg src) {
    rr(0, Q, 0x0F40 + c.encoding(), dst.encoding(), src.encoding(), false);
  }

  public void cmovq(Cond c, Reg dst, Mem src) {
    rm(0, Q, 0x0F40 + c.encoding(), dst.encoding(), src, 0, false);
  }

  public void cmovl(Cond c, Reg dst, Reg src) {
    rr(0, L, 0x0F40 + c.encoding(), dst.encoding(), src.encoding(), false);
  }

  public void cmovl(Cond c, Reg dst, Mem src) {
    rm(0, L, 0x0F40 + c.encoding(), dst.encoding(), src, 0, false);
  }

  /** xchg; the one-byte 90+r form when either operand is rax, as {@code as} does. */
  public void xchgq(Reg a, Reg b) {
    if (a == Reg.RAX && b == Reg.RAX) {
      emit8(0x90); // as does not spend a REX.W on a no-op
    } else if (a == Reg.RAX || b == Reg.RAX) {
      Reg other = a == Reg.RAX ? b : a;
      rex(Q, 0, 0, other.encoding(), false);
      emit8(0x90 + (other.encoding() & 7));
    } else {
      rr(0, Q, 0x87, b, a);
    }
  }

  public void bswapq(Reg r) {
    rex(Q, 0, 0, r.encoding(), false);
    emit8(0x0F);
    emit8(0xC8 + (r.encoding() & 7));
  }

  public void bswapl(Reg r) {
    rex(L, 0, 0, r.encoding(), false);
    emit8(0x0F);
    emit8(0xC8 + (r.encoding() & 7));
  }

  public void popcntq(Reg dst, Reg src) { rr(0xF3, Q, 0x0FB8, dst, src); }
  public void popcntq(Reg dst, Mem src) { rm(0xF3, Q, 0x0FB8, dst, src); }
  public void lzcntq(Reg dst, Reg src) { rr(0xF3, Q, 0x0FBD, dst, src); }
  public void lzcntq(Reg dst, Mem src) { rm(0xF3, Q, 0x0FBD, dst, src); }
  public void tzcntq(Reg dst, Reg src) { rr(0xF3, Q, 0x0FBC, dst, src); }
  public void tzcntq(Reg dst, Mem src) { rm(0xF3, Q, 0x0FBC, dst, src); }

  // ---------------------------------------------------------------- control flow

  /** jmp to a label: rel8 if it is bound and within reach, else rel32. */
  public void jmp(Label target) {
    branch(target, -1, false);
  }

  /** jmp rel8 even to an unbound label; binding it out of reach is an IllegalStateException. */
  public void jmpShort(Label target) {
    branch(target, -1, true);
  }

  public void jcc(Cond c, Label target) {
    branch(target, c.encoding(), false);
  }

  public void jccShort(Cond c, Label target) {
    branch(target, c.encoding(), true);
  }

  public void jmp(Reg r) {
    rr(0, L, 0xFF, 4, r.encoding(), false);
  }

  public void jmp(Mem m) {
    rm(0, L, 0xFF, 4, m, 0, false);
  }

  /** call rel32 to a label (always rel32: there is no short call). */
  public void call(Label target) {
    checkOpen();
    target.claim(this);
    emit8(0xE8);
    rel32(target);
  }

  public void call(Reg r) {
    rr(0, L, 0xFF, 2, r.encoding(), false);
  }

  public void call(Mem m) {
    rm(0, L, 0xFF, 2, m, 0, false);
  }

  /** call rel32 to an external symbol (a PC32 relocation, resolved by {@link MachineCode#link}). */
  public void callExternal(String symbol) {
    emit8(0xE8);
    external(symbol);
  }

  /** jmp rel32 to an external symbol (a PC32 relocation). */
  public void jmpExternal(String symbol) {
    emit8(0xE9);
    external(symbol);
  }

  /** jcc rel32 to an external symbol (a PC32 relocation), e.g. a shared deopt stub. */
  public void jccExternal(Cond c, String symbol) {
    emit8(0x0F);
    emit8(0x80 + c.encoding());
    external(symbol);
  }

  public void ret() {
    emit8(0xC3);
  }

  /** The guaranteed invalid opcode (0F 0B): a trap for code that must not be reached. */
  public void ud2() {
    emit8(0x0F);
    emit8(0x0B);
  }

  public void push(Reg r) {
    rex(L, 0, 0, r.encoding(), false);
    emit8(0x50 + (r.encoding() & 7));
  }

  public void pop(Reg r) {
    rex(L, 0, 0, r.encoding(), false);
    emit8(0x58 + (r.encoding() & 7));
  }

  /** push imm sign-extended to 64 bits (6A ib or 68 id). */
  public void push(int imm) {
    boolean small = isByte(imm);
    emit8(small ? 0x6A : 0x68);
    emitImm(imm, small);
  }

  private void branch(Label target, int cc, boolean forceShort) {
    checkOpen();
    target.claim(this);
    boolean bound = target.isBound();
    int shortDisp = bound ? target.position() - (pos + 2) : 0;
    if (forceShort && bound && !isByte(shortDisp)) {
      throw new IllegalArgumentException("short branch out of range: " + shortDisp);
    }
    if (forceShort || (bound && isByte(shortDisp))) {
      emit8(cc < 0 ? 0xEB : 0x70 + cc);
      emit8(shortDisp);
      if (!bound) {
        refer(target, new Label.Fixup(pos - 1, 1, pos));
      }
      return;
    }
    if (cc < 0) {
      emit8(0xE9);
    } else {
      emit8(0x0F);
      emit8(0x80 + cc);
    }
    rel32(target);
  }

  private void rel32(Label target) {
    emit32(0);
    Label.Fixup f = new Label.Fixup(pos - 4, 4, pos);
    if (target.isBound()) {
      patch(target, f);
    } else {
      refer(target, f);
    }
  }

  private void external(String symbol) {
    emit32(0);
    relocations.add(new Relocation(pos - 4, Relocation.Kind.PC32, symbol, -4));
  }

  // ---------------------------------------------------------------- SSE2 / SSE4.1 scalar double

  public void movsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F10, dst, src); }
  public void movsd(Xmm dst, Mem src) { sse(0xF2, 0x0F10, dst, src); }
  public void movsd(Mem dst, Xmm src) { rm(0xF2, L, 0x0F11, src, dst); }
  public void movapd(Xmm dst, Xmm src) { sse(0x66, 0x0F28, dst, src); }

  /** movq xmm, r64: the bits of a general register into the low lane. */
  public void movq(Xmm dst, Reg src) { rr(0x66, Q, 0x0F6E, dst, src); }

  /** movq r64, xmm: the bits of the low lane into a general register. */
  public void movq(Reg dst, Xmm src) { rr(0x66, Q, 0x0F7E, src, dst); }

  public void addsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F58, dst, src); }
  public void addsd(Xmm dst, Mem src) { sse(0xF2, 0x0F58, dst, src); }
  public void mulsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F59, dst, src); }
  public void mulsd(Xmm dst, Mem src) { sse(0xF2, 0x0F59, dst, src); }
  public void subsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F5C, dst, src); }
  public void subsd(Xmm dst, Mem src) { sse(0xF2, 0x0F5C, dst, src); }
  public void minsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F5D, dst, src); }
  public void minsd(Xmm dst, Mem src) { sse(0xF2, 0x0F5D, dst, src); }
  public void divsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F5E, dst, src); }
  public void divsd(Xmm dst, Mem src) { sse(0xF2, 0x0F5E, dst, src); }
  public void maxsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F5F, dst, src); }
  public void maxsd(Xmm dst, Mem src) { sse(0xF2, 0x0F5F, dst, src); }
  public void sqrtsd(Xmm dst, Xmm src) { sse(0xF2, 0x0F51, dst, src); }
  public void sqrtsd(Xmm dst, Mem src) { sse(0xF2, 0x0F51, dst, src); }
  public void ucomisd(Xmm a, Xmm b) { sse(0x66, 0x0F2E, a, b); }
  public void ucomisd(Xmm a, Mem b) { sse(0x66, 0x0F2E, a, b); }
  public void comisd(Xmm a, Xmm b) { sse(0x66, 0x0F2F, a, b); }
  public void comisd(Xmm a, Mem b) { sse(0x66, 0x0F2F, a, b); }
  public void andpd(Xmm dst, Xmm src) { sse(0x66, 0x0F54, dst, src); }
  public void andpd(Xmm dst, Mem src) { sse(0x66, 0x0F54, dst, src); }
  public void andnpd(Xmm dst, Xmm src) { sse(0x66, 0x0F55, dst, src); }
  public void andnpd(Xmm dst, Mem src) { sse(0x66, 0x0F55, dst, src); }
  public void orpd(Xmm dst, Xmm src) { sse(0x66, 0x0F56, dst, src); }
  public void orpd(Xmm dst, Mem src) { sse(0x66, 0x0F56, dst, src); }
  public void xorpd(Xmm dst, Xmm src) { sse(0x66, 0x0F57, dst, src); }
  public void xorpd(Xmm dst, Mem src) { sse(0x66, 0x0F57, dst, src); }
  public void pxor(Xmm dst, Xmm src) { sse(0x66, 0x0FEF, dst, src); }

  public void cvtsi2sdq(Xmm dst, Reg src) { rr(0xF2, Q, 0x0F2A, dst, src); }
  public void cvtsi2sdq(Xmm dst, Mem src) { rm(0xF2, Q, 0x0F2A, dst, src); }
  public void cvtsi2sdl(Xmm dst, Reg src) { rr(0xF2, L, 0x0F2A, dst, src); }
  public void cvtsi2sdl(Xmm dst, Mem src) { rm(0xF2, L, 0x0F2A, dst, src); }
  public void cvttsd2siq(Reg dst, Xmm src) { rr(0xF2, Q, 0x0F2C, dst, src); }
  public void cvttsd2siq(Reg dst, Mem src) { rm(0xF2, Q, 0x0F2C, dst, src); }
  public void cvttsd2sil(Reg dst, Xmm src) { rr(0xF2, L, 0x0F2C, dst, src); }
  public void cvttsd2sil(Reg dst, Mem src) { rm(0xF2, L, 0x0F2C, dst, src); }

  /** cvtsd2si: converts with the current rounding mode (MXCSR; round-half-even by default). */
  public void cvtsd2siq(Reg dst, Xmm src) { rr(0xF2, Q, 0x0F2D, dst, src); }
  public void cvtsd2siq(Reg dst, Mem src) { rm(0xF2, Q, 0x0F2D, dst, src); }
  public void cvtsd2sil(Reg dst, Xmm src) { rr(0xF2, L, 0x0F2D, dst, src); }
  public void cvtsd2sil(Reg dst, Mem src) { rm(0xF2, L, 0x0F2D, dst, src); }

  /** movmskpd: the sign bits of both lanes into bits 0 and 1 of a general register. */
  public void movmskpd(Reg dst, Xmm src) { rr(0x66, L, 0x0F50, dst, src); }

  /**
   * roundsd with the SSE4.1 rounding-control immediate: 0 nearest even, 1 down, 2 up, 3
   * toward zero; +4 takes MXCSR's mode instead, +8 suppresses the precision exception.
   */
  public void roundsd(Xmm dst, Xmm src, int mode) {
    checkRange(mode, 0, 15, "rounding mode");
    rr(0x66, L, 0x0F3A0B, dst, src);
    emit8(mode);
  }

  public void roundsd(Xmm dst, Mem src, int mode) {
    checkRange(mode, 0, 15, "rounding mode");
    rm(0x66, L, 0x0F3A0B, dst.encoding(), src, 1, false);
    emit8(mode);
  }

  private void sse(int prefix, int op, Xmm dst, Xmm src) {
    rr(prefix, L, op, dst.encoding(), src.encoding(), false);
  }

  private void sse(int prefix, int op, Xmm dst, Mem src) {
    rm(prefix, L, op, dst.encoding(), src, 0, false);
  }

  // ---------------------------------------------------------------- constant pool

  /** A RIP-relative operand holding {@code v} (8 bytes, 8-aligned, shared by equal bits). */
  public Mem constDouble(double v) {
    return constLong(Double.doubleToRawLongBits(v));
  }

  /** A RIP-relative operand holding {@code v} (8 bytes, 8-aligned, shared by equal values). */
  public Mem constLong(long v) {
    checkOpen();
    return Mem.rip(pool8.computeIfAbsent(v, k -> new Label()));
  }

  /** A RIP-relative operand holding 16 bytes (lo first), 16-aligned: masks for andpd/xorpd. */
  public Mem const128(long lo, long hi) {
    checkOpen();
    return Mem.rip(pool16.computeIfAbsent(new Pair(lo, hi), k -> new Label()));
  }

  // ---------------------------------------------------------------- finish

  /**
   * Appends the constant pool (16-byte entries first, then 8-byte ones, padded with int3),
   * resolves the references to it and returns the code. Afterwards the assembler is closed.
   */
  public MachineCode finish() {
    checkOpen();
    Set<Label> poolLabels = Collections.newSetFromMap(new IdentityHashMap<>());
    poolLabels.addAll(pool8.values());
    poolLabels.addAll(pool16.values());
    for (Label l : referenced) {
      if (!l.isBound() && !poolLabels.contains(l)) {
        throw new IllegalStateException("a label is used but never bound");
      }
    }
    int codeEnd = pos;
    int alignment = 1;
    if (!pool16.isEmpty()) {
      padWithInt3(16);
      alignment = 16;
      for (Map.Entry<Pair, Label> e : pool16.entrySet()) {
        bind(e.getValue());
        emit64(e.getKey().lo());
        emit64(e.getKey().hi());
      }
    }
    if (!pool8.isEmpty()) {
      padWithInt3(8);
      alignment = Math.max(alignment, 8);
      for (Map.Entry<Long, Label> e : pool8.entrySet()) {
        bind(e.getValue());
        emit64(e.getKey());
      }
    }
    finished = true;
    return new MachineCode(Arrays.copyOf(buf, pos), codeEnd, relocations, marks, alignment);
  }

  private void padWithInt3(int n) {
    while ((pos & (n - 1)) != 0) {
      int3();
    }
  }

  // ---------------------------------------------------------------- encoding core

  /** Legacy prefixes: operand-size 66 for 16-bit operations, then the mandatory SSE prefix. */
  private void prefixes(int prefix, int size) {
    checkOpen();
    if (size == W) {
      emit8(0x66);
    }
    if (prefix != 0) {
      emit8(prefix);
    }
  }

  /** REX.W for 64-bit operations, R/X/B for register numbers 8-15; forced for spl..dil as bytes. */
  private void rex(int size, int reg, int index, int base, boolean force) {
    int rex = 0x40 | (size == Q ? 8 : 0) | (reg >> 3 & 1) << 2 | (index >> 3 & 1) << 1
        | (base >> 3 & 1);
    if (rex != 0x40 || force) {
      emit8(rex);
    }
  }

  private void opcode(int op) {
    if (op > 0xFFFF) {
      emit8(op >>> 16);
    }
    if (op > 0xFF) {
      emit8(op >>> 8 & 0xFF);
    }
    emit8(op & 0xFF);
  }

  /** Register operands of either file (Reg, Xmm): their ordinal is their encoding. */
  private void rr(int prefix, int size, int op, Enum<?> reg, Enum<?> rm) {
    rr(prefix, size, op, reg.ordinal(), rm.ordinal(), false);
  }

  private void rm(int prefix, int size, int op, Enum<?> reg, Mem m) {
    rm(prefix, size, op, reg.ordinal(), m, 0, false);
  }

  /** An instruction whose r/m operand is a register: ModRM mod=11. */
  private void rr(int prefix, int size, int op, int reg, int rm, boolean forceRex) {
    prefixes(prefix, size);
    rex(size, reg, 0, rm, forceRex);
    opcode(op);
    emit8(0xC0 | (reg & 7) << 3 | (rm & 7));
  }

  /**
   * An instruction whose r/m operand is memory; {@code immBytes} is the size of the immediate
   * that will follow, which a RIP-relative displacement must count from.
   */
  private void rm(int prefix, int size, int op, int reg, Mem m, int immBytes, boolean forceRex) {
    if (m.isRipRelative()) {
      m.target().claim(this); // before any byte is emitted
    }
    prefixes(prefix, size);
    int index = m.index() == null ? 0 : m.index().encoding();
    int base = m.base() == null ? 0 : m.base().encoding();
    rex(size, reg, index, base, forceRex);
    opcode(op);
    int r = (reg & 7) << 3;
    if (m.isRipRelative()) {
      emit8(0x05 | r); // mod=00 rm=101: [rip + disp32]
      emit32(0);
      Label.Fixup f = new Label.Fixup(pos - 4, 4, pos + immBytes - m.disp());
      if (m.target().isBound()) {
        patch(m.target(), f);
      } else {
        refer(m.target(), f);
      }
      return;
    }
    int ss = Integer.numberOfTrailingZeros(m.scale()) << 6;
    int idx = (m.index() == null ? 4 : index & 7) << 3; // index 100 = none
    int disp = m.disp();
    if (m.base() == null) {
      emit8(0x04 | r); // SIB, and base=101 with mod=00 means disp32 and no base
      emit8(ss | idx | 5);
      emit32(disp);
      return;
    }
    int b = base & 7;
    // mod=00 with base 101 (rbp/r13) means something else, so they get a zero disp8.
    int mod = disp == 0 && b != 5 ? 0 : isByte(disp) ? 1 : 2;
    if (m.index() == null && b != 4) {
      emit8(mod << 6 | r | b);
    } else {
      emit8(mod << 6 | r | 4); // rm=100 (rsp/r12 as base too) means a SIB byte follows
      emit8(ss | idx | b);
    }
    if (mod == 1) {
      emit8(disp);
    } else if (mod == 2) {
      emit32(disp);
    }
  }

  private void refer(Label l, Label.Fixup f) {
    l.addFixup(f);
    referenced.add(l);
  }

  private void patch(Label l, Label.Fixup f) {
    int v = l.position() - f.from();
    if (f.width() == 1) {
      if (!isByte(v)) {
        throw new IllegalStateException("short branch to a label " + v + " bytes away");
      }
      buf[f.at()] = (byte) v;
    } else {
      Bytes.put32(buf, f.at(), v);
    }
  }

  private static boolean isByte(int v) {
    return v == (byte) v;
  }

  private static void checkRange(int v, int lo, int hi, String what) {
    if (v < lo || v > hi) {
      throw new IllegalArgumentException(what + " out of range " + lo + ".." + hi + ": " + v);
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the assembler is finished");
    }
  }

  private void emitImm(int imm, boolean small) {
    if (small) {
      emit8(imm);
    } else {
      emit32(imm);
    }
  }

  private void ensure(int n) {
    checkOpen();
    if (pos + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }
  }

  private void emit8(int b) {
    ensure(1);
    buf[pos++] = (byte) b;
  }

  private void emit16(int v) {
    emit8(v);
    emit8(v >>> 8);
  }

  private void emit32(int v) {
    ensure(4);
    Bytes.put32(buf, pos, v);
    pos += 4;
  }

  private void emit64(long v) {
    ensure(8);
    Bytes.put64(buf, pos, v);
    pos += 8;
  }
}
