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
 * takes fresh pages, makes them read-write, lets the caller produce its bytes for their final
 * address, copies them in (the rest of the last page filled with int3), then makes the pages
 * read-execute; they are never written again. Allocation is page-granular, so code is never
 * appended to a page that is already executable; {@link #installAll} puts several functions
 * on the same pages with one pair of protection changes (an mprotect costs ~25 µs).
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
   * its pages are still read-write and not executable) and must return exactly {@code size}
   * bytes, e.g. {@code machineCode.link(address, symbols)}.
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
    long address = allocatePages(bytes, "code");
    boolean done = false;
    try {
      sys.mprotect(address, bytes, Posix.PROT_READ | Posix.PROT_WRITE);
      long[] addresses = new long[offsets.length];
      for (int i = 0; i < offsets.length; i++) {
        addresses[i] = address + offsets[i];
      }
      MemorySegment pages = MemorySegment.ofAddress(address).reinterpret(bytes);
      pages.fill(INT3);
      for (int i = 0; i < offsets.length; i++) {
        CodePiece p = pieces.get(i);
        byte[] code = p.linkAt().apply(addresses.clone());
        if (code == null || code.length != p.size()) {
          throw new IllegalArgumentException("the linker of " + p.name() + " returned "
              + (code == null ? "null" : code.length + " bytes") + " instead of " + p.size());
        }
        MemorySegment.copy(code, 0, pages, ValueLayout.JAVA_BYTE, offsets[i], code.length);
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
    try {
      sys.mmap(address, bytes, Posix.PROT_NONE,
          Posix.MAP_PRIVATE | Posix.MAP_ANONYMOUS | Posix.MAP_NORESERVE | Posix.MAP_FIXED);
    } catch (ExecutableMemoryException e) {
      try {
        sys.mprotect(address, bytes, Posix.PROT_NONE);
      } catch (ExecutableMemoryException again) {
        return;
      }
    }
    synchronized (this) {
      free.release((address - base) / pageSize, bytes / pageSize);
    }
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
    return reservedBytes - free.freePages() * pageSize;
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
    if (free.freePages() * pageSize != reservedBytes) {
      throw new IllegalStateException("the code arena still holds " + usedBytes() + " bytes");
    }
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
