package org.pyjit.runtime;

/**
 * Argument checks for methods of the built-in types, with the messages CPython 3.13 gives
 * for each calling convention: METH_O and METH_NOARGS methods name the method as
 * "type.name()", Argument Clinic's positional-only checks name it bare ("insert expected 2
 * arguments, got 1").
 *
 * <p>Contract: every method receives {@code a} = self followed by the positional arguments
 * and then the keyword values named by {@code k} (null when there are none); the counts
 * below exclude self.
 */
final class MethodArgs {
  private MethodArgs() {}

  static int positional(Object[] a, String[] k) {
    return a.length - 1 - (k == null ? 0 : k.length);
  }

  static void noKeywords(String[] k, PyType t, String name) {
    if (k != null && k.length > 0) {
      throw Errors.typeError(t.name + "." + name + "() takes no keyword arguments");
    }
  }

  /** METH_NOARGS. */
  static void none(Object[] a, String[] k, PyType t, String name) {
    noKeywords(k, t, name);
    if (a.length != 1) {
      throw Errors.typeError(t.name + "." + name + "() takes no arguments (" + (a.length - 1)
          + " given)");
    }
  }

  /** METH_O. */
  static void one(Object[] a, String[] k, PyType t, String name) {
    noKeywords(k, t, name);
    if (a.length != 2) {
      throw Errors.typeError(t.name + "." + name + "() takes exactly one argument ("
          + (a.length - 1) + " given)");
    }
  }

  /** The spec of T.__format__(spec): one argument, a str (Argument Clinic's message). */
  static String formatSpec(Object[] a, String[] k, PyType t) {
    one(a, k, t, "__format__");
    if (!(a[1] instanceof String spec)) {
      throw Errors.typeError("__format__() argument must be str, not "
          + ArgParser.badArgumentType(a[1]));
    }
    return spec;
  }

  /** Argument Clinic's positional-only range check; returns the positional count. */
  static int range(Object[] a, String[] k, PyType t, String name, int min, int max) {
    noKeywords(k, t, name);
    int n = a.length - 1;
    if (n < min || n > max) {
      String exp = min == max ? "" : n < min ? "at least " : "at most ";
      int want = n < min ? min : max;
      throw Errors.typeError(name + " expected " + exp + want + " argument"
          + (want == 1 ? "" : "s") + ", got " + n);
    }
    return n;
  }

  /** An index argument of a slice-like search (list.index start/stop). */
  static long sliceIndex(Object o) {
    if (Ops.isInt(o)) {
      Object v = Ops.asInt(o);
      if (v instanceof Long l) {
        return l;
      }
      return ((java.math.BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    if (!(o instanceof PyObject) || Types.typeOf(o).lookup("__index__") == null) {
      throw Errors.typeError("slice indices must be integers or have an __index__ method");
    }
    return Ops.asIndex(o);
  }

  /** Clamps a start/stop pair CPython-style against a sequence of length n. */
  static int clamp(long i, int n) {
    if (i < 0) {
      i += n;
      return i < 0 ? 0 : (int) i;
    }
    return i > n ? n : (int) i;
  }
}
