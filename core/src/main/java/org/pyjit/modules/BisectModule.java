package org.pyjit.modules;

import java.math.BigInteger;
import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyInstance;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Types;

/**
 * {@code _bisect}: binary search of a sorted sequence and insertion at the place found, the
 * engine of bisect.py (which does {@code from _bisect import *}), as CPython's C module.
 *
 * <p>Contract. Arguments are parsed as CPython's Argument Clinic parses
 * {@code (a, x, lo=0, hi=None, *, key=None)}, with its messages; {@code hi} of -1 means
 * "the length", as in CPython (it is the C code's marker for None). Items are read by index
 * ({@code a[mid]}; an exact list directly, anything else through its {@code __getitem__}),
 * the key (if any) is called on each item read and the only comparison made is
 * {@code x < item} (right) or {@code item < x} (left), one per step, as CPython does.
 * insort inserts into an exact list directly and calls {@code a.insert(i, x)} otherwise.
 */
public final class BisectModule {
  private BisectModule() {}

  private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

  /** The parsed arguments of one call. */
  private record Args(Object a, Object x, long lo, long hi, Object key) {}

  private static Args parse(String name, Object[] args, String[] kw) {
    int nk = ArgParser.nkw(kw);
    int npos = args.length - nk;
    if (npos > 4) {
      throw Errors.typeError(name + "() takes at most 4 positional arguments (" + npos
          + " given)");
    }
    Object[] v = nk == 0 && npos >= 2 ? args
        : ArgParser.keywords(name, args, kw, 0, PARAMS, 0, 2);
    Object lo = v.length > 2 ? v[2] : null;
    Object hi = v.length > 3 ? v[3] : null;
    Object key = v.length > 4 ? v[4] : null;
    return new Args(v[0], v[1], lo == null ? 0 : ArgParser.ssize(lo), hi(hi),
        key == null ? PySingleton.NONE : key);
  }

  /** hi: None (or absent) is -1; otherwise an index that fits 64 bits. */
  private static long hi(Object o) {
    if (o == null || o == PySingleton.NONE) {
      return -1;
    }
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (!Ops.isInt(o) && !(o instanceof PyInstance && Types.typeOf(o).lookup("__index__")
        != null)) {
      throw Errors.typeError("argument should be integer or None, not '"
          + Types.typeOf(o).name + "'");
    }
    Object r = o instanceof PyInstance ? Ops.callDunder(o, "__index__") : o;
    if (r instanceof BigInteger) {
      throw Errors.overflow("cannot fit 'int' into an index-sized integer");
    }
    return ArgParser.ssize(r);
  }

  private static Object item(Object a, long i) {
    if (a instanceof PyList l && a.getClass() == PyList.class) {
      if (i >= l.size()) {
        throw Errors.indexError("list index out of range");
      }
      return l.get((int) i);
    }
    return Ops.getitem(a, i);
  }

  static long search(Object a, Object x, long lo, long hi, Object key, boolean right) {
    if (lo < 0) {
      throw Errors.valueError("lo must be non-negative");
    }
    if (hi == -1) {
      hi = Ops.len(a);
    }
    boolean keyed = key != PySingleton.NONE;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      Object it = item(a, mid);
      if (keyed) {
        it = Ops.call(key, new Object[] {it}, null);
      }
      if (right ? HeapqModule.lt(x, it) : HeapqModule.lt(it, x)) {
        if (right) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      } else if (right) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Object bisect(String name, Object[] args, String[] kw, boolean right) {
    Args p = parse(name, args, kw);
    return search(p.a, p.x, p.lo, p.hi, p.key, right);
  }

  private static Object insort(String name, Object[] args, String[] kw, boolean right) {
    Args p = parse(name, args, kw);
    Object x = p.key == PySingleton.NONE ? p.x : Ops.call(p.key, new Object[] {p.x}, null);
    long i = search(p.a, x, p.lo, p.hi, p.key, right);
    if (p.a instanceof PyList l && p.a.getClass() == PyList.class) {
      l.insert((int) Math.min(i, l.size()), p.x);
    } else {
      Ops.call(Ops.getattr(p.a, "insert"), new Object[] {i, p.x}, null);
    }
    return PySingleton.NONE;
  }

  private static PyModule module;

  /** The module object (made on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "_bisect");
      d.put("__doc__", "Binary search of sorted sequences (pyjit's engine for bisect).");
      d.put("bisect_right", new PyBuiltinFunction("bisect_right",
          (a, k) -> bisect("bisect_right", a, k, true)));
      d.put("bisect_left", new PyBuiltinFunction("bisect_left",
          (a, k) -> bisect("bisect_left", a, k, false)));
      d.put("insort_right", new PyBuiltinFunction("insort_right",
          (a, k) -> insort("insort_right", a, k, true)));
      d.put("insort_left", new PyBuiltinFunction("insort_left",
          (a, k) -> insort("insort_left", a, k, false)));
      module = new PyModule("_bisect", d);
    }
    return module;
  }
}
