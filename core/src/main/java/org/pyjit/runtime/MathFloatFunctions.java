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
 * the libm functions cbrt, exp2, log1p, the inverse hyperbolics, erf and erfc, and CPython's
 * own gamma and lgamma ({@link LanczosGamma}), with CPython's error rules.
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
            throw Errors.typeError("math.hypot() takes no keyword arguments");
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
          Object i = p[1] instanceof BuiltinSubclasses.ValueInstance vi ? vi.value : p[1];
          if (!Ops.isInt(i)) { // an int or an int subclass, not __index__
            throw Errors.typeError("Expected an int as second argument to ldexp.");
          }
          BigInteger e = Ops.big(i instanceof Boolean b ? (b ? 1L : 0L) : i);
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
          int npos = a.length - ArgParser.nkw(k);
          if (a.length <= 3 && npos != 2) { // x and y positional-only, steps keyword-only
            throw Errors.typeError("nextafter() takes exactly 2 positional arguments (" + npos
                + " given)");
          }
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
          // beyond 64 bits as many steps as an unsigned long holds: more than any distance
          return nextAfter(x, y, steps.bitLength() > 64 ? -1L : steps.longValue());
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
          return MathModule.math1(LanczosGamma::gamma, x, true);
        }
        case lgamma: {
          double x = MathModule.real(ArgParser.exactlyOne("math.lgamma", a, k, 0));
          if (x <= 0 && x == Math.floor(x) && Double.isFinite(x)) {
            throw Errors.valueError("math domain error");
          }
          return MathModule.math1(LanczosGamma::lgamma, x, true);
        }
        default: {
          double x = MathModule.real(ArgParser.exactlyOne("math." + name(), a, k, 0));
          return MathModule.math1(libm(ordinal() - cbrt.ordinal()), x, this == exp2);
        }
      }
    }
  }

  /**
   * x moved {@code steps} (unsigned) representable doubles towards y, or y when that is as
   * far or further. Doubles of one sign are ordered as their bit patterns, so the walk is
   * integer arithmetic on the magnitudes' bits; across zero it goes down to zero first.
   */
  static double nextAfter(double x, double y, long steps) {
    if (steps == 0 || Double.isNaN(x)) {
      return x;
    }
    if (Double.isNaN(y)) {
      return y;
    }
    long bx = Double.doubleToRawLongBits(x);
    long by = Double.doubleToRawLongBits(y);
    if (bx == by) {
      return x;
    }
    long ax = bx & Long.MAX_VALUE;
    long ay = by & Long.MAX_VALUE;
    if ((bx ^ by) < 0) { // opposite signs: ax + ay cannot overflow 64 unsigned bits
      if (Long.compareUnsigned(ax + ay, steps) <= 0) {
        return y;
      }
      if (Long.compareUnsigned(ax, steps) < 0) { // crosses zero, lands on y's side
        return Double.longBitsToDouble((by & Long.MIN_VALUE) | (steps - ax));
      }
      return Double.longBitsToDouble(bx - steps);
    }
    if (Long.compareUnsigned(ax, ay) > 0) {
      return Long.compareUnsigned(ax - ay, steps) >= 0
          ? Double.longBitsToDouble(bx - steps) : y;
    }
    return Long.compareUnsigned(ay - ax, steps) >= 0
        ? Double.longBitsToDouble(bx + steps) : y;
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
   * The Euclidean norm behind hypot() and dist(), to the bit of CPython 3.13's results: the
   * values are scaled by the power of two that brings the largest into [0.5, 1), their
   * squares are accumulated exactly enough ({@link SquareSum}), and the square root of the
   * total gets one Newton correction computed with the same accumulator.
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
      return max; // an infinity wins over a NaN
    }
    if (nan) {
      return Double.NaN;
    }
    if (max == 0 || v.length <= 1) {
      return max;
    }
    // max = m * 2**binade with m in [0.5, 1) (frexp's exponent, also for subnormals)
    int binade = max >= Double.MIN_NORMAL ? Math.getExponent(max) + 1
        : Math.getExponent(max * 0x1p54) - 53;
    if (binade < Double.MIN_EXPONENT - 1) {
      // a subnormal largest value: 2**-binade would overflow, so go to normals first
      for (int i = 0; i < v.length; i++) {
        v[i] /= Double.MIN_NORMAL;
      }
      return Double.MIN_NORMAL * norm(v, max / Double.MIN_NORMAL, false);
    }
    double scale = Math.scalb(1.0, -binade);
    SquareSum total = new SquareSum();
    for (double x : v) {
      double scaled = x * scale; // exact: a power of two
      total.add(scaled, scaled);
    }
    double root = Math.sqrt(total.value());
    total.add(-root, root); // what is left of the total once root * root is taken away
    return (root + total.value() / (2.0 * root)) / scale;
  }

  /**
   * A sum of products a * b started at 1.0 (so the running sum dominates every term added):
   * each product's rounding error (by fma) and each addition's (two-sum, valid as the sum is
   * the larger operand) are kept in two low-order accumulators.
   */
  private static final class SquareSum {
    private double high = 1.0;
    private double productErrors;
    private double sumErrors;

    void add(double a, double b) {
      double product = a * b;
      productErrors += Math.fma(a, b, -product);
      double next = high + product;
      sumErrors += product - (next - high);
      high = next;
    }

    /** The sum without its starting 1.0. */
    double value() {
      return high - 1.0 + (productErrors + sumErrors);
    }
  }

  /**
   * math.fsum: the exact sum of the values rounded once (Shewchuk's non-overlapping
   * partials); infinities and NaNs are summed apart and decide the result when present.
   */
  static double fsum(Object seq) {
    ExactSum sum = new ExactSum();
    Object it = Ops.iter(seq);
    for (Object o = Ops.next(it); o != null; o = Ops.next(it)) {
      sum.add(MathModule.real(o));
    }
    return sum.rounded();
  }

  /** A running sum held exactly as partials of increasing magnitude that do not overlap. */
  private static final class ExactSum {
    private double[] parts = new double[32];
    private int count;
    private double nonFinite; // the inf and nan inputs, added plainly
    private double infinities; // the infinities alone: NaN here means inf + -inf

    void add(double value) {
      double carry = value;
      int kept = 0;
      for (int j = 0; j < count; j++) {
        double big = carry;
        double small = parts[j];
        if (Math.abs(big) < Math.abs(small)) {
          big = small;
          small = carry;
        }
        double rounded = big + small;
        double error = small - (rounded - big);
        if (error != 0.0) {
          parts[kept++] = error;
        }
        carry = rounded;
      }
      count = kept;
      if (carry == 0.0) {
        return;
      }
      if (Double.isFinite(carry)) {
        if (count == parts.length) {
          parts = java.util.Arrays.copyOf(parts, count * 2);
        }
        parts[count++] = carry;
        return;
      }
      if (Double.isFinite(value)) {
        throw Errors.overflow("intermediate overflow in fsum");
      }
      if (Double.isInfinite(value)) {
        infinities += value;
      }
      nonFinite += value;
      count = 0;
    }

    /**
     * Adds x*y exactly as the rounded product and its error (fma), when both are exact
     * doubles: the product is an exact zero or between 2^-900 and 2^900 in magnitude (no
     * underflow in the error term, no overflow in the partials). False, adding nothing, else.
     */
    boolean addProduct(double x, double y) {
      double product = x * y;
      double magnitude = Math.abs(product);
      if (product == 0.0 ? x != 0.0 && y != 0.0 : magnitude < 0x1p-900 || magnitude > 0x1p900) {
        return false;
      }
      add(product);
      add(Math.fma(x, y, -product));
      return true;
    }

    /** The partials' exact sum (finite values only). */
    BigDecimal toBigDecimal() {
      BigDecimal total = BigDecimal.ZERO;
      for (int j = 0; j < count; j++) {
        total = total.add(new BigDecimal(parts[j]));
      }
      return total;
    }

    double rounded() {
      if (nonFinite != 0.0) {
        if (Double.isNaN(infinities)) {
          throw Errors.valueError("-inf + inf in fsum");
        }
        return nonFinite;
      }
      if (count == 0) {
        return 0.0;
      }
      int j = count - 1;
      double total = parts[j];
      double error = 0.0;
      while (j > 0) { // from the largest partial down, until one does not fit exactly
        double next = parts[--j];
        double sum = total + next;
        error = next - (sum - total);
        total = sum;
        if (error != 0.0) {
          break;
        }
      }
      // a tie between two doubles is broken by the sign of the partials below the error
      if (j > 0 && (error < 0.0 && parts[j - 1] < 0.0 || error > 0.0 && parts[j - 1] > 0.0)) {
        double twice = error * 2.0;
        double bumped = total + twice;
        if (twice == bumped - total) {
          total = bumped;
        }
      }
      return total;
    }
  }

  /**
   * sumprod(p, q) in CPython 3.13's three stages, which show in the results: a leading run of
   * int pairs whose products and sum fit in 64 bits is summed exactly; then a run of pairs
   * of floats (or a float and an int or bool, the int rounded to a float) is summed as if
   * exactly and rounded once, for as long as the plain float sum stays finite; every pair
   * after either run, and the pair that ended it, is multiplied and added by the generic
   * operators. Each run's sum is added to the total when it ends, and a run never resumes.
   */
  static Object sumprod(Object p, Object q) {
    Object ip = Ops.iter(p);
    Object iq = Ops.iter(q);
    Object total = 0L;
    boolean intRun = true;
    long intSum = 0;
    boolean intUsed = false;
    boolean floatRun = true;
    BigDecimal floatSum = BigDecimal.ZERO;
    // the same exact sum as partials while every product splits exactly into two doubles:
    // about 100x faster than BigDecimal; null once a pair does not, the rest in floatSum
    ExactSum fastSum = new ExactSum();
    double floatHigh = 0.0; // the plain float sum: where it is not finite the run ends
    boolean floatUsed = false;
    while (true) {
      Object x = Ops.next(ip);
      Object y = Ops.next(iq);
      if ((x == null) != (y == null)) {
        throw Errors.valueError("Inputs are not the same length");
      }
      boolean finished = x == null;
      if (intRun) {
        if (!finished && x instanceof Long lx && y instanceof Long ly) {
          long product = lx * ly;
          long sum = intSum + product;
          boolean overflow = Math.multiplyHigh(lx, ly) != (product >> 63)
              || ((intSum ^ sum) & (product ^ sum)) < 0;
          if (!overflow) {
            intSum = sum;
            intUsed = true;
            continue;
          }
        }
        intRun = false;
        if (intUsed) {
          total = Ops.binary(BinaryOp.ADD, total, intSum);
        }
      }
      if (floatRun) {
        if (!finished) {
          double[] xy = floatPair(x, y);
          if (xy != null) {
            double high = floatHigh + xy[0] * xy[1];
            if (Double.isFinite(high)) {
              floatHigh = high;
              if (fastSum != null && !fastSum.addProduct(xy[0], xy[1])) {
                floatSum = fastSum.toBigDecimal();
                fastSum = null;
              }
              if (fastSum == null) {
                floatSum = floatSum.add(new BigDecimal(xy[0]).multiply(new BigDecimal(xy[1])));
              }
              floatUsed = true;
              continue;
            }
          }
        }
        floatRun = false;
        if (floatUsed) {
          double rounded = fastSum != null ? fastSum.rounded() : floatSum.doubleValue();
          total = Ops.binary(BinaryOp.ADD, total, rounded);
        }
      }
      if (finished) {
        return total;
      }
      total = Ops.binary(BinaryOp.ADD, total, Ops.binary(BinaryOp.MULTIPLY, x, y));
    }
  }

  /** A pair the float run takes, as two doubles; null when it takes no such pair. */
  private static double[] floatPair(Object x, Object y) {
    if (x instanceof Double dx && y instanceof Double dy) {
      return new double[] {dx, dy};
    }
    if (x instanceof Double dx && isIntOrBool(y)) {
      double dy = intAsDouble(y);
      return Double.isInfinite(dy) ? null : new double[] {dx, dy};
    }
    if (y instanceof Double dy && isIntOrBool(x)) {
      double dx = intAsDouble(x);
      return Double.isInfinite(dx) ? null : new double[] {dx, dy};
    }
    return null;
  }

  /** An int rounded to the nearest float; infinite where int-to-float would overflow. */
  private static double intAsDouble(Object o) {
    return o instanceof BigInteger b ? b.doubleValue() : Ops.toDouble(o);
  }

  private static boolean isIntOrBool(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
  }
}
