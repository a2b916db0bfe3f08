package org.pyjit.runtime;

import org.pyjit.runtime.collect.PyHash;

/**
 * Python's complex: an immutable pair of doubles. Contract: the arithmetic here follows
 * CPython 3.13's complexobject.c algorithms (Smith-style division, integer powers by
 * repeated squaring for small integral exponents, polar form otherwise) so results match
 * CPython to the last bit; an int or float operand is first converted to complex(x, 0)
 * (3.13 has no mixed-mode arithmetic). The type's methods are in {@link ComplexMethods}.
 */
public final class PyComplex extends PyObject {
  public final double real;
  public final double imag;

  public PyComplex(double real, double imag) {
    this.real = real;
    this.imag = imag;
  }

  @Override
  public PyType type() {
    return Types.COMPLEX;
  }

  public long hash() {
    return PyHash.hashComplex(real, imag, System.identityHashCode(this));
  }

  public String repr() {
    return Repr.complexRepr(real, imag);
  }

  static PyComplex add(PyComplex a, PyComplex b) {
    return new PyComplex(a.real + b.real, a.imag + b.imag);
  }

  static PyComplex sub(PyComplex a, PyComplex b) {
    return new PyComplex(a.real - b.real, a.imag - b.imag);
  }

  static PyComplex mul(PyComplex a, PyComplex b) {
    return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
  }

  public static PyComplex div(PyComplex a, PyComplex b) {
    // Scaling by the larger component of the divisor avoids needless overflow.
    double absBr = Math.abs(b.real);
    double absBi = Math.abs(b.imag);
    if (absBr >= absBi) {
      if (absBr == 0.0) {
        throw Errors.zeroDivision("complex division by zero");
      }
      double ratio = b.imag / b.real;
      double denom = b.real + b.imag * ratio;
      return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
    }
    if (absBi >= absBr) {
      double ratio = b.real / b.imag;
      double denom = b.real * ratio + b.imag;
      return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }
    return new PyComplex(Double.NaN, Double.NaN);
  }

  static PyComplex pow(PyComplex a, PyComplex b) {
    PyComplex r = powRaw(a, b);
    // CPython treats any infinite part of a power as a range error, whatever the inputs.
    if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
      throw Errors.overflow("complex exponentiation");
    }
    return r;
  }

  private static PyComplex powRaw(PyComplex a, PyComplex b) {
    if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
      int n = (int) b.real;
      if (n > 0) {
        return powu(a, n);
      }
      if (n < 0) {
        PyComplex p = powu(a, -n);
        if (p.real == 0.0 && p.imag == 0.0) {
          throw zeroPower();
        }
        return div(new PyComplex(1.0, 0.0), p);
      }
    }
    if (b.real == 0.0 && b.imag == 0.0) {
      return new PyComplex(1.0, 0.0);
    }
    if (a.real == 0.0 && a.imag == 0.0) {
      if (b.imag != 0.0 || b.real < 0.0) {
        throw zeroPower();
      }
      return new PyComplex(0.0, 0.0);
    }
    // glibc's functions, as CPython's: Java's differ in the last bit for some arguments
    double vabs = LibmFunctions.hypot(a.real, a.imag);
    double len = Libm.pow(vabs, b.real);
    double at = LibmFunctions.atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= LibmFunctions.exp(at * b.imag);
      phase += b.imag * LibmFunctions.log(vabs);
    }
    return new PyComplex(len * LibmFunctions.cos(phase), len * LibmFunctions.sin(phase));
  }

  private static PyException zeroPower() {
    return Errors.zeroDivision("0.0 to a negative or complex power");
  }

  private static PyComplex powu(PyComplex x, int n) {
    PyComplex r = new PyComplex(1.0, 0.0);
    PyComplex p = x;
    for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
      if ((n & mask) != 0) {
        r = mul(r, p);
      }
      p = mul(p, p);
    }
    return r;
  }

  static double abs(PyComplex z) {
    if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) {
      return Double.POSITIVE_INFINITY;
    }
    if (Double.isNaN(z.real) || Double.isNaN(z.imag)) {
      return Double.NaN;
    }
    double r = LibmFunctions.hypot(z.real, z.imag); // glibc's bits, as CPython's abs
    if (Double.isInfinite(r)) {
      throw Errors.overflow("absolute value too large");
    }
    return r;
  }
}
