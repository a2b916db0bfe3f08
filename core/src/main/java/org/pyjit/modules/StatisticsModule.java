package org.pyjit.modules;

import java.math.BigInteger;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * {@code _statistics}: the hot loop of statistics.py's mean, variance and stdev: the exact
 * sum (and sum of squares) of a list or tuple of floats and ints.
 *
 * <p>{@code _exact_sums(seq, squares)} returns {@code (count, has_floats, s, e, q, f)} with
 * sum(seq) == s * 2**e and sum(x*x for x in seq) == q * 2**f exactly (q, f are 0 when
 * squares is false), or None when seq is not an exact list or tuple, holds anything but
 * exact floats and ints, or holds a NaN or an infinity: statistics.py then takes its
 * general path, which gives the same answer for every input (and the errors).
 *
 * <p>A finite double is m * 2**k with |m| < 2**53 and -1074 <= k <= 971, so the sum is
 * kept as one accumulator per exponent k: a long that takes up to 1024 mantissas before it
 * is folded into a BigInteger. Squares are m*m * 2**(2k) with m*m < 2**106, kept in 128-bit
 * accumulators (two longs) per exponent, folded the same way; ints are summed apart (a long
 * until it would overflow, then a BigInteger). Nothing is rounded anywhere.
 */
public final class StatisticsModule {
  private StatisticsModule() {}

  private static final int MIN_EXP = -1074;
  private static final int EXPS = 971 - MIN_EXP + 1;
  private static final int FOLD_AFTER = 1024;

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_statistics");
    d.put("__doc__", "pyjit's exact sums for the statistics module.");
    d.put("_exact_sums", new PyBuiltinFunction("_exact_sums", (a, k) -> {
      if ((k != null && k.length > 0) || a.length < 1 || a.length > 2) {
        throw Errors.typeError("_exact_sums() takes a sequence and an optional flag, "
            + "by position");
      }
      return exactSums(a[0], a.length > 1 && Ops.truth(a[1]));
    }));
    return new PyModule("_statistics", d);
  }

  /** The tuple described above, or None. */
  static Object exactSums(Object seq, boolean squares) {
    Object[] items;
    if (Types.typeOf(seq) == Types.LIST) {
      items = ((PyList) seq).toArray();
    } else if (Types.typeOf(seq) == Types.TUPLE) {
      items = ((PyTuple) seq).items;
    } else {
      return PySingleton.NONE;
    }
    Sums sums = new Sums(squares);
    for (Object x : items) {
      if (!sums.add(x)) {
        return PySingleton.NONE;
      }
    }
    BigInteger[] total = sums.total();
    return new PyTuple(new Object[] {(long) items.length, sums.floats,
        Ops.normalize(total[0]), Ops.normalize(total[1]),
        Ops.normalize(total[2]), Ops.normalize(total[3])});
  }

  /** The accumulators of one call. */
  static final class Sums {
    final boolean squares;
    boolean floats;
    // float mantissas per exponent k (index k - MIN_EXP), folded into big[] now and then
    final long[] small = new long[EXPS];
    final int[] adds = new int[EXPS];
    final BigInteger[] big = new BigInteger[EXPS];
    // squares: mantissa squared per exponent 2k, 128 bits as hi:lo
    final long[] sqHi;
    final long[] sqLo;
    final int[] sqAdds;
    final BigInteger[] sqBig;
    int lowest = EXPS;
    int highest = -1;
    // ints
    long intSmall;
    BigInteger intBig = BigInteger.ZERO;
    long intSqHi;
    long intSqLo;
    BigInteger intSqBig = BigInteger.ZERO;

    Sums(boolean squares) {
      this.squares = squares;
      sqHi = squares ? new long[EXPS] : null;
      sqLo = squares ? new long[EXPS] : null;
      sqAdds = squares ? new int[EXPS] : null;
      sqBig = squares ? new BigInteger[EXPS] : null;
    }

    /** Adds x; false for anything this engine leaves to the Python code. */
    boolean add(Object x) {
      if (x instanceof Double dv) {
        return addFloat(dv);
      }
      if (x instanceof Long lv) {
        addInt(lv);
        return true;
      }
      if (x instanceof BigInteger bv) {
        intBig = intBig.add(bv);
        if (squares) {
          intSqBig = intSqBig.add(bv.multiply(bv));
        }
        return true;
      }
      return false; // bool, subclasses, Fraction, Decimal, ...
    }

    private boolean addFloat(double v) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        return false;
      }
      floats = true;
      long bits = Double.doubleToRawLongBits(v);
      int biased = (int) ((bits >>> 52) & 0x7ff);
      long m = bits & ((1L << 52) - 1);
      int k;
      if (biased == 0) {
        k = MIN_EXP;
      } else {
        m |= 1L << 52;
        k = biased - 1075;
      }
      if (m == 0) {
        return true;
      }
      if (bits < 0) {
        m = -m;
      }
      int i = k - MIN_EXP;
      lowest = Math.min(lowest, i);
      highest = Math.max(highest, i);
      small[i] += m;
      if (++adds[i] == FOLD_AFTER) {
        big[i] = plus(big[i], BigInteger.valueOf(small[i]));
        small[i] = 0;
        adds[i] = 0;
      }
      if (squares) {
        // the square is m*m * 2**(2k); kept under index i (its exponent is 2*(i + MIN_EXP))
        long lo = m * m;
        long hi = Math.multiplyHigh(m, m);
        long sum = sqLo[i] + lo;
        sqHi[i] += hi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        sqLo[i] = sum;
        if (++sqAdds[i] == FOLD_AFTER) {
          sqBig[i] = plus(sqBig[i], wide(sqHi[i], sqLo[i]));
          sqHi[i] = 0;
          sqLo[i] = 0;
          sqAdds[i] = 0;
        }
      }
      return true;
    }

    private void addInt(long v) {
      long r = intSmall + v;
      if (((intSmall ^ r) & (v ^ r)) < 0) { // overflowed: fold the long away first
        intBig = intBig.add(BigInteger.valueOf(intSmall));
        r = v;
      }
      intSmall = r;
      if (squares) {
        long lo = v * v;
        long hi = Math.multiplyHigh(v, v);
        if (intSqHi >= 1L << 61 || hi >= 1L << 61) {
          intSqBig = intSqBig.add(wide(intSqHi, intSqLo));
          intSqHi = 0;
          intSqLo = 0;
        }
        long sum = intSqLo + lo;
        intSqHi += hi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        intSqLo = sum;
      }
    }

    private static BigInteger plus(BigInteger a, BigInteger b) {
      return a == null ? b : a.add(b);
    }

    /** hi * 2**64 + lo, lo unsigned. */
    private static BigInteger wide(long hi, long lo) {
      BigInteger low = BigInteger.valueOf(lo >>> 1).shiftLeft(1).or(BigInteger.valueOf(lo & 1));
      return BigInteger.valueOf(hi).shiftLeft(64).or(low);
    }

    /** {s, e, q, f}: the sum s * 2**e and the sum of squares q * 2**f. */
    BigInteger[] total() {
      BigInteger ints = intBig.add(BigInteger.valueOf(intSmall));
      BigInteger intSq = intSqBig.add(wide(intSqHi, intSqLo));
      if (highest < 0) {
        return new BigInteger[] {ints, BigInteger.ZERO, intSq, BigInteger.ZERO};
      }
      // the lowest exponent present (or 0 for the ints) scales everything to integers
      int base = Math.min(lowest + MIN_EXP, 0);
      BigInteger s = ints.shiftLeft(-base);
      BigInteger q = squares ? intSq.shiftLeft(-2 * base) : BigInteger.ZERO;
      for (int i = lowest; i <= highest; i++) {
        int k = i + MIN_EXP;
        BigInteger b = plus(big[i], BigInteger.valueOf(small[i]));
        if (b.signum() != 0) {
          s = s.add(b.shiftLeft(k - base));
        }
        if (squares) {
          BigInteger sq = plus(sqBig[i], wide(sqHi[i], sqLo[i]));
          if (sq.signum() != 0) {
            q = q.add(sq.shiftLeft(2 * k - 2 * base));
          }
        }
      }
      return new BigInteger[] {s, BigInteger.valueOf(base), q, BigInteger.valueOf(2L * base)};
    }
  }
}
