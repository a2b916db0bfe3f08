package org.pyjit.jit.uop;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * The state area of a running trace (layout in {@link NativeLayout}): the interrupt flag
 * another thread may raise while the trace runs, the back-edge budget, and the exit taken.
 * It is native memory so that native traces and the Java interpreter read the same words.
 */
public final class TraceState {
  private static final VarHandle WORD = JAVA_LONG.varHandle();

  private final MemorySegment segment;

  private TraceState(MemorySegment segment) {
    if (segment.byteSize() < NativeLayout.STATE_BYTES || segment.address() % 8 != 0) {
      throw new IllegalArgumentException("a state area needs " + NativeLayout.STATE_BYTES
          + " bytes aligned to 8");
    }
    this.segment = segment;
  }

  /** A zeroed state area in the given arena. */
  public static TraceState allocate(Arena arena) {
    return new TraceState(arena.allocate(NativeLayout.STATE_BYTES, 8));
  }

  /** A state area that lives as long as this object (for tests and the Java executors). */
  public static TraceState create() {
    return allocate(Arena.ofAuto());
  }

  /** Uses the first STATE_BYTES of segment (e.g. a NativeData near the code). */
  public static TraceState over(MemorySegment segment) {
    return new TraceState(segment);
  }

  public MemorySegment segment() {
    return segment;
  }

  public long address() {
    return segment.address();
  }

  public boolean interruptRequested() {
    return (long) WORD.getVolatile(segment, (long) NativeLayout.STATE_INTERRUPT) != 0;
  }

  /** Asks a running trace to leave at its next back edge (any thread). */
  public void requestInterrupt() {
    WORD.setVolatile(segment, (long) NativeLayout.STATE_INTERRUPT, NativeLayout.INTERRUPT_REQUESTED);
  }

  public void clearInterrupt() {
    WORD.setVolatile(segment, (long) NativeLayout.STATE_INTERRUPT, 0L);
  }

  public long budget() {
    return segment.get(JAVA_LONG, NativeLayout.STATE_BUDGET);
  }

  public void setBudget(long budget) {
    segment.set(JAVA_LONG, NativeLayout.STATE_BUDGET, budget);
  }

  public int exitIndex() {
    return (int) segment.get(JAVA_LONG, NativeLayout.STATE_EXIT_INDEX);
  }

  public long exitTrace() {
    return segment.get(JAVA_LONG, NativeLayout.STATE_EXIT_TRACE);
  }

  void recordExit(int exit, long traceId) {
    segment.set(JAVA_LONG, NativeLayout.STATE_EXIT_INDEX, exit);
    segment.set(JAVA_LONG, NativeLayout.STATE_EXIT_TRACE, traceId);
  }
}
