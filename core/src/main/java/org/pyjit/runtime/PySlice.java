package org.pyjit.runtime;

/** A slice object: start, stop and step, each None or an index. */
public final class PySlice extends PyObject {
  public final Object start;
  public final Object stop;
  public final Object step;

  public PySlice(Object start, Object stop, Object step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public PyType type() {
    return Types.SLICE;
  }

  /**
   * CPython's PySlice_GetIndicesEx for a sequence of {@code length}: {start, stop, step,
   * slicelength}, clamped into range.
   */
  public long[] indices(long length) {
    long st = step == PySingleton.NONE ? 1 : Math.max(sliceIndex(step), -Long.MAX_VALUE);
    if (st == 0) {
      throw Errors.valueError("slice step cannot be zero");
    }
    long lower = st < 0 ? -1 : 0;
    long upper = st < 0 ? length - 1 : length;
    long s = bound(start, st < 0 ? upper : lower, length, lower, upper);
    long e = bound(stop, st < 0 ? lower : upper, length, lower, upper);
    long n;
    if (st > 0) {
      n = s < e ? (e - s - 1) / st + 1 : 0;
    } else {
      n = s > e ? (s - e - 1) / (-st) + 1 : 0;
    }
    return new long[] {s, e, st, n};
  }

  /** CPython's _PyEval_SliceIndex: an index, clamped to the 64-bit range. */
  static long sliceIndex(Object v) {
    Object i = v;
    if (!(v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger)) {
      i = Ops.callDunder(v, "__index__");
      if (i == null) {
        throw Errors.typeError(
            "slice indices must be integers or None or have an __index__ method");
      }
    }
    if (i instanceof java.math.BigInteger b && b.bitLength() >= 64) {
      return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return Ops.asIndex(i);
  }

  private static long bound(Object v, long dflt, long length, long lower, long upper) {
    if (v == PySingleton.NONE) {
      return dflt;
    }
    long i = sliceIndex(v);
    if (i < 0) {
      i += length;
      return i < lower ? lower : i;
    }
    return i > upper ? upper : i;
  }
}
