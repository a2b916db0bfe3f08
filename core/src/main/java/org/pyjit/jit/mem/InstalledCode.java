package org.pyjit.jit.mem;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * A function installed in a {@link CodeArena}: its name, address and size, and the segments to
 * pass as the target of a {@link NativeSignature} call.
 *
 * <p><b>Lifetime rule.</b> The code is released when {@link #close()} is called or when this
 * object becomes unreachable. So: keep it reachable for as long as anything may call it, and
 * call {@code close()} only when no thread can be inside it. {@link NativeSignature}'s invoke
 * methods keep it reachable for the call they make; a caller of the raw downcall handle with
 * {@link #entry()} must do the same (e.g. {@link java.lang.ref.Reference#reachabilityFence}).
 * A caller that cannot rule out a concurrent {@code close()} calls through
 * {@link #guardedEntry()} instead: the linker holds that segment's scope during the call, so
 * {@code close()} throws IllegalStateException while a thread is inside (this costs about
 * 15 ns per call, as much as the call itself). Native code that calls or jumps to other
 * installed code does not hold it: the caller's {@code InstalledCode} must {@link #keepAlive}
 * its callees (and the data it points into).
 */
public final class InstalledCode implements AutoCloseable {
  private final String name;
  private final long address;
  private final int size;
  private final MemorySegment entry;
  private final MemorySegment guarded;
  private final Release release;
  private final Cleaner.Cleanable cleanable;
  private List<Object> keptAlive;

  InstalledCode(String name, long address, int size, CodeBlock block) {
    this.name = name;
    this.address = address;
    this.size = size;
    Arena scope = Arena.ofShared();
    this.entry = MemorySegment.ofAddress(address);
    this.guarded = entry.reinterpret(size, scope, null);
    this.release = new Release(scope, block);
    this.cleanable = Release.CLEANER.register(this, release);
  }

  public String name() {
    return name;
  }

  /** The address of the first byte, where calls enter. */
  public long address() {
    return address;
  }

  /** The size in bytes the caller gave (without the padding to the page). */
  public int size() {
    return size;
  }

  /**
   * The address as a zero-length segment: the target to give a downcall handle of
   * {@link NativeSignature}, the fast way (the caller keeps this object reachable during the
   * call and never closes it concurrently).
   */
  public MemorySegment entry() {
    return entry;
  }

  /**
   * The code as a segment of its size tied to this code's lifetime: as a call target it makes
   * {@link #close()} fail while the call runs; read from Java after release it throws
   * IllegalStateException.
   */
  public MemorySegment guardedEntry() {
    return guarded;
  }

  /** A copy of the installed bytes, e.g. to disassemble them. */
  public byte[] bytes() {
    return guarded.toArray(ValueLayout.JAVA_BYTE);
  }

  /** Keeps {@code o} (other installed code this code calls, data it uses) reachable as long as this. */
  public synchronized void keepAlive(Object o) {
    if (keptAlive == null) {
      keptAlive = new ArrayList<>(2);
    }
    keptAlive.add(o);
  }

  public boolean isReleased() {
    return !guarded.scope().isAlive();
  }

  /**
   * Releases the code now; calling it again does nothing. No thread may be inside it, and no
   * other live code may jump here (see the class comment); a call through
   * {@link #guardedEntry()} that is running makes it throw IllegalStateException and release
   * nothing.
   */
  @Override
  public void close() {
    release.closeScope();
    cleanable.clean();
    synchronized (this) {
      keptAlive = null; // what it called may go now
    }
  }

  @Override
  public String toString() {
    return name + "@0x" + Long.toHexString(address) + "+" + size;
  }
}
