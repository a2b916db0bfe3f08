package org.pyjit.jit.mem;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * mmap, mprotect and munmap of the C library through the Foreign Function and Memory API, with
 * errno captured by the downcall itself (reading it afterwards would see whatever the JVM did
 * in between) and turned into {@code strerror}'s text. Linux x86-64 constants: the class is
 * only used after {@link #check()} said the platform is that one.
 */
final class Posix implements Syscalls {
  static final int PROT_NONE = 0;
  static final int PROT_READ = 1;
  static final int PROT_WRITE = 2;
  static final int PROT_EXEC = 4;
  static final int MAP_PRIVATE = 0x02;
  static final int MAP_FIXED = 0x10;
  static final int MAP_ANONYMOUS = 0x20;
  static final int MAP_NORESERVE = 0x4000;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

  private static Posix instance;

  /**
   * Where each thread's calls leave errno: one small segment per thread, reused by every
   * call, rather than an arena opened and closed (a malloc and a free) around each one. Only
   * read right after the call that wrote it, on the same thread.
   */
  private static final ThreadLocal<MemorySegment> CALL_STATE_OF_THREAD =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CALL_STATE));

  private final MethodHandle mmap;
  private final MethodHandle mprotect;
  private final MethodHandle munmap;
  private final MethodHandle strerror;
  private final int pageSize;

  private Posix() {
    check();
    Linker.Option errno = Linker.Option.captureCallState("errno");
    mmap = libc("mmap",
        FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG),
        errno);
    mprotect = libc("mprotect", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), errno);
    munmap = libc("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG), errno);
    strerror = libc("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    try {
      pageSize = (int) libc("getpagesize", FunctionDescriptor.of(JAVA_INT)).invokeExact();
    } catch (Throwable t) {
      throw new ExecutableMemoryException("getpagesize failed: " + t);
    }
  }

  /** The bindings, made on first use; throws ExecutableMemoryException if they cannot be. */
  static synchronized Posix instance() {
    if (instance == null) {
      try {
        instance = new Posix();
      } catch (RuntimeException | LinkageError e) {
        throw e instanceof ExecutableMemoryException m ? m
            : new ExecutableMemoryException("native memory is not available: " + e);
      }
    }
    return instance;
  }

  /**
   * Throws unless native code can run here: Linux on x86-64 (the only target of the JITs), in
   * a JVM that grants native access to pyjit. Without that grant the JVM would print a
   * warning at the first restricted call (or refuse it): the JITs stay off instead, silently.
   */
  static void check() {
    String os = System.getProperty("os.name", "");
    String arch = System.getProperty("os.arch", "");
    if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new ExecutableMemoryException(
          "native code needs Linux on x86-64, not " + os + " on " + arch);
    }
    if (!Posix.class.getModule().isNativeAccessEnabled()) {
      throw new ExecutableMemoryException("native access is not enabled for pyjit: run java with "
          + "--enable-native-access=ALL-UNNAMED (./pyjit and the jar's manifest do)");
    }
  }

  private static MethodHandle libc(String name, FunctionDescriptor fd, Linker.Option... options) {
    MemorySegment symbol = LINKER.defaultLookup().find(name)
        .orElseThrow(() -> new ExecutableMemoryException("the C library has no " + name));
    return LINKER.downcallHandle(symbol, fd, options);
  }

  @Override
  public int pageSize() {
    return pageSize;
  }

  @Override
  public long mmap(long fixedAt, long length, int prot, int flags) {
    try {
      MemorySegment state = CALL_STATE_OF_THREAD.get();
      MemorySegment r = (MemorySegment) mmap.invokeExact(
          state, MemorySegment.ofAddress(fixedAt), length, prot, flags, -1, 0L);
      if (r.address() == -1L) {
        throw failure("mmap(" + describe(fixedAt, length, prot) + ")", state);
      }
      return r.address();
    } catch (ExecutableMemoryException e) {
      throw e;
    } catch (Throwable t) {
      throw new ExecutableMemoryException("mmap failed: " + t);
    }
  }

  @Override
  public void mprotect(long address, long length, int prot) {
    try {
      MemorySegment state = CALL_STATE_OF_THREAD.get();
      int r = (int) mprotect.invokeExact(state, MemorySegment.ofAddress(address), length, prot);
      if (r != 0) {
        throw failure("mprotect(" + describe(address, length, prot) + ")", state);
      }
    } catch (ExecutableMemoryException e) {
      throw e;
    } catch (Throwable t) {
      throw new ExecutableMemoryException("mprotect failed: " + t);
    }
  }

  @Override
  public void munmap(long address, long length) {
    try {
      MemorySegment state = CALL_STATE_OF_THREAD.get();
      int r = (int) munmap.invokeExact(state, MemorySegment.ofAddress(address), length);
      if (r != 0) {
        throw failure("munmap(0x" + Long.toHexString(address) + ", " + length + ")", state);
      }
    } catch (ExecutableMemoryException e) {
      throw e;
    } catch (Throwable t) {
      throw new ExecutableMemoryException("munmap failed: " + t);
    }
  }

  private ExecutableMemoryException failure(String call, MemorySegment state) {
    int errno = (int) ERRNO.get(state, 0L);
    return new ExecutableMemoryException(call + " failed: " + strerror(errno) + " (errno " + errno + ")");
  }

  /** strerror's text for an errno value. */
  String strerror(int errno) {
    try {
      MemorySegment s = (MemorySegment) strerror.invokeExact(errno);
      return s.reinterpret(256).getString(0);
    } catch (Throwable t) {
      return "errno " + errno;
    }
  }

  static String describe(long address, long length, int prot) {
    return "0x" + Long.toHexString(address) + ", " + length + ", " + protText(prot);
  }

  /** The protection as /proc/self/maps shows it, e.g. "r-x". */
  static String protText(int prot) {
    return ((prot & PROT_READ) != 0 ? "r" : "-")
        + ((prot & PROT_WRITE) != 0 ? "w" : "-")
        + ((prot & PROT_EXEC) != 0 ? "x" : "-");
  }
}
