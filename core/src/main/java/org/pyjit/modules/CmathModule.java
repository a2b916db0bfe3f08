package org.pyjit.modules;

import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.LibmFunctions;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyComplex;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyTuple;

/**
 * {@code cmath}: the complex functions with CPython 3.13's results to the bit and its errors.
 * Contract: every function takes what PyComplex_AsCComplex takes ({@link ComplexArgs}) and
 * returns a complex (or a float, bool or tuple for phase, is*, isclose and polar); a result
 * C99 Annex G marks "invalid" or "divide-by-zero" raises ValueError("math domain error"), an
 * overflow OverflowError("math range error").
 *
 * <p>The formulas are Kahan's branch-cut-exact ones CPython uses (square roots of 1 +/- z
 * for the inverse functions, log1p near |z| = 1, hyperbolic splits with the x - 1 trick near
 * overflow), computed with glibc's real functions ({@link LibmFunctions}) so that each rounding
 * is the one CPython's build performs. Non-finite arguments are looked up in 7x7 tables of
 * results by the kind of each part ({@link CmathSpecial}).
 */
public final class CmathModule {
  private CmathModule() {}

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "cmath");
    d.put("__doc__", "This module provides access to mathematical functions for complex\n"
        + "numbers.");
    double inf = Double.POSITIVE_INFINITY;
    d.put("pi", Math.PI);
    d.put("e", Math.E);
    d.put("tau", 2 * Math.PI);
    d.put("inf", inf);
    d.put("infj", new PyComplex(0.0, inf));
    d.put("nan", Double.NaN);
    d.put("nanj", new PyComplex(0.0, Double.NaN));
    for (Fn f : Fn.values()) {
      d.put(f.name(), new PyBuiltinFunction(f.name(), f));
    }
    return new PyModule("cmath", d);
  }

  /** One constant per function: one class for all (start-up, as the math module's). */
  private enum Fn implements PyBuiltinFunction.Body {
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, isclose, isfinite, isinf, isnan,
    log, log10, phase, polar, rect, sin, sinh, sqrt, tan, tanh;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case isclose:
          return isclose(a, k);
        case log: {
          Object[] p = ArgParser.positional("log", "cmath.log", a, k, 0, 1, 2);
          ComplexFunctions.Result r = ComplexFunctions.log(ComplexArgs.of(p[0]));
          if (p[1] != null) {
            r = ComplexFunctions.logBase(r, ComplexArgs.of(p[1]));
          }
          return r.value();
        }
        case rect: {
          Object[] p = ArgParser.positional("rect", "cmath.rect", a, k, 0, 2, 2);
          return ComplexFunctions.rect(ComplexArgs.real(p[0]), ComplexArgs.real(p[1])).value();
        }
        default:
          break;
      }
      PyComplex z = ComplexArgs.of(ArgParser.exactlyOne("cmath." + name(), a, k, 0));
      return switch (this) {
        case isfinite -> Double.isFinite(z.real) && Double.isFinite(z.imag);
        case isinf -> Double.isInfinite(z.real) || Double.isInfinite(z.imag);
        case isnan -> Double.isNaN(z.real) || Double.isNaN(z.imag);
        case phase -> phase(z);
        case polar -> new PyTuple(new Object[] {
            ComplexFunctions.abs(z), LibmFunctions.atan2(z.imag, z.real)});
        case acos -> ComplexFunctions.acos(z).value();
        case acosh -> ComplexFunctions.acosh(z).value();
        case asin -> ComplexFunctions.asin(z).value();
        case asinh -> ComplexFunctions.asinh(z).value();
        case atan -> ComplexFunctions.atan(z).value();
        case atanh -> ComplexFunctions.atanh(z).value();
        case cos -> ComplexFunctions.cos(z).value();
        case cosh -> ComplexFunctions.cosh(z).value();
        case exp -> ComplexFunctions.exp(z).value();
        case log10 -> ComplexFunctions.log10(z).value();
        case sin -> ComplexFunctions.sin(z).value();
        case sinh -> ComplexFunctions.sinh(z).value();
        case sqrt -> ComplexFunctions.sqrt(z).value();
        case tan -> ComplexFunctions.tan(z).value();
        case tanh -> ComplexFunctions.tanh(z).value();
        default -> throw new AssertionError(this);
      };
    }
  }

  /**
   * The argument of z. glibc's atan2 reports a result that underflowed to zero (a nonzero
   * imaginary part tiny against a finite real part) as a range error, which CPython raises.
   */
  private static double phase(PyComplex z) {
    double phi = LibmFunctions.atan2(z.imag, z.real);
    if (phi == 0.0 && z.imag != 0.0 && Double.isFinite(z.real)) {
      throw Errors.overflow("math range error");
    }
    return phi;
  }

  private static final String[] ISCLOSE = {"a", "b", "rel_tol", "abs_tol"};

  /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): the tolerances keyword-only. */
  private static boolean isclose(Object[] a, String[] k) {
    int npos = a.length - ArgParser.nkw(k);
    if (npos > 2) {
      throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + npos
          + " given)");
    }
    Object[] p = ArgParser.keywords("isclose", a, k, 0, ISCLOSE, 0, 2);
    PyComplex x = ComplexArgs.of(p[0]);
    PyComplex y = ComplexArgs.of(p[1]);
    double rel = p[2] == null ? 1e-9 : ComplexArgs.real(p[2]);
    double abs = p[3] == null ? 0.0 : ComplexArgs.real(p[3]);
    if (rel < 0.0 || abs < 0.0) {
      throw Errors.valueError("tolerances must be non-negative");
    }
    if (x.real == y.real && x.imag == y.imag) {
      return true; // also two equal infinities, whose difference is NaN
    }
    if (Double.isInfinite(x.real) || Double.isInfinite(x.imag)
        || Double.isInfinite(y.real) || Double.isInfinite(y.imag)) {
      return false;
    }
    double diff = ComplexFunctions.abs(new PyComplex(x.real - y.real, x.imag - y.imag));
    return diff <= rel * ComplexFunctions.abs(y) || diff <= rel * ComplexFunctions.abs(x)
        || diff <= abs;
  }
}
