package org.pyjit.runtime;

import java.math.BigInteger;
import org.pyjit.bytecode.BinaryOp;

/**
 * The math module's integer functions: factorial, comb, perm, isqrt, gcd, lcm and prod, with
 * CPython 3.13's argument conversions (anything with {@code __index__}, never a float) and
 * messages. Results are exact ints of any size; {@link #install} adds them to the module.
 */
final class MathIntFunctions {
  private MathIntFunctions() {}

  static void install(PyDict d) {
    for (Fn f : Fn.values()) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
  }

  /** One constant per function: one class for all of them (start-up, see MathModule). */
  private enum Fn implements PyBuiltinFunction.Body {
    factorial, comb, perm, isqrt, gcd, lcm, prod;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case factorial: {
          Object n = Constructors.indexValue(ArgParser.exactlyOne("math.factorial", a, k, 0));
          BigInteger b = Ops.big(n);
          if (b.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
          }
          if (b.bitLength() > 63) {
            throw Errors.overflow("factorial() argument should not exceed 9223372036854775807");
          }
          return Ops.normalize(factorial(b.longValue()));
        }
        case comb: {
          Object[] p = ArgParser.positional("comb", "math.comb", a, k, 0, 2, 2);
          BigInteger n = nonNegative(p[0], "n");
          BigInteger r = nonNegative(p[1], "k");
          if (r.compareTo(n) > 0) {
            return 0L;
          }
          BigInteger kk = r.min(n.subtract(r));
          return Ops.normalize(fallingProduct(n, kk).divide(factorial(kk.longValueExact())));
        }
        case perm: {
          Object[] p = ArgParser.positional("perm", "math.perm", a, k, 0, 1, 2);
          if (p[1] == null || p[1] == PySingleton.NONE) {
            return Fn.factorial.call(new Object[] {p[0]}, null);
          }
          BigInteger n = nonNegative(p[0], "n");
          BigInteger r = nonNegative(p[1], "k");
          if (r.compareTo(n) > 0) {
            return 0L;
          }
          return Ops.normalize(fallingProduct(n, r));
        }
        case isqrt: {
          BigInteger n = Ops.big(Constructors.indexValue(
              ArgParser.exactlyOne("math.isqrt", a, k, 0)));
          if (n.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
          }
          return Ops.normalize(n.sqrt());
        }
        case gcd: {
          if (ArgParser.nkw(k) > 0) {
            throw Errors.typeError("math.gcd() takes no keyword arguments");
          }
          BigInteger g = BigInteger.ZERO;
          for (Object o : a) {
            g = g.gcd(Ops.big(Constructors.indexValue(o)));
          }
          return Ops.normalize(g);
        }
        case lcm: {
          if (ArgParser.nkw(k) > 0) {
            throw Errors.typeError("math.lcm() takes no keyword arguments");
          }
          BigInteger l = BigInteger.ONE;
          for (Object o : a) {
            BigInteger b = Ops.big(Constructors.indexValue(o)).abs();
            l = l.signum() == 0 || b.signum() == 0 ? BigInteger.ZERO
                : l.divide(l.gcd(b)).multiply(b);
          }
          return Ops.normalize(l);
        }
        case prod: {
          int npos = a.length - ArgParser.nkw(k);
          if (a.length > 2) {
            throw Errors.typeError("prod() takes at most 2 arguments (" + a.length + " given)");
          }
          if (npos != 1) {
            throw Errors.typeError("prod() takes exactly 1 positional argument (" + npos
                + " given)");
          }
          Object[] p = ArgParser.keywords("prod", a, k, 0, new String[] {"iterable", "start"},
              1, 1);
          Object total = p[1] == null ? 1L : p[1];
          Object it = Ops.iter(p[0]);
          for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            total = Ops.binary(BinaryOp.MULTIPLY, total, x);
          }
          return total;
        }
        default:
          throw new AssertionError(this);
      }
    }
  }

  private static BigInteger nonNegative(Object o, String what) {
    BigInteger b = Ops.big(Constructors.indexValue(o));
    if (b.signum() < 0) {
      throw Errors.valueError(what + " must be a non-negative integer");
    }
    return b;
  }

  /** n * (n-1) * ... * (n-k+1), by halves so that the big multiplications stay balanced. */
  private static BigInteger fallingProduct(BigInteger n, BigInteger k) {
    return product(n.subtract(k).add(BigInteger.ONE), n);
  }

  /** The product of lo..hi (1 when empty). */
  private static BigInteger product(BigInteger lo, BigInteger hi) {
    int c = lo.compareTo(hi);
    if (c > 0) {
      return BigInteger.ONE;
    }
    if (c == 0) {
      return lo;
    }
    if (hi.subtract(lo).compareTo(BigInteger.valueOf(8)) < 0) {
      BigInteger r = lo;
      for (BigInteger i = lo.add(BigInteger.ONE); i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
        r = r.multiply(i);
      }
      return r;
    }
    BigInteger mid = lo.add(hi).shiftRight(1);
    return product(lo, mid).multiply(product(mid.add(BigInteger.ONE), hi));
  }

  static BigInteger factorial(long n) {
    return n < 2 ? BigInteger.ONE : product(BigInteger.ONE, BigInteger.valueOf(n));
  }
}
