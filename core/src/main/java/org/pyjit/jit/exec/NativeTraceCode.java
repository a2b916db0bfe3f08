package org.pyjit.jit.exec;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.TraceState;

/**
 * Base for native trace code: copies the Java frame into an off-heap frame segment (native
 * code never sees a Java object), enters the code, and copies the frame back, also when the
 * trace left through an exit. Subclasses only enter the shim: {@code long shim(frame*,
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
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment segment =
          arena.allocate(Math.max(1, slotCount) * (long) NativeLayout.SLOT_BYTES, 16);
      MemorySegment.copy(frame, 0, segment, JAVA_LONG, 0, slotCount);
      int exit = (int) enter(segment, state.segment());
      MemorySegment.copy(segment, JAVA_LONG, 0, frame, 0, slotCount);
      return exit;
    }
  }

  @Override
  public final boolean isNative() {
    return true;
  }
}
