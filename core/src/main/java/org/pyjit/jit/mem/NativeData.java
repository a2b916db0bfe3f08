package org.pyjit.jit.mem;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * Read-write, zero-filled memory in a {@link CodeArena} (pages that are never executable),
 * for what native code reads and writes after its code was published: counters, exit slots,
 * frame segments. It lies within rel32 reach of the arena's code, so code can address it
 * RIP-relative. Released by {@link #close()} or when this object becomes unreachable (the
 * same rule as {@link InstalledCode}: code that uses it must {@code keepAlive} it); Java use
 * of the segment after release throws IllegalStateException. Data that native code needs only
 * through a pointer argument can as well live in any FFM {@link Arena}.
 */
public final class NativeData implements AutoCloseable {
  private final String name;
  private final MemorySegment segment;
  private final Release release;
  private final Cleaner.Cleanable cleanable;

  NativeData(String name, long address, long size, CodeBlock block) {
    this.name = name;
    Arena scope = Arena.ofShared();
    this.segment = MemorySegment.ofAddress(address).reinterpret(size, scope, null);
    this.release = new Release(scope, block);
    this.cleanable = Release.CLEANER.register(this, release);
  }

  public String name() {
    return name;
  }

  /** The memory, of the size asked for. */
  public MemorySegment segment() {
    return segment;
  }

  public long address() {
    return segment.address();
  }

  public long size() {
    return segment.byteSize();
  }

  public boolean isReleased() {
    return !segment.scope().isAlive();
  }

  /** Releases the memory now; throws IllegalStateException while a downcall that was given it runs. */
  @Override
  public void close() {
    release.closeScope();
    cleanable.clean();
  }
}
