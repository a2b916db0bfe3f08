package org.pyjit.runtime;

import java.util.function.DoubleUnaryOperator;

/**
 * math.gamma and math.lgamma as CPython 3.13 computes them: not libm's tgamma and lgamma but
 * its own Lanczos approximation (Modules/mathmodule.c, m_tgamma and m_lgamma, g = 6.0246...,
 * 13 terms, with a correction for the rounding of {@code x + g - 0.5} and a sin(pi x) accurate
 * for large x). The same operations in the same order, with libm's exp, log, pow, sin and
 * cos ({@link Libm}), give CPython's bits, which differ from glibc's tgamma in the last place
 * for many arguments ({@code gamma(0.5)} is 1.7724538509055159 in CPython, glibc's is ...16).
 *
 * <p>Contract: finite non-pole arguments only (the callers raise CPython's domain errors
 * first); results may be infinite, which the callers turn into OverflowError.
 */
final class LanczosGamma {
  private LanczosGamma() {}

  private static final double LANCZOS_G = 6.024680040776729583740234375;
  private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
  private static final double[] NUM = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  };
  private static final double[] DEN = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
  };
  private static final double PI = 3.141592653589793238462643383279502884197;
  private static final double LOG_PI = 1.144729885849400174143427351353058711647;

  private static final class Fns { // linked at the first use of gamma or lgamma
    static final DoubleUnaryOperator EXP = Libm.unary("exp", StrictMath::exp);
    static final DoubleUnaryOperator LOG = Libm.unary("log", StrictMath::log);
    static final DoubleUnaryOperator SIN = Libm.unary("sin", StrictMath::sin);
    static final DoubleUnaryOperator COS = Libm.unary("cos", StrictMath::cos);
  }

  private static double lanczosSum(double x) {
    double num = 0.0;
    double den = 0.0;
    if (x < 5.0) { // evaluated in whichever direction keeps the terms from overflowing
      for (int i = NUM.length; --i >= 0; ) {
        num = num * x + NUM[i];
        den = den * x + DEN[i];
      }
    } else {
      for (int i = 0; i < NUM.length; i++) {
        num = num / x + NUM[i];
        den = den / x + DEN[i];
      }
    }
    return num / den;
  }

  /** sin(pi * x), accurate also where pi * x would lose the fraction. */
  private static double sinpi(double x) {
    double y = Math.abs(x) % 2.0;
    int n = (int) Math.round(2.0 * y);
    double r = switch (n) {
      case 0 -> Fns.SIN.applyAsDouble(PI * y);
      case 1 -> Fns.COS.applyAsDouble(PI * (y - 0.5));
      case 2 -> Fns.SIN.applyAsDouble(PI * (1.0 - y));
      case 3 -> -Fns.COS.applyAsDouble(PI * (y - 1.5));
      default -> Fns.SIN.applyAsDouble(PI * (y - 2.0));
    };
    return Math.copySign(1.0, x) * r;
  }

  static double gamma(double x) {
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
      return x;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return 1.0 / x;
    }
    if (absx > 200.0) {
      return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
    }
    double y = absx + LANCZOS_G_MINUS_HALF;
    double z;
    if (absx > LANCZOS_G_MINUS_HALF) { // the rounding error of y, in the order that keeps it
      double q = y - absx;
      z = q - LANCZOS_G_MINUS_HALF;
    } else {
      double q = y - LANCZOS_G_MINUS_HALF;
      z = q - absx;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
      r = -PI / sinpi(absx) / absx * Fns.EXP.applyAsDouble(y) / lanczosSum(absx);
      r -= z * r;
      if (absx < 140.0) {
        r /= Libm.pow(y, absx - 0.5);
      } else {
        double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
        r /= sqrtpow;
        r /= sqrtpow;
      }
    } else {
      r = lanczosSum(absx) / Fns.EXP.applyAsDouble(y);
      r += z * r;
      if (absx < 140.0) {
        r *= Libm.pow(y, absx - 0.5);
      } else {
        double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
        r *= sqrtpow;
        r *= sqrtpow;
      }
    }
    return r;
  }

  static double lgamma(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isInfinite(x)) {
      return Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) {
      return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return -Fns.LOG.applyAsDouble(absx);
    }
    double r = Fns.LOG.applyAsDouble(lanczosSum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (Fns.LOG.applyAsDouble(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) { // the reflection formula
      r = LOG_PI - Fns.LOG.applyAsDouble(Math.abs(sinpi(absx))) - Fns.LOG.applyAsDouble(absx)
          - r;
    }
    return r;
  }
}
