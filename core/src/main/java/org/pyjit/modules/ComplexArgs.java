package org.pyjit.modules;

import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.ComplexMethods;
import org.pyjit.runtime.MathModule;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyComplex;
import org.pyjit.runtime.PyInstance;

/**
 * The arguments of cmath's functions as CPython converts them (PyComplex_AsCComplex): a
 * complex, or an instance of a complex subclass, is taken as it is; anything else by its
 * {@code __complex__} (whose result complex() checks the same way); else as a real number
 * (__float__, then __index__), with the math module's TypeError "must be real number, not T".
 */
final class ComplexArgs {
  private ComplexArgs() {}

  static PyComplex of(Object o) {
    if (o instanceof PyComplex c) {
      return c;
    }
    if (o instanceof BuiltinSubclasses.ValueInstance vi && vi.value instanceof PyComplex c) {
      return c;
    }
    if (o instanceof PyInstance) {
      Object r = Ops.callDunder(o, "__complex__");
      if (r != null) {
        return ComplexMethods.complexResult(r);
      }
    }
    return new PyComplex(real(o), 0.0);
  }

  /** A float argument (rect's, the tolerances of isclose). */
  static double real(Object o) {
    return MathModule.real(o);
  }
}
