package org.pyjit.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.pyjit.bytecode.BinaryOp;
import org.pyjit.bytecode.CompareOp;

/**
 * The abstract object layer (CPython's abstract.c and the number/sequence protocols):
 * Python semantics for the operations the interpreter performs on arbitrary values. Each
 * operation has fast paths for the plain Java values (int as Long/BigInteger, float as
 * Double, str as String, bool as Boolean) and falls back to special-method lookup on the
 * type for everything else.
 *
 * <p>Integers: results that fit in 64 bits are Longs, others BigIntegers ({@link #normalize}).
 * Division and modulo round toward negative infinity; true division is correctly rounded.
 */
public final class Ops {
  private Ops() {}

  static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // ------------------------------------------------------------------ ints

  public static Object normalize(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  public static BigInteger big(Object o) {
    if (o instanceof Long l) {
      return BigInteger.valueOf(l);
    }
    if (o instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return (BigInteger) o;
  }

  /** Whether o is a Python int (bool included). */
  public static boolean isInt(Object o) {
    return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
  }

  /** An int (bool included) as a Long or BigInteger. */
  static Object asInt(Object o) {
    return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
  }

  public static double toDouble(Object o) {
    if (o instanceof Double d) {
      return d;
    }
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    BigInteger b = (BigInteger) o;
    if (b.bitLength() > 1024) {
      throw Errors.overflow("int too large to convert to float");
    }
    double d = b.doubleValue();
    if (Double.isInfinite(d)) {
      throw Errors.overflow("int too large to convert to float");
    }
    return d;
  }

  // ------------------------------------------------------------------ binary operators

  public static Object binary(BinaryOp op, Object a, Object b) {
    Object r = numeric(op.plain(), a, b);
    if (r != null) {
      return r;
    }
    if (BuiltinSubclasses.isSubclassInstance(a) || BuiltinSubclasses.isSubclassInstance(b)) {
      return binaryDunders(op, a, b);
    }
    return binarySlow(op, a, b);
  }

  /** int/float arithmetic, or null when an operand is not a number. */
  static Object numeric(BinaryOp op, Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return longOp(op, x, y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      // bool's own &, | and ^ keep the result a bool
      switch (op) {
        case AND -> {
          return x & y;
        }
        case OR -> {
          return x | y;
        }
        case XOR -> {
          return x ^ y;
        }
        default -> { }
      }
    }
    boolean ai = isInt(a);
    boolean bi = isInt(b);
    if (ai && bi) {
      return bigOp(op, big(a), big(b));
    }
    if ((ai || a instanceof Double) && (bi || b instanceof Double)) {
      return floatOp(op, toDouble(a), toDouble(b), ai && bi);
    }
    return null;
  }

  public static Object longOp(BinaryOp op, long x, long y) {
    switch (op) {
      case ADD -> {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
          return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
        }
        return r;
      }
      case SUBTRACT -> {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
          return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
        }
        return r;
      }
      case MULTIPLY -> {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
          return lo;
        }
        return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
      }
      case FLOOR_DIVIDE -> {
        if (y == 0) {
          throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (x == Long.MIN_VALUE && y == -1) {
          return BigInteger.valueOf(x).negate();
        }
        return Math.floorDiv(x, y);
      }
      case REMAINDER -> {
        if (y == 0) {
          throw Errors.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(x, y);
      }
      case TRUE_DIVIDE -> {
        if (y == 0) {
          throw Errors.zeroDivision("division by zero");
        }
        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
          return (double) x / (double) y;
        }
        return trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
      }
      case AND -> {
        return x & y;
      }
      case OR -> {
        return x | y;
      }
      case XOR -> {
        return x ^ y;
      }
      case LSHIFT -> {
        if (y < 0) {
          throw Errors.valueError("negative shift count");
        }
        if (x == 0) {
          return 0L;
        }
        if (y < 63 && (x >> (63 - y)) == (x >> 63)) {
          return x << y;
        }
        return bigOp(op, BigInteger.valueOf(x), BigInteger.valueOf(y));
      }
      case RSHIFT -> {
        if (y < 0) {
          throw Errors.valueError("negative shift count");
        }
        return y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
      }
      case POWER -> {
        return power(BigInteger.valueOf(x), BigInteger.valueOf(y));
      }
      default -> {
        return null;
      }
    }
  }

  static Object bigOp(BinaryOp op, BigInteger x, BigInteger y) {
    switch (op) {
      case ADD -> {
        return normalize(x.add(y));
      }
      case SUBTRACT -> {
        return normalize(x.subtract(y));
      }
      case MULTIPLY -> {
        return normalize(x.multiply(y));
      }
      case FLOOR_DIVIDE -> {
        if (y.signum() == 0) {
          throw Errors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
          q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
      }
      case REMAINDER -> {
        if (y.signum() == 0) {
          throw Errors.zeroDivision("integer modulo by zero");
        }
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
          r = r.add(y);
        }
        return normalize(r);
      }
      case TRUE_DIVIDE -> {
        if (y.signum() == 0) {
          throw Errors.zeroDivision("division by zero");
        }
        return trueDivide(x, y);
      }
      case AND -> {
        return normalize(x.and(y));
      }
      case OR -> {
        return normalize(x.or(y));
      }
      case XOR -> {
        return normalize(x.xor(y));
      }
      case LSHIFT -> {
        if (y.signum() < 0) {
          throw Errors.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
          throw Errors.overflow("too many digits in integer");
        }
        return normalize(x.shiftLeft(y.intValue()));
      }
      case RSHIFT -> {
        if (y.signum() < 0) {
          throw Errors.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
          return x.signum() < 0 ? -1L : 0L;
        }
        return normalize(x.shiftRight(y.intValue()));
      }
      case POWER -> {
        return power(x, y);
      }
      default -> {
        return null;
      }
    }
  }

  static Object power(BigInteger x, BigInteger y) {
    if (y.signum() < 0) {
      if (x.signum() == 0) {
        throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
      }
      return floatPow(toDouble(normalize(x)), toDouble(normalize(y)));
    }
    if (x.equals(BigInteger.ONE) || x.signum() == 0 && y.signum() > 0) {
      return normalize(x);
    }
    if (x.equals(BigInteger.ONE.negate())) {
      return y.testBit(0) ? -1L : 1L;
    }
    if (y.bitLength() > 31) {
      throw Errors.raise(Types.MEMORY_ERROR, "");
    }
    return normalize(x.pow(y.intValue()));
  }

  /**
   * int / int, correctly rounded (half to even) as CPython's: an integer quotient with two
   * or more bits beyond the double's precision (fewer kept when the result is subnormal),
   * a sticky remainder, and one rounding. (A decimal quotient rounded to a few dozen
   * digits, then to a double, rounded twice and missed exact ties such as an odd 54-bit
   * numerator over a power of two.)
   */
  static double trueDivide(BigInteger x, BigInteger y) {
    boolean negative = (x.signum() < 0) != (y.signum() < 0);
    BigInteger a = x.abs();
    BigInteger b = y.abs();
    int diff = a.bitLength() - b.bitLength();
    if (a.signum() == 0 || diff < Double.MIN_EXPONENT - 53 - 2) {
      return negative ? -0.0 : 0.0; // below half the smallest subnormal
    }
    if (diff > Double.MAX_EXPONENT + 1) {
      throw Errors.overflow("integer division result too large for a float");
    }
    // value = a/b = q * 2**shift with q of about 55 bits (or fewer near underflow)
    int shift = Math.max(diff, Double.MIN_EXPONENT + 1) - 55;
    BigInteger[] qr = shift >= 0 ? a.divideAndRemainder(b.shiftLeft(shift))
        : a.shiftLeft(-shift).divideAndRemainder(b);
    BigInteger q = qr[0];
    boolean inexact = qr[1].signum() != 0;
    // bits of q below the result's last place (its precision, or the subnormal ulp)
    int extra = Math.max(q.bitLength() - 53, Double.MIN_EXPONENT - 52 - shift);
    long kept = q.shiftRight(extra).longValueExact();
    BigInteger low = q.subtract(BigInteger.valueOf(kept).shiftLeft(extra));
    int vsHalf = low.compareTo(BigInteger.ONE.shiftLeft(extra - 1));
    if (vsHalf > 0 || vsHalf == 0 && (inexact || (kept & 1) == 1)) {
      kept++;
    }
    double d = Math.scalb((double) kept, shift + extra);
    if (Double.isInfinite(d)) {
      throw Errors.overflow("integer division result too large for a float");
    }
    return negative ? -d : d;
  }

  public static Object floatOp(BinaryOp op, double x, double y, boolean bothInts) {
    switch (op) {
      case ADD -> {
        return x + y;
      }
      case SUBTRACT -> {
        return x - y;
      }
      case MULTIPLY -> {
        return x * y;
      }
      case TRUE_DIVIDE -> {
        if (y == 0) {
          throw Errors.zeroDivision("float division by zero");
        }
        return x / y;
      }
      case FLOOR_DIVIDE -> {
        if (y == 0) {
          throw Errors.zeroDivision("float floor division by zero");
        }
        return floatDivmod(x, y)[0];
      }
      case REMAINDER -> {
        if (y == 0) {
          throw Errors.zeroDivision("float modulo by zero");
        }
        return floatDivmod(x, y)[1];
      }
      case POWER -> {
        return floatPow(x, y);
      }
      default -> {
        return null;
      }
    }
  }

  /** CPython's float divmod: floor quotient and a remainder with the divisor's sign. */
  public static double[] floatDivmod(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return new double[] {floordiv, mod};
  }

  /**
   * float ** float in CPython's order (float_pow): zero exponent, NaNs, infinite exponent,
   * infinite base, zero base, negative base (complex for a fractional exponent, else the
   * sign by the exponent's parity) are decided here; only finite positive bases other than
   * 1 reach libm's pow, whose overflow is CPython's OverflowError.
   */
  static Object floatPow(double x, double y) {
    if (y == 0) {
      return 1.0;
    }
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isNaN(y)) {
      return x == 1.0 ? 1.0 : y;
    }
    if (Double.isInfinite(y)) {
      double ax = Math.abs(x);
      return ax == 1.0 ? 1.0 : (y > 0) == (ax > 1.0) ? Math.abs(y) : 0.0;
    }
    if (Double.isInfinite(x)) {
      boolean odd = isOddInteger(y);
      return y > 0 ? (odd ? x : Math.abs(x)) : (odd ? Math.copySign(0.0, x) : 0.0);
    }
    if (x == 0) {
      if (y < 0) {
        throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
      }
      return isOddInteger(y) ? x : 0.0;
    }
    boolean negate = false;
    if (x < 0) {
      if (y != Math.floor(y)) { // a negative number to a fractional power is complex
        return PyComplex.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
      }
      x = -x;
      negate = isOddInteger(y);
    }
    if (x == 1.0) {
      return negate ? -1.0 : 1.0;
    }
    double r = Libm.pow(x, y);
    if (Double.isInfinite(r)) {
      throw Errors.overflow("(34, 'Numerical result out of range')");
    }
    return negate ? -r : r;
  }

  private static boolean isOddInteger(double y) {
    return Math.abs(y) % 2.0 == 1.0;
  }

  /** Sequences, then the special methods of the operands' types. */
  static Object binarySlow(BinaryOp op, Object a, Object b) {
    BinaryOp plain = op.plain();
    if (plain == BinaryOp.OR && PyUnion.isTypingPair(a, b)) {
      return PyUnion.typingOf(a, b); // T | None: a typing.Union
    }
    if (plain == BinaryOp.OR && PyUnion.isMember(a) && PyUnion.isMember(b)
        && (a != PySingleton.NONE || b != PySingleton.NONE)
        && (!(a instanceof PyType t) || t.type() == Types.TYPE)
        && (!(b instanceof PyType u) || u.type() == Types.TYPE)) {
      return PyUnion.of(a, b); // int | str: a types.UnionType (a metaclass may define |)
    }
    if (a instanceof PySet && b instanceof PySet) {
      Object r = SetOps.binary(op, a, b);
      if (r != null) {
        return r;
      }
    }
    if (plain == BinaryOp.ADD) {
      if (a instanceof String x && b instanceof String y) {
        return x.concat(y);
      }
      if (op.isInplace() && a instanceof PyList x && !(b instanceof PyList)) {
        // list += iterable is list.extend; only list + list is restricted to lists
        for (Object v : ListOps.toArray(b)) {
          x.append(v);
        }
        return x;
      }
      if (a instanceof PyList x && b instanceof PyList y) {
        if (op.isInplace()) {
          for (int i = 0, n = y.size(); i < n; i++) {
            x.append(y.get(i));
          }
          return x;
        }
        Object[] r = new Object[x.size() + y.size()];
        System.arraycopy(x.items, 0, r, 0, x.size());
        System.arraycopy(y.items, 0, r, x.size(), y.size());
        return new PyList(r);
      }
      if (a instanceof PyTuple x && b instanceof PyTuple y) {
        Object[] r = new Object[x.size() + y.size()];
        System.arraycopy(x.items, 0, r, 0, x.size());
        System.arraycopy(y.items, 0, r, x.size(), y.size());
        return PyTuple.of(r);
      }
    }
    if (plain == BinaryOp.MULTIPLY) {
      Object r = repeat(a, b);
      if (r == null) {
        r = repeat(b, a);
      }
      if (r != null) {
        return r;
      }
    }
    if (plain == BinaryOp.REMAINDER && a instanceof String) {
      if (b instanceof PyInstance) { // a str subclass overriding __rmod__ goes first
        PyType tb = Types.typeOf(b);
        if (tb.isSubtypeOf(Types.STR) && tb.lookup("__rmod__") != Types.STR.lookup("__rmod__")) {
          Object r = callDunder(b, "__rmod__", a);
          if (r != PySingleton.NOT_IMPLEMENTED && r != null) {
            return r;
          }
        }
      }
      return PercentOperands.format((String) a, b);
    }
    return binaryDunders(op, a, b);
  }

  /**
   * The special methods of a binary operator: the in-place one, then a.__op__ and
   * b.__rop__, the reflected one first when b's type is a subclass of a's that overrides it
   * (CPython's binary_op1); CPython's TypeError when all decline.
   */
  static Object binaryDunders(BinaryOp op, Object a, Object b) {
    BinaryOp plain = op.plain();
    if (op.isInplace() && !listRepeatDeclines(plain, a, b)) {
      Object r = callDunder(a, op.dunder, b);
      if (r != PySingleton.NOT_IMPLEMENTED && r != null) {
        return r;
      }
    }
    PyType ta = Types.typeOf(a);
    PyType tb = Types.typeOf(b);
    boolean reflectFirst = ta != tb && tb.isSubtypeOf(ta)
        && tb.lookup(plain.reflected) != null
        && tb.lookup(plain.reflected) != ta.lookup(plain.reflected);
    Object r;
    if (reflectFirst) {
      r = callDunder(b, plain.reflected, a);
      if (r != PySingleton.NOT_IMPLEMENTED && r != null) {
        return r;
      }
    }
    r = callDunder(a, plain.dunder, b);
    if (r != PySingleton.NOT_IMPLEMENTED && r != null) {
      return r;
    }
    if (ta != tb && !reflectFirst) {
      r = callDunder(b, plain.reflected, a);
      if (r != PySingleton.NOT_IMPLEMENTED && r != null) {
        return r;
      }
    }
    if (plain == BinaryOp.POWER) {
      throw Errors.unsupportedOperands("** or pow()", a, b);
    }
    if (plain == BinaryOp.ADD
        && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
      String t = Types.typeOf(a).name;
      throw Errors.typeError("can only concatenate " + t + " (not \""
          + Types.typeOf(b).messageName() + "\") to " + t);
    }
    if (plain == BinaryOp.MULTIPLY) {
      Object seq = a instanceof String || a instanceof PyList || a instanceof PyTuple
          || a instanceof PyBytes || a instanceof PyByteArray ? b
          : b instanceof String || b instanceof PyList || b instanceof PyTuple
          || b instanceof PyBytes || b instanceof PyByteArray ? a : null;
      if (seq != null) {
        throw Errors.typeError("can't multiply sequence by non-int of type '"
            + Types.typeOf(seq).messageName() + "'");
      }
    }
    throw Errors.unsupportedOperands(op.symbol, a, b);
  }

  /**
   * Whether {@code a *= b} must skip list's own __imul__: b is no repeat count (neither an
   * int nor an object with __index__), so CPython's in-place repeat is never reached and
   * b's __rmul__ gets its turn (list.__imul__ called directly raises instead).
   */
  private static boolean listRepeatDeclines(BinaryOp plain, Object a, Object b) {
    if (plain != BinaryOp.MULTIPLY || !(a instanceof PyList) || isInt(b)) {
      return false;
    }
    PyType ta = Types.typeOf(a);
    return ta.lookup("__imul__") == Types.LIST.lookup("__imul__")
        && !(b instanceof PyInstance && Types.typeOf(b).lookup("__index__") != null);
  }

  /** seq * n, or null if a is not a sequence or n not an int. */
  static Object repeat(Object a, Object n) {
    if (!(a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
      return null;
    }
    if (!isInt(n)) {
      if (!(n instanceof PyInstance) || Types.typeOf(n).lookup("__index__") == null) {
        return null;
      }
      n = asIndex(n); // sequence repetition takes any __index__
    }
    long times = Math.max(0, repeatCount(n));
    if (a instanceof String s) {
      if (s.length() > 0 && times > (Integer.MAX_VALUE - 8) / s.length()) {
        throw Errors.overflow("repeated string is too long");
      }
      return s.repeat((int) times);
    }
    Object[] items = a instanceof PyList l ? l.toArray() : ((PyTuple) a).items;
    if (items.length > 0 && times > (Integer.MAX_VALUE - 8) / items.length) {
      throw Errors.raise(Types.MEMORY_ERROR, "");
    }
    Object[] r = new Object[(int) (items.length * times)];
    for (int i = 0; i < times; i++) {
      System.arraycopy(items, 0, r, i * items.length, items.length);
    }
    return a instanceof PyList ? new PyList(r) : PyTuple.of(r);
  }

  /**
   * Calls the special method {@code name} of {@code self}'s type with {@code args}; returns
   * null when the type does not define it.
   */
  public static Object callDunder(Object self, String name, Object... args) {
    PyType t = Types.typeOf(self);
    if (t.builtin && !(self instanceof PyInstance)) {
      Object m = t.lookup(name);
      if (m == null) {
        return null;
      }
      return callMethod(m, self, args);
    }
    Object m = t.lookup(name);
    if (m == null) {
      return null;
    }
    return callMethod(m, self, args);
  }

  static Object callMethod(Object descr, Object self, Object[] args) {
    Object[] full = new Object[args.length + 1];
    full[0] = self;
    System.arraycopy(args, 0, full, 1, args.length);
    if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction) {
      return call(descr, full, null);
    }
    return call(bind(descr, self, Types.typeOf(self)), args, null);
  }

  /** divmod(a, b): numbers directly, else __divmod__ / __rdivmod__ as a binary operator. */
  public static Object divmod(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      return PyTuple.of(binary(BinaryOp.FLOOR_DIVIDE, a, b), binary(BinaryOp.REMAINDER, a, b));
    }
    PyType ta = Types.typeOf(a);
    PyType tb = Types.typeOf(b);
    boolean reflectFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup("__rdivmod__") != null
        && tb.lookup("__rdivmod__") != ta.lookup("__rdivmod__");
    Object r;
    if (reflectFirst) {
      r = callDunder(b, "__rdivmod__", a);
      if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    r = callDunder(a, "__divmod__", b);
    if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    if (ta != tb && !reflectFirst) {
      r = callDunder(b, "__rdivmod__", a);
      if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    throw Errors.unsupportedOperands("divmod()", a, b);
  }

  // ------------------------------------------------------------------ unary operators

  public static Object negative(Object a) {
    if (a instanceof Long l) {
      return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
    }
    if (a instanceof Double d) {
      return -d;
    }
    if (a instanceof Boolean b) {
      return b ? -1L : 0L;
    }
    if (a instanceof BigInteger b) {
      return normalize(b.negate());
    }
    return unaryDunder(a, "__neg__", "unary -");
  }

  public static Object positive(Object a) {
    if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
      return a;
    }
    if (a instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return unaryDunder(a, "__pos__", "unary +");
  }

  /** CPython 3.12+'s DeprecationWarning for {@code ~} on a bool. */
  private static final String INVERT_BOOL = "Bitwise inversion '~' on bool is deprecated and"
      + " will be removed in Python 3.16. This returns the bitwise inversion of the underlying"
      + " int object and is usually not what you expect from negating a bool. Use the 'not'"
      + " operator for boolean negation or ~int(x) if you really want the bitwise inversion of"
      + " the underlying int.";

  /** ~ of a bool, warning. */
  static Object invertBool(Object a) {
    org.pyjit.interp.RuntimeWarnings.deprecation(INVERT_BOOL);
    return (Boolean) a ? -2L : -1L;
  }

  public static Object invert(Object a) {
    if (a instanceof Long l) {
      return ~l;
    }
    if (a instanceof Boolean) {
      return invertBool(a);
    }
    if (a instanceof BigInteger b) {
      return normalize(b.not());
    }
    return unaryDunder(a, "__invert__", "unary ~");
  }

  static Object unaryDunder(Object a, String dunder, String what) {
    Object r = callDunder(a, dunder);
    if (r == null) {
      throw Errors.typeError("bad operand type for " + what + ": '"
          + Types.typeOf(a).messageName() + "'");
    }
    return r;
  }

  // ------------------------------------------------------------------ truth

  public static boolean truth(Object o) {
    if (o instanceof Boolean b) {
      return b;
    }
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__bool__");
      if (m == null) {
        m = BuiltinSubclasses.override(o, "__len__");
      }
      if (m != null) {
        return truthOfInstance(o);
      }
    }
    if (o instanceof Long l) {
      return l != 0;
    }
    if (o == PySingleton.NONE) {
      return false;
    }
    if (o instanceof String s) {
      return !s.isEmpty();
    }
    if (o instanceof Double d) {
      return d != 0;
    }
    if (o instanceof PyList l) {
      return l.size() != 0;
    }
    if (o instanceof PyTuple t) {
      return t.size() != 0;
    }
    if (o instanceof PyDict d) {
      return d.size() != 0;
    }
    if (o instanceof BigInteger) {
      return true; // never zero: zero is a Long
    }
    if (o instanceof PyRange r) {
      return !r.isEmpty();
    }
    if (o instanceof PySet s) {
      return s.size() != 0;
    }
    return truthOfInstance(o);
  }

  private static boolean truthOfInstance(Object o) {
    Object r = callDunder(o, "__bool__");
    if (r != null) {
      if (r instanceof Boolean b) {
        return b;
      }
      throw Errors.typeError("__bool__ should return bool, returned " + Types.typeOf(r).name);
    }
    r = callDunder(o, "__len__");
    if (r != null) {
      return lenResult(r) != 0;
    }
    return true;
  }

  // ------------------------------------------------------------------ comparison

  public static Object compare(CompareOp op, Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long c = Long.compare(x, y);
      return cmpResult(op, c);
    }
    if (isNumber(a) && isNumber(b)) {
      return numericCompare(op, a, b);
    }
    if (a instanceof String x && b instanceof String y) {
      return cmpResult(op, compareStrings(x, y));
    }
    return richCompareSlow(op, a, b);
  }

  static boolean isNumber(Object o) {
    return o instanceof Long || o instanceof Double || o instanceof Boolean
        || o instanceof BigInteger;
  }

  /** Compares str by code points, as CPython does (Java's compareTo uses UTF-16 units). */
  public static int compareStrings(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      char a = x.charAt(i);
      char b = y.charAt(i);
      if (a != b) {
        if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
          return Integer.compare(x.codePointAt(i), y.codePointAt(i));
        }
        return a - b;
      }
    }
    return x.length() - y.length();
  }

  static Boolean cmpResult(CompareOp op, long c) {
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      case GT -> c > 0;
      case GE -> c >= 0;
    };
  }

  static Object numericCompare(CompareOp op, Object a, Object b) {
    if (a instanceof Double || b instanceof Double) {
      double x = a instanceof Double d ? d : Double.NaN;
      double y = b instanceof Double d ? d : Double.NaN;
      if (!(a instanceof Double) || !(b instanceof Double)) {
        // int vs float: exact comparison, as CPython does
        Object i = a instanceof Double ? b : a;
        double f = a instanceof Double ? x : y;
        if (Double.isNaN(f)) {
          return op == CompareOp.NE;
        }
        int c;
        if (Double.isInfinite(f)) {
          c = f > 0 ? -1 : 1;
        } else {
          c = new BigDecimal(big(i)).compareTo(new BigDecimal(f));
        }
        if (a instanceof Double) {
          c = -c;
        }
        return cmpResult(op, c);
      }
      return switch (op) {
        case LT -> x < y;
        case LE -> x <= y;
        case EQ -> x == y;
        case NE -> x != y;
        case GT -> x > y;
        case GE -> x >= y;
      };
    }
    return cmpResult(op, big(a).compareTo(big(b)));
  }

  static Object richCompareSlow(CompareOp op, Object a, Object b) {
    if (BuiltinSubclasses.isSubclassInstance(a) || BuiltinSubclasses.isSubclassInstance(b)) {
      return compareDunders(op, a, b);
    }
    return compareBuiltin(op, a, b);
  }

  /** Comparison of the built-in containers (what their own __eq__, __lt__ ... do). */
  static Object compareBuiltin(CompareOp op, Object a, Object b) {
    if (a instanceof PySet && b instanceof PySet) {
      return SetOps.compare(op, a, b);
    }
    if (a instanceof PyTuple x && b instanceof PyTuple y) {
      return sequenceCompare(op, x.items, x.size(), y.items, y.size());
    }
    if (a instanceof PyList x && b instanceof PyList y) {
      return sequenceCompare(op, x.items, x.size(), y.items, y.size());
    }
    if (a instanceof PySlice x && b instanceof PySlice y) { // compared as (start, stop, step)
      return sequenceCompare(op, new Object[] {x.start, x.stop, x.step}, 3,
          new Object[] {y.start, y.stop, y.step}, 3);
    }
    return compareDunders(op, a, b);
  }

  /** a.__op__(b) and b.__swapped__(a), the subclass's first when it overrides it. */
  static Object compareDunders(CompareOp op, Object a, Object b) {
    PyType ta = Types.typeOf(a);
    PyType tb = Types.typeOf(b);
    boolean reflectFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(op.swapped().dunder) != null;
    if (reflectFirst) {
      Object r = compareDunder(b, op.swapped().dunder, a);
      if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    Object r = compareDunder(a, op.dunder, b);
    if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    return reflectFirst ? compareFallback(op, a, b) : compareReflected(op, a, b);
  }

  /**
   * The rest of a comparison of two objects of one type after a.__op__(b) returned
   * NotImplemented: b's reflected method, then identity for == and !=, else TypeError.
   */
  public static Object compareReflected(CompareOp op, Object a, Object b) {
    Object r = compareDunder(b, op.swapped().dunder, a);
    if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    return compareFallback(op, a, b);
  }

  private static Object compareFallback(CompareOp op, Object a, Object b) {
    if (op == CompareOp.EQ) {
      return a == b;
    }
    if (op == CompareOp.NE) {
      return a != b;
    }
    throw Errors.typeError("'" + op.symbol + "' not supported between instances of '"
        + Types.typeOf(a).messageName() + "' and '" + Types.typeOf(b).messageName() + "'");
  }

  /** x.name(y) for a comparison, with object.__ne__'s fallback: the inverse of __eq__. */
  private static Object compareDunder(Object x, String name, Object y) {
    if (name.equals("__ne__") && Types.typeOf(x).lookup("__ne__") == null) {
      return neFromEq(x, y);
    }
    return callDunder(x, name, y);
  }

  /** object.__ne__: the inverse of x.__eq__(y), NotImplemented (or null) passed through. */
  static Object neFromEq(Object x, Object y) {
    Object r = callDunder(x, "__eq__", y);
    return r == null || r == PySingleton.NOT_IMPLEMENTED ? r : (Object) !truth(r);
  }

  static Object sequenceCompare(CompareOp op, Object[] x, int nx, Object[] y, int ny) {
    NativeRecursion.enter(" in comparison");
    try {
      int n = Math.min(nx, ny);
      for (int i = 0; i < n; i++) {
        if (x[i] != y[i] && !eq(x[i], y[i])) {
          if (op == CompareOp.EQ) {
            return false;
          }
          if (op == CompareOp.NE) {
            return true;
          }
          return compare(op, x[i], y[i]);
        }
      }
      return cmpResult(op, Integer.compare(nx, ny));
    } finally {
      NativeRecursion.exit();
    }
  }

  /** Python's == as a Java boolean. */
  public static boolean eq(Object a, Object b) {
    if (a == b) {
      return !(a instanceof Double d && d.isNaN());
    }
    if (a instanceof String x && b instanceof String y) {
      return x.equals(y);
    }
    return truth(compare(CompareOp.EQ, a, b));
  }

  public static boolean contains(Object container, Object item) {
    if (BuiltinSubclasses.isSubclassInstance(container)) {
      Object m = BuiltinSubclasses.override(container, "__contains__");
      if (m != null) {
      return truth(callMethod(m, container, new Object[] {item}));
      }
    }
    return containsBuiltin(container, item);
  }

  /** __contains__ of the built-in types (what their own __contains__ does). */
  static boolean containsBuiltin(Object container, Object item) {
    if (container instanceof PyDict d) {
      return d.containsKey(item);
    }
    if (container instanceof String s) {
      if (!(item instanceof String sub)) {
        throw Errors.typeError("'in <string>' requires string as left operand, not "
            + Types.typeOf(item).name);
      }
      return s.contains(sub);
    }
    if (container instanceof PyList l) {
      for (int i = 0; i < l.size(); i++) {
        Object x = l.get(i);
        if (x == item || eq(x, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof PyTuple t) {
      for (Object x : t.items) {
        if (x == item || eq(x, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof PyRange r) {
      return r.contains(item);
    }
    if (container instanceof PySet s) {
      return s.contains(item);
    }
    Object r = callDunder(container, "__contains__", item);
    if (r != null) {
      return truth(r);
    }
    PyType ct = Types.typeOf(container);
    if (ct.lookup("__iter__") == null && ct.lookup("__getitem__") == null) {
      throw Errors.typeError("argument of type '" + ct.name + "' is not iterable");
    }
    Object it = iter(container);
    for (Object x; (x = next(it)) != null; ) {
      if (x == item || eq(x, item)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ hashing

  /** Python's hash(), with CPython's values for numbers, None, tuples and frozensets. */
  public static long hash(Object o) {
    if (o instanceof Long l) { // first: the set and dict tables' most common key, inlined
      return org.pyjit.runtime.collect.PyHash.hashLong(l);
    }
    if (o instanceof PyObject && o instanceof BuiltinSubclasses.ClassInstance
        && !(o instanceof PyBaseException)) {
      return hashOfInstance(o);
    }
    return hashBuiltin(o);
  }

  /** hash() of an instance of a Python class: its __hash__, else its built-in value's. */
  private static long hashOfInstance(Object o) {
    PyType t = Types.typeOf(o);
    Object m = t.lookup("__hash__");
    if (m == PySingleton.NONE) {
      throw Errors.typeError("unhashable type: '" + t.name + "'");
    }
    if (m != null && !(m instanceof PyBuiltinFunction)) {
      Object r = callMethod(m, o, new Object[0]);
      if (!isInt(r)) {
        throw Errors.typeError("__hash__ method should return an integer");
      }
      long h = r instanceof BigInteger b
          ? org.pyjit.runtime.collect.PyHash.hashBigInteger(b) : asIndex(r);
      return h == -1 ? -2 : h;
    }
    if (o instanceof BuiltinSubclasses.ValueInstance v) {
      return hashBuiltin(v.value);
    }
    if (o instanceof PyInstance) {
      return org.pyjit.runtime.collect.PyHash.hashIdentity(System.identityHashCode(o));
    }
    return hashBuiltin(o);
  }

  static long hashBuiltin(Object o) {
    if (o instanceof Long l) {
      return org.pyjit.runtime.collect.PyHash.hashLong(l);
    }
    if (o instanceof String s) {
      return org.pyjit.runtime.collect.PyHash.hashString(s);
    }
    if (o instanceof Boolean b) {
      return org.pyjit.runtime.collect.PyHash.hashBool(b);
    }
    if (o instanceof Double d) {
      return org.pyjit.runtime.collect.PyHash.hashDouble(d, System.identityHashCode(o));
    }
    if (o instanceof BigInteger b) {
      return org.pyjit.runtime.collect.PyHash.hashBigInteger(b);
    }
    if (o == PySingleton.NONE) {
      return org.pyjit.runtime.collect.PyHash.hashNone();
    }
    if (o instanceof PyTuple t) {
      long[] hs = new long[t.size()];
      for (int i = 0; i < hs.length; i++) {
        hs[i] = hash(t.get(i));
      }
      return org.pyjit.runtime.collect.PyHash.hashTuple(hs);
    }
    if (o instanceof PySet s) {
      if (!s.frozen) {
        throw Errors.typeError("unhashable type: 'set'");
      }
      return s.table.frozensetHash();
    }
    if (o instanceof PyBytes b) {
      return org.pyjit.runtime.collect.PyHash.hashBytes(b.data);
    }
    if (o instanceof PyComplex c) {
      return c.hash();
    }
    if (o instanceof PyMemoryView m) {
      return m.hash();
    }
    if (o instanceof PyRange r) { // as CPython's range_hash: the hash of (len, start, step)
      Object n = r.lengthObject();
      return hash(eq(n, 0L) ? PyTuple.of(0L, PySingleton.NONE, PySingleton.NONE)
          : eq(n, 1L) ? PyTuple.of(1L, r.startObject(), PySingleton.NONE)
          : PyTuple.of(n, r.startObject(), r.stepObject()));
    }
    if (o instanceof PyUnion u) {
      return u.hash();
    }
    if (o instanceof PyGenericAlias g) {
      return g.hash();
    }
    if (o instanceof PySlice sl) { // hashable since 3.12
      return org.pyjit.runtime.collect.PyHash.hashSlice(hash(sl.start), hash(sl.stop),
          hash(sl.step));
    }
    if (o instanceof PyList || o instanceof PyDict || o instanceof PyByteArray) {
      throw Errors.typeError("unhashable type: '" + Types.typeOf(o).name + "'");
    }
    if (o instanceof PyInstance) {
      PyType t = Types.typeOf(o);
      Object m = t.lookup("__hash__");
      if (m == PySingleton.NONE) {
        throw Errors.typeError("unhashable type: '" + t.name + "'");
      }
      if (m != null && !(m instanceof PyBuiltinFunction)) {
        Object r = callMethod(m, o, new Object[0]);
        if (!isInt(r)) {
          throw Errors.typeError("__hash__ method should return an integer");
        }
        long h = isInt(r) && r instanceof BigInteger b
            ? org.pyjit.runtime.collect.PyHash.hashBigInteger(b) : asIndex(r);
        return h == -1 ? -2 : h;
      }
    }
    return org.pyjit.runtime.collect.PyHash.hashIdentity(System.identityHashCode(o));
  }



  // ------------------------------------------------------------------ conversions

  /** A repetition count: {@link #asIndex}, with CPython's OverflowError past 64 bits. */
  static long repeatCount(Object n) {
    if (n instanceof BigInteger b && b.bitLength() >= 64) {
      throw Errors.overflow("cannot fit 'int' into an index-sized integer");
    }
    return asIndex(n);
  }

  /** o as an index (int, bool or an object with __index__), with CPython's TypeError. */
  public static long asIndex(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof BigInteger b) {
      if (b.bitLength() >= 64) {
        throw Errors.raise(Types.INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer");
      }
      return b.longValue();
    }
    Object r = callDunder(o, "__index__");
    if (r != null) {
      return asIndex(Constructors.exactInt("__index__", r));
    }
    throw Errors.typeError("'" + Types.typeOf(o).name
        + "' object cannot be interpreted as an integer");
  }

  public static String repr(Object o) {
    return ObjectRepr.repr(o);
  }

  public static String str(Object o) {
    return ObjectRepr.str(o);
  }

  /** str(o), falling back to repr for debugging output (never throws). */
  public static String strOrRepr(Object o) {
    try {
      return str(o);
    } catch (RuntimeException e) {
      return String.valueOf(o);
    }
  }

  // ------------------------------------------------------------------ attributes

  public static Object getattr(Object o, String name) {
    if ((o instanceof PyInstance || BuiltinSubclasses.isSubclassInstance(o))
        && hasAttributeHooks(Types.typeOf(o))) {
      return hookedGetattr(o, name);
    }
    Object r = genericGetattr(o, name);
    if (r == null) {
      if (o instanceof PyType t && t.metatype != null) {
        Object fallback = t.metatype.lookup("__getattr__"); // a metaclass's, for its classes
        if (fallback != null) {
          return callMethod(fallback, t, new Object[] {name});
        }
      }
      throw noAttribute(o, name);
    }
    return r;
  }

  /**
   * Counts changes to classes' dicts after their creation (setattr and delattr on a class):
   * what a class inherits is recomputed only when some class changed.
   */
  static int typeEpoch;

  /**
   * Whether the class defines __getattribute__ or __getattr__ in Python. Asked on every
   * attribute access of an instance, so the answer is kept per class until a class changes.
   */
  static boolean hasAttributeHooks(PyType t) {
    if (t.builtin) {
      return false;
    }
    if (t.hooksEpoch != typeEpoch) {
      t.attributeHooks = t.lookup("__getattribute__") instanceof PyFunction
          || t.lookup("__getattr__") != null;
      t.hooksEpoch = typeEpoch;
    }
    return t.attributeHooks;
  }

  /** Attribute lookup through the class's __getattribute__, then __getattr__ as a fallback. */
  private static Object hookedGetattr(Object o, String name) {
    PyType t = Types.typeOf(o);
    Object getattribute = t.lookup("__getattribute__");
    Object fallback = t.lookup("__getattr__");
    if (getattribute instanceof PyFunction) {
      try {
        return callMethod(getattribute, o, new Object[] {name});
      } catch (PyException e) {
        if (fallback == null || !e.value.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
          throw e;
        }
      }
    } else {
      try {
        Object r = genericGetattr(o, name);
        if (r != null) {
          return r;
        }
      } catch (PyException e) { // a property raising AttributeError falls back too
        if (fallback == null || !e.value.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
          throw e;
        }
      }
      if (fallback == null) {
        throw noAttribute(o, name);
      }
    }
    return callMethod(fallback, o, new Object[] {name});
  }

  /** AttributeError, remembering name and object for the "Did you mean" suggestion. */
  /**
   * A type's tp_name, which CPython's messages use: the struct sequences' include their
   * module ({@code 'sys.int_info' object}), unlike their __name__.
   */
  static String cTypeName(PyType t) {
    return t.structFields != null ? t.module + "." + t.name : t.name;
  }

  public static PyException noAttribute(Object o, String name) {
    PyException e;
    if (o instanceof PyModule m) {
      e = Errors.attributeError(Importer.moduleAttributeMessage(m, name));
    } else if (o instanceof PyType t) {
      e = Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
    } else {
      e = Errors.attributeError("'" + cTypeName(Types.typeOf(o)) + "' object has no attribute '"
          + name + "'");
    }
    e.value.dict.put("name", name);
    e.value.dict.put("obj", o);
    return e;
  }

  /** The attribute, or null when there is none (an AttributeError raised is absorbed). */
  public static Object getattrOrNull(Object o, String name) {
    if ((o instanceof PyInstance || BuiltinSubclasses.isSubclassInstance(o))
        && hasAttributeHooks(Types.typeOf(o))) {
      try {
        return hookedGetattr(o, name);
      } catch (PyException e) {
        if (e.value.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
          return null;
        }
        throw e;
      }
    }
    try {
      Object r = genericGetattr(o, name);
      if (r == null && o instanceof PyType t && t.metatype != null) {
        Object fallback = t.metatype.lookup("__getattr__");
        if (fallback != null) {
          return callMethod(fallback, t, new Object[] {name});
        }
      }
      return r;
    } catch (PyException e) { // a property or slot raising AttributeError: no attribute
      if (e.value.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }

  /**
   * object.__getattribute__: the attribute, or null (never raises AttributeError itself; a
   * module's own __getattr__, called for a name its dict lacks, may).
   */
  static Object genericGetattr(Object o, String name) {
    if (o instanceof PyModule m) {
      // module.__dict__, a data descriptor of the module type, comes before its globals;
      // then the module's own __getattr__ (PEP 562), then the module type's attributes
      if (name.equals("__dict__")) {
        return m.dict;
      }
      Object v = m.dict.getStr(name);
      if (v == null) {
        Object hook = name.equals("__getattr__") ? null : m.dict.getStr("__getattr__");
        if (hook != null) {
          return call(hook, new Object[] {name}, null);
        }
        if (name.equals("__class__")) {
          return Types.MODULE;
        }
      }
      return v;
    }
    if (o instanceof PyType t) {
      // type's own data attributes, then the class's MRO, then the metaclass's methods
      Object v = typeAttribute(t, name);
      if (v != null) {
        return v;
      }
      v = t.lookup(name);
      if (v != null) {
        return bindToClass(v, t);
      }
      v = inheritedBuiltin(t, name);
      if (v != null) {
        return bindToClass(v, t);
      }
      PyType meta = t.type();
      Object m = meta.lookup(name);
      return m == null ? null : bind(m, t, meta);
    }
    if (o instanceof PySuper s) {
      Object v = s.lookup(name);
      if (v == null) { // not on the MRO: super's own attributes (__thisclass__, ...)
        Object own = Types.SUPER.dict.getStr(name);
        v = own == null ? null : bind(own, s, Types.SUPER);
      }
      return v;
    }
    if (o instanceof PyGenericAlias g) {
      return g.attribute(name);
    }
    if (o instanceof PyUnion u && u.attribute(name) != null) {
      return u.attribute(name);
    }
    if (o instanceof PyTypeParam p && p.attribute(name) != null) {
      return p.attribute(name);
    }
    if (o instanceof PyTypeParam.ParamSpecPart p && name.equals("__origin__")) {
      return p.origin; // P.args.__origin__ is P
    }
    if (o instanceof PyTypeAlias a && a.attribute(name) != null) {
      return a.attribute(name);
    }
    Object member = BuiltinAttributes.get(o, name);
    if (member != null) {
      return member;
    }
    PyType type = Types.typeOf(o);
    Object descr = type.lookup(name);
    if (o instanceof BuiltinSubclasses.ClassInstance inst) {
      if (descr != null && isDataDescriptor(descr)) {
        return bind(descr, o, type);
      }
      PyDict d = inst.instanceDict();
      Object v = d == null ? null : d.getStr(name);
      if (v != null) {
        return v;
      }
    }
    if ((o instanceof PyStaticMethod || o instanceof PyClassMethod)
        && !(descr instanceof PyMemberDescriptor)) { // their __dict__ (__name__, __doc__, ...)
      Object v = BuiltinDunders.wrapperDict(o).getStr(name);
      if (v != null) {
        return v;
      }
    }
    if (descr != null) {
      return bind(descr, o, type);
    }
    if (o instanceof PyBaseException e) {
      Object v = exceptionAttribute(e, name);
      if (v != null) {
        return v;
      }
    }
    if (name.startsWith("__") && !(o instanceof PyFunction)) {
      Object m = inheritedBuiltin(type, name);
      if (m != null) {
        return bind(m, o, type);
      }
    }
    if (o instanceof PyFunction f) {
      return functionAttribute(f, name);
    }
    if (o instanceof PyMethod m) {
      return switch (name) {
        case "__self__" -> m.self;
        case "__func__" -> m.function;
        case "__class__" -> type;
        default -> getattrOrNull(m.function, name);
      };
    }
    if (o instanceof PyBuiltinFunction b) {
      return builtinFunctionAttribute(b, name);
    }
    if (o instanceof CodeAttributes.Code c) {
      return CodeAttributes.get(c, name);
    }
    if (name.equals("__class__")) {
      return type;
    }
    return null;
  }

  /** A method of object or BaseException ({@link ObjectMethods}) that t inherits, or null. */
  static Object inheritedBuiltin(PyType t, String name) {
    for (PyType m : t.mro) {
      Object v = ObjectMethods.lookup(m, name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Whether a class attribute is a data descriptor (it defines __set__ or __delete__), which
   * takes precedence over the instance dict.
   */
  static boolean isDataDescriptor(Object descr) {
    if (descr instanceof PyProperty || descr instanceof Slots.Member) {
      return true;
    }
    if (descr instanceof BuiltinSubclasses.ClassInstance) {
      PyType dt = Types.typeOf(descr);
      return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
    }
    return false;
  }

  /** The __get__ of a Python-level descriptor's class, or null. */
  static Object userGet(Object descr) {
    return descr instanceof BuiltinSubclasses.ClassInstance
        ? Types.typeOf(descr).lookup("__get__") : null;
  }

  /** Binds a class attribute found on an instance's type (functions become methods). */
  static Object bind(Object descr, Object self, PyType type) {
    if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction b && b.owner != null) {
      return new PyMethod(descr, self);
    }
    if (descr instanceof PyProperty p) {
      return p.get(self);
    }
    if (descr instanceof Slots.Member m) {
      return m.get(self);
    }
    if (descr instanceof Slots.Attribute a) {
      return a.get(self);
    }
    if (descr instanceof PyMemberDescriptor d) {
      return d.get(self); // null: self has no such attribute (AttributeError)
    }
    if (descr instanceof PySuper s && s.unbound()) { // super(T) as a class attribute
      return Constructors.checkedSuper(s.thisType, self);
    }
    Object get = userGet(descr);
    if (get != null) {
      return callMethod(get, descr, new Object[] {self, type});
    }
    if (descr instanceof PyClassMethod cm) {
      return new PyMethod(cm.function, type);
    }
    if (descr instanceof PyStaticMethod sm) {
      return sm.function;
    }
    return descr;
  }

  static Object bindToClass(Object v, PyType t) {
    if (v instanceof PyClassMethod cm) {
      return new PyMethod(cm.function, t);
    }
    Object get = userGet(v);
    if (get != null) {
      return callMethod(get, v, new Object[] {PySingleton.NONE, t});
    }
    if (v instanceof PyStaticMethod sm) {
      return sm.function;
    }
    return v;
  }

  /** type.mro read from type itself: the method descriptor, which checks its receiver. */
  static final PyBuiltinFunction UNBOUND_TYPE_MRO =
      BytesMethods.method(Types.TYPE, PyType.class, "mro", (a, k) -> {
        ArgParser.noArgs("type.mro", a, k, 1);
        PyType self = (PyType) a[0];
        return new PyList(PyType.computeMro(self, self.bases));
      });

  static Object typeAttribute(PyType t, String name) {
    return switch (name) {
      case "__name__" -> t.name;
      case "__qualname__" -> t.qualname;
      case "__module__" -> t.module;
      case "__mro__" -> PyTuple.of((Object[]) t.mro);
      case "__bases__" -> PyTuple.of((Object[]) t.bases);
      case "__base__" -> t.bases.length == 0 ? PySingleton.NONE : t.bases[0];
      case "__dict__" -> new PyMappingProxy(t.dict);
      case "__class__" -> t.type();
      case "__type_params__" -> { // PEP 695: a class's own, never inherited
        Object own = t.dict.getStr("__type_params__");
        yield own != null ? own : PyTuple.of();
      }
      // type.mro is the descriptor itself (unbound), as type is an instance of itself
      case "mro" -> t == Types.TYPE ? UNBOUND_TYPE_MRO
          // a metaclass's or the class's own mro wins over type's (found by the caller)
          : t.lookup("mro") != null || t.type().lookup("mro") != null ? null
          : new PyBuiltinFunction("mro", (a, k) -> new PyList(PyType.computeMro(t, t.bases)));
      // a class without annotations gets an empty dict on first use, as in CPython 3.13
      case "__annotations__" -> {
        if (t.builtin) {
          yield null;
        }
        Object own = t.dict.getStr("__annotations__");
        if (own != null) {
          yield own;
        }
        PyDict d = new PyDict();
        t.dict.put("__annotations__", d);
        yield d;
      }
      default -> null;
    };
  }

  static Object exceptionAttribute(PyBaseException e, String name) {
    if (ExceptionFields.SYNTAX_FIELDS.contains(name) && e.type().isSubtypeOf(Types.SYNTAX_ERROR)) {
      return PySingleton.NONE; // not set by the constructor (set ones are in the dict)
    }
    return switch (name) {
      case "args" -> e.args;
      case "__cause__" -> e.cause == null ? PySingleton.NONE : e.cause;
      case "__context__" -> e.context == null ? PySingleton.NONE : e.context;
      case "__suppress_context__" -> e.suppressContext;
      case "__class__" -> e.type();
      case "__traceback__" -> PyTraceback.of(e);
      case "code" -> e.type().isSubtypeOf(Types.SYSTEM_EXIT) ? argsValue(e) : null;
      case "name", "path", "name_from" -> e.type().isSubtypeOf(Types.IMPORT_ERROR)
          || name.equals("name") && (e.type().isSubtypeOf(Types.NAME_ERROR)
          || e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) ? PySingleton.NONE : null;
      case "obj" -> e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR) ? PySingleton.NONE : null;
      case "msg" -> e.type().isSubtypeOf(Types.IMPORT_ERROR)
          ? (e.args.size() == 1 ? e.args.get(0) : PySingleton.NONE) : null;
      case "message" -> e instanceof PyExceptionGroup g ? g.message : null;
      case "exceptions" -> e instanceof PyExceptionGroup g ? g.exceptions : null;
      case "value" -> e.type().isSubtypeOf(Types.STOP_ITERATION)
          ? (e.args.size() == 0 ? PySingleton.NONE : e.args.get(0)) : null;
      case "errno", "strerror", "filename", "filename2" ->
          e.type().isSubtypeOf(Types.OS_ERROR) ? osErrorField(e, name) : null;
      default -> null;
    };
  }

  /** SystemExit.code: None, the one argument, or the args tuple. */
  private static Object argsValue(PyBaseException e) {
    return switch (e.args.size()) {
      case 0 -> PySingleton.NONE;
      case 1 -> e.args.get(0);
      default -> e.args;
    };
  }

  /** OSError(errno, strerror[, filename[, winerror[, filename2]]]) fields; None otherwise. */
  private static Object osErrorField(PyBaseException e, String name) {
    int n = e.args.size();
    if (n < 2 || n > 5) {
      return PySingleton.NONE;
    }
    // a filename given to the constructor is in the instance dict, found before this
    return switch (name) {
      case "errno" -> e.args.get(0);
      case "strerror" -> e.args.get(1);
      default -> PySingleton.NONE;
    };
  }

  static Object functionAttribute(PyFunction f, String name) {
    return switch (name) {
      case "__name__" -> f.name;
      case "__qualname__" -> f.qualname;
      case "__doc__" -> f.doc;
      case "__module__" -> f.module;
      case "__defaults__" -> f.defaults == null ? PySingleton.NONE : PyTuple.of(f.defaults);
      case "__type_params__" -> f.typeParams;
      case "__kwdefaults__" -> f.kwdefaults == null || f.kwdefaults.size() == 0
          ? PySingleton.NONE : f.kwdefaults;
      case "__annotations__" -> f.annotations != null ? f.annotations
          : (f.annotations = new PyDict());
      case "__code__" -> new CodeAttributes.Code(f.code);
      case "__dict__" -> IntrospectionBuiltins.dictOf(f);
      case "__globals__" -> f.globals;
      case "__builtins__" -> BuiltinDunders.builtinsOf(f);
      case "__class__" -> f.type();
      default -> f.dict == null ? null : f.dict.getStr(name);
    };
  }

  /**
   * The module a built-in function belongs to (its {@code __self__}, whose name is its
   * {@code __module__}): the Java-written module whose namespace holds it, else builtins.
   * Looked up when asked, which is rare, rather than stored in every function. Only the
   * built-in modules are searched: __main__ or a module made by {@code types.ModuleType}
   * that holds a reference to {@code len} does not own it.
   */
  private static PyModule definingModule(PyBuiltinFunction b) {
    for (Object m : Sys.MODULES.values()) {
      if (m instanceof PyModule mod && !mod.fromSource && !mod.name.equals("builtins")
          && BuiltinModules.exists(mod.name)) {
        for (Object v : mod.dict.values()) {
          if (v == b) {
            return mod;
          }
        }
      }
    }
    return (PyModule) Sys.MODULES.get("builtins");
  }

  static Object builtinFunctionAttribute(PyBuiltinFunction b, String name) {
    return switch (name) {
      case "__name__" -> b.name;
      case "__qualname__" -> b.owner == null ? b.name : b.owner.name + "." + b.name;
      case "__self__" -> b.owner == null ? (Object) definingModule(b) : PySingleton.NONE;
      case "__module__" -> b.owner == null ? definingModule(b).name : PySingleton.NONE;
      // pyjit's builtins carry no documentation yet: an empty docstring
      case "__doc__" -> "";
      case "__class__" -> b.type();
      default -> null;
    };
  }

  /** del o.name: a class's own __delattr__, else {@link #genericDelattr}. */
  public static void delattr(Object o, String name) {
    if (o instanceof PyType t && t.metatype != null) {
      Object m = t.metatype.lookup("__delattr__"); // a metaclass's, for its classes (enum's)
      if (m != null && !(m instanceof PyBuiltinFunction)) {
        callMethod(m, o, new Object[] {name});
        return;
      }
    }
    if (o instanceof BuiltinSubclasses.ClassInstance inst) {
      Object m = inst.type().lookup("__delattr__");
      if (m != null && !(m instanceof PyBuiltinFunction)) {
        callMethod(m, o, new Object[] {name});
        return;
      }
    }
    genericDelattr(o, name);
  }

  /** object.__delattr__: a property's deleter, else the object's (or class's) dict. */
  static void genericDelattr(Object o, String name) {
    if (o instanceof BuiltinSubclasses.ClassInstance inst) {
      Object descr = inst.type().lookup(name);
      if (descr instanceof PyProperty p) {
        p.delete(o);
        return;
      }
      if (descr instanceof Slots.Member m) {
        m.delete(o);
        return;
      }
      Object del = descr instanceof BuiltinSubclasses.ClassInstance
          ? Types.typeOf(descr).lookup("__delete__") : null;
      if (del != null) {
        callMethod(del, descr, new Object[] {o});
        return;
      }
      PyDict d = inst.instanceDict();
      if (d != null && d.remove(name) != null) {
        return;
      }
      throw noAttribute(o, name);
    }
    if (o instanceof PyType t && t.builtin) {
      throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name
          + "'");
    }
    if (o instanceof PyType t && Types.TYPE.dict.getStr(name) instanceof PyMemberDescriptor md
        && !name.equals("__annotations__") && !name.equals("__abstractmethods__")) {
      // type's data descriptors win over the class's dict: these cannot be deleted
      throw switch (name) {
        case "__name__", "__qualname__", "__module__", "__bases__", "__type_params__" ->
            Errors.typeError("cannot delete '" + name + "' attribute of immutable type '"
                + t.name + "'");
        default -> md.readonly();
      };
    }
    if (o instanceof PyFunction f && deleteFunctionMember(f, name)) {
      return;
    }
    Object d = IntrospectionBuiltins.dictOf(o);
    if (d instanceof PyDict dict && dict.remove(name) != null) {
      if (o instanceof PyType t) {
        if (name.equals("__abstractmethods__")) {
          t.isAbstract = false;
        }
        typeEpoch++;
        t.modified();
      }
      return;
    }
    if (d == null && getattrOrNull(o, name) != null) {
      throw Errors.attributeError("'" + Types.typeOf(o).name + "' object attribute '" + name
          + "' is read-only");
    }
    throw noAttribute(o, name);
  }

  /**
   * del on a function's own members, as CPython's getset/member descriptors do it: the
   * plain members read None again, the typed ones refuse; false for other names.
   */
  private static boolean deleteFunctionMember(PyFunction f, String name) {
    switch (name) {
      case "__doc__" -> f.doc = PySingleton.NONE;
      case "__module__" -> f.module = PySingleton.NONE;
      case "__defaults__" -> f.defaults = null;
      case "__kwdefaults__" -> f.kwdefaults = null;
      case "__annotations__" -> f.annotations = null;
      case "__name__", "__qualname__" ->
          throw Errors.typeError(name + " must be set to a string object");
      case "__type_params__" -> throw Errors.typeError("__type_params__ must be set to a tuple");
      case "__dict__" -> throw Errors.typeError("cannot delete __dict__");
      case "__code__" -> throw Errors.typeError("__code__ must be set to a code object");
      case "__closure__", "__globals__", "__builtins__" ->
          throw Errors.attributeError("readonly attribute");
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * object.__setattr__ for instances of classes: a data descriptor's __set__, else the
   * instance dict, else CPython's AttributeError.
   */
  static void genericSetattr(Object o, String name, Object value) {
    PyType t = Types.typeOf(o);
    if (name.equals("__class__")) {
      setClass(o, value);
      return;
    }
    Object descr = t.lookup(name);
    if (descr instanceof PyProperty p) {
      p.set(o, value);
      return;
    }
    if (descr instanceof Slots.Member m) {
      m.set(o, value);
      return;
    }
    if (descr instanceof BuiltinSubclasses.ClassInstance) {
      Object set = Types.typeOf(descr).lookup("__set__");
      if (set != null) {
        callMethod(set, descr, new Object[] {o, value});
        return;
      }
    }
    PyDict d = ((BuiltinSubclasses.ClassInstance) o).instanceDict();
    if (d == null) {
      throw Errors.attributeError("'" + t.name + "' object has no attribute '" + name
          + "' and no __dict__ for setting new attributes");
    }
    d.put(name, value);
  }

  /** obj.__class__ = cls, for instances of plain Python classes with the same layout. */
  private static void setClass(Object o, Object value) {
    if (!(value instanceof PyType cls)) {
      throw Errors.typeError("__class__ must be set to a class, not '"
          + Types.typeOf(value).name + "' object");
    }
    PyType t = Types.typeOf(o);
    if (!(o instanceof PyInstance inst) || o instanceof PyBaseException
        || o instanceof BuiltinSubclasses.ValueInstance || cls.builtin) {
      throw Errors.typeError("__class__ assignment only supported for mutable types or"
          + " ModuleType subclasses");
    }
    if (BuiltinSubclasses.solidBase(cls) != Types.OBJECT || cls.hasInstanceDict != t.hasInstanceDict
        || !java.util.Objects.equals(cls.slotNames, t.slotNames)) {
      throw Errors.typeError("__class__ assignment: '" + cls.name + "' object layout differs from '"
          + t.name + "'");
    }
    inst.setType(cls);
  }

  /** type.__setattr__: a class's attribute, or its name, qualname or module. */
  static void typeSetattr(PyType t, String name, Object value) {
    switch (name) { // the type's own fields, which repr() and lookups read
      case "__name__", "__qualname__" -> {
        if (!(value instanceof String s)) {
          throw Errors.typeError("can only assign string to " + t.name + "." + name
              + ", not '" + Types.typeOf(value).name + "'");
        }
        if (name.equals("__name__")) {
          t.name = s;
        } else {
          t.qualname = s;
        }
        return;
      }
      case "__module__" -> {
        t.module = value instanceof String s ? s : t.module;
      }
      case "__abstractmethods__" -> t.isAbstract = truth(value);
      case "__bases__" -> {
        setBases(t, value);
        return;
      }
      default -> { }
    }
    t.dict.put(name, value);
    typeEpoch++;
    t.modified();
  }

  /**
   * {@code C.__bases__ = (...)}: new bases of the same instance layout, then the MRO of the
   * class and of its subclasses again, as CPython's type_set_bases.
   */
  private static void setBases(PyType t, Object value) {
    if (!(value instanceof PyTuple tuple)) {
      throw Errors.typeError("can only assign tuple to " + t.name + ".__bases__, not "
          + Types.typeOf(value).name);
    }
    if (tuple.size() == 0) {
      throw Errors.typeError("can only assign non-empty tuple to " + t.name
          + ".__bases__, not ()");
    }
    PyType[] bases = new PyType[tuple.size()];
    for (int i = 0; i < bases.length; i++) {
      if (!(tuple.items[i] instanceof PyType b)) {
        throw Errors.typeError(t.name + ".__bases__ must be tuple of classes, not '"
            + Types.typeOf(tuple.items[i]).name + "'");
      }
      bases[i] = b;
    }
    // CPython's compatible_for_assignment: the same deallocator (classes and the built-ins
    // with references inside are collected by the GC, object, int, str ... are not), then
    // the same layout (built-in base and slots)
    PyType from = t.bases[0];
    PyType to = bases[0];
    if (collected(from) != collected(to)) {
      throw Errors.typeError("__bases__ assignment: '" + to.name + "' deallocator differs from '"
          + from.name + "'");
    }
    if (BuiltinSubclasses.solidBase(to) != BuiltinSubclasses.solidBase(from)
        || !java.util.Objects.equals(to.slotNames, from.slotNames)) {
      throw Errors.typeError("__bases__ assignment: '" + to.name + "' object layout differs from '"
          + from.name + "'");
    }
    for (PyType b : bases) {
      if (b.isSubtypeOf(t)) {
        throw Errors.typeError("a __bases__ item causes an inheritance cycle");
      }
    }
    for (PyType b : t.bases) {
      b.subclasses.remove(t);
    }
    t.bases = bases;
    for (PyType b : bases) {
      b.subclasses.add(t);
    }
    recomputeMro(t);
    typeEpoch++;
    t.modified();
  }

  private static boolean collected(PyType t) {
    return !t.builtin || !(t == Types.OBJECT || t == Types.INT || t == Types.BOOL
        || t == Types.FLOAT || t == Types.COMPLEX || t == Types.STR || t == Types.BYTES);
  }

  private static void recomputeMro(PyType t) {
    t.mro = PyType.computeMro(t, t.bases);
    for (PyType sub : t.subclasses) {
      recomputeMro(sub);
    }
  }

  public static void setattr(Object o, String name, Object value) {
    if (o instanceof PyBaseException e) {
      // the exception's own fields, which str(), repr() and raising read
      switch (name) {
        case "args" -> {
          e.args = PyTuple.of(ListOps.toArray(value));
          return;
        }
        case "__cause__" -> {
          if (value != PySingleton.NONE && !(value instanceof PyBaseException)) {
            throw Errors.typeError("exception cause must be None or derive from BaseException");
          }
          e.cause = value instanceof PyBaseException c ? c : null;
          e.suppressContext = true;
          return;
        }
        case "__context__" -> {
          if (value != PySingleton.NONE && !(value instanceof PyBaseException)) {
            throw Errors.typeError("exception context must be None or derive from BaseException");
          }
          e.context = value instanceof PyBaseException c ? c : null;
          return;
        }
        case "__suppress_context__" -> {
          e.suppressContext = truth(value);
          return;
        }
        case "__traceback__" -> {
          if (value != PySingleton.NONE && !(value instanceof PyTraceback)) {
            throw Errors.typeError("__traceback__ must be a traceback or None");
          }
          e.traceback = value instanceof PyTraceback tb ? tb.entry : null;
          return;
        }
        case "message", "exceptions" -> {
          if (e instanceof PyExceptionGroup) {
            throw Errors.attributeError("readonly attribute");
          }
        }
        default -> { }
      }
    }
    if (o instanceof BuiltinSubclasses.ClassInstance) {
      Object setter = Types.typeOf(o).lookup("__setattr__");
      if (setter != null && !(setter instanceof PyBuiltinFunction)) {
        callMethod(setter, o, new Object[] {name, value});
        return;
      }
      genericSetattr(o, name, value);
      return;
    }
    if (o instanceof PyType t && !t.builtin) {
      if (t.metatype != null) {
        Object setter = t.metatype.lookup("__setattr__");
        if (setter != null && !(setter instanceof PyBuiltinFunction)) {
          callMethod(setter, t, new Object[] {name, value});
          return;
        }
      }
      typeSetattr(t, name, value);
      return;
    }
    if (o instanceof PyModule m) {
      m.dict.put(name, value);
      return;
    }
    if (o instanceof PyFunction f) {
      switch (name) {
        case "__name__", "__qualname__" -> {
          if (!(value instanceof String s)) {
            throw Errors.typeError(name + " must be set to a string object");
          }
          if (name.equals("__name__")) {
            f.name = s;
          } else {
            f.qualname = s;
          }
          return;
        }
        case "__doc__" -> {
          f.doc = value;
          return;
        }
        case "__module__" -> {
          f.module = value;
          return;
        }
        case "__type_params__" -> {
          if (!(value instanceof PyTuple t)) {
            throw Errors.typeError("__type_params__ must be set to a tuple");
          }
          f.typeParams = t;
          return;
        }
        case "__defaults__" -> {
          if (value != PySingleton.NONE && !(value instanceof PyTuple)) {
            throw Errors.typeError("__defaults__ must be set to a tuple object");
          }
          f.defaults = value instanceof PyTuple t && t.size() > 0 ? t.items.clone() : null;
          return;
        }
        case "__annotations__" -> {
          if (value != PySingleton.NONE && !(value instanceof PyDict)) {
            throw Errors.typeError("__annotations__ must be set to a dict object");
          }
          f.annotations = value instanceof PyDict d ? d : null;
          return;
        }
        case "__kwdefaults__" -> {
          if (value != PySingleton.NONE && !(value instanceof PyDict)) {
            throw Errors.typeError("__kwdefaults__ must be set to a dict object");
          }
          f.kwdefaults = value instanceof PyDict d ? d : null;
          return;
        }
        case "__closure__", "__globals__", "__builtins__" ->
            throw Errors.attributeError("readonly attribute");
        case "__dict__" -> {
          if (!(value instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '"
                + Types.typeOf(value).name + "'");
          }
          f.dict = d;
          return;
        }
        default -> { }
      }
      if (f.dict == null) {
        f.dict = new PyDict();
      }
      f.dict.put(name, value);
      return;
    }
    if (o instanceof PyType t) {
      throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name
          + "'");
    }
    if (o instanceof PyProperty p && name.equals("__name__")) {
      p.name = value;
      return;
    }
    if (Types.typeOf(o).lookup(name) instanceof PyMemberDescriptor d) {
      throw d.readonly();
    }
    if (o instanceof PyStaticMethod || o instanceof PyClassMethod) {
      BuiltinDunders.wrapperDict(o).put(name, value);
      return;
    }
    if (o instanceof PyTypeAlias && ((PyTypeAlias) o).attribute(name) != null
        || o instanceof PyTypeParam && ((PyTypeParam) o).attribute(name) != null) {
      PyType t = Types.typeOf(o); // read-only members and getters without setters in CPython
      if (o instanceof PyTypeParam && (name.equals("__name__") || name.endsWith("variant__")
          || name.equals("__infer_variance__"))) {
        throw Errors.attributeError("readonly attribute");
      }
      throw Errors.attributeError("attribute '" + name + "' of '" + t.module + "." + t.name
          + "' objects is not writable");
    }
    throw builtinReadOnly(o, name);
  }

  /**
   * CPython's error for assigning an attribute of a built-in instance without a __dict__:
   * what its type defines under the name decides (a getset without setter, a read-only member
   * of complex and slice, a method) and otherwise the attribute does not exist.
   */
  private static PyException builtinReadOnly(Object o, String name) {
    if (name.equals("__class__")) {
      return Errors.typeError("__class__ assignment only supported for mutable types or"
          + " ModuleType subclasses");
    }
    PyType t = Types.typeOf(o);
    for (PyType k : t.mro) {
      Object d = k.dict.get(name);
      if (d == null) {
        continue;
      }
      if (k == Types.COMPLEX || k == Types.SLICE) {
        return Errors.attributeError("readonly attribute");
      }
      if (d instanceof PyProperty) {
        return Errors.attributeError("attribute '" + name + "' of '" + k.name
            + "' objects is not writable");
      }
      return Errors.attributeError("'" + t.name + "' object attribute '" + name
          + "' is read-only");
    }
    return Errors.attributeError("'" + cTypeName(t) + "' object has no attribute '"
        + name + "' and no __dict__ for setting new attributes");
  }

  // ------------------------------------------------------------------ items

  public static Object getitem(Object o, Object key) {
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__getitem__");
      if (m != null) {
      return callMethod(m, o, new Object[] {key});
      }
    }
    return getitemBuiltin(o, key);
  }

  /** __getitem__ of the built-in types (what their own __getitem__ does). */
  static Object getitemBuiltin(Object o, Object key) {
    if (o instanceof PyList l) {
      if (key instanceof Long i) {
        return l.get(index(i, l.size(), "list"));
      }
      if (key instanceof PySlice s) {
        long[] r = s.indices(l.size());
        return new PyList(slice(l.items, r));
      }
      return l.get(index(asIndexFor(key, "list"), l.size(), "list"));
    }
    if (o instanceof PyTuple t) {
      if (key instanceof PySlice s) {
        return PyTuple.of(slice(t.items, s.indices(t.size())));
      }
      return t.get(index(asIndexFor(key, "tuple"), t.size(), "tuple"));
    }
    if (o instanceof PyDict d) {
      Object v = d.get(key);
      if (v == null) {
        Object missing = d.type() == Types.DICT ? null : callDunder(d, "__missing__", key);
        if (missing != null) {
          return missing;
        }
        throw Errors.keyError(key);
      }
      return v;
    }
    if (o instanceof String s) {
      return StrOps.getitem(s, key);
    }
    if (o instanceof PyRange r) {
      return r.getitem(key);
    }
    Object r = callDunder(o, "__getitem__", key);
    if (r != null) {
      return r;
    }
    if (o instanceof PyType t) {
      Object cg = t.lookup("__class_getitem__");
      if (cg != null) {
        return call(bindToClass(cg, t), new Object[] {key}, null);
      }
      for (PyType m : t.mro) { // subclasses of list, dict ... are generic too
        if (PyGenericAlias.isGeneric(m)) {
          return new PyGenericAlias(t, key);
        }
      }
      throw Errors.typeError("type '" + t.name + "' is not subscriptable");
    }
    throw Errors.typeError("'" + Types.typeOf(o).name + "' object is not subscriptable");
  }

  static long asIndexFor(Object key, String what) {
    if (isInt(key) || key instanceof PyInstance i && i.type().lookup("__index__") != null) {
      return asIndex(key);
    }
    throw Errors.typeError(what + " indices must be integers or slices, not "
        + Types.typeOf(key).name);
  }

  /** Normalizes a (possibly negative) index, with CPython's IndexError. */
  static int index(long i, int size, String what) {
    if (i < 0) {
      i += size;
    }
    if (i < 0 || i >= size) {
      throw Errors.indexError(what + " index out of range");
    }
    return (int) i;
  }

  static Object[] slice(Object[] items, long[] r) {
    int n = (int) r[3];
    Object[] out = new Object[n];
    long j = r[0];
    for (int i = 0; i < n; i++, j += r[2]) {
      out[i] = items[(int) j];
    }
    return out;
  }

  public static void setitem(Object o, Object key, Object value) {
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__setitem__");
      if (m != null) {
      callMethod(m, o, new Object[] {key, value});
      return;
      }
    }
    setitemBuiltin(o, key, value);
  }

  /** __setitem__ of the built-in types (what their own __setitem__ does). */
  static void setitemBuiltin(Object o, Object key, Object value) {
    if (o instanceof PyList l) {
      if (key instanceof PySlice s) {
        ListOps.setSlice(l, s, value);
        return;
      }
      l.set(index(asIndexFor(key, "list"), l.size(), "list assignment"), value);
      return;
    }
    if (o instanceof PyDict d) {
      d.put(key, value);
      return;
    }
    if (callDunder(o, "__setitem__", key, value) != null) {
      return;
    }
    throw Errors.typeError("'" + Types.typeOf(o).name
        + "' object does not support item assignment");
  }

  public static void delitem(Object o, Object key) {
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__delitem__");
      if (m != null) {
      callMethod(m, o, new Object[] {key});
      return;
      }
    }
    delitemBuiltin(o, key);
  }

  /** __delitem__ of the built-in types (what their own __delitem__ does). */
  static void delitemBuiltin(Object o, Object key) {
    if (o instanceof PyList l) {
      if (key instanceof PySlice s) {
        ListOps.deleteSlice(l, s);
        return;
      }
      l.remove(index(asIndexFor(key, "list"), l.size(), "list assignment"));
      return;
    }
    if (o instanceof PyDict d) {
      if (d.remove(key) == null) {
        throw Errors.keyError(key);
      }
      return;
    }
    if (callDunder(o, "__delitem__", key) != null) {
      return;
    }
    // CPython words it two ways: PySequence_DelItem's, for an index on a type with the
    // sequence protocol (classes, containers), and PyObject_DelItem's, for everything else
    PyType t = Types.typeOf(o);
    boolean sequence = !t.builtin || t.lookup("__getitem__") != null
        || t.lookup("__contains__") != null || t.lookup("__len__") != null;
    boolean index = isInt(key) || Types.typeOf(key).lookup("__index__") != null;
    throw Errors.typeError("'" + t.name + "' object " + (sequence && index ? "doesn't"
        : "does not") + " support item deletion");
  }

  // ------------------------------------------------------------------ iteration

  public static Object iter(Object o) {
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__iter__");
      if (m != null) {
      return checkIterator(callMethod(m, o, new Object[0]));
      }
    }
    return iterBuiltin(o);
  }

  /** __iter__ of the built-in types (what their own __iter__ does). */
  static Object iterBuiltin(Object o) {
    if (o instanceof PyList l) {
      return new PyIterator.ListIterator(l);
    }
    if (o instanceof PyTuple t) {
      return new PyIterator.ArrayIterator(t.items, t.size());
    }
    if (o instanceof PyRange r) {
      return r.iterator();
    }
    if (o instanceof String s) {
      return new PyIterator.StrIterator(s);
    }
    if (o instanceof PyDict d) {
      return new PyIterator.DictKeyIterator(d);
    }
    if (o instanceof PyIterator) {
      return o;
    }
    if (o instanceof PySet s) {
      return new SetOps.SetIterator(s);
    }
    if (Types.typeOf(o).lookup("__iter__") == PySingleton.NONE) {
      throw Errors.typeError("'" + Types.typeOf(o).name + "' object is not iterable");
    }
    Object r = callDunder(o, "__iter__");
    if (r != null) {
      return checkIterator(r);
    }
    if (Types.typeOf(o).lookup("__getitem__") != null) {
      return new PyIterator.SequenceIterator(o);
    }
    throw Errors.typeError("'" + Types.typeOf(o).name + "' object is not iterable");
  }

  /** The next item, or null when the iterator is exhausted. */
  public static Object next(Object it) {
    if (it instanceof PyIterator i) {
      return i.next();
    }
    if (it instanceof org.pyjit.interp.PyGenerator g) {
      // what its __next__ does, without looking it up and calling it through an argument
      // array, and without the StopIteration (sum() over a generator expression)
      return g.next();
    }
    Object m = Types.typeOf(it).lookup("__next__");
    if (m == null) {
      throw Errors.typeError("'" + Types.typeOf(it).name + "' object is not an iterator");
    }
    try {
      return callMethod(m, it, new Object[0]);
    } catch (PyException e) {
      if (e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
        return null;
      }
      throw e;
    }
  }

  // ------------------------------------------------------------------ length and calls

  public static long len(Object o) {
    if (BuiltinSubclasses.isSubclassInstance(o)) {
      Object m = BuiltinSubclasses.override(o, "__len__");
      if (m != null) {
      return lenResult(callMethod(m, o, new Object[0]));
      }
    }
    return lenBuiltin(o);
  }

  /** __len__ of the built-in types (what their own __len__ does). */
  static long lenBuiltin(Object o) {
    if (o instanceof String s) {
      return StrMethods.cpLen(s);
    }
    if (o instanceof PyList l) {
      return l.size();
    }
    if (o instanceof PyTuple t) {
      return t.size();
    }
    if (o instanceof PyDict d) {
      return d.size();
    }
    if (o instanceof PyRange r) {
      return r.length();
    }
    if (o instanceof PySet s) {
      return s.size();
    }
    Object r = callDunder(o, "__len__");
    if (r == null) {
      throw Errors.typeError("object of type '" + Types.typeOf(o).name + "' has no len()");
    }
    return lenResult(r);
  }

  /** What __len__ returned, as len() checks it. */
  static long lenResult(Object r) {
    if (!isInt(r) && !(r instanceof PyObject && Types.typeOf(r).lookup("__index__") != null)) {
      throw Errors.typeError("'" + Types.typeOf(r).name
          + "' object cannot be interpreted as an integer");
    }
    Object i = r instanceof PyObject ? callDunder(r, "__index__") : r;
    if (i instanceof BigInteger b) {
      if (b.signum() < 0) {
        throw Errors.valueError("__len__() should return >= 0");
      }
      throw Errors.overflow("cannot fit 'int' into an index-sized integer");
    }
    long n = asIndex(i);
    if (n < 0) {
      throw Errors.valueError("__len__() should return >= 0");
    }
    return n;
  }

  /** What __iter__ returned, which must be an iterator. */
  static Object checkIterator(Object r) {
    if (!(r instanceof PyIterator) && Types.typeOf(r).lookup("__next__") == null) {
      throw Errors.typeError("iter() returned non-iterator of type '" + Types.typeOf(r).name
          + "'");
    }
    return r;
  }

  /** Calls a callable with positional args then keyword values named by kwnames. */
  public static Object call(Object f, Object[] args, String[] kwnames) {
    return Calls.call(f, args, kwnames);
  }
}
