package org.pyjit.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The complex type's dict (arithmetic dunders, comparisons, real/imag/conjugate) and its
 * constructor. Contract: Ops reaches complex only through these special methods (int and
 * float fast paths never see a PyComplex), so an operand that is not int, float or complex
 * yields NotImplemented exactly as in CPython and Ops produces the usual TypeError.
 */
public final class ComplexMethods {
  private ComplexMethods() {}

  private static void def(String name, PyBuiltinFunction.Body body) {
    Types.COMPLEX.dict.put(name, BytesMethods.method(Types.COMPLEX, PyComplex.class, name, body));
  }

  /** x as a complex if it is an int, float or complex; null otherwise. */
  static PyComplex coerce(Object x) {
    if (x instanceof PyComplex c) {
      return c;
    }
    if (x instanceof Double d) {
      return new PyComplex(d, 0.0);
    }
    if (Ops.isInt(x)) {
      return new PyComplex(Ops.toDouble(x), 0.0);
    }
    return null;
  }

  private interface BinOp {
    PyComplex apply(PyComplex a, PyComplex b);
  }

  private static void binary(String name, String rname, BinOp op) {
    def(name, (a, k) -> {
      PyComplex y = coerce(a[1]);
      return y == null ? PySingleton.NOT_IMPLEMENTED : op.apply((PyComplex) a[0], noModulo(a, y));
    });
    def(rname, (a, k) -> {
      PyComplex y = coerce(a[1]);
      return y == null ? PySingleton.NOT_IMPLEMENTED : op.apply(noModulo(a, y), (PyComplex) a[0]);
    });
  }

  /** complex_pow's refusal of a modulus, after both operands converted (only __pow__ has one). */
  private static PyComplex noModulo(Object[] a, PyComplex y) {
    if (a.length > 2 && a[2] != PySingleton.NONE) {
      throw Errors.valueError("complex modulo");
    }
    return y;
  }

  static void installConstructor() {
    Types.COMPLEX.constructor = ComplexMethods::construct;
  }

  static void install() {
    binary("__add__", "__radd__", PyComplex::add);
    binary("__sub__", "__rsub__", PyComplex::sub);
    binary("__mul__", "__rmul__", PyComplex::mul);
    binary("__truediv__", "__rtruediv__", PyComplex::div);
    binary("__pow__", "__rpow__", PyComplex::pow);
    def("__neg__", Fn.__neg__);
    def("__pos__", Fn.__pos__);
    def("__abs__", Fn.__abs__);
    def("__bool__", Fn.__bool__);
    def("__eq__", Fn.__eq__);
    def("__ne__", Fn.__ne__);
    def("__hash__", Fn.__hash__);
    def("__repr__", Fn.__repr__);
    def("__str__", Fn.__str__);
    def("__format__", Fn.__format__);
    def("__complex__", Fn.__complex__);
    def("conjugate", Fn.conjugate);
    Types.COMPLEX.dict.put("real", new PyProperty(
        new PyBuiltinFunction("real", Fn.real), null, null));
    Types.COMPLEX.dict.put("imag", new PyProperty(
        new PyBuiltinFunction("imag", Fn.imag), null, null));
  }

  /** complex == x, exact against ints as CPython (the imaginary part must be zero). */
  static Object equal(PyComplex z, Object x) {
    if (x instanceof PyComplex c) {
      return z.real == c.real && z.imag == c.imag;
    }
    if (x instanceof Double || Ops.isInt(x)) {
      return z.imag == 0.0 && Ops.eq(z.real, x);
    }
    return PySingleton.NOT_IMPLEMENTED;
  }

  /** complex(), complex(x), complex(real, imag) and complex(string). */
  static Object construct(PyType cls, Object[] a, String[] k) {
    int nk = k == null ? 0 : k.length;
    int npos = a.length - nk;
    Object r = npos > 0 ? a[0] : null;
    Object i = npos > 1 ? a[1] : null;
    if (npos > 2) {
      throw Errors.typeError("complex() takes at most 2 arguments (" + a.length + " given)");
    }
    for (int j = 0; j < nk; j++) {
      switch (k[j]) {
        case "real" -> r = a[npos + j];
        case "imag" -> i = a[npos + j];
        default -> throw Errors.typeError("complex() got an unexpected keyword argument '"
            + k[j] + "'");
      }
    }
    if (r == null) {
      r = 0L;
    }
    if (r instanceof String s) {
      if (i != null) {
        throw Errors.typeError("complex() can't take second arg if first is a string");
      }
      return parse(s);
    }
    if (i instanceof String) {
      throw Errors.typeError("complex() second arg can't be a string");
    }
    PyComplex cr = fromObject(r, "first");
    if (i == null) {
      return cr;
    }
    PyComplex ci = fromObject(i, "second");
    // (a+bj) + (c+dj)*1j, componentwise so signed zeros survive as in CPython.
    double re = cr.real;
    double im = ci.real;
    if (ci.imag != 0.0 || i instanceof PyComplex) {
      re = cr.real - ci.imag;
    }
    if (cr.imag != 0.0 || r instanceof PyComplex) {
      im = cr.imag + ci.real;
    }
    return new PyComplex(re, im);
  }

  /**
   * What a {@code __complex__} returned, as complex() and cmath take it: a complex; an
   * instance of a complex subclass with CPython 3.13's DeprecationWarning; else TypeError.
   */
  public static PyComplex complexResult(Object r) {
    if (r instanceof PyComplex c) {
      return c;
    }
    if (r instanceof BuiltinSubclasses.ValueInstance v && v.value instanceof PyComplex c) {
      org.pyjit.interp.RuntimeWarnings.deprecation("__complex__ returned non-complex (type "
          + Types.typeOf(r).name + ").  The ability to return an instance of a strict subclass"
          + " of complex is deprecated, and may be removed in a future version of Python.");
      return c;
    }
    throw Errors.typeError("__complex__ returned non-complex (type " + Types.typeOf(r).name
        + ")");
  }

  private static PyComplex fromObject(Object x, String which) {
    PyComplex c = coerce(x);
    if (c != null) {
      return c;
    }
    Object r = Ops.callDunder(x, "__complex__");
    if (r != null) {
      return complexResult(r);
    }
    r = Ops.callDunder(x, "__float__"); // PyFloat_AsDouble: __float__, else __index__
    if (r != null) {
      return new PyComplex(Constructors.exactFloat(x, r), 0.0);
    }
    if (Types.typeOf(x).lookup("__index__") != null) {
      return new PyComplex(Ops.toDouble(Constructors.indexValue(x)), 0.0);
    }
    throw Errors.typeError("complex() " + which + " argument must be a string or a number, not '"
        + Types.typeOf(x).name + "'");
  }

  /** complex()'s string grammar, compiled at its first use rather than at start-up. */
  private static final class Grammar {
    private Grammar() {}

    static final String F =
        "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)"
        + "(?:[eE][+-]?\\d(?:_?\\d)*)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])";
    static final Pattern REAL = Pattern.compile("([+-]?" + F + ")");
    static final Pattern IMAG = Pattern.compile("([+-]?)(" + F + ")?[jJ]");
    static final Pattern BOTH = Pattern.compile("([+-]?" + F + ")([+-])(" + F + ")?[jJ]");
  }

  static PyComplex parse(String s) {
    // Misplaced underscores are rejected before parsing, with their own message.
    for (int i = s.indexOf('_'); i >= 0; i = s.indexOf('_', i + 1)) {
      if (i == 0 || i == s.length() - 1 || !Character.isDigit(s.charAt(i - 1))
          || !Character.isDigit(s.charAt(i + 1))) {
        throw Errors.valueError("could not convert string to complex: " + Repr.str(s));
      }
    }
    String t = s.strip();
    if (t.startsWith("(") && t.endsWith(")") && t.length() >= 2) {
      t = t.substring(1, t.length() - 1).strip();
    }
    Matcher m;
    if ((m = Grammar.REAL.matcher(t)).matches()) {
      return new PyComplex(number(m.group(1)), 0.0);
    }
    if ((m = Grammar.IMAG.matcher(t)).matches()) {
      double v = m.group(2) == null ? 1.0 : number(m.group(2));
      return new PyComplex(0.0, m.group(1).equals("-") ? -v : v);
    }
    if ((m = Grammar.BOTH.matcher(t)).matches()) {
      double v = m.group(3) == null ? 1.0 : number(m.group(3));
      return new PyComplex(number(m.group(1)), m.group(2).equals("-") ? -v : v);
    }
    throw Errors.valueError("complex() arg is a malformed string");
  }

  private static double number(String f) {
    String t = f.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    boolean neg = t.startsWith("-");
    if (t.startsWith("+") || neg) {
      t = t.substring(1);
    }
    double v = t.startsWith("inf") ? Double.POSITIVE_INFINITY
        : t.equals("nan") ? Double.NaN : Double.parseDouble(t);
    return neg ? -v : v;
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __neg__, __pos__, __abs__, __bool__, __eq__, __ne__, __hash__, __repr__, __str__,
    __format__, __complex__, conjugate, real, imag;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case __neg__: {
          PyComplex z = (PyComplex) a[0];
          return new PyComplex(-z.real, -z.imag);
        }
        case __pos__: {
          PyComplex z = (PyComplex) a[0];
          return new PyComplex(z.real, z.imag);
        }
        case __abs__: return PyComplex.abs((PyComplex) a[0]);
        case __bool__: {
          PyComplex z = (PyComplex) a[0];
          return z.real != 0.0 || z.imag != 0.0;
        }
        case __eq__: return equal((PyComplex) a[0], a[1]);
        case __ne__: {
          Object r = equal((PyComplex) a[0], a[1]);
          return r instanceof Boolean b ? (Object) !b : r;
        }
        case __hash__: return ((PyComplex) a[0]).hash();
        case __repr__: return ((PyComplex) a[0]).repr();
        case __str__: return ((PyComplex) a[0]).repr();
        case __format__: {
          PyComplex z = (PyComplex) a[0];
          String spec = MethodArgs.formatSpec(a, k, Types.COMPLEX);
          try {
            return org.pyjit.runtime.format.FloatFormat.formatComplex(z.real, z.imag, spec);
          } catch (org.pyjit.runtime.format.FormatError e) {
            throw Errors.from(e);
          }
        }
        case __complex__:
          MethodArgs.none(a, k, Types.COMPLEX, "__complex__");
          return a[0];
        case conjugate: {
          MethodArgs.none(a, k, Types.COMPLEX, "conjugate");
          PyComplex z = (PyComplex) a[0];
          return new PyComplex(z.real, -z.imag);
        }
        case real: return ((PyComplex) a[0]).real;
        case imag: return ((PyComplex) a[0]).imag;
        default:
          throw new AssertionError(this);
      }
    }
  }
}
