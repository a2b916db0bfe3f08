package org.pyjit.jit.basic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linear-scan register allocation (Poletto and Sarkar, 1999) over the IR in layout order.
 *
 * <p>Instructions are numbered in layout order; block liveness (backward data flow to a
 * fixed point) widens each virtual register's interval over every block where it is live
 * in or live out, so an interval covers loops it is carried around. Intervals are visited
 * by increasing start; those that ended free their register; a new interval takes a free
 * register of its class (general-purpose for int and bool, XMM for float), and when none is
 * free the interval among the active ones and the new one with the least spill weight is
 * spilled to a stack slot of its own: its uses and definitions, each counted ten times per
 * enclosing loop, per instruction it covers ({@link #spillWeights}; Poletto and Sarkar
 * spill the one that ends last, which spills a loop's list or accumulator when it is also
 * used after the loop). Classes are allocated independently.
 *
 * <p>Calls: an instruction that calls out ({@link #clobbers}) destroys the caller-saved
 * registers. An interval that lives across a call prefers a callee-saved register; if it
 * gets a caller-saved one anyway, {@link Allocation#savedAcross} lists it for that call
 * and the code generator saves it to its own slot before the call and reloads it after.
 */
public final class LinearScan {
  private LinearScan() {}

  /** A register file: which registers exist and which of them survive calls. */
  public record RegisterFile(int count, BitSet calleeSaved) {}

  /** Where a virtual register lives: a register index of its class, or a stack slot. */
  public record Location(int reg, int slot) {
    public boolean inRegister() {
      return reg >= 0;
    }
  }

  /** A live interval: from the first to the last instruction number where v is live. */
  public record Interval(VReg vreg, int start, int end) {
    boolean crosses(int pos) {
      return start < pos && pos < end;
    }
  }

  /** The result: a location per virtual register, the slots used, what calls must save. */
  public static final class Allocation {
    public final Map<VReg, Location> locations = new HashMap<>();
    public final Map<VReg, Interval> intervals = new HashMap<>();
    /** Per instruction (by identity): the register-held values live across that call. */
    public final Map<Insn, List<VReg>> savedAcross = new HashMap<>();
    /** Per instruction: its number in layout order. */
    public final Map<Insn, Integer> numbers = new HashMap<>();
    public int slotCount;
    /** The save slot of a register value saved around calls (its own slot). */
    public final Map<VReg, Integer> saveSlots = new HashMap<>();

    public Location location(VReg v) {
      return locations.get(v);
    }
  }

  /** Whether an instruction calls out of the function's code (libm or a @jit function). */
  public static boolean clobbers(Insn i) {
    return switch (i.op) {
      case CALL, FMOD, FFLOORDIV, FPOW -> true;
      case MATH -> !i.symbol.equals("sqrt");
      default -> false;
    };
  }

  /** Whether the code of a calling instruction reads its sources again after the call. */
  static boolean rereadsSources(Insn i) {
    return i.op == Op.FMOD || i.op == Op.FFLOORDIV;
  }

  public static Allocation allocate(IrFunction fn, RegisterFile gprs, RegisterFile xmms) {
    return allocate(fn, gprs, xmms, Set.of());
  }

  /**
   * Allocates every virtual register but those of {@code virtual}, which the code never
   * holds anywhere (constants used as immediates, compares fused with their branch).
   */
  public static Allocation allocate(IrFunction fn, RegisterFile gprs, RegisterFile xmms,
      Set<VReg> virtual) {
    Allocation a = new Allocation();
    List<Insn> order = new ArrayList<>();
    Map<Block, int[]> range = new HashMap<>();
    for (Block b : fn.blocks) {
      int from = order.size() * 2;
      for (Insn i : b.insns) {
        a.numbers.put(i, order.size() * 2);
        order.add(i);
      }
      range.put(b, new int[] {from, Math.max(from, order.size() * 2 - 2)});
    }
    Map<Block, BitSet> liveIn = liveness(fn);
    int n = fn.vregs.size();
    int[] start = new int[n];
    int[] end = new int[n];
    java.util.Arrays.fill(start, Integer.MAX_VALUE);
    java.util.Arrays.fill(end, -1);
    for (Block b : fn.blocks) {
      int[] r = range.get(b);
      BitSet out = new BitSet();
      for (Block s : b.successors()) {
        out.or(liveIn.get(s));
      }
      BitSet in = liveIn.get(b);
      for (int v = in.nextSetBit(0); v >= 0; v = in.nextSetBit(v + 1)) {
        start[v] = Math.min(start[v], r[0]);
        end[v] = Math.max(end[v], r[0]);
      }
      for (int v = out.nextSetBit(0); v >= 0; v = out.nextSetBit(v + 1)) {
        start[v] = Math.min(start[v], r[1]);
        end[v] = Math.max(end[v], r[1] + 1); // live out: past the block's last instruction
      }
      for (Insn i : b.insns) {
        int pos = a.numbers.get(i);
        for (VReg s : i.srcs) {
          start[s.id] = Math.min(start[s.id], pos);
          end[s.id] = Math.max(end[s.id], pos);
        }
        if (i.dst != null) {
          start[i.dst.id] = Math.min(start[i.dst.id], pos);
          end[i.dst.id] = Math.max(end[i.dst.id], pos + 1);
        }
      }
    }
    Map<Block, Double> perBlock = loopWeights(fn);
    Map<Integer, Double> calls = new java.util.LinkedHashMap<>();
    for (Block b : fn.blocks) {
      for (Insn i : b.insns) {
        if (clobbers(i)) {
          calls.put(a.numbers.get(i), perBlock.get(b));
        }
      }
    }
    List<Interval> intervals = new ArrayList<>();
    for (VReg v : fn.vregs) {
      if (end[v.id] >= 0 && !virtual.contains(v)) {
        Interval iv = new Interval(v, start[v.id], end[v.id]);
        intervals.add(iv);
        a.intervals.put(v, iv);
      }
    }
    intervals.sort(Comparator.comparingInt(Interval::start).thenComparingInt(i -> i.vreg().id));
    Map<VReg, Double> weights = spillWeights(fn);
    scan(a, intervals, false, gprs, calls, weights);
    scan(a, intervals, true, xmms, calls, weights);
    for (Insn i : order) {
      if (!clobbers(i)) {
        continue;
      }
      int pos = a.numbers.get(i);
      List<VReg> saved = new ArrayList<>();
      for (Interval iv : intervals) {
        Location loc = a.locations.get(iv.vreg());
        RegisterFile file = iv.vreg().isFloat() ? xmms : gprs;
        boolean readAfter = rereadsSources(i) && java.util.Arrays.asList(i.srcs)
            .contains(iv.vreg());
        if ((iv.crosses(pos) || readAfter) && iv.vreg() != i.dst && loc.inRegister()
            && !file.calleeSaved().get(loc.reg())) {
          saved.add(iv.vreg());
          a.saveSlots.computeIfAbsent(iv.vreg(), v -> a.slotCount++);
        }
      }
      a.savedAcross.put(i, saved);
    }
    return a;
  }

  /**
   * How much a virtual register gains from a register: its uses and definitions, each
   * counted 10 times per loop around it (the loops are found from the back edges of the
   * layout, where IrBuilder places a loop's blocks between its head and its latch).
   */
  static Map<VReg, Double> spillWeights(IrFunction fn) {
    Map<Block, Double> perBlock = loopWeights(fn);
    Map<VReg, Double> w = new HashMap<>();
    for (Block b : fn.blocks) {
      double per = perBlock.get(b);
      for (Insn i : b.insns) {
        for (VReg v : i.srcs) {
          w.merge(v, per, Double::sum);
        }
        if (i.dst != null) {
          w.merge(i.dst, per, Double::sum);
        }
      }
    }
    return w;
  }

  /** Per block: 10 to the power of the number of loops around it (at most 6). */
  private static Map<Block, Double> loopWeights(IrFunction fn) {
    List<Block> blocks = fn.blocks;
    Map<Block, Integer> index = new HashMap<>();
    for (int k = 0; k < blocks.size(); k++) {
      index.put(blocks.get(k), k);
    }
    int[] depth = new int[blocks.size()];
    for (int k = 0; k < blocks.size(); k++) {
      for (Block t : blocks.get(k).successors()) {
        Integer head = index.get(t);
        if (head != null && head <= k) {
          for (int m = head; m <= k; m++) {
            depth[m]++;
          }
        }
      }
    }
    Map<Block, Double> per = new HashMap<>();
    for (int k = 0; k < blocks.size(); k++) {
      per.put(blocks.get(k), Math.pow(10, Math.min(depth[k], 6)));
    }
    return per;
  }

  /** An interval's spill weight: weighted uses per instruction it covers. */
  private static double weight(Interval iv, Map<VReg, Double> weights) {
    return weights.getOrDefault(iv.vreg(), 0.0) / (iv.end() - iv.start() + 1);
  }

  private static void scan(Allocation a, List<Interval> all, boolean floats, RegisterFile file,
      Map<Integer, Double> calls, Map<VReg, Double> weights) {
    List<Interval> active = new ArrayList<>(); // sorted by end
    BitSet free = new BitSet();
    free.set(0, file.count());
    for (Interval cur : all) {
      if (cur.vreg().isFloat() != floats) {
        continue;
      }
      for (int k = 0; k < active.size(); ) {
        Interval old = active.get(k);
        if (old.end() < cur.start()) {
          free.set(a.locations.get(old.vreg()).reg());
          active.remove(k);
        } else {
          k++;
        }
      }
      double crossed = 0; // the calls it is live across, each weighted by its loops
      for (Map.Entry<Integer, Double> c : calls.entrySet()) {
        if (cur.crosses(c.getKey())) {
          crossed += c.getValue();
        }
      }
      boolean crossesCall = crossed > 0;
      int reg = pick(free, file, crossesCall);
      if (reg >= 0 && crossesCall && !file.calleeSaved().get(reg)) {
        // in a caller-saved register it is saved and restored around each call: take a
        // callee-saved register from a value whose uses cost less in memory than those
        Interval victim = null;
        for (Interval iv : active) {
          int r = a.locations.get(iv.vreg()).reg();
          if (r >= 0 && file.calleeSaved().get(r) && (victim == null
              || weights.getOrDefault(iv.vreg(), 0.0)
                  < weights.getOrDefault(victim.vreg(), 0.0))) {
            victim = iv;
          }
        }
        if (victim != null && weights.getOrDefault(victim.vreg(), 0.0) < crossed) {
          a.locations.put(cur.vreg(), a.locations.get(victim.vreg()));
          a.locations.put(victim.vreg(), new Location(-1, a.slotCount++));
          active.remove(victim);
          insert(active, cur);
          continue;
        }
      }
      if (reg >= 0) {
        free.clear(reg);
        a.locations.put(cur.vreg(), new Location(reg, -1));
        insert(active, cur);
        continue;
      }
      // spill the one that gains least from a register: the new interval or an active one
      Interval victim = null;
      for (Interval iv : active) {
        if (victim == null || weight(iv, weights) < weight(victim, weights)) {
          victim = iv;
        }
      }
      if (victim != null && weight(victim, weights) < weight(cur, weights)) {
        Location loc = a.locations.get(victim.vreg());
        a.locations.put(cur.vreg(), loc);
        a.locations.put(victim.vreg(), new Location(-1, a.slotCount++));
        active.remove(victim);
        insert(active, cur);
      } else {
        a.locations.put(cur.vreg(), new Location(-1, a.slotCount++));
      }
    }
  }

  /** A free register: callee-saved first for values live across calls, else caller-saved. */
  private static int pick(BitSet free, RegisterFile file, boolean crossesCall) {
    int fallback = -1;
    for (int r = free.nextSetBit(0); r >= 0; r = free.nextSetBit(r + 1)) {
      boolean saved = file.calleeSaved().get(r);
      if (saved == crossesCall) {
        return r;
      }
      if (fallback < 0) {
        fallback = r;
      }
    }
    return fallback;
  }

  private static void insert(List<Interval> active, Interval iv) {
    int k = 0;
    while (k < active.size() && active.get(k).end() <= iv.end()) {
      k++;
    }
    active.add(k, iv);
  }

  /** Live-in sets per block: backward data flow to a fixed point. */
  static Map<Block, BitSet> liveness(IrFunction fn) {
    Map<Block, BitSet> use = new HashMap<>();
    Map<Block, BitSet> def = new HashMap<>();
    Map<Block, BitSet> in = new HashMap<>();
    for (Block b : fn.blocks) {
      BitSet u = new BitSet();
      BitSet d = new BitSet();
      for (Insn i : b.insns) {
        for (VReg s : i.srcs) {
          if (!d.get(s.id)) {
            u.set(s.id);
          }
        }
        if (i.dst != null) {
          d.set(i.dst.id);
        }
      }
      use.put(b, u);
      def.put(b, d);
      in.put(b, new BitSet());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : fn.blocks.reversed()) {
        BitSet out = new BitSet();
        for (Block s : b.successors()) {
          BitSet si = in.get(s);
          if (si != null) {
            out.or(si);
          }
        }
        out.andNot(def.get(b));
        out.or(use.get(b));
        if (!out.equals(in.get(b))) {
          in.put(b, out);
          changed = true;
        }
      }
    }
    return in;
  }
}
