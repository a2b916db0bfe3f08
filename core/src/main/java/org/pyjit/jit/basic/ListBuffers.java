package org.pyjit.jit.basic;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.pyjit.runtime.PyList;

/**
 * Copy-in/copy-out of the list arguments of one native call. Native code never sees a
 * Java object: each distinct list (by identity: the same list passed twice gets one copy,
 * so writes through one parameter are seen through the other) is copied into native memory
 * as {@code [length][e0][e1]...}, 8 bytes each (int64, or a double's bits), and its
 * argument slot gets the address of the length word. {@link CodeGen} reads and writes
 * elements only after checking the index against that length.
 *
 * <p>After a successful call the elements whose bits changed are stored back into their
 * lists (the others keep their objects); after a failed guard nothing is written back: the
 * copies are discarded and the interpreter runs the call on the untouched lists, so no
 * write is done twice. The memory is one per-thread buffer reused by every call on that
 * thread (a native call never re-enters Java, so at most one is in use per thread); it
 * grows to the largest call's lists and is kept while the thread lives.
 */
final class ListBuffers {
  private static final ThreadLocal<MemorySegment[]> BUFFER =
      ThreadLocal.withInitial(() -> new MemorySegment[1]);

  private final PyList[] lists;
  private final long[] offsets;
  private final boolean[] floats;
  private final int count;
  private final MemorySegment memory;

  private ListBuffers(PyList[] lists, long[] offsets, boolean[] floats, int count,
      MemorySegment memory) {
    this.lists = lists;
    this.offsets = offsets;
    this.floats = floats;
    this.count = count;
    this.memory = memory;
  }

  /**
   * Copies the list arguments (those whose type is a list type; the caller checked their
   * elements) into this thread's buffer. {@link #address} then gives each one's address.
   */
  static ListBuffers copyIn(Object[] args, List<ValueType> types) {
    int n = args.length;
    PyList[] lists = new PyList[n];
    long[] offsets = new long[n];
    boolean[] floats = new boolean[n];
    int count = 0;
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      if (!types.get(i).isList() || indexOf(lists, count, args[i]) >= 0) {
        continue;
      }
      PyList l = (PyList) args[i];
      lists[count] = l;
      offsets[count] = bytes;
      floats[count] = types.get(i) == ValueType.LIST_FLOAT;
      bytes += 8L * (l.size() + 1);
      count++;
    }
    MemorySegment m = buffer(bytes);
    for (int k = 0; k < count; k++) {
      PyList l = lists[k];
      int size = l.size();
      long base = offsets[k];
      m.set(ValueLayout.JAVA_LONG, base, size);
      if (floats[k]) {
        for (int i = 0; i < size; i++) {
          m.set(ValueLayout.JAVA_LONG, base + 8L * (i + 1),
              Double.doubleToRawLongBits((Double) l.get(i)));
        }
      } else {
        for (int i = 0; i < size; i++) {
          m.set(ValueLayout.JAVA_LONG, base + 8L * (i + 1), (Long) l.get(i));
        }
      }
    }
    return new ListBuffers(lists, offsets, floats, count, m);
  }

  private static int indexOf(PyList[] lists, int count, Object list) {
    for (int k = 0; k < count; k++) {
      if (lists[k] == list) {
        return k;
      }
    }
    return -1;
  }

  private static MemorySegment buffer(long bytes) {
    MemorySegment[] holder = BUFFER.get();
    if (holder[0] == null || holder[0].byteSize() < bytes) {
      holder[0] = Arena.ofAuto().allocate(Math.max(bytes, 4096), 16);
    }
    return holder[0];
  }

  /** The native address of the copy of list argument {@code arg}. */
  long address(Object arg) {
    return memory.address() + offsets[indexOf(lists, count, arg)];
  }

  /** Stores the elements the native code changed back into their lists. */
  void copyOut() {
    for (int k = 0; k < count; k++) {
      PyList l = lists[k];
      int size = l.size();
      long base = offsets[k] + 8;
      if (floats[k]) {
        for (int i = 0; i < size; i++) {
          long bits = memory.get(ValueLayout.JAVA_LONG, base + 8L * i);
          if (bits != Double.doubleToRawLongBits((Double) l.get(i))) {
            l.set(i, Double.longBitsToDouble(bits));
          }
        }
      } else {
        for (int i = 0; i < size; i++) {
          long v = memory.get(ValueLayout.JAVA_LONG, base + 8L * i);
          if (v != (Long) l.get(i)) {
            l.set(i, v);
          }
        }
      }
    }
  }
}
