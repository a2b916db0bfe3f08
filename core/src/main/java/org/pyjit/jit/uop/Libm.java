package org.pyjit.jit.uop;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The C library's math functions, called through FFM so that the Java uop interpreter
 * computes the very bits native stencils (and CPython's math module) get from libm. When a
 * function cannot be found (no FFM access), StrictMath stands in and {@link #isNative()} is
 * false: results may then differ from native code in the last bit.
 */
public final class Libm {
  private static final MethodHandle SIN = find("sin");
  private static final MethodHandle COS = find("cos");
  private static final MethodHandle TAN = find("tan");
  private static final MethodHandle ATAN = find("atan");
  private static final MethodHandle EXP = find("exp");
  private static final MethodHandle LOG = find("log");

  private Libm() {}

  private static MethodHandle find(String name) {
    try {
      Linker linker = Linker.nativeLinker();
      Optional<java.lang.foreign.MemorySegment> symbol = linker.defaultLookup().find(name);
      return symbol.map(s -> linker.downcallHandle(s,
          FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE))).orElse(null);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  public static boolean isNative() {
    return SIN != null && COS != null && TAN != null && ATAN != null && EXP != null && LOG != null;
  }

  public static double sin(double x) {
    return SIN == null ? StrictMath.sin(x) : call(SIN, x);
  }

  public static double cos(double x) {
    return COS == null ? StrictMath.cos(x) : call(COS, x);
  }

  public static double tan(double x) {
    return TAN == null ? StrictMath.tan(x) : call(TAN, x);
  }

  public static double atan(double x) {
    return ATAN == null ? StrictMath.atan(x) : call(ATAN, x);
  }

  public static double exp(double x) {
    return EXP == null ? StrictMath.exp(x) : call(EXP, x);
  }

  public static double log(double x) {
    return LOG == null ? StrictMath.log(x) : call(LOG, x);
  }

  private static double call(MethodHandle h, double x) {
    try {
      return (double) h.invokeExact(x);
    } catch (Throwable t) {
      throw new IllegalStateException("libm call failed", t);
    }
  }
}
