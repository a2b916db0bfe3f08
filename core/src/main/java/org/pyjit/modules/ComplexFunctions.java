package org.pyjit.modules;

import org.pyjit.runtime.Errors;
import org.pyjit.runtime.LibmFunctions;
import org.pyjit.runtime.PyComplex;

/**
 * The complex functions of cmath, each giving its value and the error C99 Annex G signals
 * for it ({@link Result}). The finite cases follow the formulas CPython 3.13 computes (so
 * that the roundings are the same ones), the non-finite ones {@link CmathSpecial}'s tables,
 * except where the signs of an infinite result come from the cosine and sine of a finite
 * imaginary part.
 */
final class ComplexFunctions {
  private ComplexFunctions() {}

  /** Past this, a sum or a square of a part could overflow: the formulas are rescaled. */
  private static final double LARGE = Double.MAX_VALUE / 4;
  private static final double SQRT_LARGE = Math.sqrt(LARGE);
  private static final double SQRT_MIN_NORMAL = Math.sqrt(Double.MIN_NORMAL);
  private static final double LN2 = 0.6931471805599453;
  private static final double LN10 = 2.302585092994046;
  private static final double INF = Double.POSITIVE_INFINITY;

  /** log(LARGE), glibc's rounding, past which cosh and exp of a real part overflow. */
  private static final class LogLarge {
    static final double VALUE = LibmFunctions.log(LARGE);
  }

  static final int OK = 0;
  static final int DOMAIN = 1;
  static final int RANGE = 2;

  /** A result and its error: none, a domain error (invalid, divide-by-zero) or overflow. */
  record Result(double re, double im, int error) {
    Result(double re, double im) {
      this(re, im, OK);
    }

    PyComplex value() {
      if (error == DOMAIN) {
        throw Errors.valueError("math domain error");
      }
      if (error == RANGE) {
        throw Errors.overflow("math range error");
      }
      return new PyComplex(re, im);
    }

    /** The result for i*z's function turned back: f(z) = -i g(iz). */
    Result timesMinusI() {
      return new Result(im, -re, error);
    }
  }

  private static boolean finite(PyComplex z) {
    return Double.isFinite(z.real) && Double.isFinite(z.imag);
  }

  private static Result special(String table, PyComplex z) {
    double[] c = CmathSpecial.lookup(table, z.real, z.imag);
    return new Result(c[0], c[1]);
  }

  /** |z| as CPython's complex abs computes it: infinite beats NaN; no error raised here. */
  static double absRaw(PyComplex z) {
    if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) {
      return INF;
    }
    if (Double.isNaN(z.real) || Double.isNaN(z.imag)) {
      return Double.NaN;
    }
    return LibmFunctions.hypot(z.real, z.imag);
  }

  /** |z| for polar(): a finite z whose modulus overflows is a range error. */
  static double abs(PyComplex z) {
    double r = absRaw(z);
    if (Double.isInfinite(r) && finite(z)) {
      throw Errors.overflow("math range error");
    }
    return r;
  }

  static Result sqrt(PyComplex z) {
    if (!finite(z)) {
      return special(CmathSpecial.SQRT, z);
    }
    if (z.real == 0.0 && z.imag == 0.0) {
      return new Result(0.0, z.imag);
    }
    double ax = Math.abs(z.real);
    double ay = Math.abs(z.imag);
    double s;
    if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
      // both parts subnormal: scale up by an odd power of two so that hypot keeps its bits
      ax = Math.scalb(ax, 53);
      s = Math.scalb(Math.sqrt(ax + LibmFunctions.hypot(ax, Math.scalb(ay, 53))), -27);
    } else {
      ax /= 8.0; // sqrt((x + |z|) / 2) as 2 sqrt(x/8 + |z/8|): no overflow in the sum
      s = 2.0 * Math.sqrt(ax + LibmFunctions.hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    return z.real >= 0.0 ? new Result(s, Math.copySign(d, z.imag))
        : new Result(d, Math.copySign(s, z.imag));
  }

  private static Result sqrt(double re, double im) {
    return sqrt(new PyComplex(re, im));
  }

  static Result log(PyComplex z) {
    if (!finite(z)) {
      return special(CmathSpecial.LOG, z);
    }
    double ax = Math.abs(z.real);
    double ay = Math.abs(z.imag);
    double re;
    if (ax > LARGE || ay > LARGE) {
      re = LibmFunctions.log(LibmFunctions.hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
      if (ax == 0.0 && ay == 0.0) {
        return new Result(-INF, LibmFunctions.atan2(z.imag, z.real), DOMAIN);
      }
      // a subnormal modulus would have lost bits: scale by 2**53 first
      re = LibmFunctions.log(LibmFunctions.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
    } else {
      double h = LibmFunctions.hypot(ax, ay);
      if (0.71 <= h && h <= 1.73) {
        // near |z| = 1, log(h) loses the small difference h - 1: log1p of h**2 - 1 instead
        double big = Math.max(ax, ay);
        double small = Math.min(ax, ay);
        re = LibmFunctions.log1p((big - 1) * (big + 1) + small * small) / 2.0;
      } else {
        re = LibmFunctions.log(h);
      }
    }
    return new Result(re, LibmFunctions.atan2(z.imag, z.real));
  }

  /** log(z) / log(base): the error is the base's, or a domain error for log(base) = 0. */
  static Result logBase(Result logZ, PyComplex base) {
    Result b = log(base);
    if (b.re == 0.0 && b.im == 0.0) { // complex division's own domain error
      return new Result(0.0, 0.0, DOMAIN);
    }
    PyComplex q = PyComplex.div(new PyComplex(logZ.re, logZ.im), new PyComplex(b.re, b.im));
    return new Result(q.real, q.imag, b.error);
  }

  static Result log10(PyComplex z) {
    Result r = log(z);
    return new Result(r.re / LN10, r.im / LN10, r.error);
  }

  static Result exp(PyComplex z) {
    double x = z.real;
    double y = z.imag;
    if (!finite(z)) {
      Result r;
      if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
        r = x > 0 ? new Result(Math.copySign(INF, LibmFunctions.cos(y)),
                Math.copySign(INF, LibmFunctions.sin(y)))
            : new Result(Math.copySign(0.0, LibmFunctions.cos(y)),
                Math.copySign(0.0, LibmFunctions.sin(y)));
      } else {
        r = special(CmathSpecial.EXP, z);
      }
      boolean domain = Double.isInfinite(y) && (Double.isFinite(x) || x == INF);
      return domain ? new Result(r.re, r.im, DOMAIN) : r;
    }
    double re;
    double im;
    if (x > LogLarge.VALUE) { // exp(x) overflows where exp(x) cos(y) may not
      double l = LibmFunctions.exp(x - 1.0);
      re = l * LibmFunctions.cos(y) * Math.E;
      im = l * LibmFunctions.sin(y) * Math.E;
    } else {
      double l = LibmFunctions.exp(x);
      re = l * LibmFunctions.cos(y);
      im = l * LibmFunctions.sin(y);
    }
    return overflowChecked(re, im);
  }

  private static Result overflowChecked(double re, double im) {
    return new Result(re, im, Double.isInfinite(re) || Double.isInfinite(im) ? RANGE : OK);
  }

  static Result cosh(PyComplex z) {
    return coshOrSinh(z, false);
  }

  static Result sinh(PyComplex z) {
    return coshOrSinh(z, true);
  }

  /**
   * cosh and sinh share CPython's special cases and its scaling for a large |x|; they differ
   * in which part takes cosh(x) and which sinh(x), and in which infinite part takes x's sign.
   */
  private static Result coshOrSinh(PyComplex z, boolean sinh) {
    double x = z.real;
    double y = z.imag;
    if (!finite(z)) {
      Result r;
      if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
        double re = Math.copySign(INF, LibmFunctions.cos(y));
        double im = Math.copySign(INF, LibmFunctions.sin(y));
        r = x > 0 ? new Result(re, im) : sinh ? new Result(-re, im) : new Result(re, -im);
      } else {
        r = special(sinh ? CmathSpecial.SINH : CmathSpecial.COSH, z);
      }
      return Double.isInfinite(y) && !Double.isNaN(x) ? new Result(r.re, r.im, DOMAIN) : r;
    }
    boolean large = Math.abs(x) > LogLarge.VALUE;
    double xs = large ? x - Math.copySign(1.0, x) : x;
    double ch = LibmFunctions.cosh(xs);
    double sh = LibmFunctions.sinh(xs);
    double re = LibmFunctions.cos(y) * (sinh ? sh : ch);
    double im = LibmFunctions.sin(y) * (sinh ? ch : sh);
    return large ? overflowChecked(re * Math.E, im * Math.E) : overflowChecked(re, im);
  }

  static Result tanh(PyComplex z) {
    double x = z.real;
    double y = z.imag;
    if (!finite(z)) {
      Result r;
      if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
        double sign = Math.copySign(0.0, 2.0 * LibmFunctions.sin(y) * LibmFunctions.cos(y));
        r = new Result(x > 0 ? 1.0 : -1.0, sign);
      } else {
        r = special(CmathSpecial.TANH, z);
      }
      return Double.isInfinite(y) && Double.isFinite(x) ? new Result(r.re, r.im, DOMAIN) : r;
    }
    if (Math.abs(x) > LogLarge.VALUE) {
      // 1 - tanh(x)**2 as 4 exp(-2|x|): cosh(x) would overflow
      return new Result(Math.copySign(1.0, x),
          4.0 * LibmFunctions.sin(y) * LibmFunctions.cos(y) * LibmFunctions.exp(-2.0 * Math.abs(x)));
    }
    double tx = LibmFunctions.tanh(x);
    double ty = LibmFunctions.tan(y);
    double cx = 1.0 / LibmFunctions.cosh(x); // 1 - tanh(x)**2 is 1/cosh(x)**2, without cancellation
    double txty = tx * ty;
    double denom = 1.0 + txty * txty;
    return new Result(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
  }

  static Result cos(PyComplex z) {
    return cosh(new PyComplex(-z.imag, z.real)); // cos(z) = cosh(iz)
  }

  static Result sin(PyComplex z) {
    return sinh(new PyComplex(-z.imag, z.real)).timesMinusI();
  }

  static Result tan(PyComplex z) {
    return tanh(new PyComplex(-z.imag, z.real)).timesMinusI();
  }

  static Result asin(PyComplex z) {
    return asinh(new PyComplex(-z.imag, z.real)).timesMinusI();
  }

  static Result atan(PyComplex z) {
    return atanh(new PyComplex(-z.imag, z.real)).timesMinusI();
  }

  /** log(|z/2|) + 2 log 2: log|z| for a z so large that |z| would overflow. */
  private static double logOfLarge(PyComplex z) {
    return LibmFunctions.log(LibmFunctions.hypot(z.real / 2.0, z.imag / 2.0)) + LN2 * 2.0;
  }

  static Result acos(PyComplex z) {
    if (!finite(z)) {
      return special(CmathSpecial.ACOS, z);
    }
    if (Math.abs(z.real) > LARGE || Math.abs(z.imag) > LARGE) {
      return new Result(LibmFunctions.atan2(Math.abs(z.imag), z.real),
          -Math.copySign(logOfLarge(z), z.imag));
    }
    Result s1 = sqrt(1.0 - z.real, -z.imag);
    Result s2 = sqrt(1.0 + z.real, z.imag);
    return new Result(2.0 * LibmFunctions.atan2(s1.re, s2.re),
        LibmFunctions.asinh(s2.re * s1.im - s2.im * s1.re));
  }

  static Result acosh(PyComplex z) {
    if (!finite(z)) {
      return special(CmathSpecial.ACOSH, z);
    }
    if (Math.abs(z.real) > LARGE || Math.abs(z.imag) > LARGE) {
      return new Result(logOfLarge(z), LibmFunctions.atan2(z.imag, z.real));
    }
    Result s1 = sqrt(z.real - 1.0, z.imag);
    Result s2 = sqrt(z.real + 1.0, z.imag);
    return new Result(LibmFunctions.asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * LibmFunctions.atan2(s1.im, s2.re));
  }

  static Result asinh(PyComplex z) {
    if (!finite(z)) {
      return special(CmathSpecial.ASINH, z);
    }
    if (Math.abs(z.real) > LARGE || Math.abs(z.imag) > LARGE) {
      double re = z.imag >= 0.0 ? Math.copySign(logOfLarge(z), z.real)
          : -Math.copySign(logOfLarge(z), -z.real);
      return new Result(re, LibmFunctions.atan2(z.imag, Math.abs(z.real)));
    }
    Result s1 = sqrt(1.0 + z.imag, -z.real);
    Result s2 = sqrt(1.0 - z.imag, z.real);
    return new Result(LibmFunctions.asinh(s1.re * s2.im - s2.re * s1.im),
        LibmFunctions.atan2(z.imag, s1.re * s2.re - s1.im * s2.im));
  }

  static Result atanh(PyComplex z) {
    if (!finite(z)) {
      return special(CmathSpecial.ATANH, z);
    }
    if (z.real < 0.0) { // atanh is odd: work with a non-negative real part
      Result r = atanh(new PyComplex(-z.real, -z.imag));
      return new Result(-r.re, -r.im, r.error);
    }
    double x = z.real;
    double ay = Math.abs(z.imag);
    if (x > SQRT_LARGE || ay > SQRT_LARGE) {
      // large |z|: atanh(z) is about 1/z +/- i pi/2
      double h = LibmFunctions.hypot(x / 2.0, z.imag / 2.0);
      return new Result(x / 4.0 / h / h, Math.copySign(Math.PI / 2.0, z.imag));
    }
    if (x == 1.0 && ay < SQRT_MIN_NORMAL) {
      if (ay == 0.0) {
        return new Result(INF, z.imag, DOMAIN);
      }
      return new Result(-LibmFunctions.log(Math.sqrt(ay) / Math.sqrt(LibmFunctions.hypot(ay, 2.0))),
          Math.copySign(LibmFunctions.atan2(2.0, -ay) / 2, z.imag));
    }
    double re = LibmFunctions.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0;
    double im = -LibmFunctions.atan2(-2.0 * z.imag, (1 - x) * (1 + x) - ay * ay) / 2.0;
    return new Result(re, im);
  }

  /** rect(r, phi): r (cos phi + i sin phi), as exp(log r + i phi) for the special values. */
  static Result rect(double r, double phi) {
    if (!Double.isFinite(r) || !Double.isFinite(phi)) {
      Result z;
      if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
        double re = Math.copySign(INF, LibmFunctions.cos(phi));
        double im = Math.copySign(INF, LibmFunctions.sin(phi));
        z = r > 0 ? new Result(re, im) : new Result(-re, -im);
      } else {
        double[] c = CmathSpecial.lookup(CmathSpecial.RECT, r, phi);
        z = new Result(c[0], c[1]);
      }
      boolean domain = r != 0.0 && !Double.isNaN(r) && Double.isInfinite(phi);
      return domain ? new Result(z.re, z.im, DOMAIN) : z;
    }
    if (phi == 0.0) {
      return new Result(r, r * phi); // the zero's sign from r and phi, whatever libm says
    }
    return new Result(r * LibmFunctions.cos(phi), r * LibmFunctions.sin(phi));
  }
}
