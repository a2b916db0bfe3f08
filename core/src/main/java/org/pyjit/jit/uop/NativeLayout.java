package org.pyjit.jit.uop;

/**
 * The byte layouts shared by native traces and the Java uop interpreter (docs/internals/
 * tier2.md, "Memory"): the frame, the state area and the exit table. The C header the
 * stencils include gets these numbers from here ({@link UopHeader}).
 */
public final class NativeLayout {
  private NativeLayout() {}

  /** Every frame slot is 8 bytes: slot i is at byte offset 8 * i of the frame. */
  public static final int SLOT_BYTES = 8;

  /**
   * State word: nonzero asks the trace to leave at its next back edge. Java writes 0 or
   * {@link #INTERRUPT_REQUESTED}: native back edges test {@code budget <= word}, one
   * comparison for "budget spent" and "interrupted".
   */
  public static final int STATE_INTERRUPT = 0;
  /** The interrupt word's value while an interrupt is requested (not less than any budget). */
  public static final long INTERRUPT_REQUESTED = Long.MAX_VALUE;
  /** State word: how many more back edges the trace may take before it must leave. */
  public static final int STATE_BUDGET = 8;
  /** State word: the index of the exit taken last (in the exit table of the trace below). */
  public static final int STATE_EXIT_INDEX = 16;
  /** State word: the id of the trace whose exit was taken (differs after a linked side trace). */
  public static final int STATE_EXIT_TRACE = 24;
  /** Size of the state area. */
  public static final int STATE_BYTES = 32;

  /** Exit table entry word: how many times the exit was taken. */
  public static final int EXIT_HITS = 0;
  /** Exit table entry word: the entry address of a linked side trace, 0 when none. */
  public static final int EXIT_LINK = 8;
  /** Size of one exit table entry. */
  public static final int EXIT_ENTRY_BYTES = 16;
}
