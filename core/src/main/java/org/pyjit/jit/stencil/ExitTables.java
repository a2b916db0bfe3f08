package org.pyjit.jit.stencil;

import java.lang.foreign.MemorySegment;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.mem.NativeData;

/**
 * Where exit tables live: read-write data pages of the code arena, handed out in slices so
 * that installing a trace costs no page allocation and protection change of its own (an
 * mprotect costs tens of microseconds here). Slices are bump-allocated from 64 KiB chunks and
 * never reused; a chunk goes back to the arena when every slice of it has been freed and a
 * newer chunk has taken over. Fresh pages are zero, so every table starts with zero hits and
 * no links. Thread-safe.
 */
final class ExitTables {
  static final long CHUNK_BYTES = 64 << 10;

  private final CodeArena arena;
  private Chunk current;

  ExitTables(CodeArena arena) {
    this.arena = arena;
  }

  /** A slice of {@code bytes} (rounded up to 16), zero-filled. */
  synchronized Slice allocate(long bytes) {
    long size = (Math.max(bytes, 16) + 15) & -16L;
    if (size > CHUNK_BYTES) {
      Chunk big = new Chunk(arena.allocateData("exit table", size));
      big.used = size;
      big.live = 1;
      big.retired = true;
      return new Slice(this, big, big.data.segment());
    }
    if (current == null || current.used + size > CHUNK_BYTES) {
      if (current != null) {
        current.retired = true;
        current.releaseIfDone();
      }
      current = new Chunk(arena.allocateData("exit tables", CHUNK_BYTES));
    }
    MemorySegment s = current.data.segment().asSlice(current.used, size);
    current.used += size;
    current.live++;
    return new Slice(this, current, s);
  }

  synchronized void free(Chunk c) {
    c.live--;
    c.releaseIfDone();
  }

  static final class Chunk {
    final NativeData data;
    long used;
    int live;
    boolean retired;

    Chunk(NativeData data) {
      this.data = data;
    }

    void releaseIfDone() {
      if (retired && live == 0) {
        data.close();
      }
    }
  }

  /** One trace's exit table; {@link #close} gives it back (once). */
  static final class Slice implements AutoCloseable {
    private final ExitTables owner;
    private final Chunk chunk;
    private final MemorySegment segment;
    private boolean closed;

    Slice(ExitTables owner, Chunk chunk, MemorySegment segment) {
      this.owner = owner;
      this.chunk = chunk;
      this.segment = segment;
    }

    MemorySegment segment() {
      return segment;
    }

    long address() {
      return segment.address();
    }

    @Override
    public void close() {
      synchronized (owner) {
        if (closed) {
          return;
        }
        closed = true;
      }
      owner.free(chunk);
    }
  }
}
