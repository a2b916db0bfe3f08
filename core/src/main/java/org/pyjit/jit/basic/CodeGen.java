package org.pyjit.jit.basic;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * at entry minus {@link #STACK_BUDGET}), calls the internal entry and stores the result it
 * returns in rdx to {@code *result}. The internal entry ({@link #INTERNAL_ENTRY} bytes in)
 * is what compiled code calls: rdi points to the arguments as 8-byte slots (int/bool as
 * int64, float as the double's bits), r15 is the limit; it returns the status in eax:
 * {@link #OK}, {@link #DEOPT} (a guard failed) or {@link #DEOPT_STACK} (the stack limit was
 * reached), and with OK the result's bits in rdx (no memory round trip for the result of a
 * recursive call). A self-call whose site has tested the base case enters past the
 * early return ({@link BaseCase}), at the stack check only. r15 is raised by the loops of
 * {@link AccumulatorLoop} and restored before they return. The internal entry keeps rbx,
 * rbp and r12 to r15 as System V requires, saving only those of rbx, r12, r13, r14 its
 * allocation uses, so a call of another compiled function is a plain call. A nonzero status from a callee returns at once with the same status.
 *
 * <p><b>Registers.</b> The allocator hands out rbx, r12, r13, r14 (kept across calls) and
 * rsi, rdi, r8, r9, r10, and xmm0 to xmm13. rax, rcx, rdx, r11, xmm14 and xmm15 are scratch.
 * Operands are used where they are: a register, a stack slot below rbp (spilled), an
 * immediate or the constant pool (constants no instruction needs in a register); simple
 * arithmetic computes in its destination's register, the rest in scratch registers with
 * the result stored at the end. r15 holds the stack limit, rbp the frame.
 *
 * <p><b>Guards</b> jump to the deopt exit ({@code mov eax, 1} and the epilogue). Native code
 * never writes memory other than its own frame, the result slot and the elements of the
 * call's list copies ({@link ListBuffers}), each access after a check of its index against
 * the copy's length.
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
  /** Frame: rbp-8..-32 where rbx, r12, r13, r14 are saved (when used); then slots. */
  private static final int FIRST_SLOT = -40;
  /** The callee-saved registers of GPRS (their indexes), each saved at rbp - 8 * (k + 1). */
  private static final int CALLEE_SAVED = 4;

  private final IrFunction fn;
  private LinearScan.Allocation alloc;
  /** Uses per virtual register. */
  private final Map<VReg, Integer> uses = new HashMap<>();
  /**
   * Comparisons whose only use is the branch right after them: compare and jump, the bool
   * is never materialized.
   */
  private final Set<VReg> fusedCompares = new HashSet<>();
  /** Whether an {@link Op#STKBUMP} is there (also from a leaf callee inlined). */
  private boolean bumpsStack;
  private final Assembler a = new Assembler();
  private final Label internal = new Label();
  /**
   * The entry of self-calls made only when the base case's test failed at the call site
   * (CALL with imm = 1, {@link Inliner}): the early return is skipped.
   */
  private final Label pastBaseCase = new Label();
  private final Label deopt = new Label();
  /** Leaves with the stack-limit status from inside the frame ({@link Op#STKBUMP}). */
  private final Label deoptStack = new Label();
  /** The native stack one Python call takes: the frame, rbp and the return address. */
  private int levelBytes;

  private final Label epilogue = new Label();
  private final Map<Block, Label> labels = new HashMap<>();
  /**
   * Int constants that are never materialized: each use takes them as an immediate (or a
   * mov of one), so their CONST emits nothing. A virtual register qualifies when a single
   * CONST defines it and every use is one that {@link #immediate} knows.
   */
  private final Map<VReg, Long> immediates = new HashMap<>();
  /** Float constants never materialized: each use reads them from the constant pool. */
  private final Map<VReg, Double> floatImmediates = new HashMap<>();
  private int maxCallArgs;
  /** Code placed after the function's body: the rarely taken paths (negative indices). */
  private final List<Runnable> coldPaths = new java.util.ArrayList<>();

  private CodeGen(IrFunction fn) {
    this.fn = fn;
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
    CodeGen g = new CodeGen(fn);
    g.analyzeOperands();
    // values never in a register take none: constants used as immediates, fused compares
    Set<VReg> virtual = new HashSet<>(g.immediates.keySet());
    virtual.addAll(g.floatImmediates.keySet());
    virtual.addAll(g.fusedCompares);
    g.alloc = LinearScan.allocate(fn, GPR_FILE, XMM_FILE, virtual);
    return g.emitAll();
  }

  /** Finds the constants used as immediates and the compares fused with their branch. */
  private void analyzeOperands() {
    Map<VReg, Integer> defs = new HashMap<>();
    Map<VReg, Long> constants = new HashMap<>();
    Set<VReg> materialized = new HashSet<>();
    for (Block b : fn.blocks) {
      labels.put(b, new Label());
      for (Insn i : b.insns) {
        for (int k = 0; k < i.srcs.length; k++) {
          uses.merge(i.srcs[k], 1, Integer::sum);
          if (!takesImmediate(i, k)) {
            materialized.add(i.srcs[k]);
          }
        }
        if (i.dst != null) {
          defs.merge(i.dst, 1, Integer::sum);
          if (i.op == Op.CONST && (i.dst.isFloat() || i.imm == (int) i.imm)) {
            constants.put(i.dst, i.imm);
          }
        }
        if (i.op == Op.CALL) {
          maxCallArgs = Math.max(maxCallArgs, i.srcs.length);
        }
        bumpsStack |= i.op == Op.STKBUMP;
      }
    }
    constants.forEach((v, c) -> {
      if (defs.get(v) == 1 && !materialized.contains(v)) {
        if (v.isFloat()) {
          floatImmediates.put(v, Double.longBitsToDouble(c));
        } else {
          immediates.put(v, c);
        }
      }
    });
    // a constant divisor is only absorbed when positive (no zero or -1 checks to make)
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        if ((i.op == Op.IFLOORDIV || i.op == Op.IMOD) && immediates.containsKey(i.srcs[1])
            && immediates.get(i.srcs[1]) <= 0) {
          immediates.remove(i.srcs[1]);
        }
      }
    }
    for (Block b : fn.blocks) {
      for (int j = 0; j + 1 < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        Insn after = b.insns.get(j + 1);
        if ((i.op == Op.ICMP || i.op == Op.FCMP) && after.op == Op.BR
            && after.srcs[0] == i.dst && uses.get(i.dst) == 1) {
          fusedCompares.add(i.dst);
        }
      }
    }
  }

  private MachineCode emitAll() {
    externalEntry();
    prologue();
    // blocks that only jump on are not emitted: every jump goes past them (target), and the
    // block before one falls through to the next emitted block only when that is its target
    List<Block> blocks = new java.util.ArrayList<>();
    for (Block b : fn.blocks) {
      if (blocks.isEmpty() || target(b) == b) {
        blocks.add(b);
      }
    }
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      a.bind(labels.get(b));
      Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
      List<Insn> insns = b.insns;
      for (int j = 0; j < insns.size(); j++) {
        Insn i = insns.get(j);
        Insn after = j + 1 < insns.size() ? insns.get(j + 1) : null;
        if ((i.op == Op.ICMP || i.op == Op.FCMP) && fusedCompares.contains(i.dst)) {
          if (i.op == Op.ICMP) {  // the bool is never materialized
            compareAndBranch(i, after, next);
          } else {
            floatCompareAndBranch(i, after, next);
          }
          j++;
          continue;
        }
        if (after != null && after.op == Op.MOV && after.srcs[0] == i.dst
            && uses.get(i.dst) == 1 && retargetable(i, after.dst)) {
          // t = op ...; x = mov t: computed straight into x (t is never read again)
          insn(new Insn(i.op, after.dst, i.srcs, i.imm, i.targets, i.symbol, i.callee,
              i.line), next);
          j++;
          continue;
        }
        insn(i, next);
      }
    }
    if (bumpsStack) {
      a.bind(deoptStack);
      a.movl(Reg.RAX, DEOPT_STACK);
      a.jmp(epilogue);
    }
    a.bind(deopt);
    a.movl(Reg.RAX, DEOPT);
    a.bind(epilogue);
    returnSequence();
    for (Runnable r : coldPaths) {
      r.run();
    }
    return a.finish();
  }

  /**
   * Whether {@code i} may write {@code x} instead of its own destination. Each
   * instruction's code reads its sources before it writes its destination, or computes in
   * the destination's register only when no source is there ({@link #arith}); x's register
   * holds nothing else at {@code i}: a value live across {@code i} is live at the mov too.
   * Calls are left alone: what is saved around them is decided per instruction.
   */
  private boolean retargetable(Insn i, VReg x) {
    return i.dst != null && i.dst.isFloat() == x.isFloat() && i.op != Op.MOV
        && !LinearScan.clobbers(i) && !immediates.containsKey(i.dst)
        && !floatImmediates.containsKey(i.dst);
  }

  /**
   * Where a jump to {@code b} may go instead: past blocks that only jump on (the IR's
   * join blocks and loop latches), so that a branch reaches its destination in one jump.
   */
  private static Block target(Block b) {
    Block t = b;
    Set<Block> seen = new HashSet<>();
    while (jumpsOnly(t)) {
      if (!seen.add(t)) {
        return b; // a cycle of jumps (an empty infinite loop): left as it is
      }
      t = t.insns.get(0).targets[0];
    }
    return t;
  }

  private static boolean jumpsOnly(Block b) {
    return b.insns.size() == 1 && b.insns.get(0).op == Op.JMP;
  }

  /** Which of the callee-saved registers the allocation hands out. */
  private boolean[] usedCalleeSaved() {
    boolean[] used = new boolean[CALLEE_SAVED];
    for (Map.Entry<VReg, LinearScan.Location> e : alloc.locations.entrySet()) {
      LinearScan.Location l = e.getValue();
      if (!e.getKey().isFloat() && l.inRegister() && l.reg() < CALLEE_SAVED) {
        used[l.reg()] = true;
      }
    }
    return used;
  }

  /** Restores the callee-saved registers this function saved, drops the frame, returns. */
  private void returnSequence() {
    boolean[] used = usedCalleeSaved();
    for (int k = 0; k < CALLEE_SAVED; k++) {
      if (used[k]) {
        a.movq(GPRS[k], Mem.at(Reg.RBP, -8 * (k + 1)));
      }
    }
    a.movq(Reg.RSP, Reg.RBP);
    a.pop(Reg.RBP);
    a.ret();
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
    a.push(Reg.RSI); // the result pointer; also the 16-byte alignment at the call
    a.call(internal);
    a.pop(Reg.RCX);
    a.movq(Mem.at(Reg.RCX), Reg.RDX); // the result (meaningless unless the status is OK)
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
    Label stackFail = new Label();
    a.cmpq(Reg.RSP, Reg.R15);
    a.jcc(Cond.AE, stackOk);
    a.bind(stackFail);
    a.movl(Reg.RAX, DEOPT_STACK);
    a.ret();
    a.bind(stackOk);
    if (earlyReturn()) {
      // self-calls whose site tested the base case come in here: the stack check only
      a.bind(pastBaseCase);
      a.cmpq(Reg.RSP, Reg.R15);
      a.jcc(Cond.B, stackFail);
    }
    a.push(Reg.RBP);
    a.movq(Reg.RBP, Reg.RSP);
    // the save area, the allocator's slots and the scratch slot, the outgoing arguments
    int frame = 8 * CALLEE_SAVED + 8 * (alloc.slotCount + 1) + 8 * maxCallArgs;
    frame = (frame + 15) & ~15;
    levelBytes = frame + 16;
    // k + 1 Python calls in one native frame: take the stack of k + 1 calls, so that the
    // stack limit stops native recursion at the same Python depth (Inliner)
    frame += fn.inlinedLevels * levelBytes;
    a.subq(Reg.RSP, frame);
    boolean[] used = usedCalleeSaved();
    for (int k = 0; k < CALLEE_SAVED; k++) {
      if (used[k]) {
        a.movq(Mem.at(Reg.RBP, -8 * (k + 1)), GPRS[k]);
      }
    }
    a.movq(Reg.RAX, Reg.RDI); // PARAM reads from rax: the first instructions of the body
  }

  /**
   * The base case of a recursion without a frame ({@link BaseCase}: {@code if n < 2:
   * return n}): that test and return are made first, from the argument slots, before the
   * frame is built and the callee-saved registers saved. The other side goes on to the
   * prologue and the body, which test again (cheaply) as compiled.
   */
  private boolean earlyReturn() {
    BaseCase bc = fn.baseCase;
    if (bc == null) {
      return false;
    }
    Label full = new Label();
    a.movq(Reg.RCX, Mem.at(Reg.RDI, 8 * bc.left()));
    if (bc.rightParam() < 0) {
      a.cmpq(Reg.RCX, (int) bc.rightConst());
    } else {
      a.cmpq(Reg.RCX, Mem.at(Reg.RDI, 8 * bc.rightParam()));
    }
    Cond c = intCond(bc.cmp());
    a.jcc(bc.onTrue() ? c.negate() : c, full);
    if (bc.retParam() == bc.left()) {
      a.movq(Reg.RDX, Reg.RCX);
    } else if (bc.retParam() >= 0) {
      a.movq(Reg.RDX, Mem.at(Reg.RDI, 8 * bc.retParam()));
    } else {
      a.movabs(Reg.RDX, bc.retConst());
    }
    a.xorl(Reg.RAX, Reg.RAX);
    a.ret();
    a.bind(full);
    return true;
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
    return !immediates.containsKey(v) && !floatImmediates.containsKey(v)
        && loc(v).inRegister();
  }

  /**
   * Whether source {@code k} of {@code i} may be an int constant that is never in a
   * register: the instruction's code reads it through {@link #loadG} or as an immediate.
   */
  private static boolean takesImmediate(Insn i, int k) {
    return switch (i.op) {
      case IADD, ISUB, IMUL, IAND, IOR, IXOR, ICMP, MOV -> true;
      case FADD, FSUB, FMUL, FMIN, FMAX, FCMP -> true;
      case FDIV -> true;
      case IFLOORDIV, IMOD -> k == 1;
      case LLOAD, LSTORE -> k >= 1;
      default -> false;
    };
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
    Long c = immediates.get(v);
    if (c != null) {
      a.movq(r, (int) (long) c);
    } else if (inReg(v)) {
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
    Double c = floatImmediates.get(v);
    if (c != null) {
      if (Double.doubleToRawLongBits(c) == 0) {
        a.xorpd(x, x);
      } else {
        a.movsd(x, a.constDouble(c));
      }
    } else if (inReg(v)) {
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
    Double c = floatImmediates.get(v);
    if (c != null) {
      m.mem(dst, a.constDouble(c));
    } else if (inReg(v)) {
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
        if (immediates.containsKey(d) || floatImmediates.containsKey(d)) {
          return; // every use takes it as an immediate or from the constant pool
        }
        if (d.isFloat()) {
          Xmm t = inReg(d) ? xmm(d) : Xmm.XMM15;
          if (i.imm == 0) {
            a.xorpd(t, t);
          } else {
            a.movsd(t, a.constDouble(Double.longBitsToDouble(i.imm)));
          }
          storeX(d, t);
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
      case IADD -> {
        if (i.imm != 1 || !addByLea(d, s, 1)) {
          arith(d, s, a::addq, a::addq, a::addq, i.imm != 1);
        }
      }
      case ISUB -> {
        if (i.imm != 1 || !addByLea(d, s, -1)) {
          arith(d, s, a::subq, a::subq, a::subq, i.imm != 1);
        }
      }
      case IMUL -> arith(d, s, a::imulq, a::imulq, (r, c) -> a.imulq(r, r, c), true);
      case IAND -> arith(d, s, a::andq, a::andq, a::andq, false);
      case IOR -> arith(d, s, a::orq, a::orq, a::orq, false);
      case IXOR -> arith(d, s, a::xorq, a::xorq, a::xorq, false);
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
      case IFLOORDIV, IMOD -> {
        if (immediates.containsKey(s[1])) {
          floorDivModConst(i, immediates.get(s[1]));
        } else {
          floorDivMod(i);
        }
      }
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
        Reg src = Reg.RAX;
        if (inReg(s[0])) {
          src = gpr(s[0]);
        } else {
          loadG(Reg.RAX, s[0]);
        }
        if (i.op == Op.I2F_EXACT) {
          exactGuard(src);
        }
        Xmm t = inReg(d) ? xmm(d) : Xmm.XMM15;
        a.xorpd(t, t); // no dependence on t's old value
        a.cvtsi2sdq(t, src);
        storeX(d, t);
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
        Double divisor = floatImmediates.get(s[1]);
        if (divisor != null && divisor != 0 && !divisor.isNaN()) {
          farith(d, s, a::divsd, a::divsd); // no zero to check for
          return;
        }
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
        cmpSecond(Reg.RAX, s[1]);
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
      case LLEN -> {
        Reg base = listBase(s[0]);
        if (inReg(d)) {
          a.movq(gpr(d), Mem.at(base));
        } else {
          a.movq(Reg.RAX, Mem.at(base));
          storeG(d, Reg.RAX);
        }
      }
      case LLOAD -> listLoad(i);
      case LSTORE -> listStore(i);
      case CALL -> call(i);
      case STKLIM -> storeG(d, Reg.R15);
      case STKBUMP -> {
        a.addq(Reg.R15, levelBytes);
        a.cmpq(Reg.RSP, Reg.R15);
        a.jcc(Cond.B, deoptStack);
      }
      case STKSET -> loadG(Reg.R15, s[0]);
      case JMP -> {
        Block t = target(i.targets[0]);
        if (t != next) {
          Insn[] test = testOnly(t);
          if (test != null) {
            // the jump to a loop's test (or any block that only tests and branches) makes
            // the test itself: one compare and branch instead of a jump and then those
            compareAndBranch(test[0], test[1], next);
          } else {
            a.jmp(labels.get(t));
          }
        }
      }
      case BR -> {
        if (inReg(s[0])) {
          a.cmpq(gpr(s[0]), 0);
        } else {
          a.cmpq(mem(s[0]), 0);
        }
        Block t = target(i.targets[0]);
        Block f = target(i.targets[1]);
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
        if (!s[0].isFloat()) {
          loadG(Reg.RDX, s[0]);
        } else if (inReg(s[0])) {
          a.movq(Reg.RDX, xmm(s[0]));
        } else {
          a.movq(Reg.RDX, mem(s[0]));
        }
        a.xorl(Reg.RAX, Reg.RAX);
        returnSequence();
      }
      case DEOPT -> a.jmp(deopt);
    }
  }

  // ------------------------------------------------------------------ lists

  /** The register holding a list's address: its own, or rcx loaded from its slot. */
  private Reg listBase(VReg list) {
    if (inReg(list)) {
      return gpr(list);
    }
    a.movq(Reg.RCX, mem(list));
    return Reg.RCX;
  }

  /**
   * Emits {@code access} on the element operand of list[index], after the bounds check
   * ([base] is the length, elements from base + 8). The hot path is one unsigned compare of
   * the index with the length (a negative index looks huge) and the access; the cold path,
   * placed after the function, counts a negative index from the end, deopts when it is
   * still negative, makes the access with it and jumps back. No access leaves the list's
   * copy. An index the IR marks in range has no check; a constant one checks the length
   * against it.
   */
  private void element(Reg base, VReg index, boolean inRange, java.util.function.Consumer<Mem> access) {
    Long c = immediates.get(index);
    if (c != null && c >= 0 && c < 1 << 27) { // 8 + 8c fits a displacement
      a.cmpq(Mem.at(base), (int) (long) c);
      a.jcc(Cond.LE, deopt); // len <= c
      access.accept(Mem.at(base, 8 + 8 * (int) (long) c));
      return;
    }
    Reg idx = Reg.RAX;
    if (inReg(index)) {
      idx = gpr(index);
    } else {
      loadG(Reg.RAX, index);
    }
    if (inRange) {
      access.accept(Mem.at(base, idx, 8, 8));
      return;
    }
    Label cold = new Label();
    Label back = new Label();
    a.cmpq(idx, Mem.at(base));
    a.jcc(Cond.AE, cold);
    access.accept(Mem.at(base, idx, 8, 8));
    a.bind(back);
    Reg from = idx;
    coldPaths.add(() -> {
      a.bind(cold);
      if (from != Reg.RAX) {
        a.movq(Reg.RAX, from);
      }
      a.testq(Reg.RAX, Reg.RAX);
      a.jcc(Cond.NS, deopt); // len <= index
      a.addq(Reg.RAX, Mem.at(base));
      a.jcc(Cond.S, deopt); // index < -len
      access.accept(Mem.at(base, Reg.RAX, 8, 8));
      a.jmp(back);
    });
  }

  private void listLoad(Insn i) {
    VReg d = i.dst;
    Reg base = listBase(i.srcs[0]);
    if (d.isFloat()) {
      Xmm t = inReg(d) ? xmm(d) : Xmm.XMM15;
      element(base, i.srcs[1], i.imm == 1, e -> a.movsd(t, e));
      storeX(d, t);
    } else {
      Reg t = inReg(d) ? gpr(d) : Reg.RDX;
      element(base, i.srcs[1], i.imm == 1, e -> a.movq(t, e));
      storeG(d, t);
    }
  }

  private void listStore(Insn i) {
    VReg v = i.srcs[2];
    Reg base = listBase(i.srcs[0]);
    java.util.function.Consumer<Mem> store;
    if (v.isFloat()) {
      if (inReg(v)) {
        store = e -> a.movsd(e, xmm(v));
      } else {
        loadX(Xmm.XMM15, v);
        store = e -> a.movsd(e, Xmm.XMM15);
      }
    } else if (immediates.containsKey(v)) {
      int c = (int) (long) immediates.get(v);
      store = e -> a.movq(e, c);
    } else if (inReg(v)) {
      store = e -> a.movq(e, gpr(v));
    } else {
      loadG(Reg.RDX, v);
      store = e -> a.movq(e, Reg.RDX);
    }
    element(base, i.srcs[1], i.imm == 1, store);
  }

  /**
   * The fused int compare and the branch of a block that has nothing else (but constants
   * used as immediates, which emit no code), or null.
   */
  private Insn[] testOnly(Block b) {
    List<Insn> insns = b.insns;
    int n = insns.size();
    if (n < 2 || insns.get(n - 1).op != Op.BR || insns.get(n - 2).op != Op.ICMP
        || !fusedCompares.contains(insns.get(n - 2).dst)) {
      return null;
    }
    for (Insn i : insns.subList(0, n - 2)) {
      if (i.op != Op.CONST || !immediates.containsKey(i.dst)) {
        return null;
      }
    }
    return new Insn[] {insns.get(n - 2), insns.get(n - 1)};
  }

  /** An integer comparison whose only use is the branch right after it: cmp and jcc. */
  private void compareAndBranch(Insn cmp, Insn br, Block next) {
    Reg left = Reg.RAX;
    if (inReg(cmp.srcs[0])) {
      left = gpr(cmp.srcs[0]);
    } else {
      loadG(Reg.RAX, cmp.srcs[0]);
    }
    cmpSecond(left, cmp.srcs[1]);
    Cond c = intCond(cmp.cmp());
    Block t = target(br.targets[0]);
    Block f = target(br.targets[1]);
    if (f == next) {
      a.jcc(c, labels.get(t));
    } else if (t == next) {
      a.jcc(c.negate(), labels.get(f));
    } else {
      a.jcc(c, labels.get(t));
      a.jmp(labels.get(f));
    }
  }

  private interface GprImmOp {
    void imm(Reg dst, int imm);
  }

  private void cmpSecond(Reg left, VReg right) {
    Long c = immediates.get(right);
    if (c != null) {
      a.cmpq(left, (int) (long) c);
    } else {
      withG(left, right, a::cmpq, a::cmpq);
    }
  }

  /**
   * A two-operand int operation computed in the destination's register when it has one
   * (a guard failure may leave it clobbered: a deopt discards every register), else in rax.
   */
  /**
   * d = x + sign * c, proven not to overflow ({@link LowerBounds}), as one lea when x and d
   * are in different registers; false when another form is needed.
   */
  private boolean addByLea(VReg d, VReg[] s, int sign) {
    Long c = immediates.get(s[1]);
    if (c == null || sign * c != (int) (sign * c) || !inReg(d) || !inReg(s[0])
        || gpr(d) == gpr(s[0])) {
      return false;
    }
    a.leaq(gpr(d), Mem.at(gpr(s[0]), (int) (sign * c)));
    return true;
  }

  private void arith(VReg d, VReg[] s, GprOp r, GprMemOp m, GprImmOp im, boolean overflows) {
    Reg t = Reg.RAX;
    if (inReg(d) && !(inReg(s[1]) && gpr(s[1]) == gpr(d))) {
      t = gpr(d);
    }
    loadG(t, s[0]);
    Long c = immediates.get(s[1]);
    if (c != null) {
      im.imm(t, (int) (long) c);
    } else {
      withG(t, s[1], r, m);
    }
    if (overflows) {
      a.jcc(Cond.O, deopt);
    }
    storeG(d, t);
  }

  /**
   * a // c and a % c for a constant c >= 1, without idiv. Python rounds toward minus
   * infinity: for a < 0, floor(a / c) == ~floor(~a / c), and ~a >= 0, so the quotient is
   * an unsigned division of a ^ (a >> 63) by c, xored with that sign mask again. The
   * unsigned division of a dividend below 2**63 is a multiply by m = ceil(2**(63 + l) / c)
   * (l = ceil(log2 c), m < 2**64) and a shift right by 63 + l (Granlund and Montgomery,
   * "Division by invariant integers using multiplication", theorem 4.2 with N = 63).
   * The remainder is a - c * q, in 64-bit wrapping arithmetic: exact since it is in [0, c).
   */
  private void floorDivModConst(Insn i, long c) {
    boolean mod = i.op == Op.IMOD;
    VReg x = i.srcs[0];
    if (c == 1) {
      if (mod) {
        a.xorl(Reg.RAX, Reg.RAX);
      } else {
        loadG(Reg.RAX, x);
      }
      storeG(i.dst, Reg.RAX);
      return;
    }
    loadG(Reg.RAX, x);
    if (Long.bitCount(c) == 1) {
      if (mod) {
        a.andq(Reg.RAX, (int) (c - 1));
      } else {
        a.sarq(Reg.RAX, Long.numberOfTrailingZeros(c));
      }
      storeG(i.dst, Reg.RAX);
      return;
    }
    int l = 64 - Long.numberOfLeadingZeros(c - 1);
    BigInteger big = BigInteger.ONE.shiftLeft(63 + l);
    BigInteger[] qr = big.divideAndRemainder(BigInteger.valueOf(c));
    BigInteger magic = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    if (magic.bitLength() > 64) {
      throw new IllegalStateException("no 64-bit multiplier for // " + c);
    }
    a.movq(Reg.R11, Reg.RAX);
    a.sarq(Reg.R11, 63);
    a.xorq(Reg.RAX, Reg.R11);
    a.movabs(Reg.RCX, magic.longValue());
    a.mulq(Reg.RCX);
    if (l > 1) {
      a.shrq(Reg.RDX, l - 1);
    }
    a.xorq(Reg.RDX, Reg.R11);
    if (!mod) {
      storeG(i.dst, Reg.RDX);
      return;
    }
    a.imulq(Reg.RDX, Reg.RDX, (int) c);
    loadG(Reg.RAX, x);
    a.subq(Reg.RAX, Reg.RDX);
    storeG(i.dst, Reg.RAX);
  }

  private void farith(VReg d, VReg[] s, XmmOp r, XmmMemOp m) {
    Xmm t = Xmm.XMM15;
    if (inReg(d) && !(inReg(s[1]) && xmm(s[1]) == xmm(d))) {
      t = xmm(d);
    }
    loadX(t, s[0]);
    withX(t, s[1], r, m);
    storeX(d, t);
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
      Mem out = Mem.at(Reg.RSP, 8 * k);
      if (v.isFloat()) {
        if (inReg(v)) {
          a.movsd(out, xmm(v));
        } else {
          loadX(Xmm.XMM15, v);
          a.movsd(out, Xmm.XMM15);
        }
      } else if (inReg(v)) {
        a.movq(out, gpr(v));
      } else {
        loadG(Reg.RAX, v);
        a.movq(out, Reg.RAX);
      }
    }
    saveAcross(i);
    a.movq(Reg.RDI, Reg.RSP);
    if (i.callee.self()) {
      a.call(i.imm == 1 && fn.baseCase != null ? pastBaseCase : internal);
    } else {
      long entry = i.callee.variant().code.internalEntry();
      a.movabs(Reg.RAX, entry);
      a.call(Reg.RAX);
    }
    a.testl(Reg.RAX, Reg.RAX);
    a.jcc(Cond.NE, epilogue); // the callee deopted: so does this call, same status
    restoreAfterCall(i); // rdx, the result, is not an allocatable register
    if (i.dst.isFloat()) {
      if (inReg(i.dst)) {
        a.movq(xmm(i.dst), Reg.RDX);
      } else {
        a.movq(mem(i.dst), Reg.RDX);
      }
    } else {
      storeG(i.dst, Reg.RDX);
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

  /**
   * A float comparison whose only use is the branch right after it: ucomisd and jumps.
   * Unordered (NaN) operands set ZF, PF and CF: A and AE are false for them, and EQ needs
   * PF clear.
   */
  private void floatCompareAndBranch(Insn cmp, Insn br, Block next) {
    VReg x = cmp.srcs[0];
    VReg y = cmp.srcs[1];
    Block tb = target(br.targets[0]);
    Block fb = target(br.targets[1]);
    Label t = labels.get(tb);
    Label f = labels.get(fb);
    boolean swap = cmp.cmp() == Op.Cmp.LT || cmp.cmp() == Op.Cmp.LE;
    VReg left = swap ? y : x;
    VReg right = swap ? x : y;
    Xmm l = Xmm.XMM15;
    if (inReg(left)) {
      l = xmm(left);
    } else {
      loadX(Xmm.XMM15, left);
    }
    withX(l, right, a::ucomisd, a::ucomisd);
    switch (cmp.cmp()) {
      case EQ -> { // true: ZF and not PF
        a.jcc(Cond.P, f);
        a.jcc(Cond.E, t);
        if (fb != next) {
          a.jmp(f);
        }
      }
      case NE -> { // true: not ZF, or PF
        a.jcc(Cond.P, t);
        a.jcc(Cond.NE, t);
        if (fb != next) {
          a.jmp(f);
        }
      }
      default -> {
        Cond c = cmp.cmp() == Op.Cmp.LT || cmp.cmp() == Op.Cmp.GT ? Cond.A : Cond.AE;
        if (fb == next) {
          a.jcc(c, t);
        } else if (tb == next) {
          a.jcc(c.negate(), f);
        } else {
          a.jcc(c, t);
          a.jmp(f);
        }
      }
    }
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
