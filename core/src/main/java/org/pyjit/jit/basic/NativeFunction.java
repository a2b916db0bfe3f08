package org.pyjit.jit.basic;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.pyjit.jit.mem.InstalledCode;
import org.pyjit.jit.mem.NativeSignature;
import org.pyjit.jit.mem.NativeType;

/**
 * A compiled signature installed as native code ({@link CodeGen}'s convention), callable
 * from Java: the arguments are unboxed into this thread's argument buffer (native memory:
 * native code never sees a Java object), the code runs through the one downcall handle of
 * {@code long f(long args, long result)}, and the result comes back boxed, or one of the
 * deopt markers when a guard failed. List arguments are copied into native memory for the
 * call and the changed elements written back after it only when it succeeded
 * ({@link ListBuffers}).
 */
public final class NativeFunction {
  /** A guard failed: run the call in the interpreter. */
  public static final Object DEOPT = new Object();
  /** The native stack limit was reached: run the call and its nested calls interpreted. */
  public static final Object DEOPT_STACK = new Object();

  private static final MethodHandle ENTRY =
      NativeSignature.of(NativeType.I64, NativeType.I64, NativeType.I64).handle();
  /** Per thread: argument slots, then the result slot (grown on demand). */
  private static final ThreadLocal<MemorySegment[]> BUFFER =
      ThreadLocal.withInitial(() -> new MemorySegment[1]);

  private final InstalledCode code;
  private final List<ValueType> argTypes;
  private final ValueType returnType;
  private final boolean hasLists;
  /** Whether the code (or a callee) may store into a list: else nothing is written back. */
  private final boolean writesLists;

  NativeFunction(InstalledCode code, List<ValueType> argTypes, ValueType returnType,
      boolean writesLists) {
    this.code = code;
    this.argTypes = List.copyOf(argTypes);
    this.returnType = returnType;
    this.hasLists = argTypes.stream().anyMatch(ValueType::isList);
    this.writesLists = writesLists;
  }

  public InstalledCode code() {
    return code;
  }

  /** The entry compiled code calls (past the entry from Java). */
  long internalEntry() {
    return code.address() + CodeGen.INTERNAL_ENTRY;
  }

  private static MemorySegment buffer(int slots) {
    MemorySegment[] holder = BUFFER.get();
    if (holder[0] == null || holder[0].byteSize() < 8L * slots) {
      holder[0] = Arena.ofAuto().allocate(8L * Math.max(slots, 32), 16);
    }
    return holder[0];
  }

  /** Runs the code on arguments of the compiled types (the caller checked them). */
  public Object invoke(Object[] args) {
    int n = argTypes.size();
    MemorySegment buf = buffer(n + 1);
    ListBuffers lists = hasLists ? ListBuffers.copyIn(args, argTypes) : null;
    for (int i = 0; i < n; i++) {
      Object a = args[i];
      long bits = switch (a) {
        case Long l -> l;
        case Double d -> Double.doubleToRawLongBits(d);
        case Boolean b -> b ? 1 : 0;
        case org.pyjit.runtime.PyList l when lists != null -> lists.address(l);
        default -> throw new IllegalArgumentException("argument of type " + a.getClass());
      };
      buf.setAtIndex(ValueLayout.JAVA_LONG, i, bits);
    }
    long status;
    try {
      status = (long) ENTRY.invokeExact(code.entry(), buf.address(), buf.address() + 8L * n);
    } catch (Throwable t) {
      throw new IllegalStateException("native call failed", t);
    }
    if (status == CodeGen.DEOPT) {
      return DEOPT;
    }
    if (status == CodeGen.DEOPT_STACK) {
      return DEOPT_STACK;
    }
    if (writesLists && lists != null) {
      lists.copyOut();
    }
    long r = buf.getAtIndex(ValueLayout.JAVA_LONG, n);
    return switch (returnType) {
      case INT -> r;
      case FLOAT -> Double.longBitsToDouble(r);
      case BOOL -> r != 0;
      case LIST_INT, LIST_FLOAT, UNKNOWN -> throw new IllegalStateException("no result type");
    };
  }
}
