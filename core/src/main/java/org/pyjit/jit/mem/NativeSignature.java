package org.pyjit.jit.mem;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A C function type over {@link NativeType}s (SysV x86-64 convention) and its one downcall
 * handle. Creating a downcall handle costs milliseconds, so there is one per signature,
 * cached, and it is <em>unbound</em>: the code to call is its first argument, given at each
 * call. Any number and mix of I64/F64 parameters works; those past the six integer and eight
 * xmm argument registers go on the stack as the ABI says (the linker does it).
 *
 * <p>Two ways to call: {@link #handle()} for callers that know the types statically
 * ({@code (long) sig.handle().invokeExact(code.entry(), 1L, 2L)}, the fast way), and
 * {@link #invoke(InstalledCode, long...)} with every argument and the result as raw 64-bit
 * patterns (doubles via {@link Double#doubleToRawLongBits}), for callers that build the
 * arguments at run time. These are plain downcalls: the GC may run while native code does
 * (which is why native code only ever uses native memory); {@link #criticalHandle()} trades
 * that for a cheaper call, for short code only.
 */
public final class NativeSignature {
  private static final ConcurrentHashMap<String, NativeSignature> CACHE = new ConcurrentHashMap<>();
  private static final MethodHandle LONG_BITS_TO_DOUBLE;
  private static final MethodHandle DOUBLE_TO_RAW_LONG_BITS;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.publicLookup();
      LONG_BITS_TO_DOUBLE = l.findStatic(Double.class, "longBitsToDouble",
          MethodType.methodType(double.class, long.class));
      DOUBLE_TO_RAW_LONG_BITS = l.findStatic(Double.class, "doubleToRawLongBits",
          MethodType.methodType(long.class, double.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final NativeType result;
  private final NativeType[] params;
  private final FunctionDescriptor descriptor;
  private final MethodHandle handle;
  private volatile MethodHandle critical; // made on first use, like bits
  private volatile MethodHandle bits; // made on first use: adapting costs milliseconds too

  private NativeSignature(NativeType result, NativeType[] params) {
    this.result = result;
    this.params = params;
    MemoryLayout[] layouts = new MemoryLayout[params.length];
    for (int i = 0; i < params.length; i++) {
      layouts[i] = params[i].layout();
    }
    FunctionDescriptor fd = result == NativeType.VOID
        ? FunctionDescriptor.ofVoid(layouts)
        : FunctionDescriptor.of(result.layout(), layouts);
    this.descriptor = fd;
    this.handle = Linker.nativeLinker().downcallHandle(fd);
  }

  /**
   * The signature {@code result(params...)}, e.g. {@code of(F64, I64, F64)} for
   * {@code double f(long, double)}. VOID is allowed as the result only. Throws
   * {@link ExecutableMemoryException} where native code cannot run (see {@link CodeArena}).
   */
  public static NativeSignature of(NativeType result, NativeType... params) {
    Posix.check();
    for (NativeType p : params) {
      if (p == NativeType.VOID) {
        throw new IllegalArgumentException("a parameter cannot be VOID");
      }
    }
    return CACHE.computeIfAbsent(spell(result, params), k -> new NativeSignature(result, params.clone()));
  }

  private static String spell(NativeType result, NativeType[] params) {
    StringBuilder sb = new StringBuilder("(");
    for (NativeType p : params) {
      sb.append(p.code());
    }
    return sb.append(')').append(result.code()).toString();
  }

  public NativeType result() {
    return result;
  }

  public NativeType[] params() {
    return params.clone();
  }

  public int arity() {
    return params.length;
  }

  /**
   * The downcall handle, of type {@code (MemorySegment code, params...) result} with long and
   * double carriers: call it with {@code invokeExact} and {@link InstalledCode#entry()}.
   */
  public MethodHandle handle() {
    return handle;
  }

  /**
   * The same call as {@link #handle()} as a critical downcall ({@code Linker.Option.critical}):
   * a few ns cheaper, but the thread does not reach a safepoint until the native code
   * returns, so every GC and every other safepoint waits for it. Only for code that is short
   * by construction (or polls a flag and leaves within a bounded number of iterations).
   */
  public MethodHandle criticalHandle() {
    MethodHandle h = critical;
    if (h == null) {
      critical = h = Linker.nativeLinker().downcallHandle(descriptor, Linker.Option.critical(false));
    }
    return h;
  }

  /**
   * Calls {@code code} with arguments given as raw 64-bit patterns (a long as itself, a double
   * as {@link Double#doubleToRawLongBits}); returns the result the same way (0 for VOID).
   * Keeps {@code code} reachable during the call; released code is refused with
   * IllegalStateException (but see {@link InstalledCode} about closing it concurrently).
   */
  public long invoke(InstalledCode code, long... args) {
    if (args.length != params.length) {
      throw new IllegalArgumentException(
          "signature " + this + " takes " + params.length + " arguments, not " + args.length);
    }
    if (code.isReleased()) {
      throw new IllegalStateException(code.name() + " was released");
    }
    MethodHandle h = bits;
    if (h == null) {
      bits = h = bitsAdapter(handle, result, params);
    }
    try {
      return (long) h.invokeExact(code.entry(), args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("native call failed", t);
    } finally {
      Reference.reachabilityFence(code);
    }
  }

  /** {@link #invoke} for an I64 result. */
  public long invokeLong(InstalledCode code, long... args) {
    requireResult(NativeType.I64);
    return invoke(code, args);
  }

  /** {@link #invoke} for an F64 result, returned as a double. */
  public double invokeDouble(InstalledCode code, long... args) {
    requireResult(NativeType.F64);
    return Double.longBitsToDouble(invoke(code, args));
  }

  private void requireResult(NativeType expected) {
    if (result != expected) {
      throw new IllegalArgumentException("signature " + this + " does not return " + expected);
    }
  }

  /** Adapts the downcall to {@code (MemorySegment, long[]) long}: element i is argument i. */
  private static MethodHandle bitsAdapter(MethodHandle downcall, NativeType result, NativeType[] params) {
    MethodHandle h = downcall;
    if (result == NativeType.F64) {
      h = MethodHandles.filterReturnValue(h, DOUBLE_TO_RAW_LONG_BITS);
    } else if (result == NativeType.VOID) {
      h = MethodHandles.filterReturnValue(h, MethodHandles.constant(long.class, 0L));
    }
    MethodHandle element = MethodHandles.arrayElementGetter(long[].class);
    MethodHandle[] getters = new MethodHandle[params.length];
    for (int i = 0; i < params.length; i++) {
      MethodHandle g = MethodHandles.insertArguments(element, 1, i);
      getters[i] = params[i] == NativeType.F64 ? MethodHandles.filterReturnValue(g, LONG_BITS_TO_DOUBLE) : g;
    }
    h = MethodHandles.filterArguments(h, 1, getters);
    int[] reorder = new int[1 + params.length];
    Arrays.fill(reorder, 1, reorder.length, 1);
    return MethodHandles.permuteArguments(h,
        MethodType.methodType(long.class, MemorySegment.class, long[].class), reorder);
  }

  @Override
  public String toString() {
    return spell(result, params);
  }
}
