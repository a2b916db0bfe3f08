package org.pyjit.runtime;

import java.math.BigInteger;
import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;
import org.pyjit.runtime.format.FloatFormat;
import org.pyjit.runtime.format.FormatError;
import org.pyjit.runtime.format.NumberParse;

/**
 * The methods and attributes of int (and so bool) and float, with CPython 3.13's semantics.
 *
 * <p>Contract: {@link #install} fills {@link Types#INT} and {@link Types#FLOAT}. The named
 * methods (bit_length, as_integer_ratio, hex, fromhex, ...) and the data attributes (real,
 * imag, numerator, denominator, as properties) are complete; the operator dunders exist so
 * that explicit calls like {@code (1).__add__(2)} work: they return NotImplemented for an
 * operand of another type, exactly as CPython's slots do, and otherwise defer to
 * {@link Ops}, so the operators themselves never depend on them.
 */
final class NumberMethods {
  private NumberMethods() {}

  private static final PyType I = Types.INT;
  private static final PyType F = Types.FLOAT;

  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  private static void prop(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyProperty(new PyBuiltinFunction(name, body), null, null));
  }

  private static void noArgs(PyType t, String name, java.util.function.Function<Object, Object> f) {
    def(t, name, (a, k) -> {
      MethodArgs.none(a, k, t, name);
      return f.apply(a[0]);
    });
  }

  static void install() {
    // int
    noArgs(I, "bit_length", Fn1.bit_length);
    noArgs(I, "bit_count", Fn1.bit_count);
    noArgs(I, "as_integer_ratio", Fn1.as_integer_ratio);
    noArgs(I, "conjugate", Fn1.conjugate);
    noArgs(I, "is_integer", Fn1.is_integer);
    prop(I, "real", Fn.real);
    prop(I, "imag", Fn.imag);
    prop(I, "numerator", Fn.numerator);
    prop(I, "denominator", Fn.denominator);
    for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
        BinaryOp.FLOOR_DIVIDE, BinaryOp.TRUE_DIVIDE, BinaryOp.REMAINDER, BinaryOp.POWER,
        BinaryOp.LSHIFT, BinaryOp.RSHIFT, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR}) {
      binary(I, op, false);
      binary(I, op, true);
    }
    divmod(I);
    compare(I);
    unary(I);
    noArgs(I, "__index__", Fn1.__index__);

    // float
    noArgs(F, "is_integer", Fn1.is_integer2);
    noArgs(F, "as_integer_ratio", Fn1.as_integer_ratio2);
    noArgs(F, "conjugate", Fn1.conjugate2);
    noArgs(F, "hex", Fn1.hex);
    PyBuiltinFunction fromhex = new PyBuiltinFunction("fromhex", F, Fn.fromhex);
    F.dict.put("fromhex", new PyClassMethod(fromhex));
    prop(F, "real", Fn.real2);
    prop(F, "imag", Fn.imag2);
    for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY,
        BinaryOp.FLOOR_DIVIDE, BinaryOp.TRUE_DIVIDE, BinaryOp.REMAINDER, BinaryOp.POWER}) {
      binary(F, op, false);
      binary(F, op, true);
    }
    divmod(F);
    compare(F);
    unary(F);
  }

  /** An operand the type's slot accepts: ints for int; ints and floats for float. */
  private static boolean accepts(PyType t, Object o) {
    return Ops.isInt(o) || t == F && o instanceof Double;
  }

  private static void binary(PyType t, BinaryOp op, boolean reflected) {
    String name = reflected ? op.reflected : op.dunder;
    def(t, name, (a, k) -> {
      if (op == BinaryOp.POWER && a.length == 3 && a[2] != PySingleton.NONE) {
        // three-argument pow: only int ** int % int; float refuses before looking at them
        if (t == F) {
          throw Errors.typeError(
              "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!Ops.isInt(a[1]) || !Ops.isInt(a[2])) {
          return PySingleton.NOT_IMPLEMENTED;
        }
        return reflected ? Builtins.pow3(a[1], a[0], a[2]) : Builtins.pow3(a[0], a[1], a[2]);
      }
      if (op != BinaryOp.POWER || a.length != 3) { // pow's modulus None is dropped above
        MethodArgs.one(a, k, t, name);
      }
      if (!accepts(t, a[1])) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      return reflected ? Ops.binary(op, a[1], a[0]) : Ops.binary(op, a[0], a[1]);
    });
  }

  private static void divmod(PyType t) {
    def(t, "__divmod__", (a, k) -> {
      MethodArgs.one(a, k, t, "__divmod__");
      return accepts(t, a[1]) ? divmod(a[0], a[1]) : PySingleton.NOT_IMPLEMENTED;
    });
    def(t, "__rdivmod__", (a, k) -> {
      MethodArgs.one(a, k, t, "__rdivmod__");
      return accepts(t, a[1]) ? divmod(a[1], a[0]) : PySingleton.NOT_IMPLEMENTED;
    });
  }

  private static Object divmod(Object x, Object y) {
    return PyTuple.of(Ops.binary(BinaryOp.FLOOR_DIVIDE, x, y),
        Ops.binary(BinaryOp.REMAINDER, x, y));
  }

  private static void compare(PyType t) {
    for (CompareOp op : CompareOp.values()) {
      def(t, op.dunder, (a, k) -> {
        MethodArgs.one(a, k, t, op.dunder);
        return accepts(t, a[1]) ? Ops.compare(op, a[0], a[1]) : PySingleton.NOT_IMPLEMENTED;
      });
    }
  }

  private static void unary(PyType t) {
    noArgs(t, "__neg__", Fn1.__neg__);
    noArgs(t, "__pos__", Fn1.__pos__);
    noArgs(t, "__abs__", Fn1.__abs__);
    if (t == I) {
      noArgs(t, "__invert__", Fn1.__invert__);
    }
    noArgs(t, "__bool__", Fn1.__bool__);
    noArgs(t, "__int__", Fn1.__int__);
    noArgs(t, "__float__", Fn1.__float__);
    noArgs(t, "__trunc__", Fn1.__trunc__);
    noArgs(t, "__floor__", Fn1.__floor__);
    noArgs(t, "__ceil__", Fn1.__ceil__);
    def(t, "__round__", (a, k) -> {
      int n = MethodArgs.range(a, k, t, "__round__", 0, 1);
      return Builtins.round(a[0], n > 0 ? a[1] : PySingleton.NONE);
    });
    noArgs(t, "__repr__", Fn1.__repr__);
    noArgs(t, "__hash__", Fn1.__hash__);
    def(t, "__format__", (a, k) -> {
      return Builtins.format(a[0], MethodArgs.formatSpec(a, k, t));
    });
  }

  /** float.as_integer_ratio(): the exact fraction in lowest terms, positive denominator. */
  static Object floatRatio(double d) {
    if (Double.isInfinite(d)) {
      throw Errors.overflow("cannot convert Infinity to integer ratio");
    }
    if (Double.isNaN(d)) {
      throw Errors.valueError("cannot convert NaN to integer ratio");
    }
    if (d == 0) {
      return PyTuple.of(0L, 1L);
    }
    long bits = Double.doubleToRawLongBits(d);
    int exp = (int) ((bits >> 52) & 0x7ff);
    long mant = bits & 0xfffffffffffffL;
    if (exp == 0) {
      exp = 1;
    } else {
      mant |= 1L << 52;
    }
    exp -= 1075;
    int tz = Long.numberOfTrailingZeros(mant);
    mant >>= tz;
    exp += tz;
    BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
    BigInteger den = BigInteger.ONE;
    if (exp > 0) {
      num = num.shiftLeft(exp);
    } else {
      den = den.shiftLeft(-exp);
    }
    return PyTuple.of(Ops.normalize(num), Ops.normalize(den));
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    real, imag, numerator, denominator, fromhex, real2, imag2;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case real: return Ops.asInt(a[0]);
        case imag: return 0L;
        case numerator: return Ops.asInt(a[0]);
        case denominator: return 1L;
        case fromhex: {
          MethodArgs.one(a, k, F, "fromhex");
          if (!(a[1] instanceof String s)) {
            throw Errors.typeError("bad argument type for built-in operation");
          }
          double d;
          try {
            d = NumberParse.fromHex(s);
          } catch (FormatError e) {
            throw Errors.from(e);
          }
          return a[0] == F ? (Object) d : Ops.call(a[0], new Object[] {d}, null);
        }
        case real2: return a[0];
        case imag2: return 0.0;
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
  private enum Fn1 implements java.util.function.Function<Object, Object> {
    bit_length, bit_count, as_integer_ratio, conjugate, is_integer, __index__, is_integer2,
    as_integer_ratio2, conjugate2, hex, __neg__, __pos__, __abs__, __invert__, __bool__,
    __int__, __float__, __trunc__, __floor__, __ceil__, __repr__, __hash__;

    @Override
    public Object apply(Object x) {
      return apply0(x);
    }

    private Object apply0(Object x) {
      switch (this) {
        case bit_length: return (long) Ops.big(Ops.asInt(x)).abs().bitLength();
        case bit_count: return (long) Ops.big(Ops.asInt(x)).abs().bitCount();
        case as_integer_ratio: return PyTuple.of(Ops.asInt(x), 1L);
        case conjugate: return Ops.asInt(x);
        case is_integer: return true;
        case __index__: return Ops.asInt(x);
        case is_integer2: {
          double d = (Double) x;
          return !Double.isInfinite(d) && d == Math.rint(d);
        }
        case as_integer_ratio2: return floatRatio((Double) x);
        case conjugate2: return x;
        case hex: return FloatFormat.hex((Double) x);
        case __neg__: return Ops.negative(x);
        case __pos__: return Ops.positive(x);
        case __abs__: return x instanceof Double d ? (Object) Math.abs(d)
            : Ops.normalize(Ops.big(Ops.asInt(x)).abs());
        case __invert__: return x instanceof Boolean ? Ops.invertBool(x) : Ops.invert(x);
        case __bool__: return Ops.truth(x);
        case __int__: return Constructors.toInt(x);
        case __float__: return Constructors.toFloat(x);
        case __trunc__: return Constructors.toInt(x);
        case __floor__: return x instanceof Double d ? Constructors.toInt(Math.floor(d))
            : Ops.asInt(x);
        case __ceil__: return x instanceof Double d ? Constructors.toInt(Math.ceil(d))
            : Ops.asInt(x);
        case __repr__: return Ops.repr(x);
        case __hash__: return Ops.hash(x);
        default:
          throw new AssertionError(this);
      }
    }
  }
}
