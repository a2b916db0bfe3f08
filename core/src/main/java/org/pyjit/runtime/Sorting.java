package org.pyjit.runtime;

import org.pyjit.bytecode.CompareOp;

/**
 * Python's sort: stable, comparing with {@code <} only (as list.sort does), with an optional
 * key function evaluated once per item; reverse=True reverses, sorts and reverses back, as
 * CPython does. Lists shorter than 64 items (one run for CPython's timsort) are sorted as
 * CPython 3.13 sorts them, with the same comparisons in the same order (programs can see
 * them through __lt__): the initial run is found, a descending one reversed, and the rest
 * placed by binary insertion. Longer lists use a merge sort of our own (the same result;
 * the comparisons differ from timsort's galloping merges). Not Java's TimSort, which throws
 * on inconsistent comparisons (NaN) where CPython does not.
 */
public final class Sorting {
  private Sorting() {}

  public static void sort(Object[] items, Object key, boolean reverse) {
    Object[] keys = items;
    if (key != null && key != PySingleton.NONE) {
      keys = new Object[items.length];
      for (int i = 0; i < items.length; i++) {
        keys[i] = Ops.call(key, new Object[] {items[i]}, null);
      }
    }
    int n = items.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = reverse ? n - 1 - i : i;
    }
    Object[] k = keys;
    Less lt = (a, b) -> less(k[a], k[b]);
    if (n < 64) {
      binarySort(order, countRun(order, lt), lt);
    } else {
      mergeSort(order, new Integer[n], 0, n, lt);
    }
    if (reverse) {
      java.util.Collections.reverse(java.util.Arrays.asList(order));
    }
    Object[] copy = items.clone();
    for (int i = 0; i < n; i++) {
      items[i] = copy[order[i]];
    }
  }

  private interface Less {
    boolean test(int a, int b);
  }

  private static boolean less(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x < y;
    }
    return Ops.truth(Ops.compare(CompareOp.LT, a, b));
  }

  /**
   * The length of the run at the start of {@code a}, made ascending: a non-descending prefix,
   * or a descending one (equal neighbours allowed, their order kept) that is reversed and
   * then extended by any non-descending continuation, as CPython 3.13's count_run.
   */
  private static int countRun(Integer[] a, Less lt) {
    int len = a.length;
    if (len < 2) {
      return len;
    }
    int n = 1;
    while (n < len && !lt.test(a[n], a[n - 1])) {
      n++;
    }
    if (n == len) {
      return n;
    }
    if (n > 1) {
      if (lt.test(a[0], a[n - 1])) {
        return n;
      }
      reverse(a, 0, n); // all equal so far: part of a descending run
    }
    n++;
    int equal = 0; // the last equal+1 items are equal to each other
    for (; n < len; n++) {
      if (lt.test(a[n], a[n - 1])) {
        if (equal > 0) {
          reverse(a, n - equal - 1, n);
          equal = 0;
        }
      } else if (lt.test(a[n - 1], a[n])) {
        break;
      } else {
        equal++;
      }
    }
    if (equal > 0) {
      reverse(a, n - equal - 1, n);
    }
    reverse(a, 0, n);
    while (n < len && !lt.test(a[n], a[n - 1])) {
      n++;
    }
    return n;
  }

  private static void reverse(Integer[] a, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      Integer t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Binary insertion of a[start..] into the sorted a[..start], after equal items. */
  private static void binarySort(Integer[] a, int start, Less lt) {
    for (int i = Math.max(start, 1); i < a.length; i++) {
      Integer pivot = a[i];
      int l = 0;
      int r = i;
      while (l < r) {
        int p = l + ((r - l) >> 1);
        if (lt.test(pivot, a[p])) {
          r = p;
        } else {
          l = p + 1;
        }
      }
      System.arraycopy(a, l, a, l + 1, i - l);
      a[l] = pivot;
    }
  }

  private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Less less) {
    if (hi - lo < 2) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, less);
    mergeSort(a, tmp, mid, hi, less);
    if (!less.test(a[mid], a[mid - 1])) {
      return; // already in order
    }
    System.arraycopy(a, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (i < mid && (j >= hi || !less.test(tmp[j], tmp[i]))) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
