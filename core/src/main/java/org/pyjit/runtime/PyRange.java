package org.pyjit.runtime;

/** range(start, stop, step) over 64-bit ints (larger bounds are refused for now). */
public final class PyRange extends PyObject {
  public final long start;
  public final long stop;
  public final long step;

  public PyRange(long start, long stop, long step) {
    if (step == 0) {
      throw Errors.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  @Override
  public PyType type() {
    return Types.RANGE;
  }

  public long length() {
    if (step > 0) {
      return start < stop ? (stop - start - 1) / step + 1 : 0;
    }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  }

  public Object getitem(Object key) {
    if (key instanceof PySlice s) {
      long[] r = s.indices(length());
      return new PyRange(start + r[0] * step, start + r[1] * step, step * r[2]);
    }
    long i = Ops.asIndexFor(key, "range");
    long n = length();
    if (i < 0) {
      i += n;
    }
    if (i < 0 || i >= n) {
      throw Errors.indexError("range object index out of range");
    }
    return start + i * step;
  }

  public boolean contains(Object item) {
    if (!(item instanceof Long) && !(item instanceof Boolean)) {
      for (long i = 0, n = length(); i < n; i++) {
        if (Ops.eq(start + i * step, item)) {
          return true;
        }
      }
      return false;
    }
    long v = Ops.asIndex(item);
    if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
      return false;
    }
    return (v - start) % step == 0;
  }

  public PyIterator iterator() {
    return new PyIterator.RangeIterator(start, step, length());
  }
}
