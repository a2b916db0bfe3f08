package org.pyjit.runtime;

import java.math.BigInteger;

/**
 * Argument checking for builtins written in Java, with CPython 3.13's messages. A builtin
 * body receives positional values then keyword values named by {@code kwnames} (null: none);
 * these helpers check the count and names the way CPython's calling conventions do, so every
 * builtin gives the same messages as its C counterpart:
 *
 * <ul>
 *   <li>{@link #noArgs}: METH_NOARGS, "str.upper() takes no arguments (1 given)";
 *   <li>{@link #exactlyOne}: METH_O, "str.join() takes exactly one argument (0 given)";
 *   <li>{@link #positional}: positional-only Argument Clinic functions, "strip expected at
 *       most 1 argument, got 2", "str.strip() takes no keyword arguments";
 *   <li>{@link #keywords}: functions with keyword parameters, "split() takes at most 2
 *       arguments (3 given)", "split() got an unexpected keyword argument 'x'".
 * </ul>
 *
 * <p>Conversions: {@link #ssize} (a C Py_ssize_t argument) and {@link #sliceIndex} (a start
 * or end that may be None, clamped like CPython's _PyEval_SliceIndex).
 */
public final class ArgParser {
  private ArgParser() {}

  /** "f() got an unexpected keyword argument 'x'", with CPython 3.13's suggestion. */
  public static PyException unexpectedKeyword(String name, String kw, String... params) {
    String near = Suggestions.suggestKeyword(java.util.Arrays.asList(params), kw);
    return Errors.typeError(name + "() got an unexpected keyword argument '" + kw + "'"
        + (near == null ? "" : ". Did you mean '" + near + "'?"));
  }

  /**
   * The type an Argument Clinic error names for a wrong argument: "None" for None
   * (_PyArg_BadArgument), else the type's name.
   */
  public static String badArgumentType(Object o) {
    return o == PySingleton.NONE ? "None" : Types.typeOf(o).name;
  }

  /** The number of keyword values at the end of the argument array. */
  public static int nkw(String[] kwnames) {
    return kwnames == null ? 0 : kwnames.length;
  }

  /** A METH_NOARGS function: no arguments at all beyond {@code skip} (1 for self). */
  public static void noArgs(String qualname, Object[] a, String[] k, int skip) {
    if (nkw(k) > 0) {
      throw Errors.typeError(qualname + "() takes no keyword arguments");
    }
    if (a.length > skip) {
      throw Errors.typeError(qualname + "() takes no arguments (" + (a.length - skip)
          + " given)");
    }
  }

  /** A METH_O function: exactly one positional argument after {@code skip}; returns it. */
  public static Object exactlyOne(String qualname, Object[] a, String[] k, int skip) {
    if (nkw(k) > 0) {
      throw Errors.typeError(qualname + "() takes no keyword arguments");
    }
    if (a.length - skip != 1) {
      throw Errors.typeError(qualname + "() takes exactly one argument (" + (a.length - skip)
          + " given)");
    }
    return a[skip];
  }

  /**
   * A function with positional-only parameters: between min and max positional arguments
   * after {@code skip}, no keywords. Returns the arguments padded with nulls to max.
   */
  public static Object[] positional(String name, String qualname, Object[] a, String[] k,
      int skip, int min, int max) {
    if (nkw(k) > 0) {
      throw Errors.typeError(qualname + "() takes no keyword arguments");
    }
    int n = a.length - skip;
    if (n < min) {
      throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min
          + " argument" + (min == 1 ? "" : "s") + ", got " + n);
    }
    if (n > max) {
      throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max
          + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
    Object[] out = new Object[max];
    System.arraycopy(a, skip, out, 0, n);
    return out;
  }

  /**
   * A function whose parameters {@code names} may be given by keyword, except the first
   * {@code posOnly} (positional-only); the first {@code required} are required. Returns the
   * values by parameter, null where not given.
   */
  public static Object[] keywords(String name, Object[] a, String[] k, int skip,
      String[] names, int posOnly, int required) {
    int nk = nkw(k);
    int npos = a.length - skip - nk;
    int max = names.length;
    if (npos + nk > max) {
      throw Errors.typeError(name + "() takes at most " + max + " argument"
          + (max == 1 ? "" : "s") + " (" + (npos + nk) + " given)");
    }
    if (npos < posOnly && posOnly <= required) {
      throw Errors.typeError(name + "() takes at least " + posOnly + " positional argument"
          + (posOnly == 1 ? "" : "s") + " (" + npos + " given)");
    }
    Object[] out = new Object[max];
    System.arraycopy(a, skip, out, 0, npos);
    String unknown = null; // reported after a missing required argument, as Argument Clinic
    for (int i = 0; i < nk; i++) {
      String kw = k[i];
      int p = -1;
      for (int j = posOnly; j < max; j++) {
        if (names[j].equals(kw)) {
          p = j;
          break;
        }
      }
      if (p < 0) {
        if (unknown == null) {
          unknown = kw;
        }
        continue;
      }
      if (p < npos) {
        throw Errors.typeError("argument for " + name + "() given by name ('" + kw
            + "') and position (" + (p + 1) + ")");
      }
      out[p] = a[skip + npos + i];
    }
    for (int j = 0; j < required; j++) {
      if (out[j] == null) {
        throw Errors.typeError(name + "() missing required argument '" + names[j] + "' (pos "
            + (j + 1) + ")");
      }
    }
    if (unknown != null) {
      String near = Suggestions.suggestKeyword(
          java.util.Arrays.asList(names).subList(posOnly, max), unknown);
      throw Errors.typeError(name + "() got an unexpected keyword argument '" + unknown + "'"
          + (near == null ? "" : ". Did you mean '" + near + "'?"));
    }
    return out;
  }

  /** A Py_ssize_t argument: an int or __index__, OverflowError beyond 64 bits. */
  public static long ssize(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof BigInteger b) {
      throw Errors.overflow("Python int too large to convert to C ssize_t");
    }
    Object r = o instanceof PyInstance ? Ops.callDunder(o, "__index__") : null;
    if (r != null && Ops.isInt(r)) {
      return ssize(r);
    }
    throw Errors.typeError("'" + Types.typeOf(o).name
        + "' object cannot be interpreted as an integer");
  }

  /** A C int argument: as {@link #ssize}, OverflowError beyond 32 bits. */
  public static int cInt(Object o) {
    long v;
    try {
      v = ssize(o);
    } catch (PyException e) {
      if (e.value.type() == Types.OVERFLOW_ERROR) {
        throw Errors.overflow("Python int too large to convert to C int");
      }
      throw e;
    }
    if (v != (int) v) {
      throw Errors.overflow("Python int too large to convert to C int");
    }
    return (int) v;
  }

  /**
   * A slice bound that may be None (then {@code dflt}); ints beyond 64 bits clamp, as
   * CPython's slice indices do.
   */
  public static long sliceIndex(Object o, long dflt) {
    if (o == null || o == PySingleton.NONE) {
      return dflt;
    }
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof BigInteger b) {
      return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    Object r = o instanceof PyInstance ? Ops.callDunder(o, "__index__") : null;
    if (r != null && Ops.isInt(r)) {
      return sliceIndex(r, dflt);
    }
    throw Errors.typeError(
        "slice indices must be integers or None or have an __index__ method");
  }
}
