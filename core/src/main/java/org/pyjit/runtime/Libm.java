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

  private static final SymbolLookup LOOKUP = lookup();
  private static final Map<String, MethodHandle> HANDLES = new ConcurrentHashMap<>();
  private static final FunctionDescriptor D_D =
      FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
  private static final FunctionDescriptor D_DD = FunctionDescriptor.of(
      ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);

  private static SymbolLookup lookup() {
    try {
      return SymbolLookup.libraryLookup("libm.so.6", Arena.global());
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The address of libm's {@code name}, or 0 when libm is not reachable. */
  public static long address(String name) {
    if (LOOKUP == null) {
      return 0;
    }
    return LOOKUP.find(name).map(MemorySegment::address).orElse(0L);
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

  /** libm's one-argument function {@code name}, or {@code fallback}. */
  public static DoubleUnaryOperator unary(String name, DoubleUnaryOperator fallback) {
    MethodHandle h = handle(name, D_D);
    if (h == null) {
      return fallback;
    }
    return x -> {
      try {
        return (double) h.invokeExact(x);
      } catch (Throwable t) {
        return fallback.applyAsDouble(x);
      }
    };
  }

  /** libm's two-argument function {@code name}, or {@code fallback}. */
  public static DoubleBinaryOperator binary(String name, DoubleBinaryOperator fallback) {
    MethodHandle h = handle(name, D_DD);
    if (h == null) {
      return fallback;
    }
    return (x, y) -> {
      try {
        return (double) h.invokeExact(x, y);
      } catch (Throwable t) {
        return fallback.applyAsDouble(x, y);
      }
    };
  }
}
