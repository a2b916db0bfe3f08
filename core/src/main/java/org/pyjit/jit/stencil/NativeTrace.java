package org.pyjit.jit.stencil;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Reference;
import java.util.List;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.mem.NativeSignature;
import org.pyjit.jit.mem.NativeType;

/**
 * A trace emitted from stencils and installed in a code arena (W^X: written while read-write,
 * then read-execute). {@link #run} enters it through the shim with a native frame and a state
 * area, both off-heap, by a plain downcall (the GC is never blocked: native code sees no Java
 * object), and returns the exit index the trace left by. Closing releases the code; the
 * caller keeps it open while any thread may be inside.
 */
public final class NativeTrace implements AutoCloseable {
  private static final class Entry {
    static final NativeSignature SIGNATURE = NativeSignature.of(NativeType.I64, NativeType.I64, NativeType.I64);
  }

  /** The state area: interrupt flag at 0, iteration budget at 8 (jit.h STATE_*). */
  public static final long STATE_BYTES = 16;
  public static final long STATE_INTERRUPT = 0;
  public static final long STATE_BUDGET = 8;

  private final InstalledCode code;
  private final TraceEmitter.Layout layout;

  private NativeTrace(InstalledCode code, TraceEmitter.Layout layout) {
    this.code = code;
    this.layout = layout;
  }

  /**
   * Emits and installs. A trace these stencils cannot express (StencilException) or memory the
   * arena cannot give (ExecutableMemoryException) leaves nothing allocated; the caller falls
   * back to the uop interpreter.
   */
  public static NativeTrace install(CodeArena arena, String name, StencilTable table, List<NativeOp> ops) {
    TraceEmitter.Layout layout = TraceEmitter.layout(table, ops);
    InstalledCode code = arena.install(name, layout.size(), layout::link);
    return new NativeTrace(code, layout);
  }

  /**
   * Runs the trace on {@code frame} (8-byte slots) and {@code state} (the interrupt flag and
   * budget, see docs/internals/stencils.md); returns the exit index. Both segments must be
   * native, alive for the call and large enough for every slot the trace names.
   */
  public long run(MemorySegment frame, MemorySegment state) {
    if (!frame.isNative() || !state.isNative()) {
      throw new IllegalArgumentException("frame and state must be native memory");
    }
    // Every slot access of the code is a constant displacement below frameSlots: checking the
    // sizes once here keeps every access in bounds.
    if (frame.byteSize() < 8L * layout.frameSlots() || state.byteSize() < STATE_BYTES) {
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
      Reference.reachabilityFence(code);
      Reference.reachabilityFence(frame);
      Reference.reachabilityFence(state);
    }
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
  }
}
