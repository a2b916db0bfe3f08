package org.pyjit.jit.x64;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.function.LongFunction;

/**
 * Test-only executable memory: mmap read-write, copy the linked code in, mprotect to
 * read-execute (never both writable and executable), call through downcall handles, munmap.
 * The real code arena is org.pyjit.jit.mem; this is the least needed to run the assembler's
 * output in tests.
 */
final class NativeCode implements AutoCloseable {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle MMAP = libc("mmap",
      FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
  private static final MethodHandle MPROTECT = libc("mprotect",
      FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
  private static final MethodHandle MUNMAP = libc("munmap",
      FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
  private static final int PROT_READ = 1;
  private static final int PROT_WRITE = 2;
  private static final int PROT_EXEC = 4;
  private static final int MAP_PRIVATE = 2;
  private static final int MAP_ANONYMOUS = 0x20;

  private final MemorySegment region;
  private final long size;

  private NativeCode(MemorySegment region, long size) {
    this.region = region;
    this.size = size;
  }

  /** Maps {@code size} bytes and fills them with {@code linkAt.apply(address)}. */
  static NativeCode load(int size, LongFunction<byte[]> linkAt) {
    long len = (size + 4095L) & ~4095L;
    try {
      MemorySegment m = (MemorySegment) MMAP.invokeExact(MemorySegment.NULL, len,
          PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L);
      if (m.address() == -1L) {
        throw new IllegalStateException("mmap failed");
      }
      MemorySegment region = m.reinterpret(len);
      byte[] code = linkAt.apply(region.address());
      MemorySegment.copy(code, 0, region, JAVA_BYTE_LAYOUT, 0, code.length);
      int rc = (int) MPROTECT.invokeExact(region, len, PROT_READ | PROT_EXEC);
      if (rc != 0) {
        throw new IllegalStateException("mprotect failed");
      }
      return new NativeCode(region, len);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static final java.lang.foreign.ValueLayout.OfByte JAVA_BYTE_LAYOUT =
      java.lang.foreign.ValueLayout.JAVA_BYTE;

  /** Code that is one finished assembly, linked where it lands. */
  static NativeCode load(MachineCode mc) {
    return load(mc.size(), addr -> mc.link(addr, s -> {
      throw new IllegalArgumentException("unexpected symbol " + s);
    }));
  }

  long address() {
    return region.address();
  }

  MethodHandle function(long offset, FunctionDescriptor fd) {
    return LINKER.downcallHandle(MemorySegment.ofAddress(region.address() + offset), fd);
  }

  @Override
  public void close() {
    try {
      int rc = (int) MUNMAP.invokeExact(region, size);
      if (rc != 0) {
        throw new IllegalStateException("munmap failed");
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static MethodHandle libc(String name, FunctionDescriptor fd) {
    return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), fd);
  }
}
