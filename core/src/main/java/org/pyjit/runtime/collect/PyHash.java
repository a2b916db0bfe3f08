package org.pyjit.runtime.collect;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Python's hash() for the builtin value types, as CPython 3.13 computes it on a 64-bit build.
 *
 * <p>Contract: every function returns exactly CPython's value, except {@link #hashString} and
 * {@link #hashBytes}. No function returns -1 (CPython reserves it for "error").
 *
 * <p>The numeric hashes follow the rule of the language reference ("Hashing of numeric
 * types"): a rational value x = n/d hashes to n * d**-1 modulo P = 2**61 - 1, signed like x,
 * so that equal numbers of different types (1, 1.0, True, Fraction(1), complex(1, 0)) hash
 * alike. This is what makes a set or dict treat them as one key, so it must be exact.
 *
 * <p>str and bytes: CPython hashes them with SipHash under a random key chosen at start-up,
 * so no program can depend on the values and pyjit does not try to reproduce them. The
 * function here is a fast seeded 64-bit multiply-mix hash of the UTF-16 units. As in CPython,
 * the seed is random unless the environment variable PYTHONHASHSEED is a decimal integer
 * (0 disables randomization), "" hashes to 0, and a bytes value hashes like the str of the
 * same Latin-1 characters (hash(b'abc') == hash('abc') holds in CPython too).
 */
public final class PyHash {
  private PyHash() {}

  /** The modulus of the numeric hash: sys.hash_info.modulus. */
  public static final long MODULUS = (1L << 61) - 1;

  /** sys.hash_info.inf: the hash of float('inf'); -INF for float('-inf'). */
  public static final long INF = 314159;

  /** sys.hash_info.imag: the multiplier of the imaginary part of a complex. */
  public static final long IMAG = 1000003;

  /** hash(None): a constant since CPython 3.12 (it used to be None's address). */
  public static final long NONE = 0xFCA86420L;

  private static final int MODULUS_BITS = 61;

  // ------------------------------------------------------------------ integers

  public static long hashLong(long v) {
    // Java's % truncates toward zero, so a negative v gives -(|v| mod P), the sign rule of
    // int.__hash__; Long.MIN_VALUE comes out as -(2**63 mod P) = -4, as in CPython.
    long h = v % MODULUS;
    return h == -1 ? -2 : h;
  }

  public static long hashBigInteger(BigInteger v) {
    if (v.bitLength() < 64) {
      return hashLong(v.longValue());
    }
    long h = v.abs().mod(BIG_MODULUS).longValue();
    if (v.signum() < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

  public static long hashBool(boolean b) {
    return b ? 1 : 0;
  }

  public static long hashNone() {
    return NONE;
  }

  // ------------------------------------------------------------------ floats

  /**
   * hash(float) for a value that is not a NaN. A NaN gives 0 here (what CPython before 3.10
   * returned); since 3.10 a NaN hashes by object identity, which only the caller knows: use
   * {@link #hashDouble(double, long)} when the float is an object.
   */
  public static long hashDouble(double v) {
    long bits = Double.doubleToRawLongBits(v);
    int biased = (int) (bits >>> 52) & 0x7ff;
    if (biased == 0x7ff) {
      if ((bits & 0xfffffffffffffL) != 0) {
        return 0;
      }
      return bits < 0 ? -INF : INF;
    }
    // v = mantissa * 2**exp exactly, with an integer mantissa below 2**53 < P.
    long mantissa = bits & 0xfffffffffffffL;
    int exp;
    if (biased == 0) {
      exp = -1074;
    } else {
      mantissa |= 1L << 52;
      exp = biased - 1075;
    }
    // 2**61 == 1 (mod P), so multiplying by 2**exp is a rotation of the 61-bit residue by
    // exp mod 61 places. A residue below P is not all ones, so neither is its rotation.
    int k = Math.floorMod(exp, MODULUS_BITS);
    long h = k == 0 ? mantissa : ((mantissa << k) & MODULUS) | (mantissa >>> (MODULUS_BITS - k));
    if (bits < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  /** hash(float) for a float object: a NaN hashes as {@link #hashIdentity(long)} of the object. */
  public static long hashDouble(double v, long identityHash) {
    return Double.isNaN(v) ? hashIdentity(identityHash) : hashDouble(v);
  }

  /**
   * The default object.__hash__ from an identity (in pyjit, a System.identityHashCode or an
   * object id): CPython hashes the address, which has nothing to reproduce, so the identity
   * is used as it is, with -1 avoided.
   */
  public static long hashIdentity(long identity) {
    return identity == -1 ? -2 : identity;
  }

  /** hash(complex(re, im)); a NaN part hashes as {@link #hashDouble(double)} gives it (0). */
  public static long hashComplex(double re, double im) {
    return combineComplex(hashDouble(re), hashDouble(im));
  }

  /** hash(complex(re, im)) for a complex object: a NaN part hashes by the complex's identity. */
  public static long hashComplex(double re, double im, long identityHash) {
    return combineComplex(hashDouble(re, identityHash), hashDouble(im, identityHash));
  }

  private static long combineComplex(long hre, long him) {
    long h = hre + IMAG * him;
    return h == -1 ? -2 : h;
  }

  // ------------------------------------------------------------------ rationals

  /**
   * hash(Fraction(num, den)) for a fraction in lowest terms with den > 0 (also what
   * decimal's and any other exact rational's hash must agree with): |num| * den**-1 mod P,
   * signed like num, and +-INF when den is a multiple of P (no inverse exists).
   */
  public static long hashFraction(BigInteger num, BigInteger den) {
    if (den.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + den);
    }
    long d = den.mod(BIG_MODULUS).longValue();
    long h;
    if (d == 0) {
      h = INF;
    } else {
      long n = num.abs().mod(BIG_MODULUS).longValue();
      h = mulMod(n, powMod(d, MODULUS - 2));
    }
    if (num.signum() < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  private static long mulMod(long a, long b) {
    // a, b < 2**61: the 122-bit product split as hi * 2**64 + lo, and 2**64 == 8 (mod P).
    long lo = a * b;
    long hi = Math.multiplyHigh(a, b);
    long r = (lo & MODULUS) + ((lo >>> 61) | (hi << 3));
    r = (r & MODULUS) + (r >>> 61);
    return r >= MODULUS ? r - MODULUS : r;
  }

  private static long powMod(long base, long e) {
    long result = 1;
    long b = base;
    while (e != 0) {
      if ((e & 1) != 0) {
        result = mulMod(result, b);
      }
      b = mulMod(b, b);
      e >>>= 1;
    }
    return result;
  }

  // ------------------------------------------------------------------ containers

  private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
  private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
  private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

  /** hash(tuple) from the hashes of its items, in order (CPython's xxHash64-derived scheme). */
  public static long hashTuple(long[] itemHashes) {
    return hashTuple(itemHashes, itemHashes.length);
  }

  /** The same for the first {@code n} hashes of the array. */
  public static long hashTuple(long[] itemHashes, int n) {
    long acc = XXPRIME_5;
    for (int i = 0; i < n; i++) {
      acc = tupleStep(acc, itemHashes[i]);
    }
    return tupleFinish(acc, n);
  }

  /** Incremental form of {@link #hashTuple}: start with {@link #TUPLE_START}, step per item. */
  public static final long TUPLE_START = XXPRIME_5;

  public static long tupleStep(long acc, long itemHash) {
    acc += itemHash * XXPRIME_2;
    acc = Long.rotateLeft(acc, 31);
    return acc * XXPRIME_1;
  }

  public static long tupleFinish(long acc, int length) {
    acc += length ^ (XXPRIME_5 ^ 3527539L);
    return acc == -1 ? 1546275796L : acc;
  }

  /** hash(slice) (3.12+): the tuple hash of (start, stop, step) without the length term. */
  public static long hashSlice(long start, long stop, long step) {
    long acc = tupleStep(tupleStep(tupleStep(TUPLE_START, start), stop), step);
    return acc == -1 ? 1546275796L : acc;
  }

  /**
   * hash(frozenset) from the hashes of its elements, in any order: CPython xors a shuffled
   * form of each hash (so order cannot matter), then mixes in the size.
   */
  public static long hashFrozenSet(long[] elementHashes) {
    return hashFrozenSet(elementHashes, elementHashes.length);
  }

  public static long hashFrozenSet(long[] elementHashes, int n) {
    long h = 0;
    for (int i = 0; i < n; i++) {
      h ^= shuffleBits(elementHashes[i]);
    }
    return frozenSetFinish(h, n);
  }

  /** The per-element term of {@link #hashFrozenSet}; xor them all, then {@link #frozenSetFinish}. */
  public static long shuffleBits(long h) {
    return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
  }

  public static long frozenSetFinish(long xorOfShuffled, int size) {
    long h = xorOfShuffled;
    h ^= (size + 1L) * 1927868237L;
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }

  // ------------------------------------------------------------------ str and bytes

  private static final long SEED = initialSeed();

  private static final long K0 = 0xa0761d6478bd642fL;
  private static final long K1 = 0xe7037ed1a0b428dbL;
  private static final long K2 = 0x8ebc6af09c88c6e3L;

  private static long initialSeed() {
    String env = System.getenv("PYTHONHASHSEED");
    if (env != null && !env.isEmpty() && !env.equals("random")) {
      try {
        return Long.parseLong(env) * K2;
      } catch (NumberFormatException e) {
        // CPython refuses to start; pyjit's launcher reports it, here we fall back to random.
      }
    }
    return new SplittableRandom().nextLong();
  }

  /** The string hash seed of this process (fixed by PYTHONHASHSEED, else random). */
  public static long stringSeed() {
    return SEED;
  }

  /**
   * pyjit's hash(str). Deliberately not CPython's (which is randomized per process anyway):
   * equal strings hash alike, "" hashes to 0, never -1.
   */
  public static long hashString(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    long h = SEED ^ K0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long a = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      long b = s.charAt(i + 4) | (long) s.charAt(i + 5) << 16 | (long) s.charAt(i + 6) << 32
          | (long) s.charAt(i + 7) << 48;
      h = mum(a ^ K1, b ^ h);
    }
    long a = 0;
    long b = 0;
    for (int sh = 0; i < n && sh < 64; i++, sh += 16) {
      a |= (long) s.charAt(i) << sh;
    }
    for (int sh = 0; i < n; i++, sh += 16) {
      b |= (long) s.charAt(i) << sh;
    }
    return finish(a, b, h, n);
  }

  /** pyjit's hash(bytes): equal to {@link #hashString} of the same Latin-1 characters. */
  public static long hashBytes(byte[] data) {
    return hashBytes(data, 0, data.length);
  }

  public static long hashBytes(byte[] data, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return 0;
    }
    long h = SEED ^ K0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long a = (data[i] & 0xffL) | (data[i + 1] & 0xffL) << 16 | (data[i + 2] & 0xffL) << 32
          | (data[i + 3] & 0xffL) << 48;
      long b = (data[i + 4] & 0xffL) | (data[i + 5] & 0xffL) << 16
          | (data[i + 6] & 0xffL) << 32 | (data[i + 7] & 0xffL) << 48;
      h = mum(a ^ K1, b ^ h);
    }
    long a = 0;
    long b = 0;
    for (int sh = 0; i < to && sh < 64; i++, sh += 16) {
      a |= (data[i] & 0xffL) << sh;
    }
    for (int sh = 0; i < to; i++, sh += 16) {
      b |= (data[i] & 0xffL) << sh;
    }
    return finish(a, b, h, n);
  }

  private static long finish(long a, long b, long h, int n) {
    h = mum(a ^ K1, b ^ h);
    h = mum(h ^ K2, n ^ K0);
    return h == -1 ? -2 : h;
  }

  /** The 128-bit product folded to 64 bits: the mixing step of wyhash-style hashes. */
  private static long mum(long a, long b) {
    return a * b ^ Math.unsignedMultiplyHigh(a, b);
  }
}
