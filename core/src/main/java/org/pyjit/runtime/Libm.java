package org.pyjit.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The C math library (glibc's libm) as CPython's math module calls it. Java's Math and
 * StrictMath differ from glibc in the last bit for about one argument in ten (exp, sin,
 * ...), and those bits show in repr(), so the math module and the native code of the
 * {@code @jit} compiler both call libm itself: then interpreted, compiled and CPython runs
 * print the same digits. Where libm cannot be reached (no native access), StrictMath stands
 * in. {@link #address} gives native code the entry point of a function.
 */
public final class Libm {
  private Libm() {}

  private static final Map<String, MethodHandle> HANDLES = new ConcurrentHashMap<>();

  /**
   * libm and the descriptors of its functions, set up at the first link, not when the math
   * module is imported: looking the library up initialises the foreign function API, whose
   * set-up spins a lambda form the AOT cache does not hold (docs/internals/startup.md).
   */
  private static final class Lib {
    static final SymbolLookup LOOKUP = lookup();
    static final FunctionDescriptor D_D =
        FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    static final FunctionDescriptor D_DD = FunctionDescriptor.of(
        ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
    /** Stands for a function that could not be linked, so that it is tried once. */
    static final MethodHandle UNLINKED =
        java.lang.invoke.MethodHandles.constant(Object.class, null);
  }

  private static SymbolLookup lookup() {
    try {
      return SymbolLookup.libraryLookup("libm.so.6", Arena.global());
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The address of libm's {@code name}, or 0 when libm is not reachable. */
  public static long address(String name) {
    SymbolLookup lookup = Lib.LOOKUP;
    if (lookup == null) {
      return 0;
    }
    return lookup.find(name).map(MemorySegment::address).orElse(0L);
  }

  private static MethodHandle handle(String name, FunctionDescriptor d) {
    return HANDLES.computeIfAbsent(name, n -> {
      long a = address(n);
      try {
        return a == 0 ? null
            : Linker.nativeLinker().downcallHandle(MemorySegment.ofAddress(a), d);
      } catch (RuntimeException | LinkageError e) {
        return null;
      }
    });
  }

  /**
   * libm's one-argument function {@code name}, or {@code fallback}. The downcall is linked
   * at the first call, not here: the math module makes all of its functions at import, and
   * linking them all cost {@code import math} about 35 ms of CPU (docs/internals/startup.md).
   * Where libm cannot be reached, that first call finds out and every call takes
   * {@code fallback}.
   */
  public static DoubleUnaryOperator unary(String name, DoubleUnaryOperator fallback) {
    // IEEE 754 makes sqrt correctly rounded, as both libm's and Java's are: the same bits,
    // without the downcall (whose first link in a process costs about 25 ms of CPU)
    if (name.equals("sqrt")) {
      return fallback;
    }
    return new DoubleUnaryOperator() {
      private MethodHandle h; // null until linked; then fallback's calls if linking failed

      @Override
      public double applyAsDouble(double x) {
        MethodHandle m = h;
        if (m == null) {
          h = m = linked(name, Lib.D_D);
        }
        if (m != Lib.UNLINKED) {
          try {
            return (double) m.invokeExact(x);
          } catch (Throwable t) {
            // as when libm is not reachable
          }
        }
        return fallback.applyAsDouble(x);
      }
    };
  }

  /** libm's two-argument function {@code name}, or {@code fallback}; linked as unary's. */
  public static DoubleBinaryOperator binary(String name, DoubleBinaryOperator fallback) {
    return new DoubleBinaryOperator() {
      private MethodHandle h;

      @Override
      public double applyAsDouble(double x, double y) {
        MethodHandle m = h;
        if (m == null) {
          h = m = linked(name, Lib.D_DD);
        }
        if (m != Lib.UNLINKED) {
          try {
            return (double) m.invokeExact(x, y);
          } catch (Throwable t) {
            // as when libm is not reachable
          }
        }
        return fallback.applyAsDouble(x, y);
      }
    };
  }

  /**
   * libm's pow for float {@code **} (CPython's float_pow calls it; Java's Math.pow differs
   * in the last bit for some arguments: {@code 10.0 ** 23}). A constant handle, linked when
   * the holder is first used, so that C2 compiles the call as a direct native call.
   * Nothing cheaper gives the same bits: glibc's pow is not correctly rounded (its own
   * bound is 0.52 ULP), so {@code x ** 0.5} differs from the correctly rounded sqrt for about
   * one x in a thousand, and even {@code x ** 2.0} from {@code x * x} for about one in a
   * thousand (corpus floats/pow_half_bits).
   */
  public static double pow(double x, double y) {
    MethodHandle h = PowHolder.POW;
    if (h != null) {
      try {
        return (double) h.invokeExact(x, y);
      } catch (Throwable t) {
        // as when libm is not reachable
      }
    }
    return StrictMath.pow(x, y);
  }

  private static final class PowHolder {
    // not a critical downcall (Linker.Option.critical): measured slower on nbody (2.20 ->
    // 2.57 s of CPU), the time in glibc's pow wrapper and in the code after the call
    // (docs/internals/interpreter.md, "Float, list and range loops")
    static final MethodHandle POW = Lib.LOOKUP == null ? null : handle("pow", Lib.D_DD);
  }

  private static MethodHandle linked(String name, FunctionDescriptor d) {
    MethodHandle h = handle(name, d);
    return h == null ? Lib.UNLINKED : h;
  }
}
