package org.pyjit.runtime;

import java.util.function.DoubleUnaryOperator;

/**
 * math.gamma and math.lgamma with CPython 3.13's bits. CPython does not call libm's tgamma
 * and lgamma: it evaluates a Lanczos approximation (g = 0x1.81945b98p+2, 13 terms, as in
 * Boost and Godfrey's tables) and corrects for the rounding of {@code |x| + g - 1/2}. Its
 * results differ from glibc's in the last place for many arguments ({@code gamma(0.5)}),
 * so pyjit evaluates the same formula with the same floating-point operations in the same
 * order, with libm's exp, log, pow, sin and cos ({@link Libm}).
 *
 * <p>Contract: finite non-pole arguments only (the callers raise the domain errors first);
 * a result may be infinite, which the callers turn into OverflowError.
 */
final class LanczosGamma {
  private LanczosGamma() {}

  /** The Lanczos g: exactly a double, and so is g - 1/2. */
  private static final double G = 0x1.81945b98p+2;
  private static final double G_HALF = G - 0.5;
  /** The numerator's coefficients, constant term first (the doubles nearest the table's). */
  private static final double[] NUMERATOR = {
    23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721,
    6039542586.352028, 1439720407.3117216, 248874557.86205417, 31426415.585400194,
    2876370.6289353725, 186056.26539522348, 8071.672002365816, 210.82427775157936,
    2.5066282746310002,
  };
  /** The denominator: x (x + 1) ... (x + 11) multiplied out, constant term first. */
  private static final double[] DENOMINATOR = risingFactorialCoefficients(NUMERATOR.length);
  private static final double PI = Math.PI;
  private static final double LOG_PI = 1.1447298858494002;
  /** Beyond these, gamma is 0 or infinite as a double; below the first, 1/x to the bit. */
  private static final double TINY = 1e-20;
  private static final double HUGE = 200.0;
  /** From here y^(|x| - 1/2) would overflow by itself: it is applied in two halves. */
  private static final double SPLIT_POWER = 140.0;

  private static final class Fns { // linked at the first use of gamma or lgamma
    static final DoubleUnaryOperator EXP = Libm.unary("exp", StrictMath::exp);
    static final DoubleUnaryOperator LOG = Libm.unary("log", StrictMath::log);
    static final DoubleUnaryOperator SIN = Libm.unary("sin", StrictMath::sin);
    static final DoubleUnaryOperator COS = Libm.unary("cos", StrictMath::cos);
  }

  /** Coefficients of x (x + 1) ... (x + n - 2), lowest degree first (small integers: exact). */
  private static double[] risingFactorialCoefficients(int n) {
    double[] c = new double[n];
    c[1] = 1.0; // x
    for (int k = 1; k <= n - 2; k++) { // times (x + k)
      for (int d = k + 1; d >= 1; d--) {
        c[d] = c[d - 1] + k * c[d];
      }
    }
    return c;
  }

  /** The rational function at x > 0: in x for small x, in 1/x for large (no overflow). */
  private static double series(double x) {
    double p = 0.0;
    double q = 0.0;
    int n = NUMERATOR.length;
    if (x < 5.0) {
      for (int i = n - 1; i >= 0; i--) {
        p = p * x + NUMERATOR[i];
        q = q * x + DENOMINATOR[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        p = p / x + NUMERATOR[i];
        q = q / x + DENOMINATOR[i];
      }
    }
    return p / q;
  }

  /** sin(pi x) with the argument reduced first, so that large x keep their fraction. */
  private static double sinPi(double x) {
    double t = Math.abs(x) % 2.0;
    double s = switch ((int) Math.round(2.0 * t)) { // the nearest multiple of 1/2
      case 0 -> Fns.SIN.applyAsDouble(PI * t);
      case 1 -> Fns.COS.applyAsDouble(PI * (t - 0.5));
      case 2 -> Fns.SIN.applyAsDouble(PI * (1.0 - t));
      case 3 -> -Fns.COS.applyAsDouble(PI * (t - 1.5));
      default -> Fns.SIN.applyAsDouble(PI * (t - 2.0));
    };
    return Math.copySign(1.0, x) * s;
  }

  /**
   * The relative correction for y = a + g - 1/2 not being exact: the part of it that
   * rounding lost, times g / y. The subtraction order keeps that part exact.
   */
  private static double roundingCorrection(double a, double y) {
    double lost = a > G_HALF ? (y - a) - G_HALF : (y - G_HALF) - a;
    return lost * G / y;
  }

  /** r times, or divided by, y^(a - 1/2). */
  private static double applyPower(double r, double y, double a, boolean divide) {
    if (a < SPLIT_POWER) {
      double p = Libm.pow(y, a - 0.5);
      return divide ? r / p : r * p;
    }
    double half = Libm.pow(y, a / 2.0 - 0.25);
    return divide ? r / half / half : r * half * half;
  }

  static double gamma(double x) {
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
      return x;
    }
    double a = Math.abs(x);
    if (a < TINY) {
      return 1.0 / x;
    }
    if (a > HUGE) { // x < 0: a signed zero (the sign of sin(pi x))
      return x < 0.0 ? 0.0 / sinPi(x) : Double.POSITIVE_INFINITY;
    }
    double y = a + G_HALF;
    double z = roundingCorrection(a, y);
    if (x > 0.0) {
      double r = series(a) / Fns.EXP.applyAsDouble(y);
      r += z * r;
      return applyPower(r, y, a, false);
    }
    // the reflection formula: gamma(x) gamma(-x) = -pi / (x sin(pi x))
    double r = -PI / sinPi(a) / a * Fns.EXP.applyAsDouble(y) / series(a);
    r -= z * r;
    return applyPower(r, y, a, true);
  }

  static double lgamma(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isInfinite(x)) {
      return Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) { // 1 and 2 exactly, the poles infinite
      return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
    }
    double a = Math.abs(x);
    if (a < TINY) {
      return -Fns.LOG.applyAsDouble(a);
    }
    double r = Fns.LOG.applyAsDouble(series(a)) - G;
    r += (a - 0.5) * (Fns.LOG.applyAsDouble(a + G - 0.5) - 1);
    if (x > 0.0) {
      return r;
    }
    return LOG_PI - Fns.LOG.applyAsDouble(Math.abs(sinPi(a))) - Fns.LOG.applyAsDouble(a) - r;
  }
}
