package org.pyjit.jit.stencil;

import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.jit.uop.NativeLayout;

/**
 * Copy-and-patch, as CPython's _PyJIT_Compile: {@link #layout} is pass one (each uop's start,
 * eliding the jump to a continuation that is the next uop, and the total size); the returned
 * {@link Layout#link} is pass two (copy each stencil into a byte array, patch every hole,
 * check that each 32-bit value fits). The emitted code is
 * {@code [shim][uop 0]...[uop n-1][exit stubs][read-only data of the stencils][GOT]}: the shim is the
 * entry; the data and GOT are never written after installation, so they share the code's
 * read-execute pages. Every failure is a {@link StencilException} (nothing is allocated here).
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
    if (ops.isEmpty()) {
      throw new StencilException("empty trace");
    }
    Stencil shim = table.require(StencilSymbols.SHIM);
    int n = ops.size();
    Stencil[] stencils = new Stencil[n];
    int[] starts = new int[n + 1];
    int pos = shim.code().length;
    int slots = 0;
    for (int i = 0; i < n; i++) {
      NativeOp op = ops.get(i);
      Stencil s = table.require(op.stencil());
      stencils[i] = s;
      starts[i] = pos;
      for (Hole h : s.holes()) {
        int slot = switch (h.symbol()) {
          case StencilSymbols.SLOT_A -> op.a();
          case StencilSymbols.SLOT_B -> op.b();
          case StencilSymbols.SLOT_C -> op.c();
          default -> 0;
        };
        if (slot < 0) {
          throw new StencilException("uop " + i + " names a negative slot");
        }
        if (h.symbol().startsWith("_JIT_SLOT_")) {
          // A range or list operand reaches the slots after its own through the addend.
          long end = 8L * slot + h.addend() + 8;
          slots = (int) Math.max(slots, (end + 7) / 8);
        }
      }
      boolean last = i == n - 1;
      if (s.continues() && last) {
        throw new StencilException("the last uop " + op.stencil() + " continues past the trace");
      }
      if (s.usesSymbol(StencilSymbols.JUMP_TARGET) && (op.target() < 0 || op.target() >= n)) {
        throw new StencilException("uop " + i + " " + op.stencil() + " has no jump target");
      }
      pos += last ? s.code().length : s.elidedSize();
    }
    starts[n] = pos;
    // One exit stub per (exit index, linkable) the uops use, after the uops.
    Map<Long, Integer> stubAt = new LinkedHashMap<>();
    List<Stencil> stubStencils = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NativeOp op = ops.get(i);
      if (!stencils[i].usesSymbol(StencilSymbols.EXIT_STUB)) {
        continue;
      }
      if (op.exitIndex() < 0) {
        throw new StencilException("uop " + i + " " + op.stencil() + " has no exit");
      }
      long key = stubKey(op);
      if (!stubAt.containsKey(key)) {
        Stencil stub = table.require(op.linkableExit() ? StencilSymbols.LINKABLE_EXIT_STUB : StencilSymbols.EXIT_STUB_NAME);
        stubAt.put(key, pos);
        stubStencils.add(stub);
        pos += stub.code().length;
      }
    }
    int codeEnd = pos;
    // Read-only data, one copy per stencil that has some; then the GOT.
    Map<String, Integer> dataAt = new LinkedHashMap<>();
    List<String> helpers = new ArrayList<>();
    List<Stencil> all = new ArrayList<>(List.of(stencils));
    all.addAll(stubStencils);
    for (Stencil s : all) {
      if (s.data().length > 0 && !dataAt.containsKey(s.name())) {
        pos = align(pos, 16);
        dataAt.put(s.name(), pos);
        pos += s.data().length;
      }
      for (Hole h : s.holes()) {
        if (h.kind() == HoleKind.GOTPC32 && !helpers.contains(h.symbol())) {
          helpers.add(h.symbol());
        }
      }
    }
    pos = align(pos, 8);
    int gotAt = pos;
    long[] helperAddresses = new long[helpers.size()];
    for (int i = 0; i < helpers.size(); i++) {
      helperAddresses[i] = helper(helpers.get(i));
    }
    pos += 8 * helpers.size();
    return new Layout(shim, List.copyOf(ops), stencils, starts, stubAt, stubStencils, codeEnd,
        dataAt, helpers, helperAddresses, gotAt, pos, slots, exitTable, traceId);
  }

  private static long stubKey(NativeOp op) {
    return 2L * op.exitIndex() + (op.linkableExit() ? 1 : 0);
  }

  private static int align(int v, int a) {
    return (v + a - 1) & -a;
  }

  /** The address of a C library function named by a stencil's GOT hole. */
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
    private final List<NativeOp> ops;
    private final Stencil[] stencils;
    private final int[] starts;
    private final Map<Long, Integer> stubAt;
    private final List<Stencil> stubStencils;
    private final long exitTable;
    private final long traceId;
    private final int codeEnd;
    private final Map<String, Integer> dataAt;
    private final List<String> helpers;
    private final long[] helperAddresses;
    private final int gotAt;
    private final int size;
    private final int frameSlots;

    Layout(Stencil shim, List<NativeOp> ops, Stencil[] stencils, int[] starts,
        Map<Long, Integer> stubAt, List<Stencil> stubStencils, int codeEnd,
        Map<String, Integer> dataAt, List<String> helpers, long[] helperAddresses, int gotAt,
        int size, int frameSlots, long exitTable, long traceId) {
      this.stubAt = stubAt;
      this.stubStencils = stubStencils;
      this.exitTable = exitTable;
      this.traceId = traceId;
      this.frameSlots = frameSlots;
      this.shim = shim;
      this.ops = ops;
      this.stencils = stencils;
      this.starts = starts;
      this.codeEnd = codeEnd;
      this.dataAt = dataAt;
      this.helpers = helpers;
      this.helperAddresses = helperAddresses;
      this.gotAt = gotAt;
      this.size = size;
    }

    /** Total bytes: code, data and GOT. */
    public int size() {
      return size;
    }

    /** The number of frame slots the trace addresses (its frame must have at least these). */
    public int frameSlots() {
      return frameSlots;
    }

    /** Where the machine code of the uops ends (data and GOT follow). */
    public int codeEnd() {
      return codeEnd;
    }

    /** The offset of uop {@code i} (i == number of uops gives the end of the last one). */
    public int start(int i) {
      return starts[i];
    }

    public int uopCount() {
      return ops.size();
    }

    /** Pass two: the trace's bytes for running at {@code address}. */
    public byte[] link(long address) {
      byte[] out = new byte[size];
      System.arraycopy(shim.code(), 0, out, 0, shim.code().length);
      for (Hole h : shim.holes()) {
        if (!h.symbol().equals(StencilSymbols.CONTINUE)) {
          throw new StencilException("unexpected hole " + h.symbol() + " in the shim");
        }
        patch(out, address, 0, h, address + starts[0]);
      }
      for (Map.Entry<String, Integer> e : dataAt.entrySet()) {
        byte[] d = stencilNamed(e.getKey()).data();
        System.arraycopy(d, 0, out, e.getValue(), d.length);
      }
      for (int i = 0; i < helperAddresses.length; i++) {
        putLong(out, gotAt + 8 * i, helperAddresses[i]);
      }
      for (int i = 0; i < ops.size(); i++) {
        Stencil s = stencils[i];
        NativeOp op = ops.get(i);
        int at = starts[i];
        int len = starts[i + 1] - at;
        System.arraycopy(s.code(), 0, out, at, len);
        for (Hole h : s.holes()) {
          if (h.offset() >= len) {
            continue; // in the elided jump to the next uop
          }
          patch(out, address, at, h, value(h, op, i, address));
        }
      }
      int k = 0;
      for (Map.Entry<Long, Integer> e : stubAt.entrySet()) {
        Stencil stub = stubStencils.get(k++);
        int at = e.getValue();
        long index = e.getKey() >> 1;
        System.arraycopy(stub.code(), 0, out, at, stub.code().length);
        for (Hole h : stub.holes()) {
          long v = switch (h.symbol()) {
            case StencilSymbols.EXIT_INDEX -> index;
            case StencilSymbols.EXIT_ENTRY -> exitTable + index * NativeLayout.EXIT_ENTRY_BYTES;
            case StencilSymbols.TRACE_ID -> traceId;
            default -> throw new StencilException("unexpected hole " + h.symbol() + " in " + stub.name());
          };
          patch(out, address, at, h, v);
        }
      }
      return out;
    }

    private Stencil stencilNamed(String name) {
      List<Stencil> all = new ArrayList<>(List.of(stencils));
      all.addAll(stubStencils);
      for (Stencil s : all) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      throw new IllegalStateException(name);
    }

    private long value(Hole h, NativeOp op, int i, long address) {
      return switch (h.symbol()) {
        case StencilSymbols.CONTINUE -> address + starts[i + 1];
        case StencilSymbols.JUMP_TARGET -> address + starts[op.target()];
        case StencilSymbols.SLOT_A -> 8L * op.a();
        case StencilSymbols.SLOT_B -> 8L * op.b();
        case StencilSymbols.SLOT_C -> 8L * op.c();
        case StencilSymbols.EXIT_STUB -> address + stubAt.get(stubKey(op));
        case StencilSymbols.OPERAND -> op.operand();
        case StencilSymbols.DATA -> address + dataAt.get(stencils[i].name());
        default -> {
          if (h.kind() == HoleKind.GOTPC32) {
            yield address + gotAt + 8L * helpers.indexOf(h.symbol());
          }
          if (h.kind() == HoleKind.ABS64) {
            yield helper(h.symbol());
          }
          throw new StencilException("hole " + h.symbol() + " of " + op.stencil()
              + " cannot be patched as " + h.kind());
        }
      };
    }

    private static void patch(byte[] out, long address, int at, Hole h, long symbolValue) {
      long v = symbolValue + h.addend();
      int where = at + h.offset();
      switch (h.kind()) {
        case ABS64 -> putLong(out, where, v);
        case ABS32 -> {
          if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new StencilException(h.symbol() + " = " + v + " does not fit an unsigned 32-bit hole");
          }
          putInt(out, where, (int) v);
        }
        case ABS32S -> putInt(out, where, checkedInt(h, v));
        case PC32, GOTPC32 -> putInt(out, where, checkedInt(h, v - (address + where)));
      }
    }

    private static int checkedInt(Hole h, long v) {
      if (v != (int) v) {
        throw new StencilException(h.symbol() + " = " + v + " does not fit a signed 32-bit hole");
      }
      return (int) v;
    }

    private static void putInt(byte[] b, int at, int v) {
      b[at] = (byte) v;
      b[at + 1] = (byte) (v >> 8);
      b[at + 2] = (byte) (v >> 16);
      b[at + 3] = (byte) (v >> 24);
    }

    private static void putLong(byte[] b, int at, long v) {
      putInt(b, at, (int) v);
      putInt(b, at + 4, (int) (v >>> 32));
    }
  }
}
