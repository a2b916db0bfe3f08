package org.pyjit.jit.x64;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random programs mixing branches, calls and RIP-relative operands to labels bound
 * before and after, short forward jumps, filler of every length and pool constants. Each
 * reference is then decoded from the bytes by the SDM's rule (target = address of the next
 * instruction + displacement) and must land on its label; the rel8/rel32 choice must be the
 * documented one.
 */
class LabelFuzzTest {
  private enum Kind { JMP, JCC, JMP_SHORT, JCC_SHORT, CALL, LEA, POOL }

  private record Ref(int at, Kind kind, Cond cond, Label target, boolean boundBefore) {}

  @Test
  void everyReferenceLandsOnItsLabel() {
    for (int seed = 0; seed < 300; seed++) {
      Random rnd = new Random(seed);
      Assembler a = new Assembler();
      List<Label> labels = new ArrayList<>();
      for (int i = 0, n = 1 + rnd.nextInt(12); i < n; i++) {
        labels.add(new Label());
      }
      List<Ref> refs = new ArrayList<>();
      List<Mem> pool = new ArrayList<>();
      for (int step = 0, steps = 20 + rnd.nextInt(80); step < steps; step++) {
        int choice = rnd.nextInt(10);
        Label l = labels.get(rnd.nextInt(labels.size()));
        Cond c = Cond.values()[rnd.nextInt(16)];
        switch (choice) {
          case 0, 1 -> {
            if (!l.isBound()) {
              a.bind(l);
            }
          }
          case 2 -> filler(a, rnd.nextInt(rnd.nextBoolean() ? 8 : 300));
          case 3 -> ref(a, refs, Kind.JMP, c, l);
          case 4 -> ref(a, refs, Kind.JCC, c, l);
          case 5 -> ref(a, refs, Kind.CALL, c, l);
          case 6 -> ref(a, refs, Kind.LEA, c, l);
          case 7 -> {
            // A short forward jump over at most 127 bytes, to a fresh label.
            Label near = new Label();
            ref(a, refs, rnd.nextBoolean() ? Kind.JMP_SHORT : Kind.JCC_SHORT, c, near);
            filler(a, rnd.nextInt(128));
            a.bind(near);
          }
          case 8 -> {
            Mem m = rnd.nextBoolean() ? a.constDouble(rnd.nextInt(4))
                : a.const128(rnd.nextInt(3), 7);
            refs.add(new Ref(a.position(), Kind.POOL, c, m.target(), false));
            pool.add(m);
            a.movsd(Xmm.XMM1, m);
          }
          default -> {
            if (l.isBound()) {
              ref(a, refs, Kind.JMP, c, l);
            }
          }
        }
      }
      for (Label l : labels) {
        if (!l.isBound()) {
          a.bind(l);
        }
      }
      a.ret();
      byte[] code = a.finish().code();
      for (Ref r : refs) {
        check(code, r, "seed " + seed);
      }
    }
  }

  private static void filler(Assembler a, int n) {
    for (int i = 0; i < n; i++) {
      a.nop();
    }
  }

  private static void ref(Assembler a, List<Ref> refs, Kind k, Cond c, Label l) {
    refs.add(new Ref(a.position(), k, c, l, l.isBound()));
    switch (k) {
      case JMP -> a.jmp(l);
      case JCC -> a.jcc(c, l);
      case JMP_SHORT -> a.jmpShort(l);
      case JCC_SHORT -> a.jccShort(c, l);
      case CALL -> a.call(l);
      case LEA -> a.leaq(Reg.R9, Mem.rip(l));
      default -> throw new AssertionError(k);
    }
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  private static int s32(byte[] b, int i) {
    return u8(b, i) | u8(b, i + 1) << 8 | u8(b, i + 2) << 16 | b[i + 3] << 24;
  }

  private static void check(byte[] code, Ref r, String where) {
    int p = r.at();
    int target;
    boolean isShort;
    int op = u8(code, p);
    switch (r.kind()) {
      case JMP, JMP_SHORT -> {
        isShort = op == 0xEB;
        assertThat(op).as(where).isIn(0xEB, 0xE9);
        target = isShort ? p + 2 + code[p + 1] : p + 5 + s32(code, p + 1);
      }
      case JCC, JCC_SHORT -> {
        isShort = op == 0x70 + r.cond().encoding();
        if (!isShort) {
          assertThat(op).as(where).isEqualTo(0x0F);
          assertThat(u8(code, p + 1)).as(where).isEqualTo(0x80 + r.cond().encoding());
        }
        target = isShort ? p + 2 + code[p + 1] : p + 6 + s32(code, p + 2);
      }
      case CALL -> {
        isShort = false;
        assertThat(op).as(where).isEqualTo(0xE8);
        target = p + 5 + s32(code, p + 1);
      }
      case LEA -> { // REX.W+R (4C) 8D, ModRM 00 001 101: lea r9, [rip + disp32]
        isShort = false;
        assertThat(new int[] {op, u8(code, p + 1), u8(code, p + 2)}).as(where)
            .containsExactly(0x4C, 0x8D, 0x0D);
        target = p + 7 + s32(code, p + 3);
      }
      case POOL -> { // F2 0F 10 0D disp32: movsd xmm1, [rip + disp32]
        isShort = false;
        assertThat(u8(code, p + 3)).as(where).isEqualTo(0x0D);
        target = p + 8 + s32(code, p + 4);
      }
      default -> throw new AssertionError();
    }
    assertThat(target).as(where + " " + r).isEqualTo(r.target().position());
    boolean wantShort = switch (r.kind()) {
      case JMP_SHORT, JCC_SHORT -> true;
      case JMP, JCC -> r.boundBefore() && r.target().position() - (p + 2) >= -128;
      default -> false;
    };
    assertThat(isShort).as(where + " rel8 choice " + r).isEqualTo(wantShort);
  }
}
