package org.pyjit.jit.exec;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.TraceState;

/**
 * Base for native trace code: copies the Java frame into an off-heap frame segment (native
 * code never sees a Java object; one reused segment per thread), enters the code, and copies
 * the frame back, also when the trace left through an exit. Subclasses only enter the shim: {@code long shim(frame*,
 * state*)} through a plain (not critical) downcall, so the GC is never blocked for longer
 * than the trace's budget allows.
 */
public abstract class NativeTraceCode implements TraceCode {
  private final int slotCount;

  protected NativeTraceCode(int slotCount) {
    this.slotCount = slotCount;
  }

  /** Calls the shim with a frame segment of the trace's slots and the state area. */
  protected abstract long enter(MemorySegment frame, MemorySegment state);

  @Override
  public final int run(long[] frame, TraceState state) {
    if (frame.length < slotCount) {
      throw new IllegalArgumentException("frame of " + frame.length + " slots for " + slotCount);
    }
    MemorySegment segment = frameSegment(slotCount);
    MemorySegment.copy(frame, 0, segment, JAVA_LONG, 0, slotCount);
    int exit = (int) enter(segment, state.segment());
    MemorySegment.copy(segment, JAVA_LONG, 0, frame, 0, slotCount);
    return exit;
  }

  /**
   * The calling thread's frame segment, grown as needed. One per thread is enough: native
   * code never calls back into Java, so runs on one thread never nest.
   */
  private static MemorySegment frameSegment(int slots) {
    MemorySegment[] holder = FRAMES.get();
    long bytes = Math.max(1, slots) * (long) NativeLayout.SLOT_BYTES;
    if (holder[0] == null || holder[0].byteSize() < bytes) {
      holder[0] = Arena.ofAuto().allocate(Math.max(bytes, 512), 16);
    }
    return holder[0].asSlice(0, bytes);
  }

  private static final ThreadLocal<MemorySegment[]> FRAMES =
      ThreadLocal.withInitial(() -> new MemorySegment[1]);

  @Override
  public final boolean isNative() {
    return true;
  }
}
