package org.pyjit.jit.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyList;

/** The register allocator on its own: allocations must be valid, spills must have slots. */
class LinearScanTest {
  /** Checks the invariants of an allocation of fn. */
  static void assertValid(IrFunction fn, LinearScan.Allocation a) {
    List<LinearScan.Interval> ivs = new ArrayList<>(a.intervals.values());
    Set<Integer> slots = new HashSet<>();
    for (LinearScan.Interval iv : ivs) {
      LinearScan.Location loc = a.location(iv.vreg());
      assertThat(loc).as("location of %s", iv.vreg()).isNotNull();
      if (!loc.inRegister()) {
        assertThat(loc.slot()).isBetween(0, a.slotCount - 1);
        assertThat(slots.add(loc.slot())).as("slot %d given twice", loc.slot()).isTrue();
      } else {
        int max = iv.vreg().isFloat() ? CodeGen.XMMS.length : CodeGen.GPRS.length;
        assertThat(loc.reg()).isBetween(0, max - 1);
      }
    }
    for (int i = 0; i < ivs.size(); i++) {
      for (int j = i + 1; j < ivs.size(); j++) {
        LinearScan.Interval x = ivs.get(i);
        LinearScan.Interval y = ivs.get(j);
        LinearScan.Location lx = a.location(x.vreg());
        LinearScan.Location ly = a.location(y.vreg());
        boolean overlap = x.start() <= y.end() && y.start() <= x.end();
        if (overlap && lx.inRegister() && ly.inRegister()
            && x.vreg().isFloat() == y.vreg().isFloat()) {
          assertThat(lx.reg()).as("%s and %s overlap", x, y).isNotEqualTo(ly.reg());
        }
      }
    }
    // every value in a caller-saved register live across a call is saved around it
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        if (!LinearScan.clobbers(i)) {
          continue;
        }
        int pos = a.numbers.get(i);
        for (LinearScan.Interval iv : ivs) {
          LinearScan.Location loc = a.location(iv.vreg());
          LinearScan.RegisterFile file = iv.vreg().isFloat() ? CodeGen.XMM_FILE
              : CodeGen.GPR_FILE;
          if (iv.start() < pos && pos < iv.end() && iv.vreg() != i.dst && loc.inRegister()
              && !file.calleeSaved().get(loc.reg())) {
            assertThat(a.savedAcross.get(i)).contains(iv.vreg());
          }
        }
      }
    }
  }

  @Test
  void fortyLiveFloatsSpill() {
    IrFunction fn = new IrFunction("f", List.of());
    Block b = fn.newBlock();
    fn.place(b);
    List<VReg> vs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      VReg v = fn.newVReg(ValueType.FLOAT, "a" + i);
      fn.emit(b, Op.CONST, v, Double.doubleToRawLongBits(i));
      vs.add(v);
    }
    VReg sum = vs.getFirst();
    for (int i = 1; i < 40; i++) {
      VReg s = fn.newVReg(ValueType.FLOAT, null);
      fn.emit(b, Op.FADD, s, 0, sum, vs.get(i));
      sum = s;
    }
    b.insns.add(IrFunction.insn(Op.RET, null, new VReg[] {sum}, 0, new Block[0], null, null,
        0));
    LinearScan.Allocation a = LinearScan.allocate(fn, CodeGen.GPR_FILE, CodeGen.XMM_FILE);
    assertValid(fn, a);
    long spilled = vs.stream().filter(v -> !a.location(v).inRegister()).count();
    assertThat(spilled).isGreaterThanOrEqualTo(40 - CodeGen.XMMS.length);
  }

  @Test
  void loopCarriedValuesLiveAcrossTheWholeLoop() {
    IrFunction fn = new IrFunction("f", List.of(ValueType.INT));
    Block entry = fn.newBlock();
    Block head = fn.newBlock();
    Block body = fn.newBlock();
    Block exit = fn.newBlock();
    for (Block x : List.of(entry, head, body, exit)) {
      fn.place(x);
    }
    VReg n = fn.newVReg(ValueType.INT, "n");
    VReg i = fn.newVReg(ValueType.INT, "i");
    VReg s = fn.newVReg(ValueType.INT, "s");
    VReg c = fn.newVReg(ValueType.BOOL, null);
    fn.emit(entry, Op.PARAM, n, 0);
    fn.emit(entry, Op.CONST, i, 0);
    fn.emit(entry, Op.CONST, s, 0);
    entry.insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0, new Block[] {head}, null,
        null, 0));
    fn.emit(head, Op.ICMP, c, Op.Cmp.LT.ordinal(), i, n);
    head.insns.add(IrFunction.insn(Op.BR, null, new VReg[] {c}, 0, new Block[] {body, exit},
        null, null, 0));
    fn.emit(body, Op.IADD, s, 0, s, i);
    VReg one = fn.newVReg(ValueType.INT, null);
    fn.emit(body, Op.CONST, one, 1);
    fn.emit(body, Op.IADD, i, 0, i, one);
    body.insns.add(IrFunction.insn(Op.JMP, null, new VReg[0], 0, new Block[] {head}, null,
        null, 0));
    exit.insns.add(IrFunction.insn(Op.RET, null, new VReg[] {s}, 0, new Block[0], null, null,
        0));
    LinearScan.Allocation a = LinearScan.allocate(fn, CodeGen.GPR_FILE, CodeGen.XMM_FILE);
    assertValid(fn, a);
    // n is read in the head on every iteration: its interval reaches the end of the body
    int bodyEnd = a.numbers.get(body.insns.getLast());
    assertThat(a.intervals.get(n).end()).isGreaterThanOrEqualTo(bodyEnd);
    assertThat(a.intervals.get(one).end()).isLessThan(bodyEnd + 1);
  }

  @Test
  void valuesUsedInLoopsKeepTheirRegisters() {
    // eleven values live across a loop and used once after it, and a loop's values used
    // at each iteration: the loop's values get registers, some of the others are spilled
    StringBuilder src = new StringBuilder("def f(n, xs):\n");
    for (int k = 0; k < 11; k++) {
      src.append("    a").append(k).append(" = n + ").append(k).append('\n');
    }
    src.append("    s = 0\n    for i in range(n):\n        s += xs[i] * i\n");
    src.append("    b = 0");
    for (int k = 0; k < 11; k++) {
      src.append(" + a").append(k);
    }
    // s and xs live longest: spilling the interval that ends last would pick them
    src.append("\n    return s + b + xs[0]\n");
    JitFunction f = JitFunction.fromSource(src.toString());
    PyList xs = new PyList(new Object[] {1L, 2L, 3L});
    assertThat(f.call(3, xs)).isEqualTo(org.pyjit.runtime.Calls.call(f.function,
        new Object[] {3L, new PyList(new Object[] {1L, 2L, 3L})}, null));
    IrFunction fn = f.compiled(ValueType.INT, ValueType.LIST_INT).ir;
    Map<VReg, Double> w = LinearScan.spillWeights(fn);
    LinearScan.Allocation a = LinearScan.allocate(fn, CodeGen.GPR_FILE, CodeGen.XMM_FILE);
    int spilledOutside = 0;
    for (VReg v : fn.vregs) {
      if (v.name != null && (v.name.equals("s") || v.name.equals("xs"))) {
        assertThat(a.location(v).inRegister()).as("%s (weight %s)", v, w.get(v)).isTrue();
      }
      if (v.name != null && v.name.startsWith("a") && !a.location(v).inRegister()) {
        spilledOutside++;
      }
    }
    assertThat(spilledOutside).isGreaterThan(0);
  }

  @Test
  void randomFunctionsGetValidAllocations() {
    long seed = 20261122;
    Random rnd = new Random(seed);
    for (int round = 0; round < 300; round++) {
      IrFunction fn = randomFunction(rnd);
      LinearScan.Allocation a = LinearScan.allocate(fn, CodeGen.GPR_FILE, CodeGen.XMM_FILE);
      assertValid(fn, a);
    }
  }

  /** Straight-line blocks in a chain with back edges, random ops, calls to libm. */
  private static IrFunction randomFunction(Random rnd) {
    IrFunction fn = new IrFunction("r", List.of());
    int nBlocks = 1 + rnd.nextInt(5);
    List<Block> blocks = new ArrayList<>();
    for (int k = 0; k < nBlocks; k++) {
      Block b = fn.newBlock();
      fn.place(b);
      blocks.add(b);
    }
    List<VReg> ints = new ArrayList<>();
    List<VReg> floats = new ArrayList<>();
    for (int k = 0; k < nBlocks; k++) {
      Block b = blocks.get(k);
      int n = 1 + rnd.nextInt(30);
      for (int j = 0; j < n; j++) {
        boolean f = rnd.nextBoolean();
        List<VReg> pool = f ? floats : ints;
        VReg d = fn.newVReg(f ? ValueType.FLOAT : ValueType.INT, null);
        if (pool.size() < 2 || rnd.nextInt(4) == 0) {
          fn.emit(b, Op.CONST, d, f ? Double.doubleToRawLongBits(1.0) : 1);
        } else if (f && rnd.nextInt(5) == 0) {
          b.insns.add(IrFunction.insn(Op.MATH, d,
              new VReg[] {pool.get(rnd.nextInt(pool.size()))}, 0, new Block[0], "sin", null,
              0));
        } else {
          fn.emit(b, f ? Op.FADD : Op.IADD, d, 0, pool.get(rnd.nextInt(pool.size())),
              pool.get(rnd.nextInt(pool.size())));
        }
        pool.add(d);
      }
      if (k + 1 < nBlocks) {
        VReg c = fn.newVReg(ValueType.BOOL, null);
        fn.emit(b, Op.CONST, c, 1);
        Block back = blocks.get(rnd.nextInt(k + 1));
        b.insns.add(IrFunction.insn(Op.BR, null, new VReg[] {c}, 0,
            new Block[] {blocks.get(k + 1), back}, null, null, 0));
      } else {
        VReg r = ints.isEmpty() ? fn.newVReg(ValueType.INT, null) : ints.getFirst();
        if (ints.isEmpty()) {
          fn.emit(b, Op.CONST, r, 0);
        }
        b.insns.add(IrFunction.insn(Op.RET, null, new VReg[] {r}, 0, new Block[0], null,
            null, 0));
      }
    }
    return fn;
  }
}
