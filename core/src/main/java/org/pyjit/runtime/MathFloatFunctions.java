package org.pyjit.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.function.DoubleUnaryOperator;
import org.pyjit.bytecode.BinaryOp;

/**
 * The math module's float functions beyond the elementary ones of {@link MathModule}: fsum
 * (exact partials, then one rounding), hypot and dist (CPython 3.13's vector norm: power-of-two
 * scaling, exact squares by fma, compensated sum and a corrected square root, so that the
 * digits are CPython's), isclose, frexp, ldexp, modf, nextafter, ulp, remainder, fma, sumprod,
 * and the libm functions cbrt, exp2, log1p, the inverse hyperbolics, erf, erfc, gamma and
 * lgamma, with CPython's error rules.
 */
final class MathFloatFunctions {
  private MathFloatFunctions() {}

  static void install(PyDict d) {
    for (Fn f : Fn.values()) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
  }

  private static final String[] LIBM = {
    "cbrt", "exp2", "log1p", "asinh", "acosh", "atanh", "erf", "erfc", "tgamma", "lgamma"};

  /** One constant per function: one class for all of them (start-up, see MathModule). */
  private enum Fn implements PyBuiltinFunction.Body {
    fsum, hypot, dist, isclose, frexp, ldexp, modf, nextafter, ulp, remainder, fma, sumprod,
    cbrt, exp2, log1p, asinh, acosh, atanh, erf, erfc, gamma, lgamma;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case fsum:
          return fsum(ArgParser.exactlyOne("math.fsum", a, k, 0));
        case hypot: {
          if (ArgParser.nkw(k) > 0) {
            throw Errors.typeError("hypot() takes no keyword arguments");
          }
          double[] v = new double[a.length];
          for (int i = 0; i < a.length; i++) {
            v[i] = MathModule.real(a[i]);
          }
          return norm(v);
        }
        case dist: {
          Object[] p = ArgParser.positional("dist", "math.dist", a, k, 0, 2, 2);
          Object[] x = sequence(p[0]);
          Object[] y = sequence(p[1]);
          if (x.length != y.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
          }
          double[] v = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            v[i] = MathModule.real(x[i]) - MathModule.real(y[i]);
          }
          return norm(v);
        }
        case isclose: {
          Object[] p = ArgParser.keywords("isclose", a, k, 0,
              new String[] {"a", "b", "rel_tol", "abs_tol"}, 0, 2);
          if (a.length - ArgParser.nkw(k) > 2) {
            throw Errors.typeError("isclose() takes exactly 2 positional arguments ("
                + (a.length - ArgParser.nkw(k)) + " given)");
          }
          double x = MathModule.real(p[0]);
          double y = MathModule.real(p[1]);
          double rel = p[2] == null ? 1e-9 : MathModule.real(p[2]);
          double abs = p[3] == null ? 0.0 : MathModule.real(p[3]);
          if (rel < 0.0 || abs < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
          }
          if (x == y) {
            return true;
          }
          if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
          }
          double diff = Math.abs(y - x);
          return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }
        case frexp: {
          double x = MathModule.real(ArgParser.exactlyOne("math.frexp", a, k, 0));
          if (x == 0 || !Double.isFinite(x)) {
            return new PyTuple(new Object[] {x, 0L});
          }
          int e = Math.getExponent(x);
          if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalize first
            double y = x * 0x1p54;
            e = Math.getExponent(y) - 54;
          }
          return new PyTuple(new Object[] {Math.scalb(x, -(e + 1)), (long) (e + 1)});
        }
        case ldexp: {
          Object[] p = ArgParser.positional("ldexp", "math.ldexp", a, k, 0, 2, 2);
          double x = MathModule.real(p[0]);
          if (!Ops.isInt(p[1])) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
          }
          BigInteger e = Ops.big(p[1] instanceof Boolean b ? (b ? 1L : 0L) : p[1]);
          if (x == 0 || !Double.isFinite(x)) {
            return x;
          }
          int n = e.bitLength() > 31 ? (e.signum() > 0 ? 1 << 30 : -(1 << 30)) : e.intValue();
          double r = Math.scalb(x, Math.max(-4000, Math.min(4000, n)));
          if (Double.isInfinite(r)) {
            throw Errors.overflow("math range error");
          }
          return r;
        }
        case modf: {
          double x = MathModule.real(ArgParser.exactlyOne("math.modf", a, k, 0));
          if (Double.isInfinite(x)) {
            return new PyTuple(new Object[] {Math.copySign(0.0, x), x});
          }
          if (Double.isNaN(x)) {
            return new PyTuple(new Object[] {x, x});
          }
          double i = x < 0 ? Math.ceil(x) : Math.floor(x);
          return new PyTuple(new Object[] {Math.copySign(x - i, x), i});
        }
        case nextafter: {
          Object[] p = ArgParser.keywords("nextafter", a, k, 0,
              new String[] {"x", "y", "steps"}, 2, 2);
          double x = MathModule.real(p[0]);
          double y = MathModule.real(p[1]);
          if (p[2] == null || p[2] == PySingleton.NONE) {
            return Math.nextAfter(x, y);
          }
          BigInteger steps = Ops.big(Constructors.indexValue(p[2]));
          if (steps.signum() < 0) {
            throw Errors.valueError("steps must be a non-negative integer");
          }
          long n = steps.bitLength() > 62 ? Long.MAX_VALUE : steps.longValue();
          for (long i = 0; i < n && x != y && !Double.isNaN(x); i++) {
            x = Math.nextAfter(x, y);
          }
          return Double.isNaN(y) ? y : x;
        }
        case ulp: {
          double x = MathModule.real(ArgParser.exactlyOne("math.ulp", a, k, 0));
          if (Double.isNaN(x)) {
            return x;
          }
          x = Math.abs(x);
          if (Double.isInfinite(x)) {
            return x;
          }
          double up = Math.nextUp(x);
          return Double.isInfinite(up) ? x - Math.nextDown(x) : up - x;
        }
        case remainder: {
          Object[] p = ArgParser.positional("remainder", "math.remainder", a, k, 0, 2, 2);
          double x = MathModule.real(p[0]);
          double y = MathModule.real(p[1]);
          if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) ? x : y;
          }
          if (Double.isInfinite(x) || y == 0) {
            throw Errors.valueError("math domain error");
          }
          return Double.isInfinite(y) ? x : Math.IEEEremainder(x, y);
        }
        case fma: {
          Object[] p = ArgParser.positional("fma", "math.fma", a, k, 0, 3, 3);
          double x = MathModule.real(p[0]);
          double y = MathModule.real(p[1]);
          double z = MathModule.real(p[2]);
          double r = Math.fma(x, y, z);
          if (Double.isFinite(r)) {
            return r;
          }
          if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
            throw Errors.valueError("invalid operation in fma");
          }
          if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)
              && Double.isFinite(z)) {
            throw Errors.overflow("overflow in fma");
          }
          return r;
        }
        case sumprod: {
          Object[] p = ArgParser.positional("sumprod", "math.sumprod", a, k, 0, 2, 2);
          return sumprod(p[0], p[1]);
        }
        case gamma: {
          double x = MathModule.real(ArgParser.exactlyOne("math.gamma", a, k, 0));
          if (x == 0 || x == Double.NEGATIVE_INFINITY || x < 0 && x == Math.floor(x)) {
            throw Errors.valueError("math domain error");
          }
          if (x == Math.floor(x) && x <= 23) { // (x-1)! correctly rounded, as CPython's table
            return new BigDecimal(MathIntFunctions.factorial((long) x - 1)).doubleValue();
          }
          return MathModule.math1(libm(8), x, true);
        }
        case lgamma: {
          double x = MathModule.real(ArgParser.exactlyOne("math.lgamma", a, k, 0));
          if (x <= 0 && x == Math.floor(x)) {
            throw Errors.valueError("math domain error");
          }
          return MathModule.math1(libm(9), x, true);
        }
        default: {
          double x = MathModule.real(ArgParser.exactlyOne("math." + name(), a, k, 0));
          return MathModule.math1(libm(ordinal() - cbrt.ordinal()), x, this == exp2);
        }
      }
    }
  }

  private static final DoubleUnaryOperator[] FUNCTIONS = new DoubleUnaryOperator[LIBM.length];

  private static DoubleUnaryOperator libm(int i) {
    DoubleUnaryOperator f = FUNCTIONS[i];
    if (f == null) {
      f = Libm.unary(LIBM[i], fallback(i));
      FUNCTIONS[i] = f;
    }
    return f;
  }

  /** Java stand-ins where libm cannot be reached (their last bits may differ). */
  private static DoubleUnaryOperator fallback(int i) {
    return switch (LIBM[i]) {
      case "cbrt" -> StrictMath::cbrt;
      case "exp2" -> x -> StrictMath.pow(2, x);
      case "log1p" -> StrictMath::log1p;
      case "asinh" -> x -> Math.copySign(StrictMath.log(Math.abs(x)
          + StrictMath.sqrt(x * x + 1)), x);
      case "acosh" -> x -> StrictMath.log(x + StrictMath.sqrt(x * x - 1));
      case "atanh" -> x -> 0.5 * StrictMath.log((1 + x) / (1 - x));
      default -> x -> Double.NaN;
    };
  }

  private static Object[] sequence(Object o) {
    if (o instanceof PyTuple t) {
      return t.items;
    }
    ArrayList<Object> out = new ArrayList<>();
    Object it = Ops.iter(o);
    for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
      out.add(x);
    }
    return out.toArray();
  }

  /**
   * sqrt(sum of squares) as CPython 3.13 computes it: scaled by a power of two so that the
   * largest magnitude is in [0.5, 1), each square split exactly into high and low parts by
   * fma, the high parts summed with their rounding errors kept (the sum starts at 1.0 so that
   * it always dominates), then one Newton correction of the square root.
   */
  static double norm(double[] v) {
    double max = 0;
    boolean nan = false;
    for (int i = 0; i < v.length; i++) {
      double x = Math.abs(v[i]);
      v[i] = x;
      nan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return norm(v, max, nan);
  }

  private static double norm(double[] v, double max, boolean nan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (nan) {
      return Double.NaN;
    }
    if (max == 0 || v.length <= 1) {
      return max;
    }
    int maxE = Math.getExponent(max) + 1; // frexp's exponent: max = m * 2**maxE, m in [0.5, 1)
    if (maxE < -1023) { // subnormal largest value: scale all up to normals first
      for (int i = 0; i < v.length; i++) {
        v[i] /= Double.MIN_NORMAL;
      }
      return Double.MIN_NORMAL * norm(v, max / Double.MIN_NORMAL, false);
    }
    double scale = Math.scalb(1.0, -maxE);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (double x0 : v) {
      double x = x0 * scale;
      double hi = x * x;
      double lo = Math.fma(x, x, -hi);
      double s = csum + hi;
      frac2 += hi - (s - csum);
      csum = s;
      frac1 += lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h;
    double lo = Math.fma(-h, h, -hi);
    double s = csum + hi;
    frac2 += hi - (s - csum);
    csum = s;
    frac1 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
  }

  /** Shewchuk's exact summation into non-overlapping partials, rounded once at the end. */
  static double fsum(Object seq) {
    double[] p = new double[32];
    int n = 0;
    double special = 0.0;
    double infSum = 0.0;
    Object it = Ops.iter(seq);
    for (Object o = Ops.next(it); o != null; o = Ops.next(it)) {
      double x = MathModule.real(o);
      double xsave = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = p[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          p[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          if (Double.isFinite(xsave)) {
            throw Errors.overflow("intermediate overflow in fsum");
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          special += xsave;
          n = 0;
        } else {
          if (n == p.length) {
            p = java.util.Arrays.copyOf(p, n * 2);
          }
          p[n++] = x;
        }
      }
    }
    if (special != 0.0) {
      if (Double.isNaN(infSum)) {
        throw Errors.valueError("-inf + inf in fsum");
      }
      return special;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = p[--n];
      double lo = 0.0;
      while (n > 0) {
        double x = hi;
        double y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
          break;
        }
      }
      if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
          hi = x;
        }
      }
    }
    return hi;
  }

  /**
   * sumprod(p, q): exact for ints; for finite floats (and ints among them) the exact sum of
   * the products rounded once, which is what CPython's extended-precision sum gives; anything
   * else by the generic operators.
   */
  private static Object sumprod(Object p, Object q) {
    Object ip = Ops.iter(p);
    Object iq = Ops.iter(q);
    ArrayList<Object> xs = new ArrayList<>();
    ArrayList<Object> ys = new ArrayList<>();
    while (true) {
      Object x = Ops.next(ip);
      Object y = Ops.next(iq);
      if (x == null || y == null) {
        if (x != null || y != null) {
          throw Errors.valueError("Inputs are not the same length");
        }
        break;
      }
      xs.add(x);
      ys.add(y);
    }
    boolean ints = true;
    boolean reals = true;
    for (int i = 0; i < xs.size(); i++) {
      for (Object o : new Object[] {xs.get(i), ys.get(i)}) {
        boolean isInt = o instanceof Long || o instanceof BigInteger;
        ints &= isInt;
        reals &= isInt || o instanceof Double d && Double.isFinite(d);
      }
    }
    if (ints || !reals) {
      Object total = 0L;
      for (int i = 0; i < xs.size(); i++) {
        total = Ops.binary(BinaryOp.ADD, total,
            Ops.binary(BinaryOp.MULTIPLY, xs.get(i), ys.get(i)));
      }
      return total;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < xs.size(); i++) {
      sum = sum.add(exact(xs.get(i)).multiply(exact(ys.get(i))));
    }
    return sum.doubleValue(); // correctly rounded
  }

  private static BigDecimal exact(Object o) {
    return o instanceof Double d ? new BigDecimal(d)
        : new BigDecimal(Ops.big(o));
  }
}
