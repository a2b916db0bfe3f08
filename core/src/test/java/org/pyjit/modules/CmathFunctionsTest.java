package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyComplex;

/**
 * cmath's functions (ComplexFunctions) against identities they must satisfy on finite
 * arguments away from overflow and branch cuts, on seeded random complex numbers: each
 * inverse undoes its function, and sqrt(z)**2, exp(log z) give z back, to a few units in
 * the last place relative to |z|. Bit-exactness against CPython is the corpus's job
 * (tests/programs/lib_math); this checks the formulas themselves.
 */
class CmathFunctionsTest {
  private static final double TOLERANCE = 1e-12;

  private static PyComplex value(ComplexFunctions.Result r) {
    assertThat(r.error()).isEqualTo(ComplexFunctions.OK);
    return new PyComplex(r.re(), r.im());
  }

  private static void close(PyComplex got, PyComplex want) {
    double scale = Math.max(1.0, Math.hypot(want.real, want.imag));
    assertThat(got.real).isCloseTo(want.real, within(TOLERANCE * scale));
    assertThat(got.imag).isCloseTo(want.imag, within(TOLERANCE * scale));
  }

  @Test
  void inversesUndoTheirFunctions() {
    Random r = new Random(20261123);
    for (int i = 0; i < 20_000; i++) {
      PyComplex z = new PyComplex((r.nextDouble() - 0.5) * 4, (r.nextDouble() - 0.5) * 3);
      PyComplex root = value(ComplexFunctions.sqrt(z));
      close(new PyComplex(root.real * root.real - root.imag * root.imag,
          2 * root.real * root.imag), z);
      close(value(ComplexFunctions.exp(value(ComplexFunctions.log(z)))), z);
      close(value(ComplexFunctions.sin(value(ComplexFunctions.asin(z)))), z);
      close(value(ComplexFunctions.cos(value(ComplexFunctions.acos(z)))), z);
      close(value(ComplexFunctions.tan(value(ComplexFunctions.atan(z)))), z);
      close(value(ComplexFunctions.sinh(value(ComplexFunctions.asinh(z)))), z);
      close(value(ComplexFunctions.cosh(value(ComplexFunctions.acosh(z)))), z);
      close(value(ComplexFunctions.tanh(value(ComplexFunctions.atanh(z)))), z);
    }
  }

  @Test
  void specialTablesGiveAnnexGValues() {
    double inf = Double.POSITIVE_INFINITY;
    // sqrt(-inf + i y) = +0 + i inf for finite positive y; log(-0 + 0i) = -inf + i pi
    ComplexFunctions.Result s = ComplexFunctions.sqrt(new PyComplex(-inf, 1.0));
    assertThat(Double.doubleToRawLongBits(s.re())).isZero();
    assertThat(s.im()).isEqualTo(inf);
    ComplexFunctions.Result l = ComplexFunctions.log(new PyComplex(-0.0, 0.0));
    assertThat(l.re()).isEqualTo(-inf);
    assertThat(l.im()).isEqualTo(Math.PI);
    assertThat(l.error()).isEqualTo(ComplexFunctions.DOMAIN);
    // exp(+inf + i y) has the signs of cos y and sin y: y = 3 is in the second quadrant
    ComplexFunctions.Result e = ComplexFunctions.exp(new PyComplex(inf, 3.0));
    assertThat(e.re()).isEqualTo(-inf);
    assertThat(e.im()).isEqualTo(inf);
    // overflow of a finite argument is a range error
    assertThat(ComplexFunctions.exp(new PyComplex(1000.0, 1.0)).error())
        .isEqualTo(ComplexFunctions.RANGE);
  }
}
