package org.pyjit.modules;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyByteArray;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyStaticMethod;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * The {@code _random} module: the {@code Random} base type over the Mersenne Twister
 * (MT19937), giving for a seed the same 32-bit outputs as CPython's _random, so that
 * random.py's functions over it give CPython's sequences bit for bit.
 *
 * <p>Contract. {@code seed(n)} takes the absolute value of an int (any other object: its
 * hash), splits it into 32-bit words from the least significant and seeds with the
 * reference init_by_array; {@code seed(None)} seeds from the system's entropy.
 * {@code random()} makes a double from 53 bits of two outputs (27 + 26), {@code
 * getrandbits(k)} fills k bits from 32-bit outputs, least significant word first, the
 * last one cut to its top bits. {@code getstate()} is CPython's tuple: the 624 state words
 * and the position. Instances of Python subclasses are {@link Generator}s too (the type
 * constructs instances of the class it is called for, {@link PyType#constructsSubclasses}),
 * so they keep their attribute dict. Two private helpers serve random.py: {@code
 * _sha512(b)} (for version-2 seeding of str and bytes) and {@code _urandom(n)} (for
 * SystemRandom), so that it needs neither hashlib nor os.
 */
public final class RandomModule {
  private RandomModule() {}

  private static final int N = 624;
  private static final int M = 397;

  /** The type {@code _random.Random}. */
  public static final PyType TYPE = makeType();

  /** A generator: a Python object (of Random or a subclass) with the twister's state. */
  public static final class Generator extends PyInstance {
    final int[] mt = new int[N];
    int index; // unseeded (a subclass's instance before its __init__): zeros, as CPython's

    Generator(PyType type) {
      super(type);
    }

    void initGenrand(int s) {
      mt[0] = s;
      for (int i = 1; i < N; i++) {
        int p = mt[i - 1];
        mt[i] = 1812433253 * (p ^ (p >>> 30)) + i;
      }
      index = N;
    }

    void initByArray(int[] key) {
      initGenrand(19650218);
      int i = 1;
      int j = 0;
      for (int k = Math.max(N, key.length); k > 0; k--) {
        int p = mt[i - 1];
        mt[i] = (mt[i] ^ ((p ^ (p >>> 30)) * 1664525)) + key[j] + j;
        i++;
        j++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
        if (j >= key.length) {
          j = 0;
        }
      }
      for (int k = N - 1; k > 0; k--) {
        int p = mt[i - 1];
        mt[i] = (mt[i] ^ ((p ^ (p >>> 30)) * 1566083941)) - i;
        i++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
      }
      mt[0] = 0x80000000;
    }

    /** The next 32-bit output (as an unsigned value in an int). */
    int next() {
      if (index >= N) {
        twist();
      }
      int y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      return y ^ (y >>> 18);
    }

    private void twist() {
      int k = 0;
      for (; k < N - M; k++) {
        int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
        mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      for (; k < N - 1; k++) {
        int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
        mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      index = 0;
    }

    double random() {
      int a = next() >>> 5;
      int b = next() >>> 6;
      return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** An int in [0, n) for n > 0: getrandbits(bit length of n) until one is below n. */
    long below(long n) {
      int bits = 64 - Long.numberOfLeadingZeros(n);
      while (true) {
        long r = getrandbitsLong(bits);
        if (r < n) {
          return r;
        }
      }
    }

    /** getrandbits(k) for 0 < k < 64, as a long. */
    long getrandbitsLong(int k) {
      if (k <= 32) {
        return (next() >>> (32 - k)) & 0xffffffffL;
      }
      long lo = next() & 0xffffffffL;
      long hi = (next() >>> (64 - k)) & 0xffffffffL;
      return (hi << 32) | lo;
    }

    Object getrandbits(long k) {
      if (k < 0) {
        throw Errors.valueError("number of bits must be non-negative");
      }
      if (k == 0) {
        return 0L;
      }
      if (k <= 32) {
        return (long) (next() >>> (32 - k)) & 0xffffffffL;
      }
      if (k <= 63) { // two words fit a long
        long lo = next() & 0xffffffffL;
        long hi = (next() >>> (64 - k)) & 0xffffffffL;
        return (hi << 32) | lo;
      }
      int words = (int) ((k - 1) / 32 + 1);
      byte[] big = new byte[words * 4 + 1]; // big-endian magnitude with a zero sign byte
      long left = k;
      for (int w = 0; w < words; w++, left -= 32) {
        int r = next();
        if (left < 32) {
          r >>>= (32 - left);
        }
        int at = big.length - 4 * (w + 1);
        big[at] = (byte) (r >>> 24);
        big[at + 1] = (byte) (r >>> 16);
        big[at + 2] = (byte) (r >>> 8);
        big[at + 3] = (byte) r;
      }
      return Ops.normalize(new BigInteger(big));
    }

    void seed(Object arg) {
      if (arg == null || arg == PySingleton.NONE) {
        byte[] bytes = entropy(4 * N);
        int[] key = new int[N];
        for (int i = 0; i < N; i++) {
          key[i] = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8
              | (bytes[4 * i + 2] & 0xff) << 16 | (bytes[4 * i + 3] & 0xff) << 24;
        }
        initByArray(key);
        return;
      }
      // an int's absolute value; anything else its hash as C's size_t (unsigned)
      BigInteger n = Ops.isInt(arg) ? Ops.big(arg).abs()
          : new BigInteger(Long.toUnsignedString(Ops.hash(arg)));
      int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
      int[] key = new int[words];
      for (int i = 0; i < words; i++) {
        key[i] = n.shiftRight(32 * i).intValue();
      }
      initByArray(key);
    }

    PyTuple getstate() {
      Object[] s = new Object[N + 1];
      for (int i = 0; i < N; i++) {
        s[i] = mt[i] & 0xffffffffL;
      }
      s[N] = (long) index;
      return PyTuple.of(s);
    }

    void setstate(Object state) {
      if (!(state instanceof PyTuple t)) {
        throw Errors.typeError("state vector must be a tuple");
      }
      if (t.size() != N + 1) {
        throw Errors.valueError("state vector is the wrong size");
      }
      int[] words = new int[N];
      for (int i = 0; i < N; i++) {
        words[i] = (int) unsignedLong(t.get(i));
      }
      Object last = t.get(N);
      if (last instanceof BigInteger b && b.bitLength() >= 64) {
        throw Errors.overflow("Python int too large to convert to C long");
      }
      long idx = Ops.asIndex(last);
      if (idx < 0 || idx > N) {
        throw Errors.valueError("invalid state");
      }
      System.arraycopy(words, 0, mt, 0, N);
      index = (int) idx;
    }
  }

  /** libm's functions that gauss() uses, linked on its first call. */
  private static final class Maths {
    static final java.util.function.DoubleUnaryOperator COS =
        org.pyjit.runtime.Libm.unary("cos", StrictMath::cos);
    static final java.util.function.DoubleUnaryOperator SIN =
        org.pyjit.runtime.Libm.unary("sin", StrictMath::sin);
    static final java.util.function.DoubleUnaryOperator LOG =
        org.pyjit.runtime.Libm.unary("log", StrictMath::log);
  }

  /** A float argument of gauss as a double, or NaN for anything else (then Python). */
  private static double real(Object o) {
    if (o instanceof Double v) {
      return Double.isNaN(v) ? Double.NaN : v;
    }
    if (o instanceof Long v && Math.abs(v) < (1L << 53)) {
      return v;
    }
    return Double.NaN;
  }

  /** Whether g's class draws integers with this type's _randbelow and getrandbits. */
  private static boolean fast(Generator g, PyDict d) {
    PyType c = g.type();
    return c.lookup("_randbelow") == d.getStr("_randbelow_with_getrandbits")
        && c.lookup("getrandbits") == d.getStr("getrandbits");
  }

  private static Object delegate(Generator g, String name, Object[] a, String[] k) {
    Object method = Ops.getattr(g, name);
    return org.pyjit.runtime.Calls.call(method, java.util.Arrays.copyOfRange(a, 1, a.length),
        k);
  }

  /**
   * randrange(start[, stop[, step]]) over longs as random.py computes it, or null when an
   * argument is not a plain int or the arithmetic leaves 64 bits (the Python method then).
   */
  private static Object fastRandrange(Generator g, Object[] a) {
    for (int i = 1; i < a.length; i++) {
      if (!(a[i] instanceof Long) && !(i == 2 && a[i] == PySingleton.NONE)) {
        return null;
      }
    }
    long start = (Long) a[1];
    if (a.length == 2 || a[2] == PySingleton.NONE) {
      if (a.length == 4 && !(a[3] instanceof Long one && one == 1)) {
        return null; // CPython compares step with its 1 by identity: the Python method
      }
      if (start > 0) {
        return g.below(start);
      }
      throw Errors.valueError("empty range for randrange()");
    }
    long stop = (Long) a[2];
    long step = a.length == 4 ? (Long) a[3] : 1;
    long width;
    try {
      width = Math.subtractExact(stop, start);
    } catch (ArithmeticException e) {
      return null;
    }
    if (step == 1) {
      if (width > 0) {
        return start + g.below(width);
      }
      throw Errors.valueError("empty range in randrange(" + start + ", " + stop + ")");
    }
    if (width > Long.MAX_VALUE / 4 || width < -Long.MAX_VALUE / 4
        || step > Long.MAX_VALUE / 4 || step < -Long.MAX_VALUE / 4) {
      return null;
    }
    long n;
    if (step > 0) {
      n = Math.floorDiv(width + step - 1, step);
    } else if (step < 0) {
      n = Math.floorDiv(width + step + 1, step);
    } else {
      throw Errors.valueError("zero step for randrange()");
    }
    if (n <= 0) {
      throw Errors.valueError("empty range in randrange(" + start + ", " + stop + ", " + step
          + ")");
    }
    try {
      return Math.addExact(start, Math.multiplyExact(step, g.below(n)));
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * n bytes of the system's entropy: /dev/urandom as CPython's os.urandom reads it, or
   * SecureRandom where there is none (it costs start-up: its providers load on first use,
   * and random.py seeds its hidden instance at import).
   */
  static byte[] entropy(int n) {
    byte[] b = new byte[n];
    try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
      int got = 0;
      while (got < n) {
        int r = in.read(b, got, n - got);
        if (r < 0) {
          break;
        }
        got += r;
      }
      if (got == n) {
        return b;
      }
    } catch (java.io.IOException e) {
      // no /dev/urandom: below
    }
    new SecureRandom().nextBytes(b);
    return b;
  }

  /** An int as C's unsigned long, with PyLong_AsUnsignedLong's errors. */
  private static long unsignedLong(Object o) {
    if (!Ops.isInt(o)) {
      throw Errors.typeError("an integer is required");
    }
    BigInteger b = Ops.big(o);
    if (b.signum() < 0) {
      throw Errors.overflow("can't convert negative value to unsigned int");
    }
    if (b.bitLength() > 64) {
      throw Errors.overflow("Python int too large to convert to C unsigned long");
    }
    return b.longValue();
  }

  private static Generator self(Object o, String method) {
    if (o instanceof Generator g) {
      return g;
    }
    throw Errors.typeError("descriptor '" + method + "' for '_random.Random' objects doesn't "
        + "apply to a '" + Types.typeOf(o).name + "' object");
  }

  private static void arity(String name, Object[] a, String[] k, int min, int max) {
    if (k != null && k.length > 0) {
      throw Errors.typeError("Random." + name + "() takes no keyword arguments");
    }
    int given = a.length - 1;
    if (given < min || given > max) {
      if (max == 0) {
        throw Errors.typeError("Random." + name + "() takes no arguments (" + given
            + " given)");
      }
      if (min == max) {
        throw Errors.typeError("Random." + name + "() takes exactly one argument (" + given
            + " given)");
      }
      throw Errors.typeError(name + " expected at most " + max + " argument"
          + (max == 1 ? "" : "s") + ", got " + given);
    }
  }

  private static PyType makeType() {
    PyType t = new PyType("Random", true, Types.OBJECT);
    PyDict d = t.dict;
    t.module = "_random";
    t.constructsSubclasses = true;
    t.constructor = (cls, a, k) -> {
      if (cls == t && k != null && k.length > 0) {
        throw Errors.typeError("Random() takes no keyword arguments");
      }
      Generator g = new Generator(cls);
      if (cls == t) { // a subclass is seeded by its __init__
        init(g, a, k);
      }
      return g;
    };
    method(d, t, "__init__", (a, k) -> {
      init(self(a[0], "__init__"), java.util.Arrays.copyOfRange(a, 1, a.length), k);
      return PySingleton.NONE;
    });
    d.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
      if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(t)) {
        throw Errors.typeError("Random.__new__(X): X is not a subtype of Random");
      }
      return t.constructor.call(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
    })));
    method(d, t, "random", (a, k) -> {
      arity("random", a, k, 0, 0);
      return self(a[0], "random").random();
    });
    method(d, t, "seed", (a, k) -> {
      arity("seed", a, k, 0, 1);
      self(a[0], "seed").seed(a.length > 1 ? a[1] : null);
      return PySingleton.NONE;
    });
    method(d, t, "getrandbits", (a, k) -> {
      arity("getrandbits", a, k, 1, 1);
      Generator g = self(a[0], "getrandbits");
      Object n = a[1];
      if (n instanceof BigInteger b && b.bitLength() >= 64) {
        throw Errors.overflow("Python int too large to convert to C int");
      }
      long bits = Ops.asIndex(n); // a C int in CPython
      if (bits > Integer.MAX_VALUE || bits < Integer.MIN_VALUE) {
        throw Errors.overflow("Python int too large to convert to C int");
      }
      return g.getrandbits(bits);
    });
    // random.py's Random._randbelow: integers below n from getrandbits, redrawing when
    // too large; in Java unless a subclass overrides getrandbits (then its method is called)
    method(d, t, "_randbelow_with_getrandbits", (a, k) -> {
      arity("_randbelow_with_getrandbits", a, k, 1, 1);
      Generator g = self(a[0], "_randbelow_with_getrandbits");
      Object n = a[1];
      if (g.type().lookup("getrandbits") == d.getStr("getrandbits")) {
        if (n instanceof Long limit && limit > 0) {
          return g.below(limit);
        }
        if (n instanceof BigInteger limit && limit.signum() > 0) {
          long bits = limit.bitLength();
          while (true) {
            Object r = g.getrandbits(bits);
            if (Ops.big(r).compareTo(limit) < 0) {
              return r;
            }
          }
        }
      }
      Object getrandbits = Ops.getattr(g, "getrandbits");
      Object bits = Ops.getattr(n, "bit_length");
      Object kbits = org.pyjit.runtime.Calls.call(bits, new Object[0], null);
      while (true) {
        Object r = org.pyjit.runtime.Calls.call(getrandbits, new Object[] {kbits}, null);
        if (!Ops.truth(Ops.compare(org.pyjit.bytecode.CompareOp.GE, r, n))) {
          return r;
        }
      }
    });
    // randrange, randint, choice and shuffle for int arguments and exact lists and tuples, when
    // neither _randbelow nor getrandbits is overridden; any other call goes to random.py's
    // Python method of the same algorithm (_randrange_py, ...), which gives CPython's
    // errors for the unusual arguments
    method(d, t, "randrange", (a, k) -> {
      Generator g = self(a[0], "randrange");
      if ((k == null || k.length == 0) && a.length >= 2 && a.length <= 4 && fast(g, d)) {
        Object r = fastRandrange(g, a);
        if (r != null) {
          return r;
        }
      }
      return delegate(g, "_randrange_py", a, k);
    });
    method(d, t, "randint", (a, k) -> {
      Generator g = self(a[0], "randint");
      if ((k == null || k.length == 0) && a.length == 3 && a[1] instanceof Long lo
          && a[2] instanceof Long hi && hi < Long.MAX_VALUE && fast(g, d)
          && g.type().lookup("randrange") == d.getStr("randrange")) {
        Object r = fastRandrange(g, new Object[] {g, lo, hi + 1});
        if (r != null) {
          return r;
        }
      }
      return delegate(g, "_randint_py", a, k);
    });
    method(d, t, "choice", (a, k) -> {
      Generator g = self(a[0], "choice");
      if ((k == null || k.length == 0) && a.length == 2 && fast(g, d)) {
        Object seq = a[1];
        if (seq.getClass() == org.pyjit.runtime.PyList.class) {
          org.pyjit.runtime.PyList list = (org.pyjit.runtime.PyList) seq;
          int n = list.size();
          if (n == 0) {
            throw Errors.indexError("Cannot choose from an empty sequence");
          }
          return list.get((int) g.below(n));
        }
        if (seq.getClass() == PyTuple.class) {
          PyTuple tuple = (PyTuple) seq;
          int n = tuple.size();
          if (n == 0) {
            throw Errors.indexError("Cannot choose from an empty sequence");
          }
          return tuple.get((int) g.below(n));
        }
      }
      return delegate(g, "_choice_py", a, k);
    });
    method(d, t, "shuffle", (a, k) -> {
      Generator g = self(a[0], "shuffle");
      if ((k == null || k.length == 0) && a.length == 2 && fast(g, d)
          && a[1].getClass() == org.pyjit.runtime.PyList.class) {
        org.pyjit.runtime.PyList list = (org.pyjit.runtime.PyList) a[1];
        for (int i = list.size() - 1; i > 0; i--) {
          int j = (int) g.below(i + 1);
          Object x = list.get(i);
          list.set(i, list.get(j));
          list.set(j, x);
        }
        return PySingleton.NONE;
      }
      return delegate(g, "_shuffle_py", a, k);
    });
    // gauss and uniform for float (and int) arguments when random() is the base type's,
    // with libm's cos, sin and log as CPython's math module calls them; otherwise
    // random.py's _gauss_py and _uniform_py
    method(d, t, "gauss", (a, k) -> {
      Generator g = self(a[0], "gauss");
      if ((k == null || k.length == 0) && a.length <= 3 && g.dict != null
          && g.type().lookup("random") == d.getStr("random")) {
        double mu = a.length > 1 ? real(a[1]) : 0.0;
        double sigma = a.length > 2 ? real(a[2]) : 1.0;
        Object next = g.dict.getStr("gauss_next");
        if (!Double.isNaN(mu) && !Double.isNaN(sigma)
            && (next == null || next == PySingleton.NONE || next instanceof Double)) {
          double z;
          if (next instanceof Double saved) {
            z = saved;
            g.dict.put("gauss_next", PySingleton.NONE);
          } else {
            double angle = g.random() * (2 * Math.PI);
            double radius = Math.sqrt(-2.0 * Maths.LOG.applyAsDouble(1.0 - g.random()));
            z = Maths.COS.applyAsDouble(angle) * radius;
            g.dict.put("gauss_next", Maths.SIN.applyAsDouble(angle) * radius);
          }
          return mu + z * sigma;
        }
      }
      return delegate(g, "_gauss_py", a, k);
    });
    method(d, t, "uniform", (a, k) -> {
      Generator g = self(a[0], "uniform");
      if ((k == null || k.length == 0) && a.length == 3
          && g.type().lookup("random") == d.getStr("random")) {
        if (a[1] instanceof Double lo && a[2] instanceof Double hi) {
          return lo + (hi - lo) * g.random();
        }
      }
      return delegate(g, "_uniform_py", a, k);
    });
    method(d, t, "getstate", (a, k) -> {
      arity("getstate", a, k, 0, 0);
      return self(a[0], "getstate").getstate();
    });
    method(d, t, "setstate", (a, k) -> {
      arity("setstate", a, k, 1, 1);
      self(a[0], "setstate").setstate(a[1]);
      return PySingleton.NONE;
    });
    return t;
  }

  private static void init(Generator g, Object[] a, String[] k) {
    int npos = a.length - (k == null ? 0 : k.length);
    if (npos > 1) {
      throw Errors.typeError("Random() requires 0 or 1 argument");
    }
    g.seed(npos == 1 ? a[0] : null);
  }

  private static void method(PyDict d, PyType t, String name, PyBuiltinFunction.Body body) {
    d.put(name, new PyBuiltinFunction(name, t, body));
  }

  /** A new {@code _random} module. */
  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_random");
    d.put("__doc__", "Module implements the Mersenne Twister random number generator.");
    d.put("Random", TYPE);
    d.put("_sha512", new PyBuiltinFunction("_sha512", (a, k) -> {
      byte[] data = a[0] instanceof PyBytes b ? b.data
          : a[0] instanceof PyByteArray ba ? ba.toByteArray() : null;
      if (data == null) {
        throw Errors.typeError("a bytes-like object is required");
      }
      try {
        return new PyBytes(MessageDigest.getInstance("SHA-512").digest(data));
      } catch (NoSuchAlgorithmException e) {
        throw Errors.runtimeError("SHA-512 is not available");
      }
    }));
    d.put("_urandom", new PyBuiltinFunction("_urandom", (a, k) -> {
      long n = Ops.asIndex(a[0]);
      if (n < 0) {
        throw Errors.valueError("negative argument not allowed");
      }
      if (n > Integer.MAX_VALUE - 16) {
        throw Errors.overflow("Python int too large to convert to C ssize_t");
      }
      return new PyBytes(entropy((int) n));
    }));
    return new PyModule("_random", d);
  }
}
