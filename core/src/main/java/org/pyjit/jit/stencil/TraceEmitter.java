package org.pyjit.jit.stencil;

import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.jit.uop.NativeLayout;

/**
 * Copy-and-patch, as CPython's _PyJIT_Compile: {@link #layout} is pass one (each uop's start,
 * eliding the jump to a continuation that is the next uop, and the total size); the returned
 * {@link Layout#link} is pass two (copy each stencil into a byte array, patch every hole,
 * check that each 32-bit value fits). The emitted code is
 * {@code [shim][uop 0]...[uop n-1][exit stubs][read-only data of the stencils][GOT]}: the shim
 * is the entry; each exit (and whether it may be linked) has one stub; data and GOT are never
 * written after installation, so they share the code's read-execute pages. Every failure is a
 * {@link StencilException}, and nothing is allocated here.
 */
public final class TraceEmitter {
  private static final Map<String, Long> HELPERS = new ConcurrentHashMap<>();

  private TraceEmitter() {}

  /**
   * Pass one and the recipe for pass two; throws StencilException for an ill-formed trace.
   * {@code exitTable} is the address of the trace's exit table (16 bytes per exit, read-write
   * data that the exit stubs count in and read link slots from); {@code traceId} is what an
   * exit records as the trace that owns it.
   */
  public static Layout layout(StencilTable table, List<NativeOp> ops, long exitTable, long traceId) {
    return layout(table, ops, exitTable, traceId, true);
  }

  /**
   * As {@link #layout(StencilTable, List, long, long)}; with {@code registers}, up to three
   * slots are cached in registers for the whole trace (see {@link #chooseCached}).
   */
  public static Layout layout(StencilTable table, List<NativeOp> opList, long exitTable, long traceId,
      boolean registers) {
    // one array for every pass (and the Layout): no interface calls, no second copy
    NativeOp[] ops = opList.toArray(new NativeOp[0]);
    int n = ops.length;
    if (n == 0) {
      throw new StencilException("empty trace");
    }
    // (a family is an array access by uop number: looked up again rather than kept in an array)
    int[][] both = registers ? chooseCached(table, ops) : NOTHING_CACHED;
    int[] cached = both[0];
    int[] fcached = both[1];
    Stencil shim = table.shim();
    Stencil prologue = cached.length + fcached.length == 0 ? null : table.cacheLoad(cached.length, fcached.length);
    Stencil[] stencils = new Stencil[n];
    int[] starts = new int[n + 1];
    int pos = shim.code().length;
    int prologueAt = pos;
    if (prologue != null) {
      pos += prologue.elidedSize();
    }
    long frameEnd = 0;
    // the (exit, linkable) keys of the exit stubs, in order of first use, and the stencils
    // with read-only data or libm calls (few): what the passes after this loop need
    int[] stubKeys = new int[n]; // at most one per uop
    int nStubKeys = 0;
    int maxKey = -1;
    List<Stencil> withData = null;
    // uops whose exit goes through an undo stencil (in-place adds), few: their indexes
    int[] undoUops = null;
    int nUndo = 0;
    int[] locations = locations(cached, fcached);
    for (int i = 0; i < n; i++) {
      NativeOp op = ops[i];
      StencilTable.Family family = table.family(op);
      int code = variantCode(op, locations, family.floats());
      Stencil s = code == 0 ? family.base() : family.variants()[code];
      if (s == null) {
        throw new StencilException("no register variant " + code + " of " + op.stencil());
      }
      stencils[i] = s;
      starts[i] = pos;
      // A range or list operand reaches the slots after its own through the addend (the
      // bytes' end, in slots once after the loop; -1 where the stencil has no such hole).
      frameEnd = Math.max(frameEnd, Math.max(s.reachA() < 0 ? -1 : 8L * op.a() + s.reachA() + 8,
          Math.max(s.reachB() < 0 ? -1 : 8L * op.b() + s.reachB() + 8,
              s.reachC() < 0 ? -1 : 8L * op.c() + s.reachC() + 8)));
      boolean last = i == n - 1;
      int uses = s.usesMask();
      if (last && (uses & CONTINUES) != 0) {
        throw new StencilException("the last uop " + op.stencil() + " continues past the trace");
      }
      if ((uses & JUMPS) != 0 && (op.target() < 0 || op.target() >= n)) {
        throw new StencilException("uop " + i + " " + op.stencil() + " has no jump target");
      }
      if ((uses & UNDOES) != 0) {
        if (undoUops == null) {
          undoUops = new int[4];
        } else if (nUndo == undoUops.length) {
          undoUops = Arrays.copyOf(undoUops, 2 * nUndo);
        }
        undoUops[nUndo++] = i;
      }
      if ((uses & EXITS) != 0) {
        if (op.exitIndex() < 0) {
          throw new StencilException("uop " + i + " " + op.stencil() + " has no exit");
        }
        int key = stubKey(op);
        stubKeys[nStubKeys++] = key; // duplicates are dropped below
        maxKey = Math.max(maxKey, key);
      }
      if (s.dataOrHelper()) {
        if (withData == null) {
          withData = new ArrayList<>();
        }
        withData.add(s);
      }
      pos += last ? s.code().length : s.elidedSize();
    }
    starts[n] = pos;
    // slots are ints and every slot hole must fit a signed 32-bit displacement, so a trace
    // reaching past int range is refused at link; until then the bound just saturates
    int frameSlots = (int) Math.min(Integer.MAX_VALUE, (frameEnd + 7) / 8);
    // One exit stub per (exit index, linkable) that the uops use, after the uops.
    int[] stubAt = new int[maxKey + 1];
    Arrays.fill(stubAt, -1);
    Stencil plain = null;
    Stencil linkable = null;
    for (int k = 0; k < nStubKeys; k++) {
      int key = stubKeys[k];
      if (stubAt[key] < 0) {
        Stencil stub;
        if ((key & 1) != 0) {
          stub = linkable != null ? linkable : (linkable = table.exitStub(true, cached.length, fcached.length));
        } else {
          stub = plain != null ? plain : (plain = table.exitStub(false, cached.length, fcached.length));
        }
        stubAt[key] = pos;
        pos += stub.code().length;
      }
    }
    // An undo stencil per uop that exits through one, after the stubs: it restores what the
    // uop wrote in place and continues to the uop's exit stub (never on a hot path).
    int[] undoAt = null;
    Stencil[] undoStencils = null;
    if (nUndo > 0) {
      undoAt = new int[n];
      Arrays.fill(undoAt, -1);
      undoStencils = new Stencil[n];
      for (int k = 0; k < nUndo; k++) {
        int i = undoUops[k];
        NativeOp op = ops[i];
        StencilTable.Family undo = table.family(StencilSymbols.UNDO_PREFIX + op.stencil());
        int code = variantCode(op, locations, undo.floats());
        Stencil u = code == 0 ? undo.base() : undo.variants()[code];
        if (u == null || hasDataOrHelper(u)) {
          throw new StencilException("no undo variant " + code + " of " + op.stencil());
        }
        undoStencils[i] = u;
        undoAt[i] = pos;
        pos += u.code().length;
      }
    }
    int codeEnd = pos;
    // Read-only data, one copy per stencil that has some; then the GOT (most traces have
    // neither: no map or list is made for them).
    boolean any = withData != null || hasDataOrHelper(plain) || hasDataOrHelper(linkable) || hasDataOrHelper(prologue);
    Map<Stencil, Integer> dataAt = any ? new IdentityHashMap<>() : Map.of();
    List<String> helpers = any ? new ArrayList<>() : List.of();
    if (withData != null) {
      for (Stencil s : withData) {
        pos = placeData(s, dataAt, helpers, pos);
      }
    }
    for (Stencil s : new Stencil[] {plain, linkable, prologue}) {
      if (hasDataOrHelper(s)) {
        pos = placeData(s, dataAt, helpers, pos);
      }
    }
    if (!helpers.isEmpty()) {
      pos = align(pos, 8);
    }
    int gotAt = pos;
    long[] helperAddresses = new long[helpers.size()];
    for (int i = 0; i < helpers.size(); i++) {
      helperAddresses[i] = helper(helpers.get(i));
    }
    pos += 8 * helpers.size();
    for (int slot : cached) {
      frameSlots = Math.max(frameSlots, slot + 1);
    }
    for (int slot : fcached) {
      frameSlots = Math.max(frameSlots, slot + 1);
    }
    return new Layout(shim, prologue, prologueAt, cached, fcached, ops, stencils, starts, stubAt,
        undoAt, undoStencils, plain, linkable, codeEnd, dataAt, helpers, helperAddresses, gotAt, pos,
        frameSlots, exitTable, traceId);
  }

  private static final int[][] NOTHING_CACHED = {new int[0], new int[0]};

  // Stencil.usesMask bits pass one tests per uop
  private static final int CONTINUES = 1 << HoleSymbol.CONTINUE.ordinal();
  private static final int JUMPS = 1 << HoleSymbol.JUMP_TARGET.ordinal();
  private static final int UNDOES = 1 << HoleSymbol.EXIT_UNDO.ordinal();
  private static final int EXITS = 1 << HoleSymbol.EXIT_STUB.ordinal() | UNDOES;

  /**
   * The slots to keep in registers for the whole trace: integer registers c0..c2 for the
   * slots named most often by integer operands that have register variants, xmm registers
   * f0..f2 likewise for float operands. Only slots that nothing else reaches qualify (a
   * stencil without a variant for that operand, a range or list operand covering it other
   * than as a range's current value, or an operand of the other class), since such an access
   * would read the frame (or the wrong register) while the value is in a register. Ties go
   * to the lower slot. Returns {integer slots, float slots}.
   */
  static final int MAX_CACHED_SLOT = 4096;

  static int[][] chooseCached(StencilTable table, NativeOp[] ops) {
    // Slots are small numbers in practice: count in an array, grown as needed. Per slot one
    // long: integer uses in bits 0-31, float uses in bits 32-62, bit 63 banned (no trace has
    // 2^31 operands), so that an operand is one branch-free read-modify-write (which
    // operands are cacheable varies from uop to uop; three arrays made three dependent chains).
    long[] counts = new long[64];
    int limit = 0; // past the highest slot counted
    for (NativeOp op : ops) {
      StencilTable.Family family = table.family(op);
      int mask = family.cacheable();
      int floats = family.floats();
      for (int p = 0; p < op.slotOperands(); p++) {
        int slot = op.slot(p);
        int w = Math.max(1, op.width(p));
        if (slot > counts.length - w) { // (never more than MAX_CACHED_SLOT long)
          if (slot > MAX_CACHED_SLOT - w) {
            continue; // never cached: a slot that far is not worth an array that large
          }
          counts = Arrays.copyOf(counts, Math.min(MAX_CACHED_SLOT, Math.max(2 * counts.length, slot + w)));
        }
        limit = Math.max(limit, slot + w);
        // A cacheable operand counts for its first slot (a range's current value); the
        // other slots it covers, and every slot of other operands, stay in the frame.
        long cacheable = (mask >> p) & 1;
        long isFloat = (floats >> p) & 1;
        counts[slot] = (counts[slot] + (cacheable << (isFloat << 5))) | ((cacheable ^ 1) << 63);
        for (int k = 1; k < w; k++) {
          counts[slot + k] |= BANNED;
        }
      }
    }
    return new int[][] {top(counts, 0, limit), top(counts, 32, limit)};
  }

  private static final long BANNED = 1L << 63;

  /**
   * The (up to three) slots with the most uses in the count field at {@code shift} (0:
   * integer, 32: float), among those neither banned nor used by the other class.
   */
  private static int[] top(long[] counts, int shift, int limit) {
    int[] best = new int[StencilSymbols.CACHE_REGISTERS];
    int[] bestUses = new int[StencilSymbols.CACHE_REGISTERS];
    int n = 0;
    for (int slot = 0; slot < limit; slot++) {
      long c = counts[slot];
      int uses = (int) (c >>> shift) & 0x7FFF_FFFF;
      int other = (int) (c >>> (32 - shift)) & 0x7FFF_FFFF;
      if (uses == 0 || c < 0 || other != 0) {
        continue;
      }
      // insertion into the top list: more uses first, then the lower slot (seen first)
      int at = n;
      while (at > 0 && bestUses[at - 1] < uses) {
        at--;
      }
      if (at < best.length) {
        int moved = Math.min(n, best.length - 1) - at;
        System.arraycopy(best, at, best, at + 1, moved);
        System.arraycopy(bestUses, at, bestUses, at + 1, moved);
        best[at] = slot;
        bestUses[at] = uses;
        n = Math.min(n + 1, best.length);
      }
    }
    return Arrays.copyOf(best, n);
  }

  /**
   * Per slot up to the highest cached one, where it is: k + 1 in bits 0-1 for integer
   * register ck, k + 1 in bits 2-3 for float register fk, 0 in the frame. With it
   * {@link #variantCode(NativeOp, int[], int)} is an array access per operand.
   */
  private static int[] locations(int[] cached, int[] fcached) {
    int max = -1;
    for (int slot : cached) {
      max = Math.max(max, slot);
    }
    for (int slot : fcached) {
      max = Math.max(max, slot);
    }
    int[] loc = new int[max + 1];
    for (int k = 0; k < cached.length; k++) {
      loc[cached[k]] |= k + 1;
    }
    for (int k = 0; k < fcached.length; k++) {
      loc[fcached[k]] |= (k + 1) << 2;
    }
    return loc;
  }

  /**
   * Where {@code op}'s slot operands are: StencilTable's variant code (0: all in the frame);
   * {@code floats} marks the operands whose register is one of f0..f2, {@code locations} is
   * {@link #locations}'s table.
   */
  private static int variantCode(NativeOp op, int[] locations, int floats) {
    if (locations.length == 0) {
      return 0;
    }
    int code = 0;
    for (int p = op.slotOperands() - 1; p >= 0; p--) {
      int slot = op.slot(p);
      int loc = slot < locations.length ? locations[slot] : 0;
      code = code * 4 + (((floats >> p) & 1) != 0 ? loc >> 2 : loc & 3);
    }
    return code;
  }

  private static boolean hasDataOrHelper(Stencil s) {
    return s != null && s.dataOrHelper();
  }

  private static int placeData(Stencil s, Map<Stencil, Integer> dataAt, List<String> helpers, int pos) {
    if (s.data().length > 0 && !dataAt.containsKey(s)) {
      pos = align(pos, 16);
      dataAt.put(s, pos);
      pos += s.data().length;
    }
    if (s.uses(HoleSymbol.HELPER)) {
      for (Hole h : s.holes()) {
        if (h.kind() == HoleKind.GOTPC32 && !helpers.contains(h.symbol())) {
          helpers.add(h.symbol());
        }
      }
    }
    return pos;
  }

  private static int stubKey(NativeOp op) {
    return 2 * op.exitIndex() + (op.linkableExit() ? 1 : 0);
  }

  private static int align(int v, int a) {
    return (v + a - 1) & -a;
  }

  /** The address of a C library function named by a stencil's hole. */
  static long helper(String name) {
    Long cached = HELPERS.get(name);
    if (cached != null) {
      return cached;
    }
    MemorySegment s = Linker.nativeLinker().defaultLookup().find(name)
        .orElseThrow(() -> new StencilException("helper " + name + " not found"));
    HELPERS.put(name, s.address());
    return s.address();
  }

  /** Pass one's result: where everything goes. */
  public static final class Layout {
    private final Stencil shim;
    private final Stencil prologue;
    private final int prologueAt;
    private final int[] cached;
    private final int[] fcached;
    private final NativeOp[] ops;
    private final Stencil[] stencils;
    private final int[] starts;
    private final int[] stubAt;
    /** Per uop, where its undo stencil is (-1: none), and which; null when no uop has one. */
    private final int[] undoAt;
    private final Stencil[] undoStencils;
    private final Stencil plainStub;
    private final Stencil linkableStub;
    private final int codeEnd;
    private final Map<Stencil, Integer> dataAt;
    private final List<String> helpers;
    private final long[] helperAddresses;
    private final int gotAt;
    private final int size;
    private final int frameSlots;
    private final long exitTable;
    private final long traceId;

    Layout(Stencil shim, Stencil prologue, int prologueAt, int[] cached, int[] fcached, NativeOp[] ops, Stencil[] stencils, int[] starts, int[] stubAt,
        int[] undoAt, Stencil[] undoStencils, Stencil plainStub, Stencil linkableStub, int codeEnd, Map<Stencil, Integer> dataAt,
        List<String> helpers, long[] helperAddresses, int gotAt, int size, int frameSlots,
        long exitTable, long traceId) {
      this.shim = shim;
      this.prologue = prologue;
      this.prologueAt = prologueAt;
      this.cached = cached;
      this.fcached = fcached;
      this.ops = ops;
      this.stencils = stencils;
      this.starts = starts;
      this.stubAt = stubAt;
      this.undoAt = undoAt;
      this.undoStencils = undoStencils;
      this.plainStub = plainStub;
      this.linkableStub = linkableStub;
      this.codeEnd = codeEnd;
      this.dataAt = dataAt;
      this.helpers = helpers;
      this.helperAddresses = helperAddresses;
      this.gotAt = gotAt;
      this.size = size;
      this.frameSlots = frameSlots;
      this.exitTable = exitTable;
      this.traceId = traceId;
    }

    /** Total bytes: code, data and GOT. */
    public int size() {
      return size;
    }

    /** The number of frame slots the trace addresses (its frame must have at least these). */
    public int frameSlots() {
      return frameSlots;
    }

    /** Where the GOT (libm addresses, 8 bytes each, up to the end) begins. */
    int gotAt() {
      return gotAt;
    }

    /** Where the machine code ends (read-only data and the GOT follow). */
    public int codeEnd() {
      return codeEnd;
    }

    /**
     * Where a trace is entered after the shim: the prologue loading the cached slots, or the
     * first uop. A parent's exit link slot holds this address plus the code's.
     */
    public int entry() {
      return prologue != null ? prologueAt : starts[0];
    }

    /** The slots cached in integer registers c0.. for the whole trace. */
    public int[] cachedSlots() {
      return cached.clone();
    }

    /** The slots cached in xmm registers f0.. for the whole trace. */
    public int[] floatCachedSlots() {
      return fcached.clone();
    }

    /** The offset of uop {@code i} (i == number of uops gives the end of the last one). */
    public int start(int i) {
      return starts[i];
    }

    public int uopCount() {
      return ops.length;
    }

    /** The names of what starts where, in order: shim, uops, exit stubs (for dumps). */
    public List<Map.Entry<Integer, String>> marks() {
      List<Map.Entry<Integer, String>> out = new ArrayList<>();
      out.add(Map.entry(0, "shim"));
      if (prologue != null) {
        StringBuilder sb = new StringBuilder("load cached slots:");
        for (int k = 0; k < cached.length; k++) {
          sb.append(k == 0 ? " " : ", ").append('s').append(cached[k]).append(" -> c").append(k);
        }
        for (int k = 0; k < fcached.length; k++) {
          sb.append(k == 0 && cached.length == 0 ? " " : ", ").append('s').append(fcached[k]).append(" -> f").append(k);
        }
        out.add(Map.entry(prologueAt, sb.toString()));
      }
      for (int i = 0; i < ops.length; i++) {
        out.add(Map.entry(starts[i], i + ": " + ops[i].stencil()));
      }
      for (int k = 0; k < stubAt.length; k++) {
        if (stubAt[k] >= 0) {
          out.add(Map.entry(stubAt[k], "exit stub e" + (k >> 1) + ((k & 1) != 0 ? " (linkable)" : "")));
        }
      }
      for (int i = 0; undoAt != null && i < undoAt.length; i++) {
        if (undoAt[i] >= 0) {
          out.add(Map.entry(undoAt[i], "undo of uop " + i + " before exit stub e" + ops[i].exitIndex()));
        }
      }
      out.sort(Map.Entry.comparingByKey());
      return out;
    }

    /** Pass two: the trace's bytes for running at {@code address}. */
    public byte[] link(long address) {
      byte[] out = new byte[size];
      linkInto(address, out);
      return out;
    }

    /**
     * Pass two into {@code out}'s first {@link #size} bytes (the rest is left as it is): every
     * byte of them is written, so a buffer can be reused from trace to trace. A fresh
     * array per trace cost more than the copying into it (its zeroing and first writes miss
     * the caches: docs/internals/stencils.md).
     */
    public void linkInto(long address, byte[] out) {
      if (out.length < size) {
        throw new IllegalArgumentException("buffer of " + out.length + " bytes for " + size);
      }
      // the alignment gaps between the data pieces and before the GOT stay zero
      Arrays.fill(out, codeEnd, size, (byte) 0);
      long[] values = traceValues();
      copyAndPatch(out, address, shim, 0, shim.code().length, entry(), -1, values);
      if (prologue != null) {
        copyAndPatch(out, address, prologue, prologueAt, starts[0] - prologueAt, starts[0], -1, values);
      }
      // the uops: copyAndPatch's work written out, so that this hot loop is one compiled body
      for (int i = 0; i < stencils.length; i++) {
        NativeOp op = ops[i];
        values[EXIT_UNDO] = undoAt != null && undoAt[i] >= 0 ? address + undoAt[i] : 0;
        Stencil s = stencils[i];
        int at = starts[i];
        int next = starts[i + 1];
        System.arraycopy(s.code(), 0, out, at, next - at);
        int[] plan = s.plan();
        if (plan.length != 0) {
          uopValues(values, address, op, next);
          if ((s.usesMask() & DATA_OR_HELPER) != 0) {
            values[DATA] = dataAddress(s, address);
          }
          patch(out, s, plan, next - at == s.code().length ? plan.length : Stencil.PLAN_INTS * s.elidedHoles(),
              at, address, values);
        }
      }
      for (int i = 0; undoAt != null && i < undoAt.length; i++) {
        if (undoAt[i] >= 0) {
          NativeOp op = ops[i];
          Stencil u = undoStencils[i];
          System.arraycopy(u.code(), 0, out, undoAt[i], u.code().length);
          if (u.plan().length != 0) {
            uopValues(values, address, op, stubAt[stubKey(op)]);
            patch(out, u, u.plan(), u.plan().length, undoAt[i], address, values);
          }
        }
      }
      for (int k = 0; k < stubAt.length; k++) {
        if (stubAt[k] >= 0) {
          Stencil stub = (k & 1) != 0 ? linkableStub : plainStub;
          copyAndPatch(out, address, stub, stubAt[k], stub.code().length, -1, k >> 1, values);
        }
      }
      for (Map.Entry<Stencil, Integer> e : dataAt.entrySet()) {
        byte[] d = e.getKey().data();
        System.arraycopy(d, 0, out, e.getValue(), d.length);
      }
      for (int i = 0; i < helperAddresses.length; i++) {
        putLong(out, gotAt + 8 * i, helperAddresses[i]);
      }
    }

    /**
     * Copies {@code len} bytes of the piece {@code s} (shim, prologue, exit stub) to
     * {@code at} and patches its holes below that length (the others are in the elided jump);
     * {@code next} is where its continuation is, {@code exit} the exit it leaves by (a stub's
     * own exit). The value of every symbol a hole can name is worked out first into
     * {@code values} (by ordinal), so that each hole is a load, an add and a store rather than
     * a switch: with a hundred different stencils in a row, the switch's indirect jump was
     * mispredicted much of the time.
     */
    private void copyAndPatch(byte[] out, long address, Stencil s, int at, int len, int next, int exit,
        long[] values) {
      System.arraycopy(s.code(), 0, out, at, len);
      int[] plan = s.plan();
      if (plan.length == 0) {
        return;
      }
      values[CONTINUE] = address + next;
      values[EXIT_INDEX] = exit;
      values[EXIT_ENTRY] = exitTable + (long) exit * NativeLayout.EXIT_ENTRY_BYTES;
      if ((s.usesMask() & DATA_OR_HELPER) != 0) {
        values[DATA] = dataAddress(s, address);
      }
      patch(out, s, plan, len == s.code().length ? plan.length : Stencil.PLAN_INTS * s.elidedHoles(),
          at, address, values);
    }

    /** The values of a uop's own holes: its continuation at {@code next}, operands, exit, target. */
    private void uopValues(long[] values, long address, NativeOp op, int next) {
      int exit = op.exitIndex();
      values[CONTINUE] = address + next;
      values[EXIT_INDEX] = exit;
      values[EXIT_ENTRY] = exitTable + (long) exit * NativeLayout.EXIT_ENTRY_BYTES;
      values[JUMP_TARGET] = op.target() >= 0 ? address + starts[op.target()] : 0;
      values[SLOT_A] = 8L * op.a();
      values[SLOT_B] = 8L * op.b();
      values[SLOT_C] = 8L * op.c();
      values[EXIT_STUB] = exit >= 0 ? address + stubAt[stubKey(op)] : 0;
      values[OPERAND] = op.operand();
    }

    /**
     * Patches the first {@code end / PLAN_INTS} holes of {@code s}'s plan, copied to {@code at}.
     * Kept small so that the JIT inlines it: the common writes (32-bit absolute or
     * PC-relative, one range check; 64-bit) are here, the rare ones in {@link #patchRare}.
     */
    private void patch(byte[] out, Stencil s, int[] plan, int end, int at, long address, long[] values) {
      for (int k = 0; k < end; k += Stencil.PLAN_INTS) {
        int w = plan[k];
        int where = at + (w >>> 8);
        int write = (w >>> 5) & 7;
        long value = values[w & 31] + plan[k + 1];
        if (write <= Stencil.WRITE_PC32) {
          // PC32 subtracts the hole's address, ABS32S nothing: a mask rather than a branch
          long v = value - ((address + where) & -(long) write);
          if (v != (int) v) {
            throw notSigned32(s, plan[k + 2], v);
          }
          putInt(out, where, (int) v);
        } else if (write == Stencil.WRITE_ABS64) {
          putLong(out, where, value);
        } else {
          patchRare(out, s, w, plan[k + 1], plan[k + 2], address, values, where);
        }
      }
    }

    /** Where {@code s}'s copy of its read-only data is (0: it has none). */
    private long dataAddress(Stencil s, long address) {
      Integer data = dataAt.get(s);
      return data != null ? address + data : 0;
    }

    /** An unsigned 32-bit hole (a stub's exit index) or one naming a libm function. */
    private void patchRare(byte[] out, Stencil s, int w, int addend, int k, long address, long[] values,
        int where) {
      if (((w >>> 5) & 7) == Stencil.WRITE_ABS32) {
        long value = values[w & 31] + addend;
        if (value < 0 || value > 0xFFFF_FFFFL) {
          throw new StencilException(s.holes().get(k).symbol() + " = " + value + " does not fit an unsigned 32-bit hole");
        }
        putInt(out, where, (int) value);
        return;
      }
      // its GOT entry, PC-relative, or its address (helperValue refuses any other kind)
      long value = helperValue(s, k, address) + addend;
      if (s.holes().get(k).kind() == HoleKind.ABS64) {
        putLong(out, where, value);
      } else {
        putInt(out, where, checkedInt(s, k, value - (address + where)));
      }
    }

    /** A libm function's GOT entry (GOTPC32) or address (ABS64). */
    private long helperValue(Stencil s, int k, long address) {
      Hole h = s.holes().get(k);
      if (h.kind() == HoleKind.GOTPC32) {
        return address + gotAt + 8L * helpers.indexOf(h.symbol());
      }
      if (h.kind() == HoleKind.ABS64) {
        return helper(h.symbol());
      }
      throw new StencilException("hole " + h.symbol() + " of " + s.name() + " cannot be patched as " + h.kind());
    }

    private static final int CONTINUE = HoleSymbol.CONTINUE.ordinal();
    private static final int JUMP_TARGET = HoleSymbol.JUMP_TARGET.ordinal();
    private static final int SLOT_A = HoleSymbol.SLOT_A.ordinal();
    private static final int SLOT_B = HoleSymbol.SLOT_B.ordinal();
    private static final int SLOT_C = HoleSymbol.SLOT_C.ordinal();
    private static final int EXIT_INDEX = HoleSymbol.EXIT_INDEX.ordinal();
    private static final int EXIT_STUB = HoleSymbol.EXIT_STUB.ordinal();
    private static final int EXIT_UNDO = HoleSymbol.EXIT_UNDO.ordinal();
    private static final int EXIT_ENTRY = HoleSymbol.EXIT_ENTRY.ordinal();
    private static final int OPERAND = HoleSymbol.OPERAND.ordinal();
    private static final int DATA = HoleSymbol.DATA.ordinal();
    private static final int HELPER = HoleSymbol.HELPER.ordinal();
    private static final int DATA_OR_HELPER = (1 << DATA) | (1 << HoleSymbol.HELPER.ordinal());

    /** The symbol values that are the same for every stencil of the trace (cached slots, trace id). */
    private long[] traceValues() {
      long[] v = new long[HoleSymbol.values().length];
      for (int k = 0; k < cached.length; k++) {
        v[HoleSymbol.CACHE_0.ordinal() + k] = 8L * cached[k];
      }
      for (int k = 0; k < fcached.length; k++) {
        v[HoleSymbol.CACHE_3.ordinal() + k] = 8L * fcached[k];
      }
      v[HoleSymbol.TRACE_ID.ordinal()] = traceId;
      return v;
    }

    private static int checkedInt(Stencil s, int k, long v) {
      if (v != (int) v) {
        throw notSigned32(s, k, v);
      }
      return (int) v;
    }

    private static StencilException notSigned32(Stencil s, int k, long v) {
      return new StencilException(s.holes().get(k).symbol() + " = " + v + " does not fit a signed 32-bit hole");
    }

    private static final VarHandle INT_LE =
        MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static void putInt(byte[] b, int at, int v) {
      INT_LE.set(b, at, v);
    }

    private static void putLong(byte[] b, int at, long v) {
      LONG_LE.set(b, at, v);
    }
  }
}
