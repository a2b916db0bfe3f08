package org.pyjit.jit.mem;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run of pages handed out by a {@link CodeArena}, shared by the pieces installed on it
 * together; the pages go back to the arena when the last piece is released.
 */
final class CodeBlock {
  private final CodeArena arena;
  private final long address;
  private final long bytes;
  private final AtomicInteger live;

  CodeBlock(CodeArena arena, long address, long bytes, int pieces) {
    this.arena = arena;
    this.address = address;
    this.bytes = bytes;
    this.live = new AtomicInteger(pieces);
  }

  void pieceReleased() {
    if (live.decrementAndGet() == 0) {
      arena.releasePages(address, bytes);
    }
  }

  CodeArena arena() {
    return arena;
  }
}
