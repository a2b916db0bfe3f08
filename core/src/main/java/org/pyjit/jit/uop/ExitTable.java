package org.pyjit.jit.uop;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A trace's exit table (layout in {@link NativeLayout}): per exit a hit counter and a link
 * slot, in read-write native memory (never in code pages). A native side trace is linked by
 * storing its entry address; the Java uop interpreter follows the Java-side link (the side
 * trace and its own exit table) instead, so a link works for both kinds of execution.
 */
public final class ExitTable {
  /** A side trace as the Java interpreter runs it. */
  public record Link(Trace trace, ExitTable exits) {}

  private final MemorySegment segment;
  private final int count;
  private final Link[] javaLinks;

  private ExitTable(MemorySegment segment, int count) {
    if (segment.byteSize() < (long) count * NativeLayout.EXIT_ENTRY_BYTES) {
      throw new IllegalArgumentException("exit table too small for " + count + " exits");
    }
    this.segment = segment;
    this.count = count;
    this.javaLinks = new Link[count];
  }

  public static ExitTable allocate(Arena arena, int count) {
    return new ExitTable(arena.allocate(Math.max(1, count) * (long) NativeLayout.EXIT_ENTRY_BYTES, 8), count);
  }

  public static ExitTable create(int count) {
    return allocate(Arena.ofAuto(), count);
  }

  /** Uses segment (zero-filled, e.g. a NativeData within rel32 reach of the code). */
  public static ExitTable over(MemorySegment segment, int count) {
    return new ExitTable(segment, count);
  }

  public MemorySegment segment() {
    return segment;
  }

  public long address() {
    return segment.address();
  }

  public int size() {
    return count;
  }

  public long hits(int exit) {
    return segment.get(JAVA_LONG, offset(exit) + NativeLayout.EXIT_HITS);
  }

  void hit(int exit) {
    long at = offset(exit) + NativeLayout.EXIT_HITS;
    segment.set(JAVA_LONG, at, segment.get(JAVA_LONG, at) + 1);
  }

  /** The native link: a side trace's entry address, 0 when none. */
  public long link(int exit) {
    return segment.get(JAVA_LONG, offset(exit) + NativeLayout.EXIT_LINK);
  }

  public Link javaLink(int exit) {
    return javaLinks[checked(exit)];
  }

  /**
   * Links exit to a side trace: the Java interpreter will continue in {@code side}, native
   * code at {@code nativeEntry} (0: only the Java link). The caller makes sure the exit is
   * linkable ({@link Trace#exitLinkable}) and that the side trace uses the same frame layout.
   */
  public void link(int exit, Link side, long nativeEntry) {
    javaLinks[checked(exit)] = side;
    segment.set(JAVA_LONG, offset(exit) + NativeLayout.EXIT_LINK, nativeEntry);
  }

  public void unlink(int exit) {
    link(exit, null, 0);
  }

  private long offset(int exit) {
    return (long) checked(exit) * NativeLayout.EXIT_ENTRY_BYTES;
  }

  private int checked(int exit) {
    if (exit < 0 || exit >= count) {
      throw new IndexOutOfBoundsException("exit e" + exit + " of " + count);
    }
    return exit;
  }
}
