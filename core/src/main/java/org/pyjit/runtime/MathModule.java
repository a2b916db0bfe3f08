package org.pyjit.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The math module, the part numeric programs (and the {@code @jit} compiler) use: the
 * constants, the rounding functions, the elementary functions and the tests of special
 * values, with CPython 3.13's error rules (Modules/mathmodule.c: a NaN result from a
 * non-NaN argument is a ValueError "math domain error", an infinite result from a finite
 * argument is an OverflowError "math range error" for the functions that can overflow and a
 * ValueError otherwise). The functions are glibc's, through {@link Libm}, as CPython's are.
 */
public final class MathModule {
  private MathModule() {}

  private static PyModule module;

  /** The module object (created on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "math");
      d.put("__doc__", "This module provides access to the mathematical functions\n"
          + "defined by the C standard.");
      module = new PyModule("math", d);
      fill(d);
    }
    return module;
  }

  /** Whether libm's function {@code name} can overflow (math_1's can_overflow). */
  static boolean canOverflow(String name) {
    return switch (name) {
      case "exp", "expm1", "cosh", "sinh" -> true;
      default -> false;
    };
  }

  /** The elementary functions of one argument: name and the Java stand-in. */
  private static final Object[][] UNARY = {
    {"sin", (DoubleUnaryOperator) StrictMath::sin},
    {"cos", (DoubleUnaryOperator) StrictMath::cos},
    {"tan", (DoubleUnaryOperator) StrictMath::tan},
    {"asin", (DoubleUnaryOperator) StrictMath::asin},
    {"acos", (DoubleUnaryOperator) StrictMath::acos},
    {"atan", (DoubleUnaryOperator) StrictMath::atan},
    {"sinh", (DoubleUnaryOperator) StrictMath::sinh},
    {"cosh", (DoubleUnaryOperator) StrictMath::cosh},
    {"tanh", (DoubleUnaryOperator) StrictMath::tanh},
    {"exp", (DoubleUnaryOperator) StrictMath::exp},
    {"expm1", (DoubleUnaryOperator) StrictMath::expm1},
    {"sqrt", (DoubleUnaryOperator) StrictMath::sqrt},
  };

  private static void fill(PyDict d) {
    d.put("pi", Math.PI);
    d.put("e", Math.E);
    d.put("tau", 2 * Math.PI);
    d.put("inf", Double.POSITIVE_INFINITY);
    d.put("nan", Double.NaN);
    for (Object[] u : UNARY) {
      String name = (String) u[0];
      DoubleUnaryOperator f = Libm.unary(name, (DoubleUnaryOperator) u[1]);
      boolean overflow = canOverflow(name);
      d.put(name, fn(name, a -> math1(f, real(a), overflow)));
    }
    DoubleUnaryOperator log = Libm.unary("log", StrictMath::log);
    DoubleUnaryOperator log2 = Libm.unary("log2", x -> StrictMath.log(x) / StrictMath.log(2));
    DoubleUnaryOperator log10 = Libm.unary("log10", StrictMath::log10);
    d.put("log", new PyBuiltinFunction("log", (a, k) -> {
      noKeywords("log", k);
      if (a.length < 1 || a.length > 2) {
        throw Errors.typeError(a.length < 1 ? "log expected at least 1 argument, got 0"
            : "log expected at most 2 arguments, got " + a.length);
      }
      double num = logHelper(a[0], log);
      if (a.length == 1) {
        return num;
      }
      double den = logHelper(a[1], log);
      if (den == 0) {
        throw Errors.zeroDivision("float division by zero");
      }
      return num / den;
    }));
    d.put("log2", fn("log2", a -> logHelper(a, log2)));
    d.put("log10", fn("log10", a -> logHelper(a, log10)));
    d.put("fabs", fn("fabs", Fn1.fabs));
    d.put("floor", fn("floor", Fn1.floor));
    d.put("ceil", fn("ceil", Fn1.ceil));
    d.put("trunc", fn("trunc", Fn1.trunc));
    d.put("isnan", fn("isnan", Fn1.isnan));
    d.put("isinf", fn("isinf", Fn1.isinf));
    d.put("isfinite", fn("isfinite", Fn1.isfinite));
    d.put("degrees", fn("degrees", Fn1.degrees));
    d.put("radians", fn("radians", Fn1.radians));
    DoubleBinaryOperator atan2 = Libm.binary("atan2", StrictMath::atan2);
    d.put("atan2", fn2("atan2", (x, y) -> math2(atan2, x, y)));
    d.put("copysign", fn2("copysign", Fn2.copysign));
    DoubleBinaryOperator fmod = Libm.binary("fmod", (x, y) -> x % y);
    d.put("fmod", fn2("fmod", (x, y) -> {
      if (Double.isInfinite(y) && Double.isFinite(x)) {
        return x;
      }
      return math2(fmod, x, y);
    }));
    DoubleBinaryOperator pow = Libm.binary("pow", StrictMath::pow);
    d.put("pow", fn2("pow", (x, y) -> pow(pow, x, y)));
    MathIntFunctions.install(d);
    MathFloatFunctions.install(d);
  }

  /** math_1: the result of f(x) or CPython's error. */
  static double math1(DoubleUnaryOperator f, double x, boolean canOverflow) {
    double r = f.applyAsDouble(x);
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw Errors.valueError("math domain error");
    }
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw canOverflow ? Errors.overflow("math range error")
          : Errors.valueError("math domain error");
    }
    return r;
  }

  /** math_2: the result of f(x, y) or CPython's error. */
  static double math2(DoubleBinaryOperator f, double x, double y) {
    double r = f.applyAsDouble(x, y);
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw Errors.valueError("math domain error");
    }
    if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
      throw Errors.overflow("math range error");
    }
    return r;
  }

  /** math_pow: C99's special values, then libm's pow with CPython's error rules. */
  static double pow(DoubleBinaryOperator pow, double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isNaN(x)) {
        return y == 0 ? 1.0 : x;
      }
      if (Double.isNaN(y)) {
        return x == 1.0 ? 1.0 : y;
      }
      return pow.applyAsDouble(x, y); // infinities: C99 Annex F, no error
    }
    if (x == 0 && y < 0 || x < 0 && y != Math.floor(y)) {
      throw Errors.valueError("math domain error");
    }
    double r = pow.applyAsDouble(x, y);
    if (Double.isInfinite(r)) {
      throw Errors.overflow("math range error");
    }
    return r;
  }

  /** loghelper: ints of any size (by their binary exponent when too large for a float). */
  static double logHelper(Object a, DoubleUnaryOperator f) {
    Object v = a instanceof BuiltinSubclasses.ValueInstance vi && Ops.isInt(vi.value)
        ? vi.value : a; // an int subclass's value: any size, as CPython's PyLong_Check
    v = v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
    if (v instanceof BigInteger big) {
      if (big.signum() <= 0) {
        throw Errors.valueError("math domain error");
      }
      if (Double.isInfinite(big.doubleValue())) {
        // _PyLong_Frexp: big = m * 2**e with m in [0.5, 1) rounded to 53 bits (half to
        // even, the bits below the top 62 kept as a sticky bit)
        int e = big.bitLength();
        BigInteger top = big.shiftRight(e - 62);
        long t = top.longValue() | (big.getLowestSetBit() < e - 62 ? 1 : 0);
        double m = Math.scalb((double) t, -62);
        if (m == 1.0) {
          m = 0.5;
          e++;
        }
        return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
      }
    } else if (v instanceof Long l && l <= 0) {
      throw Errors.valueError("math domain error");
    }
    double x = real(v);
    if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
      return x;
    }
    if (x <= 0) {
      throw Errors.valueError("math domain error");
    }
    return f.applyAsDouble(x);
  }

  /** A real argument as a double, or CPython's TypeError. */
  public static double real(Object a) {
    if (a instanceof Double || a instanceof Long || a instanceof BigInteger
        || a instanceof Boolean) {
      return Ops.toDouble(a);
    }
    if (a instanceof BuiltinSubclasses.ValueInstance vi) {
      return real(vi.value);
    }
    if (a instanceof PyInstance) { // PyFloat_AsDouble: __float__, else __index__
      Object f = Ops.callDunder(a, "__float__");
      if (f != null) {
        return Constructors.exactFloat(a, f);
      }
      if (Types.typeOf(a).lookup("__index__") != null) {
        return Ops.toDouble(Constructors.indexValue(a));
      }
    }
    throw Errors.typeError("must be real number, not " + Types.typeOf(a).name);
  }

  private static Object intOf(Object a) {
    if (a instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (a instanceof Long || a instanceof BigInteger) {
      return a;
    }
    return toInt(Math.floor(real(a))); // not reached for ints; keeps the type error
  }

  /** math.floor/ceil of an instance: its own method, else of its float value. */
  private static Object rounding(Object a, String dunder, DoubleUnaryOperator f) {
    Object r = Ops.callDunder(a, dunder);
    return r != null ? r : toInt(f.applyAsDouble(real(a)));
  }

  /** An integral double as an int, with int()'s errors for NaN and infinities. */
  public static Object toInt(double x) {
    if (Double.isNaN(x)) {
      throw Errors.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(x)) {
      throw Errors.overflow("cannot convert float infinity to integer");
    }
    if (Math.abs(x) < 0x1p62) {
      return (long) x;
    }
    return Ops.normalize(new BigDecimal(x).toBigInteger());
  }

  private interface Unary {
    Object apply(Object a);
  }

  private interface Binary {
    double apply(double x, double y);
  }

  private static void noKeywords(String name, String[] k) {
    if (k != null && k.length > 0) {
      throw Errors.typeError("math." + name + "() takes no keyword arguments");
    }
  }

  private static PyBuiltinFunction fn(String name, Unary body) {
    return new PyBuiltinFunction(name, (a, k) -> {
      noKeywords(name, k);
      if (a.length != 1) {
        throw Errors.typeError("math." + name + "() takes exactly one argument (" + a.length
            + " given)");
      }
      return body.apply(a[0]);
    });
  }

  private static PyBuiltinFunction fn2(String name, Binary body) {
    return new PyBuiltinFunction(name, (a, k) -> {
      noKeywords(name, k);
      if (a.length != 2) {
        throw Errors.typeError(name + " expected 2 arguments, got " + a.length);
      }
      return body.apply(real(a[0]), real(a[1]));
    });
  }

  /**
   * The functions defined above, one constant each: one class whose {@link #apply}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn1 implements Unary {
    fabs, floor, ceil, trunc, isnan, isinf, isfinite, degrees, radians;

    @Override
    public Object apply(Object a) {
      return apply0(a);
    }

    private Object apply0(Object a) {
      switch (this) {
        case fabs: return Math.abs(real(a));
        case floor:
          return a instanceof Double x ? toInt(Math.floor(x)) : a instanceof PyInstance
              ? rounding(a, "__floor__", Math::floor) : intOf(a);
        case ceil:
          return a instanceof Double x ? toInt(Math.ceil(x)) : a instanceof PyInstance
              ? rounding(a, "__ceil__", Math::ceil) : intOf(a);
        case trunc:
          if (a instanceof PyInstance) {
            Object r = Ops.callDunder(a, "__trunc__");
            if (r == null) {
              throw Errors.typeError("type " + Types.typeOf(a).name
                  + " doesn't define __trunc__ method");
            }
            return r;
          }
          return a instanceof Double x ? toInt(x) : intOf(a);
        case isnan: return Double.isNaN(real(a));
        case isinf: return Double.isInfinite(real(a));
        case isfinite: return Double.isFinite(real(a));
        case degrees: return real(a) * (180.0 / Math.PI);
        case radians: return real(a) * (Math.PI / 180.0);
        default:
          throw new AssertionError(this);
      }
    }
  }

  /**
   * The functions defined above, one constant each: one class whose {@link #apply}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn2 implements Binary {
    copysign;

    @Override
    public double apply(double x, double y) {
      return apply0(x, y);
    }

    private double apply0(double x, double y) {
      switch (this) {
        case copysign: return Math.copySign(x, y);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
