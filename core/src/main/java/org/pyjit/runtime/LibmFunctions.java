package org.pyjit.runtime;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The real functions complex arithmetic is made of (cmath's formulas, complex abs and
 * powers), glibc's (through {@link Libm}, each linked at its first call) as in CPython's
 * build: Java's StrictMath and Math.hypot differ from glibc in the last bit for some
 * arguments (hypot for about one pair in ten), and one bit of a part shows in repr(). The
 * StrictMath stand-ins serve only where libm cannot be reached.
 */
public final class LibmFunctions {
  private LibmFunctions() {}

  private static final DoubleUnaryOperator SIN = Libm.unary("sin", StrictMath::sin);
  private static final DoubleUnaryOperator COS = Libm.unary("cos", StrictMath::cos);
  private static final DoubleUnaryOperator TAN = Libm.unary("tan", StrictMath::tan);
  private static final DoubleUnaryOperator SINH = Libm.unary("sinh", StrictMath::sinh);
  private static final DoubleUnaryOperator COSH = Libm.unary("cosh", StrictMath::cosh);
  private static final DoubleUnaryOperator TANH = Libm.unary("tanh", StrictMath::tanh);
  private static final DoubleUnaryOperator EXP = Libm.unary("exp", StrictMath::exp);
  private static final DoubleUnaryOperator LOG = Libm.unary("log", StrictMath::log);
  private static final DoubleUnaryOperator LOG1P = Libm.unary("log1p", StrictMath::log1p);
  private static final DoubleUnaryOperator ASINH = Libm.unary("asinh",
      x -> Math.copySign(StrictMath.log(Math.abs(x) + StrictMath.sqrt(x * x + 1)), x));
  private static final DoubleBinaryOperator ATAN2 = Libm.binary("atan2", StrictMath::atan2);
  private static final DoubleBinaryOperator HYPOT = Libm.binary("hypot", StrictMath::hypot);

  public static double sin(double x) {
    return SIN.applyAsDouble(x);
  }

  public static double cos(double x) {
    return COS.applyAsDouble(x);
  }

  public static double tan(double x) {
    return TAN.applyAsDouble(x);
  }

  public static double sinh(double x) {
    return SINH.applyAsDouble(x);
  }

  public static double cosh(double x) {
    return COSH.applyAsDouble(x);
  }

  public static double tanh(double x) {
    return TANH.applyAsDouble(x);
  }

  public static double exp(double x) {
    return EXP.applyAsDouble(x);
  }

  public static double log(double x) {
    return LOG.applyAsDouble(x);
  }

  /** log1p, with the zero's sign kept whatever the platform does. */
  public static double log1p(double x) {
    return x == 0.0 ? x : LOG1P.applyAsDouble(x);
  }

  public static double asinh(double x) {
    return ASINH.applyAsDouble(x);
  }

  public static double atan2(double y, double x) {
    return ATAN2.applyAsDouble(y, x);
  }

  public static double hypot(double x, double y) {
    return HYPOT.applyAsDouble(x, y);
  }
}
