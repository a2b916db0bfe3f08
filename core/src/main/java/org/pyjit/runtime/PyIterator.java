package org.pyjit.runtime;

/**
 * Iterators over the built-in containers. {@link #next} returns the next item or null at
 * the end (the interpreter turns that into the end of a for loop, {@code next()} into
 * StopIteration).
 */
public abstract class PyIterator extends PyObject {
  /** The next item, or null when exhausted. */
  public abstract Object next();

  @Override
  public PyType type() {
    return Types.ITERATOR;
  }

  public static final class ListIterator extends PyIterator {
    private static final PyType TYPE = Iterators.pickling(Iterators.lengthHint(
        Iterators.iteratorType("list_iterator"), o -> ((ListIterator) o).left()),
        o -> Iterators.reduceSeq(((ListIterator) o).list, ((ListIterator) o).i,
            ((ListIterator) o).exhausted, new PyList()),
        (o, v) -> ((ListIterator) o).setState(v));
    /** Set when next() found the end (CPython drops its list then: __reduce__ shows it). */
    private boolean exhausted;

    /** CPython 3.13's: a negative index exhausts the iterator, a large one goes to the end. */
    private void setState(long v) {
      if (!exhausted) {
        i = v < 0 ? Integer.MAX_VALUE : (int) Math.min(v, list.size());
        exhausted = v < 0;
      }
    }

    private long left() {
      return Math.max(0, list.size() - i);
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private final PyList list;
    private int i;

    public ListIterator(PyList list) {
      this.list = list;
    }

    @Override
    public Object next() {
      if (i < list.size()) {
        return list.get(i++);
      }
      exhausted = true;
      i = Integer.MAX_VALUE; // ended for good, even if the list grows, as in CPython
      return null;
    }
  }

  public static final class ArrayIterator extends PyIterator {
    private static final PyType TYPE = Iterators.pickling(Iterators.lengthHint(
        Iterators.iteratorType("tuple_iterator"), o -> ((ArrayIterator) o).left()),
        o -> ((ArrayIterator) o).reduce(), (o, v) -> ((ArrayIterator) o).setState(v));
    /** Set when next() found the end (CPython drops its tuple then). */
    private boolean exhausted;

    private Object reduce() {
      return Iterators.reduceSeq(PyTuple.of(java.util.Arrays.copyOf(items, size)), i,
          exhausted, PyTuple.EMPTY);
    }

    private void setState(long v) {
      if (!exhausted) {
        i = (int) Math.max(0, Math.min(v, size));
      }
    }

    private long left() {
      return Math.max(0, size - i);
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private final Object[] items;
    private final int size;
    private int i;

    public ArrayIterator(Object[] items, int size) {
      this.items = items;
      this.size = size;
    }

    @Override
    public Object next() {
      if (i < size) {
        return items[i++];
      }
      exhausted = true;
      return null;
    }
  }

  public static final class RangeIterator extends PyIterator {
    static final PyType TYPE = Iterators.pickling(Iterators.lengthHint(
        Iterators.iteratorType("range_iterator"), o -> Math.max(0, ((RangeIterator) o).remaining)),
        o -> ((RangeIterator) o).reduce(), (o, v) -> ((RangeIterator) o).setState(v));

    /** CPython 3.13's: (iter, (range(next, next + left * step, step),), None). */
    private Object reduce() {
      long left = Math.max(0, remaining);
      java.math.BigInteger stop = java.math.BigInteger.valueOf(next).add(
          java.math.BigInteger.valueOf(left).multiply(java.math.BigInteger.valueOf(step)));
      Object r = Ops.call(Types.RANGE, new Object[] {next, Ops.normalize(stop), step}, null);
      return PyTuple.of(Builtins.dict(null).getStr("iter"), PyTuple.of(r), PySingleton.NONE);
    }

    /** Skips {@code v} items (clamped to what is left), as CPython's rangeiter_setstate. */
    private void setState(long v) {
      long left = Math.max(0, remaining);
      long skip = v < 0 ? 0 : Math.min(v, left);
      next += skip * step;
      remaining = left - skip;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    private long next;
    private final long step;
    private long remaining;

    public RangeIterator(long start, long step, long length) {
      this.next = start;
      this.step = step;
      this.remaining = length;
    }

    @Override
    public Object next() {
      if (remaining <= 0) {
        return null;
      }
      remaining--;
      long v = next;
      next += step;
      return v;
    }
  }

  public static final class StrIterator extends PyIterator {
    // CPython has a faster iterator, with its own name, for ASCII strings
    private static final PyType ASCII = pickling(Iterators.lengthHint(
        Iterators.iteratorType("str_ascii_iterator"), o -> ((StrIterator) o).left()));
    private static final PyType TYPE = pickling(Iterators.lengthHint(
        Iterators.iteratorType("str_iterator"), o -> ((StrIterator) o).left()));
    /** Set when next() found the end (CPython drops its string then). */
    private boolean exhausted;

    private static PyType pickling(PyType t) {
      return Iterators.pickling(t, o -> {
        StrIterator it = (StrIterator) o;
        return Iterators.reduceSeq(it.s, it.s.codePointCount(0, it.i), it.exhausted, "");
      }, (o, v) -> {
        StrIterator it = (StrIterator) o;
        if (!it.exhausted) {
          int n = it.s.codePointCount(0, it.s.length());
          it.i = it.s.offsetByCodePoints(0, (int) Math.max(0, Math.min(v, n)));
        }
      });
    }

    /** The code points not yet returned. */
    private long left() {
      return s.codePointCount(i, s.length());
    }

    @Override
    public PyType type() {
      return s.chars().allMatch(c -> c < 128) ? ASCII : TYPE;
    }

    private final String s;
    private int i;

    public StrIterator(String s) {
      this.s = s;
    }

    @Override
    public Object next() {
      if (i >= s.length()) {
        exhausted = true;
        return null;
      }
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String r = s.substring(i, i + n);
      i += n;
      return r;
    }
  }

  public static final class DictKeyIterator extends PyIterator {

    @Override
    public PyType type() {
      return DictMethods.KEY_ITERATOR;
    }

    private final PyDict dict;
    private final java.util.Iterator<Object> keys;
    private final int version;
    /** The size at creation, and how many keys are still to come. */
    private final int size;
    private int left;

    public DictKeyIterator(PyDict dict) {
      this.dict = dict;
      this.keys = dict.keyIterator();
      this.version = dict.version();
      this.size = dict.size();
      this.left = size;
    }

    @Override
    public Object next() {
      if (dict.version() != version) {
        throw Errors.runtimeError("dictionary changed size during iteration");
      }
      if (!keys.hasNext()) {
        left = 0;
        return null;
      }
      left--;
      return keys.next();
    }

    /** it.__length_hint__(): 0 once the dict changed size, as CPython's. */
    long lengthHint() {
      return dict.size() == size ? left : 0;
    }
  }

  /** Iteration through __getitem__ with 0, 1, 2, ... until IndexError. */
  public static final class SequenceIterator extends PyIterator {
    private final Object seq;
    private long i;

    public SequenceIterator(Object seq) {
      this.seq = seq;
    }

    @Override
    public Object next() {
      try {
        return Ops.getitem(seq, i++);
      } catch (PyException e) {
        if (e.value.type().isSubtypeOf(Types.INDEX_ERROR)
            || e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
          return null;
        }
        throw e;
      }
    }
  }
}
