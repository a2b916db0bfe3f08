package org.pyjit.jit.uop;

import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * The Java interpreter's access to numeric list storage, which is off-heap and addressed by
 * the list's pointer slot exactly as native code addresses it. Callers have already checked
 * the index against the list's length slot (the bounds guard), which the entry code filled
 * from the storage's real size.
 */
final class NativeLists {
  private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

  private NativeLists() {}

  static long load(long base, long index) {
    return ALL.get(JAVA_LONG_UNALIGNED, base + 8 * index);
  }

  static void store(long base, long index, long bits) {
    ALL.set(JAVA_LONG_UNALIGNED, base + 8 * index, bits);
  }
}
