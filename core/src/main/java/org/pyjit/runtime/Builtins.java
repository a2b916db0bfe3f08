package org.pyjit.runtime;

import org.pyjit.runtime.format.FloatFormat;
import org.pyjit.runtime.format.FormatSpec;
import org.pyjit.runtime.format.IntFormat;
import org.pyjit.runtime.format.StrFormat;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The builtins module: functions, constants, the built-in types and exception types, and
 * the helpers the interpreter needs for exceptions, identity and formatting.
 */
public final class Builtins {
  private Builtins() {}

  private static final PyDict DICT = new PyDict();
  /** Where print() writes when no file is given (the program's standard output). */
  public static volatile PrintStream stdout = System.out;
  public static volatile PrintStream stderr = System.err;
  /**
   * The program's standard input (input(), sys.stdin), read as UTF-8; Ctrl-C interrupts
   * its blocking reads ({@link InterruptibleInput}).
   */
  public static volatile java.io.BufferedReader stdin = reader(System.in);

  public static void setStdin(java.io.InputStream in) {
    stdin = reader(in);
  }

  private static java.io.BufferedReader reader(java.io.InputStream in) {
    return new java.io.BufferedReader(new java.io.InputStreamReader(new InterruptibleInput(in),
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /** One line of standard input with its newline, "" at end of input. */
  static String readLine() {
    StringBuilder sb = new StringBuilder();
    try {
      for (int c; (c = stdin.read()) >= 0; ) {
        sb.append((char) c);
        if (c == '\n') {
          break;
        }
      }
    } catch (java.io.IOException e) {
      throw Errors.raise(Types.OS_ERROR, String.valueOf(e.getMessage()));
    }
    return sb.toString();
  }

  /** The builtins of a module's globals (always the one builtins module for now). */
  public static PyDict dict(PyDict globals) {
    return DICT;
  }

  private static void def(String name, PyBuiltinFunction.Body body) {
    DICT.put(name, new PyBuiltinFunction(name, body));
  }

  static {
    DICT.put("__name__", "builtins");
    DICT.put("None", PySingleton.NONE);
    DICT.put("True", Boolean.TRUE);
    DICT.put("False", Boolean.FALSE);
    DICT.put("Ellipsis", PySingleton.ELLIPSIS);
    DICT.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
    DICT.put("__debug__", Boolean.TRUE);
    DICT.put("exit", Quitter.of("exit"));
    DICT.put("quit", Quitter.of("quit"));
    SitePrinter.addTo(DICT);
    for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT,
        Types.STR, Types.TUPLE, Types.LIST, Types.DICT, Types.RANGE, Types.SLICE,
        Types.PROPERTY, Types.CLASSMETHOD, Types.STATICMETHOD, Types.SET, Types.FROZENSET,
        Types.BYTES, Types.BYTEARRAY, Types.COMPLEX, Types.MEMORYVIEW}) {
      DICT.put(t.name, t);
    }
    Types.EXCEPTIONS.forEach(DICT::put);
    DICT.put("EnvironmentError", Types.OS_ERROR); // CPython's aliases of OSError
    DICT.put("IOError", Types.OS_ERROR);
    DICT.put("super", Types.SUPER);
    def("__build_class__", Fn.__build_class__);
    def("print", Fn.print);
    def("len", Fn.len);
    def("repr", Fn.repr);
    def("ascii", Fn.ascii);
    def("abs", Fn.abs);
    def("iter", Fn.iter);
    def("next", Fn.next);
    def("eval", Fn.eval);
    def("exec", Fn.exec);
    def("compile", Fn.compile);
    def("open", Fn.open);
    def("aiter", Fn.aiter);
    def("anext", Fn.anext);
    // no debugger (pdb) yet: breakpoint() does nothing; help(obj) is pyjit's own module
    // (resources org/pyjit/lib/_pyjit_help.py), loaded at its first use
    def("breakpoint", Fn.breakpoint);
    def("help", Fn.help);
    def("hash", Fn.hash);
    def("id", Fn.id);
    def("callable", Fn.callable);
    def("isinstance", Fn.isinstance);
    def("issubclass", Fn.issubclass);
    def("getattr", Fn.getattr);
    def("setattr", Fn.setattr);
    def("hasattr", Fn.hasattr);
    def("min", Fn.min);
    def("max", Fn.max);
    def("sum", Fn.sum);
    def("format", Fn.format);
    def("chr", Fn.chr);
    def("ord", Fn.ord);
    def("divmod", Fn.divmod);
    def("pow", Fn.pow);
    def("any", Fn.any);
    def("all", Fn.all);
    def("sorted", Fn.sorted);
    // the lazy iterators are types (isinstance(x, enumerate)); calling one builds it
    iteratorType("enumerate", Iterators.Enumerate.TYPE, Fn.enumerate);
    iteratorType("zip", Iterators.Zip.TYPE, Fn.zip);
    iteratorType("map", Iterators.MapIter.TYPE, Fn.map);
    iteratorType("filter", Iterators.Filter.TYPE, Fn.filter);
    iteratorType("reversed", Iterators.Reversed.TYPE, Fn.reversed);
    def("round", Fn.round);
    def("bin", Fn.bin);
    def("oct", Fn.oct);
    def("hex", Fn.hex);
    Constructors.install();
    BytesMethods.installConstructors();
    ComplexMethods.installConstructor();
    PyMappingProxy.installConstructor();
    IntrospectionBuiltins.install(DICT);
    SetOps.installConstructors();
    ExceptionGroups.installConstructor();
    LazyTypeDict.defer(Builtins::installTypeMethods, Types.TYPE, Types.INT, Types.FLOAT,
        Types.COMPLEX, Types.STR, Types.BYTES, Types.BYTEARRAY, Types.MEMORYVIEW, Types.TUPLE,
        Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
        Types.ITERATOR, Types.PROPERTY, Types.METHOD, Types.BUILTIN_FUNCTION, Types.FUNCTION,
        Types.NONE_TYPE, Types.STATICMETHOD, Types.CLASSMETHOD, Types.SUPER, Types.CELL,
        Types.MODULE,
        Types.TRACEBACK, Types.FRAME, Types.METHOD_DESCRIPTOR,
        PyBuiltinFunction.WRAPPER_DESCRIPTOR, PyMemberDescriptor.MEMBER, PyMemberDescriptor.GETSET,
        Types.BASE_EXCEPTION, Types.BASE_EXCEPTION_GROUP, PyMappingProxy.TYPE, DictMethods.KEYS,
        DictMethods.VALUES, DictMethods.ITEMS, DictMethods.KEY_ITERATOR,
        DictMethods.VALUE_ITERATOR, DictMethods.ITEM_ITERATOR, DictMethods.REVERSE_KEY_ITERATOR,
        DictMethods.REVERSE_VALUE_ITERATOR, DictMethods.REVERSE_ITEM_ITERATOR);
  }

  /**
   * The built-in types' methods, installed at the first use of a built-in type's dict
   * ({@link LazyTypeDict}); everything else these classes set up (constructors, the
   * functions of this module) is installed above, at start-up.
   */
  private static void installTypeMethods() {
    StrMethods.install();
    BytesMethods.install();
    ComplexMethods.install();
    ListMethods.install();
    PyGenericAlias.install();
    DictMethods.install();
    PyMappingProxy.install();
    NumberMethods.install();
    IntrospectionBuiltins.installTypeMethods();
    SetOps.install();
    BuiltinSubclasses.install();
    ExceptionGroups.install();
    BuiltinDunders.install();
    // the mutable containers are unhashable by their class's __hash__ = None, which code
    // such as dataclasses' mutable-default check reads
    for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.SET}) {
      t.dict.put("__hash__", PySingleton.NONE);
    }
  }

  /** The keyword argument {@code name}, or {@code dflt}. */
  static Object kwarg(Object[] a, String[] k, String name, Object dflt) {
    if (k != null) {
      int npos = a.length - k.length;
      for (int i = 0; i < k.length; i++) {
        if (k[i].equals(name)) {
          return a[npos + i];
        }
      }
    }
    return dflt;
  }

  static String radix(Object o, int radix, String prefix) {
    java.math.BigInteger b = Ops.big(Ops.asInt(Ops.isInt(o) ? o : Ops.asIndex(o)));
    String digits = b.abs().toString(radix);
    return (b.signum() < 0 ? "-" : "") + prefix + digits;
  }

  /** round(x[, n]): half to even, exact for floats (via their decimal expansion). */
  static Object round(Object x, Object n) {
    if (Ops.isInt(x)) {
      if (n == PySingleton.NONE || Ops.asIndex(n) >= 0) {
        return Ops.asInt(x);
      }
      java.math.BigDecimal d = new java.math.BigDecimal(Ops.big(x));
      return Ops.normalize(d.setScale((int) Ops.asIndex(n), java.math.RoundingMode.HALF_EVEN)
          .toBigInteger());
    }
    if (x instanceof Double d) {
      if (n == PySingleton.NONE) {
        if (d.isNaN()) {
          throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (d.isInfinite()) {
          throw Errors.overflow("cannot convert float infinity to integer");
        }
        // rint is half to even and exact; BigDecimal's class initialisation alone costs a
        // short program milliseconds, so it is kept for what a long cannot hold
        double r = Math.rint(d);
        return Math.abs(r) < 0x1p63 ? (Object) (long) r
            : Ops.normalize(new java.math.BigDecimal(r).toBigInteger());
      }
      if (d.isNaN() || d.isInfinite()) {
        return d;
      }
      int digits = (int) Ops.asIndex(n);
      double r = new java.math.BigDecimal(d).setScale(digits, java.math.RoundingMode.HALF_EVEN)
          .doubleValue();
      return r == 0 ? Math.copySign(0.0, d) : r; // round(-0.4, 0) is -0.0
    }
    Object r = n == PySingleton.NONE ? Ops.callDunder(x, "__round__")
        : Ops.callDunder(x, "__round__", n);
    if (r == null) {
      throw Errors.typeError("type " + Types.typeOf(x).name
          + " doesn't define __round__ method");
    }
    return r;
  }

  static Object one(String name, Object[] a, String[] k) {
    if (a.length != 1 || k != null) {
      throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
    }
    return a[0];
  }

  static Object print(Object[] args, String[] kwnames) {
    int npos = args.length - (kwnames == null ? 0 : kwnames.length);
    String sep = " ";
    String end = "\n";
    Object file = PySingleton.NONE;
    Object flush = Boolean.FALSE;
    for (int i = npos; i < args.length; i++) {
      String name = kwnames[i - npos];
      Object v = args[i];
      switch (name) {
        case "sep" -> sep = v == PySingleton.NONE ? " " : strArg("sep", v);
        case "end" -> end = v == PySingleton.NONE ? "\n" : strArg("end", v);
        case "file" -> file = v;
        case "flush" -> flush = v;
        default -> {
          String near = Suggestions.suggestKeyword(List.of("sep", "end", "file", "flush"),
              name);
          throw Errors.typeError("print() got an unexpected keyword argument '" + name + "'"
              + (near == null ? "" : ". Did you mean '" + near + "'?"));
        }
      }
    }
    if (file == PySingleton.NONE) {
      file = Sys.stdout();
    }
    if (file != Sys.STDOUT && file != Sys.STDERR) {
      printTo(file, args, npos, sep, end, flush);
      return PySingleton.NONE;
    }
    PrintStream out = file == Sys.STDERR ? stderr : stdout;
    StringBuilder sb = new StringBuilder();
    try {
      for (int i = 0; i < npos; i++) {
        if (i > 0) {
          sb.append(sep);
        }
        String piece = Ops.str(args[i]);
        Codecs.checkWritable(piece);
        sb.append(piece);
      }
      Codecs.checkWritable(end);
    } catch (PyException e) { // CPython has written the pieces before the failing one
      out.print(sb);
      throw e;
    }
    sb.append(end);
    out.print(sb);
    if (Ops.truth(flush)) { // sys.stdout is buffered when it is not a terminal
      out.flush();
    }
    return PySingleton.NONE;
  }

  /** print() to a file object of the program's: one write() per piece, as CPython. */
  private static void printTo(Object file, Object[] args, int npos, String sep, String end,
      Object flush) {
    Object write = Ops.getattr(file, "write");
    for (int i = 0; i < npos; i++) {
      if (i > 0) {
        Ops.call(write, new Object[] {sep}, null);
      }
      Ops.call(write, new Object[] {Ops.str(args[i])}, null);
    }
    Ops.call(write, new Object[] {end}, null);
    if (Ops.truth(flush)) {
      Ops.call(Ops.getattr(file, "flush"), new Object[0], null);
    }
  }

  private static String strArg(String name, Object v) {
    if (v instanceof String s) {
      return s;
    }
    throw Errors.typeError(name + " must be None or a string, not " + Types.typeOf(v).name);
  }

  /** next(it[, default]): StopIteration (with a generator's return value) or the default. */
  static Object next(Object[] a, String[] k) {
    if (a[0] instanceof PyIterator it) {
      Object v = it.next();
      if (v != null) {
        return v;
      }
      if (a.length > 1) {
        return a[1];
      }
      throw Errors.stopIteration();
    }
    Object m = Types.typeOf(a[0]).lookup("__next__");
    if (m == null) {
      throw Errors.typeError("'" + Types.typeOf(a[0]).name + "' object is not an iterator");
    }
    try {
      return Ops.callMethod(m, a[0], new Object[0]);
    } catch (PyException e) {
      if (a.length > 1 && e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
        return a[1];
      }
      throw e;
    }
  }

  /** A builtin taking exactly n positional arguments; always returns false. */
  static boolean exactly(String name, Object[] a, String[] k, int n) {
    if (k != null && k.length > 0) {
      throw Errors.typeError(name + "() takes no keyword arguments");
    }
    if (a.length != n) {
      throw Errors.typeError(name + " expected " + n + " arguments, got " + a.length);
    }
    return false;
  }

  private static void iteratorType(String name, PyType t, PyBuiltinFunction.Body body) {
    t.constructor = (cls, a, k) -> body.call(a, k);
    DICT.put(name, t);
  }

  private static Object throwMapArgs() {
    throw Errors.typeError("map() must have at least two arguments.");
  }

  /** An attribute name argument of getattr and friends. */
  static String attrName(Object o) {
    if (!(o instanceof String s)) {
      throw Errors.typeError("attribute name must be string, not '" + Types.typeOf(o).name
          + "'");
    }
    return s;
  }

  /** pow(b, e, m) for ints: a negative exponent needs b invertible modulo m. */
  private static Object divmod(Object x, Object y) {
    // float divmod has its own message for a zero divisor
    if ((x instanceof Double || y instanceof Double) && isReal(x) && isReal(y)
        && Ops.toDouble(y) == 0.0) {
      throw Errors.zeroDivision("float divmod()");
    }
    return Ops.divmod(x, y);
  }

  private static boolean isNumber(Object o) {
    return isReal(o) || o instanceof PyComplex;
  }

  private static boolean isReal(Object o) {
    return o instanceof Double || o instanceof Long || o instanceof java.math.BigInteger
        || o instanceof Boolean;
  }

  /**
   * The inverse of a modulo n (0 <= a < n < 2**62) in [0, n), or -1 when gcd(a, n) != 1;
   * the extended Euclidean algorithm, whose coefficients stay below n in magnitude.
   */
  static long inverseModulo(long a, long n) {
    long t = 0;
    long nextT = 1;
    long r = n;
    long nextR = a;
    while (nextR != 0) {
      long q = r / nextR;
      long tmp = t - q * nextT;
      t = nextT;
      nextT = tmp;
      tmp = r - q * nextR;
      r = nextR;
      nextR = tmp;
    }
    if (r > 1) {
      return -1;
    }
    return t < 0 ? t + n : t;
  }

  static Object pow3(Object b, Object e, Object m) {
    if (b instanceof PyInstance || e instanceof PyInstance || m instanceof PyInstance) {
      // three-argument pow only asks the base's __pow__ (never __rpow__)
      Object r = b instanceof PyInstance ? Ops.callDunder(b, "__pow__", e, m) : null;
      if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
      throw Errors.typeError("unsupported operand type(s) for ** or pow(): '"
          + Types.typeOf(b).name + "', '" + Types.typeOf(e).name + "', '"
          + Types.typeOf(m).name + "'");
    }
    if (!Ops.isInt(b) || !Ops.isInt(e) || !Ops.isInt(m)) {
      // CPython's ternary_op: the nb_power of b's, e's then m's type, each type once; int's
      // declines, float's refuses any modulus, complex's converts b and e, then refuses it
      PyType tb = Types.typeOf(b);
      PyType te = Types.typeOf(e);
      PyType tm = Types.typeOf(m);
      for (PyType t : new PyType[] {tb, te == tb ? null : te, tm == tb || tm == te ? null : tm}) {
        if (t != null && t.isSubtypeOf(Types.FLOAT)) {
          throw Errors.typeError(
              "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (t != null && t.isSubtypeOf(Types.COMPLEX) && isNumber(b) && isNumber(e)) {
          throw Errors.valueError("complex modulo");
        }
      }
      throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + tb.name
          + "', '" + te.name + "', '" + tm.name + "'");
    }
    BigInteger mod = Ops.big(Ops.asInt(m));
    if (mod.signum() == 0) {
      throw Errors.valueError("pow() 3rd argument cannot be 0");
    }
    BigInteger r;
    if (e instanceof Long ev && ev == -1 && b instanceof Long bv && m instanceof Long mv
        && Math.abs(mv) < 1L << 62) {
      // a modular inverse within a long (the hash of a fraction needs one modulo 2**61-1):
      // Euclid on longs, where BigInteger.modInverse costs microseconds
      long inverse = inverseModulo(Math.floorMod(bv, Math.abs(mv)), Math.abs(mv));
      if (inverse < 0) {
        throw Errors.valueError("base is not invertible for the given modulus");
      }
      r = BigInteger.valueOf(inverse);
    } else {
      try {
        r = Ops.big(Ops.asInt(b)).modPow(Ops.big(Ops.asInt(e)), mod.abs());
      } catch (ArithmeticException x) {
        throw Errors.valueError("base is not invertible for the given modulus");
      }
    }
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return Ops.normalize(r);
  }

  static Object getattr(Object[] a, String[] k) {
    attrName(a[1]);
    Object v = Ops.getattrOrNull(a[0], (String) a[1]);
    if (v == null) {
      if (a.length > 2) {
        return a[2];
      }
      throw Ops.noAttribute(a[0], (String) a[1]);
    }
    return v;
  }

  public static Object abs(Object o) {
    if (o instanceof Long l) {
      return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
    }
    if (o instanceof Double d) {
      return Math.abs(d);
    }
    if (o instanceof BigInteger b) {
      return Ops.normalize(b.abs());
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return Ops.unaryDunder(o, "__abs__", "abs()");
  }

  /**
   * sum(iterable, start=0). Floats are added with Neumaier compensation as CPython 3.12+
   * does (so sum([0.1] * 10) == 1.0); anything else falls back to plain + from then on.
   */
  static Object sum(Object[] a, String[] k) {
    int npos = a.length - (k == null ? 0 : k.length);
    if (npos < 1) {
      throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
    }
    Object acc = npos > 1 ? a[1] : kwarg(a, k, "start", 0L);
    Object it = Ops.iter(a[0]);
    if (acc instanceof String) {
      throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (acc instanceof PyBytes || acc instanceof PyByteArray) {
      throw Errors.typeError("sum() can't sum " + Types.typeOf(acc).name
          + " [use b''.join(seq) instead]");
    }
    Object x = Ops.next(it);
    while (x != null) {
      if (acc instanceof Double d && (x instanceof Double || x instanceof Long)) {
        double f = d;
        double c = 0.0;
        while (x instanceof Double || x instanceof Long) {
          double v = x instanceof Double xd ? xd : (double) (Long) x;
          double t = f + v;
          if (Math.abs(f) >= Math.abs(v)) {
            c += (f - t) + v;
          } else {
            c += (v - t) + f;
          }
          f = t;
          x = Ops.next(it);
        }
        if (c != 0.0 && Double.isFinite(c)) {
          f += c;
        }
        acc = f;
        continue;
      }
      if (Ops.isInt(acc) && x instanceof Double) {
        acc = Ops.toDouble(acc);
        continue;
      }
      acc = Ops.binary(org.pyjit.bytecode.BinaryOp.ADD, acc, x);
      x = Ops.next(it);
    }
    return acc;
  }

  static Object minMax(Object[] a, String[] kwnames, boolean min) {
    int npos = a.length - (kwnames == null ? 0 : kwnames.length);
    Object key = null;
    Object dflt = null;
    for (int i = npos; i < a.length; i++) {
      switch (kwnames[i - npos]) {
        case "key" -> key = a[i] == PySingleton.NONE ? null : a[i];
        case "default" -> dflt = a[i];
        default -> throw ArgParser.unexpectedKeyword(min ? "min" : "max", kwnames[i - npos],
            "key", "default");
      }
    }
    if (npos == 0) {
      throw Errors.typeError((min ? "min" : "max") + " expected at least 1 argument, got 0");
    }
    if (npos > 1 && dflt != null) {
      throw Errors.typeError("Cannot specify a default for " + (min ? "min" : "max")
          + "() with multiple positional arguments");
    }
    Object[] items = npos == 1 ? ListOps.toArray(a[0]) : java.util.Arrays.copyOf(a, npos);
    if (items.length == 0) {
      if (dflt != null) {
        return dflt;
      }
      throw Errors.valueError((min ? "min" : "max") + "() iterable argument is empty");
    }
    Object best = items[0];
    Object bestKey = key == null ? best : Ops.call(key, new Object[] {best}, null);
    for (int i = 1; i < items.length; i++) {
      Object k = key == null ? items[i] : Ops.call(key, new Object[] {items[i]}, null);
      boolean better = Ops.truth(Ops.compare(min ? org.pyjit.bytecode.CompareOp.LT
          : org.pyjit.bytecode.CompareOp.GT, k, bestKey));
      if (better) {
        best = items[i];
        bestKey = k;
      }
    }
    return best;
  }

  public static String ascii(Object o) {
    String r = Ops.repr(o);
    StringBuilder sb = new StringBuilder();
    r.codePoints().forEach(cp -> {
      if (cp < 0x80) {
        sb.append((char) cp);
      } else if (cp < 0x100) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    });
    return sb.toString();
  }

  /**
   * format(value, spec): a class's own __format__ first; then int, float and str by the
   * runtime.format formatters; object.__format__ for everything else.
   */
  public static String format(Object v, String spec) {
    if (v instanceof PyInstance) {
      Object m = Types.typeOf(v).lookup("__format__");
      if (m instanceof PyBuiltinFunction && spec.isEmpty()
          && v instanceof BuiltinSubclasses.ValueInstance) {
        return Ops.str(v); // the built-in __format__ of '' is str(), which a subclass may define
      }
      if (m != null) {
        Object r = Ops.callMethod(m, v, new Object[] {spec});
        if (!(r instanceof String s)) {
          throw Errors.typeError("__format__ must return a str, not " + Types.typeOf(r).name);
        }
        return s;
      }
    }
    if (v instanceof Boolean b && spec.isEmpty()) {
      return b ? "True" : "False";
    }
    // an if chain, not a pattern switch: each of those costs about 1 ms of start-up
    // (docs/internals/startup.md)
    if (v instanceof Long l) {
      return IntFormat.format(l, FormatSpec.parse(spec, 'd', Types.typeOf(v).name));
    } else if (v instanceof Boolean b) {
      return IntFormat.format(b ? 1L : 0L, FormatSpec.parse(spec, 'd', "bool"));
    } else if (v instanceof BigInteger big) {
      return IntFormat.format(big, spec);
    } else if (v instanceof Double d) {
      return FloatFormat.format(d, spec);
    } else if (v instanceof String s) {
      return StrFormat.format(s, spec);
    } else if (v instanceof PyComplex c) {
      return FloatFormat.formatComplex(c.real, c.imag, spec);
    }
    if (!spec.isEmpty()) {
      throw Errors.typeError("unsupported format string passed to "
          + Types.typeOf(v).name + ".__format__");
    }
    return Ops.str(v);
  }

  public static boolean isCallable(Object o) {
    return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod
        || o instanceof PyType || Types.typeOf(o).lookup("__call__") != null;
  }

  public static boolean is(Object a, Object b) {
    if (a == b) {
      return true;
    }
    // small ints and equal strings behave as identical in CPython's common cases
    if (a instanceof Long x && b instanceof Long y) {
      return x.longValue() == y.longValue() && x >= -5 && x <= 256;
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.booleanValue() == y.booleanValue();
    }
    return false;
  }

  public static boolean isinstance(Object o, Object cls) {
    if (cls instanceof PyTuple t) {
      for (Object c : t.items) {
        if (isinstance(o, c)) {
          return true;
        }
      }
      return false;
    }
    if (cls instanceof PyUnion u) {
      return isinstance(o, u.args);
    }
    if (!(cls instanceof PyType t)) {
      Object hook = Types.typeOf(cls).lookup("__instancecheck__"); // typing's aliases
      if (hook != null && !(hook instanceof PyBuiltinFunction)) {
        return Ops.truth(Ops.callMethod(hook, cls, new Object[] {o}));
      }
      throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    if (t.type() != Types.TYPE && Types.typeOf(o) != t) {
      Object hook = t.type().lookup("__instancecheck__");
      if (hook != null) {
        return Ops.truth(Ops.callMethod(hook, t, new Object[] {o}));
      }
    }
    if (Types.typeOf(o).isSubtypeOf(t)) {
      return true;
    }
    PyType ot = Types.typeOf(o);
    if (o instanceof PyInstance && ot.lookup("__class__") != Types.OBJECT.lookup("__class__")) {
      // a class defining __class__ (proxies, mocks): CPython asks the instance
      Object c = Ops.getattrOrNull(o, "__class__");
      return c instanceof PyType k && k != Types.typeOf(o) && k.isSubtypeOf(t);
    }
    return false;
  }

  static boolean issubclass(Object c, Object cls) {
    if (!(cls instanceof PyType || cls instanceof PyTuple || cls instanceof PyUnion)) {
      Object hook = Types.typeOf(cls).lookup("__subclasscheck__"); // typing's aliases
      if (hook != null && !(hook instanceof PyBuiltinFunction)) {
        return Ops.truth(Ops.callMethod(hook, cls, new Object[] {c}));
      }
    }
    if (cls instanceof PyType meta && meta.type() != Types.TYPE) {
      Object hook = meta.type().lookup("__subclasscheck__");
      if (hook != null) {
        return Ops.truth(Ops.callMethod(hook, meta, new Object[] {c}));
      }
    }
    if (!(c instanceof PyType t)) {
      throw Errors.typeError("issubclass() arg 1 must be a class");
    }
    if (cls instanceof PyUnion u) {
      return issubclass(c, u.args);
    }
    if (cls instanceof PyTuple tup) {
      for (Object x : tup.items) {
        if (issubclass(c, x)) {
          return true;
        }
      }
      return false;
    }
    if (!(cls instanceof PyType ct)) {
      throw Errors.typeError(
          "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return t.isSubtypeOf(ct);
  }

  /** The exception a raise statement raises: an instance, or a class to instantiate. */
  public static PyBaseException makeException(Object o) {
    if (o instanceof PyBaseException e) {
      return e;
    }
    if (o instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
      Object e = Ops.call(t, new Object[0], null);
      if (e instanceof PyBaseException pe) {
        return pe;
      }
    }
    throw Errors.typeError("exceptions must derive from BaseException");
  }

  /** The test of an except clause: {@code exc} is an instance of {@code type} (or a tuple). */
  public static boolean exceptionMatches(Object exc, Object type) {
    if (type instanceof PyTuple t) {
      for (Object x : t.items) { // every member is checked before any is tried, as CPython
        if (!(x instanceof PyType pt) || !pt.isSubtypeOf(Types.BASE_EXCEPTION)) {
          throw Errors.typeError("catching classes that do not inherit from BaseException"
              + " is not allowed");
        }
      }
      for (Object x : t.items) {
        if (exceptionMatches(exc, x)) {
          return true;
        }
      }
      return false;
    }
    if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Types.BASE_EXCEPTION)) {
      throw Errors.typeError("catching classes that do not inherit from BaseException is not"
          + " allowed");
    }
    return Types.typeOf(exc).isSubtypeOf(pt);
  }

  static List<Object> list(Object iterable) {
    return new ArrayList<>(List.of(ListOps.toArray(iterable)));
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __build_class__, print, len, repr, ascii, abs, iter, next, eval, exec, compile, open,
    aiter, anext, breakpoint, help, hash, id, callable, isinstance, issubclass, getattr,
    setattr, hasattr, min, max, sum, format, chr, ord, divmod, pow, any, all, sorted,
    enumerate, zip, map, filter, reversed, round, bin, oct, hex;

    @Override
    public Object call(Object[] a, String[] k) {
      switch (this) {
        case getattr, hasattr, next, format, any, all, bin, oct, hex, pow, sum, enumerate, map,
            filter, zip -> BuiltinArity.checkFunction(name(), a, k);
        default -> { }
      }
      if (ordinal() < 29) {
        return call0(a, k);
      }
      if (ordinal() < 39) {
        return call1(a, k);
      }
      return call2(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case __build_class__: return ClassBuilder.buildClass(a, k);
        case print: return Builtins.print(a, k);
        case len: return Ops.len(one("len", a, k));
        case repr: return Ops.repr(one("repr", a, k));
        case ascii: return ascii(one("ascii", a, k));
        case abs: return abs(one("abs", a, k));
        case iter: return Ops.iter(one("iter", a, k));
        case next: return Builtins.next(a, k);
        case eval: return org.pyjit.interp.Exec.eval(a, k);
        case exec: return org.pyjit.interp.Exec.exec(a, k);
        case compile: return org.pyjit.interp.Exec.compile(a, k);
        case open: return PyFile.open(a, k);
        case aiter: {
          ArgParser.exactlyOne("aiter", a, k, 0);
          Object r = Ops.callDunder(a[0], "__aiter__");
          if (r == null) {
            throw Errors.typeError("'" + Types.typeOf(a[0]).name
                + "' object is not an async iterable");
          }
          return r;
        }
        case anext: {
          if (k != null && k.length > 0) {
            throw Errors.typeError("anext() takes no keyword arguments");
          }
          if (a.length < 1 || a.length > 2) {
            throw Errors.typeError(a.length < 1 ? "anext expected at least 1 argument, got 0"
                : "anext expected at most 2 arguments, got " + a.length);
          }
          if (a.length == 2) {
            return org.pyjit.interp.Coroutines.anextWithDefault(a[0], a[1]);
          }
          Object r = Ops.callDunder(a[0], "__anext__");
          if (r == null) {
            throw Errors.typeError("'" + Types.typeOf(a[0]).name
                + "' object is not an async iterator");
          }
          return r;
        }
        case breakpoint: return PySingleton.NONE;
        case help: return Ops.call(Ops.getattr(Importer.gcdImport("_pyjit_help"), "help"), a, k);
        case hash: return Ops.hash(one("hash", a, k));
        case id: return ObjectIds.of(one("id", a, k));
        case callable: return isCallable(one("callable", a, k));
        case isinstance: {
          exactly("isinstance", a, k, 2);
          return isinstance(a[0], a[1]);
        }
        case issubclass: {
          exactly("issubclass", a, k, 2);
          return issubclass(a[0], a[1]);
        }
        case getattr: return Builtins.getattr(a, k);
        case setattr: {
          exactly("setattr", a, k, 3);
          Ops.setattr(a[0], attrName(a[1]), a[2]);
          return PySingleton.NONE;
        }
        case hasattr: return Ops.getattrOrNull(a[0], attrName(a[1])) != null;
        case min: return minMax(a, k, true);
        case max: return minMax(a, k, false);
        case sum: return Builtins.sum(a, k);
        case format: {
          if (a.length > 1 && !(a[1] instanceof String)) {
            throw Errors.typeError("format() argument 2 must be str, not "
                + ArgParser.badArgumentType(a[1]));
          }
          return format(a[0], a.length > 1 ? (String) a[1] : "");
        }
        case chr: {
          Object o = one("chr", a, k);
          Object v = o instanceof PyInstance ? Ops.callDunder(o, "__index__") : o;
          if (v instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C int");
          }
          long cp = Ops.asIndex(v == null ? o : v);
          if (cp < 0 || cp > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
          }
          return new String(Character.toChars((int) cp));
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call1(Object[] a, String[] k) {
      switch (this) {
        case ord: {
          Object o = one("ord", a, k);
          if (o instanceof PyBytes || o instanceof PyByteArray) {
            byte[] b = o instanceof PyBytes pb ? pb.data : ((PyByteArray) o).toByteArray();
            if (b.length != 1) {
              throw Errors.typeError("ord() expected a character, but string of length " + b.length
                  + " found");
            }
            return (long) (b[0] & 0xff);
          }
          if (!(o instanceof String s)) {
            throw Errors.typeError("ord() expected string of length 1, but " + Types.typeOf(o).name
                + " found");
          }
          int n = s.codePointCount(0, s.length());
          if (n != 1) {
            throw Errors.typeError("ord() expected a character, but string of length " + n
                + " found");
          }
          return (long) s.codePointAt(0);
        }
        case divmod: return exactly("divmod", a, k, 2) ? null : divmod(a[0], a[1]);
        case pow: return a.length == 3 && a[2] != PySingleton.NONE ? pow3(a[0], a[1], a[2])
            : Ops.binary(org.pyjit.bytecode.BinaryOp.POWER, a[0], a[1]);
        case any: {
          Object it = Ops.iter(a[0]);
          for (Object x; (x = Ops.next(it)) != null; ) {
            if (Ops.truth(x)) {
              return true;
            }
          }
          return false;
        }
        case all: {
          Object it = Ops.iter(a[0]);
          for (Object x; (x = Ops.next(it)) != null; ) {
            if (!Ops.truth(x)) {
              return false;
            }
          }
          return true;
        }
        case sorted: {
          int npos = a.length - (k == null ? 0 : k.length);
          if (npos != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + npos);
          }
          if (k != null) {
            for (String name : k) {
              if (!name.equals("key") && !name.equals("reverse")) {
                throw ArgParser.unexpectedKeyword("sort", name, "key", "reverse");
              }
            }
          }
          Object[] items = ListOps.toArray(a[0]);
          Object key = kwarg(a, k, "key", null);
          Sorting.sort(items, key, Ops.truth(kwarg(a, k, "reverse", Boolean.FALSE)));
          return new PyList(items);
        }
        case enumerate: {
          if (a.length == 0) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
          }
          return new Iterators.Enumerate(a[0], a.length > 1 ? a[1] : 0L);
        }
        case zip: {
          int npos = a.length - (k == null ? 0 : k.length);
          return new Iterators.Zip(java.util.Arrays.copyOf(a, npos),
              Ops.truth(kwarg(a, k, "strict", Boolean.FALSE)));
        }
        case map: return a.length < 2 ? throwMapArgs()
            : new Iterators.MapIter(a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
        case filter: {
          if (a.length != 2) {
            throw Errors.typeError("filter expected 2 arguments, got " + a.length);
          }
          return new Iterators.Filter(a[0], a[1]);
        }
        default:
          throw new AssertionError(this);
      }
    }

    private Object call2(Object[] a, String[] k) {
      switch (this) {
        case reversed: {
          if (a.length != 1) {
            throw Errors.typeError("reversed expected 1 argument, got " + a.length);
          }
          Object r = Ops.callDunder(a[0], "__reversed__");
          if (r != null) {
            return r;
          }
          PyType t = Types.typeOf(a[0]);
          if (!(a[0] instanceof String) && (t.lookup("__getitem__") == null
              || t.lookup("__len__") == null || a[0] instanceof PyDict)) {
            throw Errors.typeError("'" + t.name + "' object is not reversible");
          }
          return new Iterators.Reversed(a[0]);
        }
        case round: {
          Object[] v = ArgParser.keywords("round", a, k, 0, new String[] {"number", "ndigits"},
              0, 1);
          return round(v[0], v[1] == null ? PySingleton.NONE : v[1]);
        }
        case bin: return radix(a[0], 2, "0b");
        case oct: return radix(a[0], 8, "0o");
        case hex: return radix(a[0], 16, "0x");
        default:
          throw new AssertionError(this);
      }
    }
  }
}
