package org.pyjit.runtime;

/**
 * CPython's C recursion limit (Py_C_RECURSION_LIMIT, 10,000 in 3.13) where pyjit's runtime
 * recurses in Java on a program's data: repr() of nested containers and the comparison of
 * nested lists, tuples and dicts. CPython raises RecursionError past that depth ("maximum
 * recursion depth exceeded while getting the repr of an object", "... in comparison")
 * whatever sys.getrecursionlimit() says; without the same limit pyjit would print a
 * 100,000-deep list that CPython refuses, and a deeper one would take minutes to fail on the
 * Java stack. The interpreter runs programs on one thread, so one counter serves.
 */
public final class NativeRecursion {
  private NativeRecursion() {}

  /** The depth at which CPython 3.13 fails, less the few levels its callers hold. */
  static final int LIMIT = 9_997;

  private static int depth;

  /** Enters one level; {@code where} completes the message ("in comparison"). */
  public static void enter(String where) {
    if (++depth > LIMIT) {
      depth--;
      throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
    }
  }

  public static void exit() {
    depth--;
  }
}
