package org.pyjit.jit.basic;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.jit.x64.Assembler;
import org.pyjit.jit.x64.Cond;
import org.pyjit.jit.x64.Label;
import org.pyjit.jit.x64.MachineCode;
import org.pyjit.jit.x64.Mem;
import org.pyjit.jit.x64.Reg;
import org.pyjit.jit.x64.Xmm;
import org.pyjit.runtime.Libm;

/**
 * x86-64 code for one allocated IR function.
 *
 * <p><b>Convention.</b> Every compiled signature has two entries. The external one (offset
 * 0) is a System V function {@code int f(long *args, long *result)} called by Java: it
 * saves the callee-saved registers, sets r15 to the native stack limit (the stack pointer
 * at entry minus {@link #STACK_BUDGET}), and calls the internal entry. The internal entry
 * ({@link #INTERNAL_ENTRY} bytes in) is what compiled code calls: same arguments (rdi: the
 * arguments as 8-byte slots, int/bool as int64, float as the double's bits; rsi: where the
 * result goes), r15 the limit, returning the status in eax: {@link #OK}, {@link #DEOPT} (a
 * guard failed) or {@link #DEOPT_STACK} (the stack limit was reached). It keeps rbx, rbp
 * and r12 to r15 as System V requires, so a call of another compiled function is a plain
 * call. A nonzero status from a callee returns at once with the same status.
 *
 * <p><b>Registers.</b> The allocator hands out rbx, r12, r13, r14 (kept across calls) and
 * rsi, rdi, r8, r9, r10, and xmm0 to xmm13. rax, rcx, rdx, r11, xmm14 and xmm15 are scratch:
 * each instruction loads its operands into them (or uses a register operand directly),
 * computes there and stores the result to its destination, so spilled values (stack slots
 * below rbp) need no special case. r15 holds the stack limit, rbp the frame.
 *
 * <p><b>Guards</b> jump to the deopt exit ({@code mov eax, 1} and the epilogue). Native code
 * never writes memory other than its own frame and the result slot.
 */
final class CodeGen {
  static final int OK = 0;
  static final int DEOPT = 1;
  static final int DEOPT_STACK = 2;
  /** Bytes of native stack one call from Java may use (HotSpot guarantees more). */
  static final int STACK_BUDGET = 48 * 1024;
  /** Offset of the internal entry: the external entry is padded to this size. */
  static final int INTERNAL_ENTRY = 64;

  static final Reg[] GPRS = {Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.RSI, Reg.RDI, Reg.R8,
      Reg.R9, Reg.R10};
  static final Xmm[] XMMS = {Xmm.XMM0, Xmm.XMM1, Xmm.XMM2, Xmm.XMM3, Xmm.XMM4, Xmm.XMM5,
      Xmm.XMM6, Xmm.XMM7, Xmm.XMM8, Xmm.XMM9, Xmm.XMM10, Xmm.XMM11, Xmm.XMM12, Xmm.XMM13};
  static final LinearScan.RegisterFile GPR_FILE = new LinearScan.RegisterFile(GPRS.length,
      bits(0, 1, 2, 3));
  static final LinearScan.RegisterFile XMM_FILE =
      new LinearScan.RegisterFile(XMMS.length, new BitSet());

  private static final long SIGN = 0x8000000000000000L;
  private static final long TWO_53 = 1L << 53;
  /** Frame: rbp-8..-32 the saved rbx, r12, r13, r14; rbp-40 the result pointer; then slots. */
  private static final int RESULT_PTR = -40;
  private static final int FIRST_SLOT = -48;

  private final IrFunction fn;
  private final LinearScan.Allocation alloc;
  private final Assembler a = new Assembler();
  private final Label internal = new Label();
  private final Label deopt = new Label();
  private final Label epilogue = new Label();
  private final Map<Block, Label> labels = new HashMap<>();
  private int maxCallArgs;

  private CodeGen(IrFunction fn, LinearScan.Allocation alloc) {
    this.fn = fn;
    this.alloc = alloc;
  }

  private static BitSet bits(int... is) {
    BitSet b = new BitSet();
    for (int i : is) {
      b.set(i);
    }
    return b;
  }

  /** Allocates registers and generates the code of {@code fn}. */
  static MachineCode generate(IrFunction fn) {
    LinearScan.Allocation alloc = LinearScan.allocate(fn, GPR_FILE, XMM_FILE);
    return new CodeGen(fn, alloc).emitAll();
  }

  private MachineCode emitAll() {
    Map<VReg, Integer> uses = new HashMap<>();
    for (Block b : fn.blocks) {
      labels.put(b, new Label());
      for (Insn i : b.insns) {
        for (VReg v : i.srcs) {
          uses.merge(v, 1, Integer::sum);
        }
        if (i.op == Op.CALL) {
          maxCallArgs = Math.max(maxCallArgs, i.srcs.length);
        }
      }
    }
    externalEntry();
    prologue();
    List<Block> blocks = fn.blocks;
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      a.bind(labels.get(b));
      Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
      List<Insn> insns = b.insns;
      for (int j = 0; j < insns.size(); j++) {
        Insn i = insns.get(j);
        Insn after = j + 1 < insns.size() ? insns.get(j + 1) : null;
        if (i.op == Op.ICMP && after != null && after.op == Op.BR && after.srcs[0] == i.dst
            && uses.get(i.dst) == 1) {
          compareAndBranch(i, after, next); // the bool is never materialized
          j++;
          continue;
        }
        insn(i, next);
      }
    }
    a.bind(deopt);
    a.movl(Reg.RAX, DEOPT);
    a.bind(epilogue);
    a.leaq(Reg.RSP, Mem.at(Reg.RBP, -32));
    a.pop(Reg.R14);
    a.pop(Reg.R13);
    a.pop(Reg.R12);
    a.pop(Reg.RBX);
    a.pop(Reg.RBP);
    a.ret();
    return a.finish();
  }

  private void externalEntry() {
    a.push(Reg.RBP);
    a.movq(Reg.RBP, Reg.RSP);
    a.push(Reg.RBX);
    a.push(Reg.R12);
    a.push(Reg.R13);
    a.push(Reg.R14);
    a.push(Reg.R15);
    a.leaq(Reg.R15, Mem.at(Reg.RSP, -STACK_BUDGET));
    a.subq(Reg.RSP, 8); // 16-byte alignment at the call
    a.call(internal);
    a.addq(Reg.RSP, 8);
    a.pop(Reg.R15);
    a.pop(Reg.R14);
    a.pop(Reg.R13);
    a.pop(Reg.R12);
    a.pop(Reg.RBX);
    a.pop(Reg.RBP);
    a.ret();
    if (a.position() > INTERNAL_ENTRY) {
      throw new IllegalStateException("external entry longer than " + INTERNAL_ENTRY);
    }
    while (a.position() < INTERNAL_ENTRY) {
      a.int3();
    }
  }

  private void prologue() {
    a.bind(internal);
    Label stackOk = new Label();
    a.cmpq(Reg.RSP, Reg.R15);
    a.jcc(Cond.AE, stackOk);
    a.movl(Reg.RAX, DEOPT_STACK);
    a.ret();
    a.bind(stackOk);
    a.push(Reg.RBP);
    a.movq(Reg.RBP, Reg.RSP);
    a.push(Reg.RBX);
    a.push(Reg.R12);
    a.push(Reg.R13);
    a.push(Reg.R14);
    int frame = 8 + 8 * (alloc.slotCount + 1) + 8 * maxCallArgs + 8;
    frame = (frame + 15) & ~15;
    a.subq(Reg.RSP, frame);
    a.movq(Mem.at(Reg.RBP, RESULT_PTR), Reg.RSI);
    a.movq(Reg.RAX, Reg.RDI); // PARAM reads from rax: the first instructions of the body
  }

  // ------------------------------------------------------------------ operands

  private LinearScan.Location loc(VReg v) {
    LinearScan.Location l = alloc.location(v);
    if (l == null) {
      throw new IllegalStateException("no location for " + v);
    }
    return l;
  }

  private Mem slot(int s) {
    return Mem.at(Reg.RBP, FIRST_SLOT - 8 * s);
  }

  private boolean inReg(VReg v) {
    return loc(v).inRegister();
  }

  private Reg gpr(VReg v) {
    return GPRS[loc(v).reg()];
  }

  private Xmm xmm(VReg v) {
    return XMMS[loc(v).reg()];
  }

  private Mem mem(VReg v) {
    return slot(loc(v).slot());
  }

  private void loadG(Reg r, VReg v) {
    if (inReg(v)) {
      if (gpr(v) != r) {
        a.movq(r, gpr(v));
      }
    } else {
      a.movq(r, mem(v));
    }
  }

  private void storeG(VReg v, Reg r) {
    if (inReg(v)) {
      if (gpr(v) != r) {
        a.movq(gpr(v), r);
      }
    } else {
      a.movq(mem(v), r);
    }
  }

  private void loadX(Xmm x, VReg v) {
    if (inReg(v)) {
      if (xmm(v) != x) {
        a.movapd(x, xmm(v));
      }
    } else {
      a.movsd(x, mem(v));
    }
  }

  private void storeX(VReg v, Xmm x) {
    if (inReg(v)) {
      if (xmm(v) != x) {
        a.movapd(xmm(v), x);
      }
    } else {
      a.movsd(mem(v), x);
    }
  }

  /** op rax, v: v's register or slot as the source operand. */
  private interface GprOp {
    void reg(Reg dst, Reg src);
  }

  private interface GprMemOp {
    void mem(Reg dst, Mem src);
  }

  private void withG(Reg dst, VReg v, GprOp r, GprMemOp m) {
    if (inReg(v)) {
      r.reg(dst, gpr(v));
    } else {
      m.mem(dst, mem(v));
    }
  }

  private interface XmmOp {
    void reg(Xmm dst, Xmm src);
  }

  private interface XmmMemOp {
    void mem(Xmm dst, Mem src);
  }

  private void withX(Xmm dst, VReg v, XmmOp r, XmmMemOp m) {
    if (inReg(v)) {
      r.reg(dst, xmm(v));
    } else {
      m.mem(dst, mem(v));
    }
  }

  // ------------------------------------------------------------------ instructions

  private void insn(Insn i, Block next) {
    VReg d = i.dst;
    VReg[] s = i.srcs;
    switch (i.op) {
      case CONST -> {
        if (d.isFloat()) {
          if (i.imm == 0) {
            a.xorpd(Xmm.XMM15, Xmm.XMM15);
          } else {
            a.movsd(Xmm.XMM15, a.constDouble(Double.longBitsToDouble(i.imm)));
          }
          storeX(d, Xmm.XMM15);
        } else if (i.imm == (int) i.imm) {
          if (inReg(d)) {
            a.movq(gpr(d), (int) i.imm);
          } else {
            a.movq(mem(d), (int) i.imm);
          }
        } else {
          a.movabs(Reg.RAX, i.imm);
          storeG(d, Reg.RAX);
        }
      }
      case MOV -> {
        if (d.isFloat()) {
          if (inReg(d)) {
            loadX(xmm(d), s[0]);
          } else {
            loadX(Xmm.XMM15, s[0]);
            storeX(d, Xmm.XMM15);
          }
        } else if (inReg(d)) {
          loadG(gpr(d), s[0]);
        } else {
          loadG(Reg.RCX, s[0]);
          storeG(d, Reg.RCX);
        }
      }
      case PARAM -> {
        Mem arg = Mem.at(Reg.RAX, 8 * (int) i.imm);
        if (d.isFloat()) {
          a.movsd(Xmm.XMM15, arg);
          storeX(d, Xmm.XMM15);
        } else {
          a.movq(Reg.RCX, arg);
          storeG(d, Reg.RCX);
        }
      }
      case IADD -> arith(d, s, a::addq, a::addq, true);
      case ISUB -> arith(d, s, a::subq, a::subq, true);
      case IMUL -> arith(d, s, a::imulq, a::imulq, true);
      case IAND -> arith(d, s, a::andq, a::andq, false);
      case IOR -> arith(d, s, a::orq, a::orq, false);
      case IXOR -> arith(d, s, a::xorq, a::xorq, false);
      case INEG -> {
        loadG(Reg.RAX, s[0]);
        a.negq(Reg.RAX);
        a.jcc(Cond.O, deopt);
        storeG(d, Reg.RAX);
      }
      case IINVERT -> {
        loadG(Reg.RAX, s[0]);
        a.notq(Reg.RAX);
        storeG(d, Reg.RAX);
      }
      case IABS -> {
        loadG(Reg.RAX, s[0]);
        a.movq(Reg.RCX, Reg.RAX);
        a.negq(Reg.RCX);
        a.jcc(Cond.O, deopt); // abs(-2**63) needs 65 bits
        a.testq(Reg.RAX, Reg.RAX);
        a.cmovq(Cond.S, Reg.RAX, Reg.RCX);
        storeG(d, Reg.RAX);
      }
      case IMIN, IMAX -> {
        // Python keeps the first argument unless the second is strictly smaller (larger)
        loadG(Reg.RAX, s[0]);
        loadG(Reg.RCX, s[1]);
        a.cmpq(Reg.RCX, Reg.RAX);
        a.cmovq(i.op == Op.IMIN ? Cond.L : Cond.G, Reg.RAX, Reg.RCX);
        storeG(d, Reg.RAX);
      }
      case IFLOORDIV, IMOD -> floorDivMod(i);
      case IPOW -> intPow(i);
      case ISHL -> shiftLeft(i);
      case ISHR -> {
        loadG(Reg.RCX, s[1]);
        loadG(Reg.RAX, s[0]);
        a.testq(Reg.RCX, Reg.RCX);
        a.jcc(Cond.S, deopt); // negative shift count: ValueError
        Label ok = new Label();
        a.cmpq(Reg.RCX, 63);
        a.jcc(Cond.BE, ok);
        a.movl(Reg.RCX, 63); // beyond 63 bits only the sign remains
        a.bind(ok);
        a.sarq(Reg.RAX);
        storeG(d, Reg.RAX);
      }
      case ITRUEDIV -> {
        loadG(Reg.RAX, s[0]);
        loadG(Reg.RCX, s[1]);
        a.testq(Reg.RCX, Reg.RCX);
        a.jcc(Cond.E, deopt);
        exactGuard(Reg.RAX);
        exactGuard(Reg.RCX);
        a.xorpd(Xmm.XMM15, Xmm.XMM15);
        a.cvtsi2sdq(Xmm.XMM15, Reg.RAX);
        a.xorpd(Xmm.XMM14, Xmm.XMM14);
        a.cvtsi2sdq(Xmm.XMM14, Reg.RCX);
        a.divsd(Xmm.XMM15, Xmm.XMM14);
        storeX(d, Xmm.XMM15);
      }
      case I2F, I2F_EXACT -> {
        loadG(Reg.RAX, s[0]);
        if (i.op == Op.I2F_EXACT) {
          exactGuard(Reg.RAX);
        }
        a.xorpd(Xmm.XMM15, Xmm.XMM15);
        a.cvtsi2sdq(Xmm.XMM15, Reg.RAX);
        storeX(d, Xmm.XMM15);
      }
      case F2I -> {
        loadX(Xmm.XMM15, s[0]);
        a.cvttsd2siq(Reg.RAX, Xmm.XMM15);
        a.movabs(Reg.RCX, Long.MIN_VALUE); // NaN, infinities, out of range (and -2**63)
        a.cmpq(Reg.RAX, Reg.RCX);
        a.jcc(Cond.E, deopt);
        storeG(d, Reg.RAX);
      }
      case FROUND -> {
        withX(Xmm.XMM15, s[0], (x, y) -> a.roundsd(x, y, (int) i.imm),
            (x, m) -> a.roundsd(x, m, (int) i.imm));
        storeX(d, Xmm.XMM15);
      }
      case FADD -> farith(d, s, a::addsd, a::addsd);
      case FSUB -> farith(d, s, a::subsd, a::subsd);
      case FMUL -> farith(d, s, a::mulsd, a::mulsd);
      case FDIV -> {
        loadX(Xmm.XMM14, s[1]);
        a.xorpd(Xmm.XMM15, Xmm.XMM15);
        a.ucomisd(Xmm.XMM14, Xmm.XMM15);
        a.jcc(Cond.E, deopt); // zero (or NaN: the interpreter gives nan) divisor
        loadX(Xmm.XMM15, s[0]);
        a.divsd(Xmm.XMM15, Xmm.XMM14);
        storeX(d, Xmm.XMM15);
      }
      case FNEG -> {
        loadX(Xmm.XMM15, s[0]);
        a.xorpd(Xmm.XMM15, a.const128(SIGN, 0));
        storeX(d, Xmm.XMM15);
      }
      case FABS -> {
        loadX(Xmm.XMM15, s[0]);
        a.andpd(Xmm.XMM15, a.const128(~SIGN, 0));
        storeX(d, Xmm.XMM15);
      }
      case FMIN, FMAX -> {
        // min(a, b) is b if b < a else a: minsd with b as destination does exactly that
        loadX(Xmm.XMM15, s[1]);
        if (i.op == Op.FMIN) {
          withX(Xmm.XMM15, s[0], a::minsd, a::minsd);
        } else {
          withX(Xmm.XMM15, s[0], a::maxsd, a::maxsd);
        }
        storeX(d, Xmm.XMM15);
      }
      case FMOD, FFLOORDIV -> floatDivMod(i);
      case FPOW -> {
        finiteGuard(s[0]);
        finiteGuard(s[1]);
        libmCall(i, "pow");
        resultFiniteGuard();
        restoreAfterCall(i);
        storeX(d, Xmm.XMM15);
      }
      case MATH -> {
        if (i.symbol.equals("sqrt")) {
          withX(Xmm.XMM15, s[0], a::sqrtsd, a::sqrtsd);
          resultFiniteGuard();
        } else {
          libmCall(i, i.symbol);
          resultFiniteGuard();
          restoreAfterCall(i);
        }
        storeX(d, Xmm.XMM15);
      }
      case ICMP -> {
        loadG(Reg.RAX, s[0]);
        withG(Reg.RAX, s[1], a::cmpq, a::cmpq);
        a.setcc(intCond(i.cmp()), Reg.RAX);
        a.movzbl(Reg.RAX, Reg.RAX);
        storeG(d, Reg.RAX);
      }
      case FCMP -> floatCompare(i);
      case ITRUTH -> {
        if (inReg(s[0])) {
          a.cmpq(gpr(s[0]), 0);
        } else {
          a.cmpq(mem(s[0]), 0);
        }
        a.setcc(Cond.NE, Reg.RAX);
        a.movzbl(Reg.RAX, Reg.RAX);
        storeG(d, Reg.RAX);
      }
      case FTRUTH -> {
        loadX(Xmm.XMM15, s[0]);
        a.xorpd(Xmm.XMM14, Xmm.XMM14);
        a.ucomisd(Xmm.XMM15, Xmm.XMM14);
        a.setcc(Cond.NE, Reg.RAX);
        a.setcc(Cond.P, Reg.RCX); // NaN is true
        a.orl(Reg.RAX, Reg.RCX);
        a.movzbl(Reg.RAX, Reg.RAX);
        storeG(d, Reg.RAX);
      }
      case NOT -> {
        loadG(Reg.RAX, s[0]);
        a.xorq(Reg.RAX, 1);
        storeG(d, Reg.RAX);
      }
      case CHECK -> {
        if (inReg(s[0])) {
          a.cmpq(gpr(s[0]), 0);
        } else {
          a.cmpq(mem(s[0]), 0);
        }
        a.jcc(Cond.E, deopt);
      }
      case CALL -> call(i);
      case JMP -> {
        if (i.targets[0] != next) {
          a.jmp(labels.get(i.targets[0]));
        }
      }
      case BR -> {
        if (inReg(s[0])) {
          a.cmpq(gpr(s[0]), 0);
        } else {
          a.cmpq(mem(s[0]), 0);
        }
        Block t = i.targets[0];
        Block f = i.targets[1];
        if (f == next) {
          a.jcc(Cond.NE, labels.get(t));
        } else if (t == next) {
          a.jcc(Cond.E, labels.get(f));
        } else {
          a.jcc(Cond.NE, labels.get(t));
          a.jmp(labels.get(f));
        }
      }
      case RET -> {
        a.movq(Reg.RCX, Mem.at(Reg.RBP, RESULT_PTR));
        if (s[0].isFloat()) {
          loadX(Xmm.XMM15, s[0]);
          a.movsd(Mem.at(Reg.RCX), Xmm.XMM15);
        } else {
          loadG(Reg.RAX, s[0]);
          a.movq(Mem.at(Reg.RCX), Reg.RAX);
        }
        a.xorl(Reg.RAX, Reg.RAX);
        a.jmp(epilogue);
      }
      case DEOPT -> a.jmp(deopt);
    }
  }

  /** An integer comparison whose only use is the branch right after it: cmp and jcc. */
  private void compareAndBranch(Insn cmp, Insn br, Block next) {
    Reg left = Reg.RAX;
    if (inReg(cmp.srcs[0])) {
      left = gpr(cmp.srcs[0]);
    } else {
      loadG(Reg.RAX, cmp.srcs[0]);
    }
    withG(left, cmp.srcs[1], a::cmpq, a::cmpq);
    Cond c = intCond(cmp.cmp());
    Block t = br.targets[0];
    Block f = br.targets[1];
    if (f == next) {
      a.jcc(c, labels.get(t));
    } else if (t == next) {
      a.jcc(c.negate(), labels.get(f));
    } else {
      a.jcc(c, labels.get(t));
      a.jmp(labels.get(f));
    }
  }

  private void arith(VReg d, VReg[] s, GprOp r, GprMemOp m, boolean overflows) {
    loadG(Reg.RAX, s[0]);
    withG(Reg.RAX, s[1], r, m);
    if (overflows) {
      a.jcc(Cond.O, deopt);
    }
    storeG(d, Reg.RAX);
  }

  private void farith(VReg d, VReg[] s, XmmOp r, XmmMemOp m) {
    loadX(Xmm.XMM15, s[0]);
    withX(Xmm.XMM15, s[1], r, m);
    storeX(d, Xmm.XMM15);
  }

  /** Deopt unless |r| <= 2**53 (an int a double holds exactly). Uses rdx and r11. */
  private void exactGuard(Reg r) {
    a.movabs(Reg.RDX, TWO_53);
    a.leaq(Reg.R11, Mem.at(r, Reg.RDX, 1, 0));
    a.movabs(Reg.RDX, 2 * TWO_53);
    a.cmpq(Reg.R11, Reg.RDX);
    a.jcc(Cond.A, deopt); // unsigned: r + 2**53 outside [0, 2**54]
  }

  /** Deopt when v is NaN or infinite. */
  private void finiteGuard(VReg v) {
    loadX(Xmm.XMM14, v);
    a.andpd(Xmm.XMM14, a.const128(~SIGN, 0));
    a.ucomisd(Xmm.XMM14, a.constDouble(Double.POSITIVE_INFINITY));
    a.jcc(Cond.AE, deopt);
    a.jcc(Cond.P, deopt);
  }

  /** Deopt when xmm15 is NaN or infinite (the interpreter then gives Python's answer). */
  private void resultFiniteGuard() {
    a.movapd(Xmm.XMM14, Xmm.XMM15);
    a.andpd(Xmm.XMM14, a.const128(~SIGN, 0));
    a.ucomisd(Xmm.XMM14, a.constDouble(Double.POSITIVE_INFINITY));
    a.jcc(Cond.AE, deopt);
    a.jcc(Cond.P, deopt);
  }

  /** a // b and a % b rounding toward minus infinity; b == 0 and -2**63 // -1 deopt. */
  private void floorDivMod(Insn i) {
    boolean mod = i.op == Op.IMOD;
    loadG(Reg.RAX, i.srcs[0]);
    loadG(Reg.RCX, i.srcs[1]);
    a.testq(Reg.RCX, Reg.RCX);
    a.jcc(Cond.E, deopt);
    Label normal = new Label();
    Label done = new Label();
    a.cmpq(Reg.RCX, -1);
    a.jcc(Cond.NE, normal);
    if (mod) {
      a.xorl(Reg.RAX, Reg.RAX); // x % -1 == 0
    } else {
      a.negq(Reg.RAX);
      a.jcc(Cond.O, deopt); // -2**63 // -1 needs 65 bits
    }
    a.jmp(done);
    a.bind(normal);
    a.cqo();
    a.idivq(Reg.RCX);
    Label exact = new Label();
    a.testq(Reg.RDX, Reg.RDX);
    a.jcc(Cond.E, exact);
    a.movq(Reg.R11, Reg.RDX);
    a.xorq(Reg.R11, Reg.RCX);
    a.jcc(Cond.NS, exact); // remainder has the divisor's sign: C's answer is Python's
    a.decq(Reg.RAX);
    a.addq(Reg.RDX, Reg.RCX);
    a.bind(exact);
    if (mod) {
      a.movq(Reg.RAX, Reg.RDX);
    }
    a.bind(done);
    storeG(i.dst, Reg.RAX);
  }

  /** int ** int by squaring; a negative exponent (a float result) or overflow deopts. */
  private void intPow(Insn i) {
    loadG(Reg.RCX, i.srcs[1]);
    loadG(Reg.R11, i.srcs[0]);
    a.testq(Reg.RCX, Reg.RCX);
    a.jcc(Cond.S, deopt);
    a.movl(Reg.RAX, 1);
    Label loop = new Label();
    Label skip = new Label();
    Label done = new Label();
    a.bind(loop);
    a.testq(Reg.RCX, Reg.RCX);
    a.jcc(Cond.E, done);
    a.testq(Reg.RCX, 1);
    a.jcc(Cond.E, skip);
    a.imulq(Reg.RAX, Reg.R11);
    a.jcc(Cond.O, deopt);
    a.bind(skip);
    a.shrq(Reg.RCX, 1);
    a.jcc(Cond.E, done); // no more bits: do not square (it could overflow needlessly)
    a.imulq(Reg.R11, Reg.R11);
    a.jcc(Cond.O, deopt);
    a.jmp(loop);
    a.bind(done);
    storeG(i.dst, Reg.RAX);
  }

  /** a << b: a negative count, or bits shifted out past 64, deopt (ValueError, big int). */
  private void shiftLeft(Insn i) {
    loadG(Reg.RCX, i.srcs[1]);
    loadG(Reg.RAX, i.srcs[0]);
    a.testq(Reg.RCX, Reg.RCX);
    a.jcc(Cond.S, deopt);
    Label small = new Label();
    Label done = new Label();
    a.cmpq(Reg.RCX, 63);
    a.jcc(Cond.BE, small);
    a.testq(Reg.RAX, Reg.RAX); // only 0 << big fits
    a.jcc(Cond.NE, deopt);
    a.jmp(done);
    a.bind(small);
    a.movq(Reg.R11, Reg.RAX);
    a.shlq(Reg.R11);
    a.movq(Reg.RDX, Reg.R11);
    a.sarq(Reg.RDX);
    a.cmpq(Reg.RDX, Reg.RAX);
    a.jcc(Cond.NE, deopt);
    a.movq(Reg.RAX, Reg.R11);
    a.bind(done);
    storeG(i.dst, Reg.RAX);
  }

  /**
   * float % and // as CPython's float_rem and float_floor_div: fmod, then the remainder
   * takes the divisor's sign and the quotient is floored (with CPython's corrections). A
   * zero divisor deopts.
   */
  private void floatDivMod(Insn i) {
    VReg x = i.srcs[0];
    VReg y = i.srcs[1];
    boolean mod = i.op == Op.FMOD;
    loadX(Xmm.XMM14, y);
    a.xorpd(Xmm.XMM15, Xmm.XMM15);
    a.ucomisd(Xmm.XMM14, Xmm.XMM15);
    a.jcc(Cond.E, deopt); // zero (or NaN) divisor
    libmCall(i, "fmod");
    restoreAfterCall(i); // xmm15 = fmod(x, y)
    loadX(Xmm.XMM14, x);
    a.subsd(Xmm.XMM14, Xmm.XMM15);
    withX(Xmm.XMM14, y, a::divsd, a::divsd); // xmm14 = div = (x - mod) / y
    Label modZero = new Label();
    Label adjusted = new Label();
    a.movq(Reg.RAX, Xmm.XMM15);
    if (inReg(y)) {
      a.movq(Reg.RCX, xmm(y));
    } else {
      a.movq(Reg.RCX, mem(y));
    }
    a.movq(Reg.R11, Reg.RAX);
    a.addq(Reg.R11, Reg.R11); // the magnitude's bits: zero for +-0.0
    a.jcc(Cond.E, modZero);
    a.xorq(Reg.RAX, Reg.RCX);
    a.jcc(Cond.NS, adjusted); // mod has y's sign already
    withX(Xmm.XMM15, y, a::addsd, a::addsd); // mod += y
    a.subsd(Xmm.XMM14, a.constDouble(1.0)); // div -= 1.0
    a.jmp(adjusted);
    a.bind(modZero);
    a.movabs(Reg.RAX, SIGN);
    a.andq(Reg.RCX, Reg.RAX);
    a.movq(Xmm.XMM15, Reg.RCX); // mod = copysign(0.0, y)
    a.bind(adjusted);
    if (mod) {
      storeX(i.dst, Xmm.XMM15);
      return;
    }
    Label nonzero = new Label();
    Label done = new Label();
    a.ucomisd(Xmm.XMM14, a.constDouble(0.0));
    a.jcc(Cond.P, nonzero);
    a.jcc(Cond.NE, nonzero);
    loadX(Xmm.XMM15, x); // div == 0: copysign(0.0, x / y)
    withX(Xmm.XMM15, y, a::divsd, a::divsd);
    a.andpd(Xmm.XMM15, a.const128(SIGN, 0));
    a.jmp(done);
    a.bind(nonzero);
    a.roundsd(Xmm.XMM15, Xmm.XMM14, 1); // floordiv = floor(div)
    a.movsd(scratchSlot(), Xmm.XMM15);
    a.subsd(Xmm.XMM14, Xmm.XMM15);
    a.movsd(Xmm.XMM15, scratchSlot());
    a.ucomisd(Xmm.XMM14, a.constDouble(0.5));
    a.jcc(Cond.BE, done); // div - floordiv > 0.5: one more
    a.addsd(Xmm.XMM15, a.constDouble(1.0));
    a.bind(done);
    storeX(i.dst, Xmm.XMM15);
  }

  /** A frame slot of the code generator's own (beyond the allocator's). */
  private Mem scratchSlot() {
    return slot(alloc.slotCount);
  }

  /**
   * Calls libm's {@code name} on the float sources (moved to xmm0, xmm1), saving the
   * caller-saved registers live across it; the result is left in xmm15, the saved
   * registers not yet restored ({@link #restoreAfterCall}).
   */
  private void libmCall(Insn i, String name) {
    long address = Libm.address(name);
    if (address == 0) {
      throw new JitException("libm's " + name + " is not available for @jit code");
    }
    loadX(Xmm.XMM14, i.srcs[0]);
    if (i.srcs.length > 1) {
      loadX(Xmm.XMM15, i.srcs[1]);
    }
    saveAcross(i);
    a.movapd(Xmm.XMM0, Xmm.XMM14);
    if (i.srcs.length > 1) {
      a.movapd(Xmm.XMM1, Xmm.XMM15);
    }
    a.movabs(Reg.RAX, address);
    a.call(Reg.RAX);
    a.movapd(Xmm.XMM15, Xmm.XMM0);
  }

  private void saveAcross(Insn i) {
    for (VReg v : alloc.savedAcross.getOrDefault(i, List.of())) {
      Mem m = slot(alloc.saveSlots.get(v));
      if (v.isFloat()) {
        a.movsd(m, xmm(v));
      } else {
        a.movq(m, gpr(v));
      }
    }
  }

  private void restoreAfterCall(Insn i) {
    for (VReg v : alloc.savedAcross.getOrDefault(i, List.of())) {
      Mem m = slot(alloc.saveSlots.get(v));
      if (v.isFloat()) {
        a.movsd(xmm(v), m);
      } else {
        a.movq(gpr(v), m);
      }
    }
  }

  /** A call of a compiled function: arguments in the outgoing area, result in its slot. */
  private void call(Insn i) {
    for (int k = 0; k < i.srcs.length; k++) {
      VReg v = i.srcs[k];
      if (v.isFloat()) {
        loadX(Xmm.XMM15, v);
        a.movsd(Mem.at(Reg.RSP, 8 * k), Xmm.XMM15);
      } else {
        loadG(Reg.RAX, v);
        a.movq(Mem.at(Reg.RSP, 8 * k), Reg.RAX);
      }
    }
    saveAcross(i);
    a.movq(Reg.RDI, Reg.RSP);
    a.leaq(Reg.RSI, Mem.at(Reg.RSP, 8 * maxCallArgs));
    if (i.callee.self()) {
      a.call(internal);
    } else {
      long entry = i.callee.variant().code.internalEntry();
      a.movabs(Reg.RAX, entry);
      a.call(Reg.RAX);
    }
    a.testl(Reg.RAX, Reg.RAX);
    a.jcc(Cond.NE, epilogue); // the callee deopted: so does this call, same status
    Mem result = Mem.at(Reg.RSP, 8 * maxCallArgs);
    if (i.dst.isFloat()) {
      a.movsd(Xmm.XMM15, result);
      restoreAfterCall(i);
      storeX(i.dst, Xmm.XMM15);
    } else {
      a.movq(Reg.RAX, result);
      restoreAfterCall(i);
      storeG(i.dst, Reg.RAX);
    }
  }

  private void floatCompare(Insn i) {
    VReg x = i.srcs[0];
    VReg y = i.srcs[1];
    Cond c;
    switch (i.cmp()) {
      case LT, LE -> { // y > x, y >= x: unordered (NaN) sets CF and fails both
        loadX(Xmm.XMM15, y);
        withX(Xmm.XMM15, x, a::ucomisd, a::ucomisd);
        c = i.cmp() == Op.Cmp.LT ? Cond.A : Cond.AE;
      }
      case GT, GE -> {
        loadX(Xmm.XMM15, x);
        withX(Xmm.XMM15, y, a::ucomisd, a::ucomisd);
        c = i.cmp() == Op.Cmp.GT ? Cond.A : Cond.AE;
      }
      default -> {
        loadX(Xmm.XMM15, x);
        withX(Xmm.XMM15, y, a::ucomisd, a::ucomisd);
        if (i.cmp() == Op.Cmp.EQ) {
          a.setcc(Cond.E, Reg.RAX);
          a.setcc(Cond.NP, Reg.RCX);
          a.andl(Reg.RAX, Reg.RCX);
        } else {
          a.setcc(Cond.NE, Reg.RAX);
          a.setcc(Cond.P, Reg.RCX);
          a.orl(Reg.RAX, Reg.RCX);
        }
        a.movzbl(Reg.RAX, Reg.RAX);
        storeG(i.dst, Reg.RAX);
        return;
      }
    }
    a.setcc(c, Reg.RAX);
    a.movzbl(Reg.RAX, Reg.RAX);
    storeG(i.dst, Reg.RAX);
  }

  private static Cond intCond(Op.Cmp c) {
    return switch (c) {
      case EQ -> Cond.E;
      case NE -> Cond.NE;
      case LT -> Cond.L;
      case LE -> Cond.LE;
      case GT -> Cond.G;
      case GE -> Cond.GE;
    };
  }
}
