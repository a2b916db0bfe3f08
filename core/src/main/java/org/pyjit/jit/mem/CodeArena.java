package org.pyjit.jit.mem;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Where native code lives: one large reservation of address space (256 MiB by default, mapped
 * PROT_NONE so it costs no memory), from which whole pages are handed out. Everything in one
 * arena is within ±2 GiB of everything else, so JIT code can reach other JIT code (and data
 * allocated here) with rel32 jumps, calls and RIP-relative operands.
 *
 * <p><b>W^X protocol.</b> A page is never writable and executable at once. Installing code
 * takes fresh read-write pages, lets the caller produce its bytes for their final address,
 * copies them in (the rest of the last page filled with int3), then makes the pages
 * read-execute; they are never written again. Allocation is page-granular, so code is never
 * appended to a page that is already executable; {@link #installAll} puts several functions
 * on the same pages with one protection change. An mprotect costs several µs (more on a
 * loaded machine), so the read-write pages come from a <em>ready run</em>: {@value
 * #READY_PAGES} fresh pages made read-write by one mprotect and handed out from the front, so
 * that installing a small function costs one mprotect (to read-execute) plus a sixteenth.
 * Ready pages have never been executable; pages once executable are never made writable
 * again (a released page is replaced by a fresh PROT_NONE mapping before it is reused). When
 * nothing is handed out any more, the ready run is released too, so an idle arena maps
 * nothing.
 * Data that native code writes lives in read-write pages of its own ({@link #allocateData}),
 * never in code pages.
 *
 * <p><b>Freeing.</b> Installed code is released when {@link InstalledCode#close()} is called
 * or when the {@link InstalledCode} becomes unreachable: its pages are replaced by fresh
 * PROT_NONE ones (which frees the memory) and go back to the free list. Callers keep it
 * reachable while calling it and close it only when no thread is inside (the rule is spelled
 * out on {@link InstalledCode}); code that jumps to other code holds it with
 * {@link InstalledCode#keepAlive}.
 *
 * <p><b>Failures.</b> A refused mmap or mprotect, a full arena, or an exception from the
 * caller's linker leave the pages as they were before (PROT_NONE, free) and surface as
 * {@link ExecutableMemoryException} (or the linker's own exception), so the caller falls back
 * to the interpreter. Thread-safe.
 */
public final class CodeArena {
  /** The size of the address-space reservation of {@link #shared()}. */
  public static final long DEFAULT_RESERVATION = 256L << 20;

  static final int FUNCTION_ALIGNMENT = 16;
  /** Pages per ready run (64 KiB with 4 KiB pages): one mprotect serves several installs. */
  static final int READY_PAGES = 16;
  private static final byte INT3 = (byte) 0xCC;

  private static final class Shared {
    static final Object ARENA_OR_FAILURE = create();

    static Object create() {
      try {
        CodeArena a = new CodeArena(Posix.instance(), DEFAULT_RESERVATION);
        a.shared = true;
        return a;
      } catch (ExecutableMemoryException e) {
        return e.getMessage();
      }
    }
  }

  private final Syscalls sys;
  private final long base;
  private final long reservedBytes;
  private final int pageSize;
  private final PageRanges free;
  private boolean closed;
  private boolean shared;
  /** The ready run [readyAt, readyEnd): read-write, never executable, not yet handed out. */
  private long readyAt;
  private long readyEnd;
  /** Pages handed out (code, data, and pages leaked after a refused release). */
  private long handedOutPages;

  CodeArena(Syscalls sys, long reservationBytes) {
    this.sys = sys;
    this.pageSize = sys.pageSize();
    if (reservationBytes <= 0 || reservationBytes > Long.MAX_VALUE - pageSize) {
      throw new ExecutableMemoryException("cannot reserve " + reservationBytes + " bytes of code space");
    }
    this.reservedBytes = roundUp(reservationBytes, pageSize);
    this.base = sys.mmap(0, reservedBytes, Posix.PROT_NONE,
        Posix.MAP_PRIVATE | Posix.MAP_ANONYMOUS | Posix.MAP_NORESERVE);
    this.free = new PageRanges(reservedBytes / pageSize);
  }

  /**
   * The process's arena, reserved on first use. Throws {@link ExecutableMemoryException} (on
   * every call) when native code cannot run here or the reservation was refused.
   */
  public static CodeArena shared() {
    Object o = Shared.ARENA_OR_FAILURE;
    if (o instanceof CodeArena a) {
      return a;
    }
    throw new ExecutableMemoryException((String) o);
  }

  /** A new arena of its own reserving {@code reservationBytes} of address space. */
  public static CodeArena create(long reservationBytes) {
    return new CodeArena(Posix.instance(), reservationBytes);
  }

  /**
   * Installs one function. {@code linkAt} is given the address the code will run at (while
   * its pages are still read-write and not executable) and must return at least {@code size}
   * bytes, of which the first {@code size} are the code (so a linker may fill a buffer it
   * reuses), e.g. {@code machineCode.link(address, symbols)}.
   */
  public InstalledCode install(String name, int size, LongFunction<byte[]> linkAt) {
    return installAll(List.of(new CodePiece(name, size, addresses -> linkAt.apply(addresses[0]))))
        .getFirst();
  }

  /**
   * Installs several functions on shared pages with one pair of protection changes. Each is
   * placed at a 16-byte boundary, in order; each piece's linker sees every address. The pages
   * are released when every returned {@link InstalledCode} has been.
   */
  public List<InstalledCode> installAll(List<CodePiece> pieces) {
    if (pieces.isEmpty()) {
      return List.of();
    }
    long[] offsets = new long[pieces.size()];
    long end = 0;
    for (int i = 0; i < pieces.size(); i++) {
      offsets[i] = roundUp(end, FUNCTION_ALIGNMENT);
      end = offsets[i] + pieces.get(i).size();
    }
    long bytes = roundUp(end, pageSize);
    long address = writablePages(bytes, "code");
    boolean done = false;
    try {
      long[] addresses = new long[offsets.length];
      for (int i = 0; i < offsets.length; i++) {
        addresses[i] = address + offsets[i];
      }
      MemorySegment pages = MemorySegment.ofAddress(address).reinterpret(bytes);
      pages.fill(INT3);
      for (int i = 0; i < offsets.length; i++) {
        CodePiece p = pieces.get(i);
        byte[] code = p.linkAt().apply(addresses.clone());
        if (code == null || code.length < p.size()) {
          throw new IllegalArgumentException("the linker of " + p.name() + " returned "
              + (code == null ? "null" : code.length + " bytes") + " instead of " + p.size());
        }
        MemorySegment.copy(code, 0, pages, ValueLayout.JAVA_BYTE, offsets[i], p.size());
      }
      sys.mprotect(address, bytes, Posix.PROT_READ | Posix.PROT_EXEC);
      // from here on the pieces own the pages: should creating them fail (out of memory), the
      // pages leak rather than being freed twice, once here and once by a piece's cleaner
      done = true;
      CodeBlock block = new CodeBlock(this, address, bytes, pieces.size());
      List<InstalledCode> installed = new ArrayList<>(pieces.size());
      for (int i = 0; i < offsets.length; i++) {
        CodePiece p = pieces.get(i);
        installed.add(new InstalledCode(p.name(), addresses[i], p.size(), block));
        PerfMap.record(addresses[i], p.size(), p.name());
      }
      return installed;
    } finally {
      if (!done) {
        releasePages(address, bytes);
      }
    }
  }

  /**
   * Read-write memory inside the arena, zero-filled, for data that native code reads and
   * writes (counters, exit slots, frames): within rel32 reach of the code, on pages that are
   * never executable.
   */
  public NativeData allocateData(String name, long size) {
    if (size <= 0) {
      throw new IllegalArgumentException("data size must be positive: " + size);
    }
    long bytes = roundUp(size, pageSize);
    long address = allocatePages(bytes, "data");
    boolean done = false;
    try {
      sys.mprotect(address, bytes, Posix.PROT_READ | Posix.PROT_WRITE);
      done = true; // as in installAll: the data object owns the pages now
      return new NativeData(name, address, size, new CodeBlock(this, address, bytes, 1));
    } finally {
      if (!done) {
        releasePages(address, bytes);
      }
    }
  }

  /**
   * {@code bytes} of read-write pages that have never been executable: from the ready run
   * (refilled when it is too short and the request fits a run), else allocated and made
   * read-write on their own (a large request, or an arena too full for a whole run).
   */
  private long writablePages(long bytes, String what) {
    synchronized (this) {
      if (readyEnd - readyAt < bytes && bytes <= (long) READY_PAGES * pageSize && !closed) {
        refillReady();
      }
      if (readyEnd - readyAt >= bytes) {
        long address = readyAt;
        readyAt += bytes;
        handedOutPages += bytes / pageSize;
        return address;
      }
    }
    long address = allocatePages(bytes, what);
    boolean done = false;
    try {
      sys.mprotect(address, bytes, Posix.PROT_READ | Posix.PROT_WRITE);
      done = true;
      return address;
    } finally {
      if (!done) {
        releasePages(address, bytes);
      }
    }
  }

  /**
   * Replaces the ready run by a fresh one; leaves it as it is when the arena has no room for
   * a whole run (the caller then allocates exactly what it needs). Called holding the lock.
   */
  private void refillReady() {
    long pages = READY_PAGES;
    long first = pages <= free.freePages() ? free.allocate(pages) : -1;
    if (first < 0) {
      return;
    }
    long address = base + first * pageSize;
    long bytes = pages * pageSize;
    try {
      sys.mprotect(address, bytes, Posix.PROT_READ | Posix.PROT_WRITE);
    } catch (ExecutableMemoryException e) {
      // still PROT_NONE (the call was refused): straight back to the free list
      free.release(first, pages);
      throw e;
    }
    dropReady();
    readyAt = address;
    readyEnd = address + bytes;
  }

  /** Gives the rest of the ready run back (inaccessible, free). Called holding the lock. */
  private void dropReady() {
    if (readyEnd > readyAt) {
      unmapAndFree(readyAt, readyEnd - readyAt);
    }
    readyAt = readyEnd = 0;
  }

  private long allocatePages(long bytes, String what) {
    synchronized (this) {
      if (closed) {
        throw new ExecutableMemoryException("the code arena is closed");
      }
      long first = bytes / pageSize <= free.freePages() ? free.allocate(bytes / pageSize) : -1;
      if (first < 0) {
        throw new ExecutableMemoryException("the code arena is full: no " + bytes
            + " free bytes for " + what + " (" + usedBytes() + " of " + reservedBytes + " in use)");
      }
      handedOutPages += bytes / pageSize;
      return base + first * pageSize;
    }
  }

  /**
   * Makes pages inaccessible again and returns them to the free list. mmap with MAP_FIXED
   * replaces them by fresh PROT_NONE pages in one call, which also gives their memory back to
   * the system. If even that is refused, the pages stay out of the free list (leaked, but
   * never reused while they might still be writable).
   */
  void releasePages(long address, long bytes) {
    synchronized (this) {
      if (unmapAndFree(address, bytes)) {
        handedOutPages -= bytes / pageSize;
        if (handedOutPages == 0) {
          dropReady();
        }
      }
    }
  }

  /** Makes pages PROT_NONE and frees them; false (and leaked) if the kernel refused both ways. */
  private boolean unmapAndFree(long address, long bytes) {
    try {
      sys.mmap(address, bytes, Posix.PROT_NONE,
          Posix.MAP_PRIVATE | Posix.MAP_ANONYMOUS | Posix.MAP_NORESERVE | Posix.MAP_FIXED);
    } catch (ExecutableMemoryException e) {
      try {
        sys.mprotect(address, bytes, Posix.PROT_NONE);
      } catch (ExecutableMemoryException again) {
        return false;
      }
    }
    synchronized (this) {
      free.release((address - base) / pageSize, bytes / pageSize);
    }
    return true;
  }

  /** The start of the reservation. */
  public long base() {
    return base;
  }

  /** The size of the reservation in bytes. */
  public long reservedBytes() {
    return reservedBytes;
  }

  /** Bytes of the reservation currently handed out (whole pages). */
  public synchronized long usedBytes() {
    return handedOutPages * pageSize;
  }

  public int pageSize() {
    return pageSize;
  }

  /** Whether {@code address} lies in this arena's reservation. */
  public boolean contains(long address) {
    return address >= base && address < base + reservedBytes;
  }

  /**
   * Unmaps the whole reservation. Only an arena of one's own ({@link #create}) with nothing
   * left in it can be closed; the shared arena lives as long as the process.
   */
  public synchronized void close() {
    if (shared) {
      throw new IllegalStateException("the shared code arena cannot be closed");
    }
    if (closed) {
      return;
    }
    if (handedOutPages != 0) {
      throw new IllegalStateException("the code arena still holds " + usedBytes() + " bytes");
    }
    dropReady();
    closed = true;
    sys.munmap(base, reservedBytes);
  }

  synchronized int freeRangeCount() {
    return free.rangeCount();
  }

  static long roundUp(long n, long to) {
    return (n + to - 1) / to * to;
  }
}
