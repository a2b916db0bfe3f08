package org.pyjit.jit.stencil;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.InstalledCode;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyjit.jit.mem.NativeSignature;
import org.pyjit.jit.mem.NativeType;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.RangeLoopUnroller;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.UopFlag;
import org.pyjit.jit.uop.UopInstruction;

/**
 * A trace emitted from stencils and installed in a code arena (W^X: written while read-write,
 * then read-execute), with its exit table (hits and link slot per exit, docs/internals/
 * tier2.md) in a slice of read-write data pages of the same arena ({@link ExitTables}). {@link #run} enters it through the
 * shim with a native frame and state area by a plain downcall (the GC is never blocked: native
 * code sees no Java object and a long loop leaves through its budget or the interrupt flag)
 * and returns the exit index the trace left by. Closing releases code and exit table; the
 * caller keeps it open while any thread may be inside, and while any trace links to it.
 */
public final class NativeTrace implements AutoCloseable {
  private static final class Entry {
    static final NativeSignature SIGNATURE = NativeSignature.of(NativeType.I64, NativeType.I64, NativeType.I64);
  }

  private static final Map<CodeArena, ExitTables> EXIT_TABLES = new WeakHashMap<>();

  private final InstalledCode code;
  /** The exit table's memory when this trace owns it; null when the caller's (an executor's). */
  private final ExitTables.Slice exits;
  private final TraceEmitter.Layout layout;

  private final ExitTable exitTable;
  /** Set by compile: the trace emitted (for dumps). */
  private Trace trace;

  private NativeTrace(InstalledCode code, ExitTables.Slice exits, ExitTable exitTable, TraceEmitter.Layout layout) {
    this.code = code;
    this.exits = exits;
    this.exitTable = exitTable;
    this.layout = layout;
  }

  /**
   * Emits and installs a trace with {@code exitCount} exits. A trace these stencils cannot
   * express (StencilException) or memory the arena cannot give (ExecutableMemoryException)
   * leaves nothing allocated; the caller falls back to the uop interpreter.
   */
  public static NativeTrace install(CodeArena arena, String name, StencilTable table,
      List<NativeOp> ops, int exitCount, long traceId) {
    return install(arena, name, table, ops, exitCount, traceId, true);
  }

  /** As above; {@code registers} false keeps every value in its frame slot (for tests, benchmarks). */
  public static NativeTrace install(CodeArena arena, String name, StencilTable table,
      List<NativeOp> ops, int exitCount, long traceId, boolean registers) {
    for (NativeOp op : ops) {
      if (op.exitIndex() >= exitCount) {
        throw new StencilException("exit e" + op.exitIndex() + " of " + op.stencil() + " is not in the exit table");
      }
    }
    ExitTables tables;
    synchronized (EXIT_TABLES) {
      tables = EXIT_TABLES.computeIfAbsent(arena, ExitTables::new);
    }
    ExitTables.Slice exits = tables.allocate(Math.max(1, exitCount) * (long) NativeLayout.EXIT_ENTRY_BYTES);
    try {
      TraceEmitter.Layout layout = TraceEmitter.layout(table, ops, exits.address(), traceId, registers);
      InstalledCode code = arena.install(name, layout.size(), at -> linkInScratch(layout, at));
      return new NativeTrace(code, exits, ExitTable.over(exits.segment(), exitCount), layout);
    } catch (RuntimeException e) {
      exits.close();
      throw e;
    }
  }

  /**
   * Per thread, the buffer pass two writes a trace into before the arena copies it to the
   * trace's pages: reused, since a fresh array per trace cost more than the emitting itself
   * (docs/internals/stencils.md). A trace larger than {@link #MAX_KEPT_SCRATCH} gets an
   * array of its own that is not kept.
   */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16 * 1024]);
  private static final int MAX_KEPT_SCRATCH = 1 << 20;

  /** {@code layout}'s bytes for {@code address} in the first size() bytes of this thread's scratch buffer. */
  private static byte[] linkInScratch(TraceEmitter.Layout layout, long address) {
    byte[] buffer = SCRATCH.get();
    if (buffer.length < layout.size()) {
      buffer = new byte[layout.size()];
      if (buffer.length <= MAX_KEPT_SCRATCH) {
        SCRATCH.set(buffer);
      }
    }
    layout.linkInto(address, buffer);
    return buffer;
  }

  /**
   * Compiles a checked {@link Trace} (its uops, exits and id) with the x86-64 Linux stencils
   * into the shared code arena. Failures as {@link #install}.
   */
  public static NativeTrace compile(Trace trace) {
    return compile(CodeArena.shared(), trace, StencilTable.x86_64Linux());
  }

  public static NativeTrace compile(CodeArena arena, Trace trace, StencilTable table) {
    Trace emitted = prepare(trace);
    NativeTrace t = install(arena, trace.name(), table, ops(emitted), trace.exits().size(), trace.id());
    t.trace = emitted;
    return t;
  }

  /**
   * Compiles {@code trace} to count in and link through {@code exits}, which the caller owns
   * (an executor's table; it must stay at its address while the code lives).
   */
  public static NativeTrace compile(CodeArena arena, Trace trace, StencilTable table, ExitTable exits) {
    if (exits.size() < trace.exits().size()) {
      throw new StencilException("exit table of " + exits.size() + " for " + trace.exits().size() + " exits");
    }
    Trace emitted = prepare(trace);
    TraceEmitter.Layout layout = TraceEmitter.layout(table, ops(emitted), exits.address(), trace.id());
    InstalledCode code = arena.install(trace.name(), layout.size(), at -> linkInScratch(layout, at));
    NativeTrace t = new NativeTrace(code, null, exits, layout);
    t.trace = emitted;
    return t;
  }

  /**
   * The trace as this backend emits it: its rotated range loops unrolled
   * ({@link RangeLoopUnroller}; same behaviour, one back edge's tests per group of iterations).
   */
  public static Trace prepare(Trace trace) {
    return RangeLoopUnroller.unroll(trace);
  }

  /** The trace whose uops the code is (after {@link #prepare}); null when installed from NativeOps. */
  public Trace trace() {
    return trace;
  }

  static List<NativeOp> ops(Trace trace) {
    List<NativeOp> ops = new ArrayList<>(trace.size());
    for (UopInstruction in : trace.code()) {
      if (!in.uop().has(UopFlag.NATIVE)) {
        throw new StencilException(in.uop() + " has no stencil");
      }
      ops.add(NativeOp.of(in.uop(), in.args()));
    }
    return ops;
  }

  /** Runs with the uop layer's state area; the exit index as {@link #run(MemorySegment, MemorySegment)}. */
  public int run(MemorySegment frame, TraceState state) {
    return (int) run(frame, state.segment());
  }

  /**
   * The exit table as the uop layer sees it (hits, links). Linking a native side trace
   * stores its {@link #uopEntry()}; the parent must keepAlive the side trace's code.
   */
  public ExitTable exits() {
    return exitTable;
  }

  /**
   * Runs the trace on {@code frame} (8-byte slots) and {@code state} (NativeLayout.STATE_*);
   * returns the exit index. Both segments must be native and alive for the call; their sizes
   * are checked against every slot the code addresses, so every frame access is in bounds.
   */
  public long run(MemorySegment frame, MemorySegment state) {
    if (!frame.isNative() || !state.isNative()) {
      throw new IllegalArgumentException("frame and state must be native memory");
    }
    if (frame.byteSize() < (long) NativeLayout.SLOT_BYTES * layout.frameSlots()
        || state.byteSize() < NativeLayout.STATE_BYTES) {
      throw new IllegalArgumentException("frame or state too small for " + code.name());
    }
    MethodHandle h = Entry.SIGNATURE.handle();
    try {
      return (long) h.invokeExact(code.entry(), frame.address(), state.address());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("native call failed", t);
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(frame);
      Reference.reachabilityFence(state);
    }
  }

  /** The exit table: per exit, hits at +0 and the link slot at +8 (16 bytes each). */
  public MemorySegment exitTable() {
    return exits.segment();
  }

  /**
   * The address of the first uop (not the shim): what a parent's exit link slot holds when
   * this trace is linked as its side trace. The parent must keepAlive this trace.
   */
  public long uopEntry() {
    return code.address() + layout.entry();
  }

  public InstalledCode code() {
    return code;
  }

  public TraceEmitter.Layout layout() {
    return layout;
  }

  @Override
  public void close() {
    code.close();
    if (exits != null) {
      exits.close();
    }
  }
}
