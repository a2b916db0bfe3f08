package org.pyjit.runtime;

import java.math.BigInteger;

/**
 * range(start, stop, step). Ranges whose bounds and length fit in 64 bits (nearly all) use the
 * long fields; others (range(10**20), range(2**64)) keep their bounds as BigIntegers in
 * {@link #big} and do the same arithmetic on them. len() of a range longer than sys.maxsize
 * raises OverflowError as in CPython, while indexing, slicing, iteration and {@code in} work.
 */
public final class PyRange extends PyObject {
  /** The bounds when {@link #big} is null. */
  public final long start;
  public final long stop;
  public final long step;

  /** The length when {@link #big} is null. */
  private final long length;

  /** Null for a 64-bit range; otherwise {start, stop, step, length}. */
  private final BigInteger[] big;

  public PyRange(long start, long stop, long step) {
    if (step == 0) {
      throw Errors.valueError("range() arg 3 must not be zero");
    }
    long n = step > 0 ? (start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0)
        : start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
    if (n < 0 || step == Long.MIN_VALUE) { // the length does not fit: use the big form
      this.big = bigForm(BigInteger.valueOf(start), BigInteger.valueOf(stop),
          BigInteger.valueOf(step));
      this.start = this.stop = this.step = this.length = 0;
    } else {
      this.big = null;
      this.length = n;
      this.start = start;
      this.stop = stop;
      this.step = step;
    }
  }

  private PyRange(BigInteger[] big) {
    this.big = big;
    this.start = this.stop = this.step = this.length = 0;
  }

  /** A range of Python ints (Long or BigInteger), in the 64-bit form when it fits. */
  public static PyRange of(Object start, Object stop, Object step) {
    if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
      return new PyRange(a, b, c);
    }
    BigInteger st = Ops.big(step);
    if (st.signum() == 0) {
      throw Errors.valueError("range() arg 3 must not be zero");
    }
    BigInteger[] b = bigForm(Ops.big(start), Ops.big(stop), st);
    if (b[0].bitLength() < 64 && b[1].bitLength() < 64 && b[2].bitLength() < 64) {
      return new PyRange(b[0].longValue(), b[1].longValue(), b[2].longValue());
    }
    return new PyRange(b);
  }

  private static BigInteger[] bigForm(BigInteger start, BigInteger stop, BigInteger step) {
    BigInteger n;
    if (step.signum() > 0) {
      n = start.compareTo(stop) < 0
          ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE)
          : BigInteger.ZERO;
    } else {
      n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE)
          .divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
    }
    return new BigInteger[] {start, stop, step, n};
  }

  @Override
  public PyType type() {
    return Types.RANGE;
  }

  public Object startObject() {
    return big == null ? (Object) start : Ops.normalize(big[0]);
  }

  public Object stopObject() {
    return big == null ? (Object) stop : Ops.normalize(big[1]);
  }

  public Object stepObject() {
    return big == null ? (Object) step : Ops.normalize(big[2]);
  }

  /** The length as a Python int (it may exceed 64 bits). */
  public Object lengthObject() {
    return big == null ? (Object) length() : Ops.normalize(big[3]);
  }

  public boolean isEmpty() {
    return big == null ? length() == 0 : big[3].signum() == 0;
  }

  /** len(): OverflowError beyond sys.maxsize, as CPython. */
  public long length() {
    if (big != null) {
      if (big[3].bitLength() >= 64) {
        throw Errors.overflow("Python int too large to convert to C ssize_t");
      }
      return big[3].longValue();
    }
    return length;
  }

  public Object getitem(Object key) {
    if (big == null) {
      if (key instanceof PySlice s) {
        long[] r = s.indices(length());
        return PyRange.of(item(BigInteger.valueOf(r[0])), item(BigInteger.valueOf(r[1])),
            Ops.normalize(BigInteger.valueOf(step).multiply(BigInteger.valueOf(r[2]))));
      }
      if (key instanceof Long || key instanceof Boolean) {
        long i = Ops.asIndex(key);
        long n = length();
        if (i < 0) {
          i += n;
        }
        if (i < 0 || i >= n) {
          throw Errors.indexError("range object index out of range");
        }
        return start + i * step;
      }
    }
    if (key instanceof PySlice s) {
      BigInteger[] r = bigIndices(s, Ops.big(lengthObject()));
      return PyRange.of(item(r[0]), item(r[1]),
          Ops.normalize(Ops.big(stepObject()).multiply(r[2])));
    }
    if (!(Ops.isInt(key)) && Types.typeOf(key).lookup("__index__") == null) {
      throw Errors.typeError("range indices must be integers or slices, not "
          + Types.typeOf(key).name);
    }
    BigInteger i = Ops.big(Ops.isInt(key) ? key : Ops.callDunder(key, "__index__"));
    BigInteger n = Ops.big(lengthObject());
    if (i.signum() < 0) {
      i = i.add(n);
    }
    if (i.signum() < 0 || i.compareTo(n) >= 0) {
      throw Errors.indexError("range object index out of range");
    }
    return item(i);
  }

  /** start + i * step, for any i. */
  private Object item(BigInteger i) {
    return Ops.normalize(Ops.big(startObject()).add(i.multiply(Ops.big(stepObject()))));
  }

  /** CPython's _PySlice_GetLongIndices: start, stop and step of s over a length n. */
  private static BigInteger[] bigIndices(PySlice s, BigInteger n) {
    BigInteger st = s.step == PySingleton.NONE ? BigInteger.ONE : Ops.big(bigIndex(s.step));
    if (st.signum() == 0) {
      throw Errors.valueError("slice step cannot be zero");
    }
    boolean neg = st.signum() < 0;
    BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = neg ? n.subtract(BigInteger.ONE) : n;
    BigInteger a = bound(s.start, neg ? upper : lower, n, lower, upper);
    BigInteger b = bound(s.stop, neg ? lower : upper, n, lower, upper);
    return new BigInteger[] {a, b, st};
  }

  private static BigInteger bound(Object v, BigInteger dflt, BigInteger n, BigInteger lower,
      BigInteger upper) {
    if (v == PySingleton.NONE) {
      return dflt;
    }
    BigInteger i = Ops.big(bigIndex(v));
    if (i.signum() < 0) {
      i = i.add(n);
      return i.compareTo(lower) < 0 ? lower : i;
    }
    return i.compareTo(upper) > 0 ? upper : i;
  }

  private static Object bigIndex(Object v) {
    if (Ops.isInt(v)) {
      return v;
    }
    Object r = Ops.callDunder(v, "__index__");
    if (r == null) {
      throw Errors.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    return r;
  }

  public boolean contains(Object item) {
    if (!Ops.isInt(item)) {
      Object it = iterator();
      for (Object x; (x = Ops.next(it)) != null; ) {
        if (Ops.eq(x, item)) {
          return true;
        }
      }
      return false;
    }
    if (big == null && !(item instanceof BigInteger)) {
      long v = Ops.asIndex(item);
      if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
        return false;
      }
      return (v - start) % step == 0;
    }
    return indexOf(item) != null;
  }

  /** The position of the int v in this range, or null (arithmetic, not a scan). */
  public Object indexOf(Object v) {
    BigInteger off = Ops.big(v).subtract(Ops.big(startObject()));
    BigInteger[] qr = off.divideAndRemainder(Ops.big(stepObject()));
    if (qr[1].signum() != 0 || qr[0].signum() < 0
        || qr[0].compareTo(Ops.big(lengthObject())) >= 0) {
      return null;
    }
    return Ops.normalize(qr[0]);
  }

  /** Equal ranges are equal sequences: same length, then same first item and step. */
  public boolean sameSequence(PyRange o) {
    Object n = lengthObject();
    if (!Ops.eq(n, o.lengthObject())) {
      return false;
    }
    return Ops.eq(n, 0L) || Ops.eq(startObject(), o.startObject())
        && (Ops.eq(n, 1L) || Ops.eq(stepObject(), o.stepObject()));
  }

  public String repr() {
    return Ops.eq(stepObject(), 1L) ? "range(" + startObject() + ", " + stopObject() + ")"
        : "range(" + startObject() + ", " + stopObject() + ", " + stepObject() + ")";
  }

  public PyIterator iterator() {
    if (big == null) {
      return new PyIterator.RangeIterator(start, step, length());
    }
    return new BigIterator(big[0], big[2], big[3]);
  }

  /** range.__reversed__(): the items from last to first, as CPython's range iterators. */
  public PyIterator reversedIterator() {
    if (big == null && step != Long.MIN_VALUE) {
      long n = length();
      // the last item lies between start and stop, so it fits in a long
      return new PyIterator.RangeIterator(n == 0 ? start : start + (n - 1) * step, -step, n);
    }
    BigInteger st = big == null ? BigInteger.valueOf(start) : big[0];
    BigInteger sp = big == null ? BigInteger.valueOf(step) : big[2];
    BigInteger n = big == null ? BigInteger.valueOf(length()) : big[3];
    BigInteger last = n.signum() == 0 ? st : st.add(n.subtract(BigInteger.ONE).multiply(sp));
    return new BigIterator(last, sp.negate(), n);
  }

  /** CPython's longrange_iterator: iteration over a range beyond 64 bits. */
  private static final class BigIterator extends PyIterator {
    private static final PyType TYPE = Iterators.iteratorType("longrange_iterator");
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    BigIterator(BigInteger start, BigInteger step, BigInteger length) {
      this.next = start;
      this.step = step;
      this.remaining = length;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (remaining.signum() <= 0) {
        return null;
      }
      remaining = remaining.subtract(BigInteger.ONE);
      Object v = Ops.normalize(next);
      next = next.add(step);
      return v;
    }
  }
}
