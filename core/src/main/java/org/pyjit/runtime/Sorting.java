package org.pyjit.runtime;

import org.pyjit.bytecode.CompareOp;

/**
 * Python's sort: stable, comparing with {@code <} only (as list.sort does), with an optional
 * key function evaluated once per item. A merge sort of our own rather than Java's TimSort,
 * which throws on inconsistent comparisons (NaN) where CPython does not.
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
    if (n < MIN_MERGE) {
      smallSort(items, keys == items ? null : keys, reverse);
      return;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Object[] k = keys;
    if (reverse) {
      // reverse=True keeps equal items in their original order, as CPython does
      mergeSort(order, new Integer[n], 0, n, (a, b) -> less(k[b], k[a]));
    } else {
      mergeSort(order, new Integer[n], 0, n, (a, b) -> less(k[a], k[b]));
    }
    Object[] copy = items.clone();
    for (int i = 0; i < n; i++) {
      items[i] = copy[order[i]];
    }
  }

  /** Below this length CPython's timsort is one run plus binary insertion (no merging). */
  private static final int MIN_MERGE = 64;

  /**
   * CPython 3.13's list.sort for fewer than 64 items, comparison for comparison (so that
   * __lt__ methods that print or count see the same calls): reverse=True reverses before
   * and after a stable sort; the sort finds the leading run (a strictly or weakly descending
   * one is reversed in place, equal stretches kept in order) and insertion-sorts the rest
   * with binary search.
   */
  private static void smallSort(Object[] items, Object[] keys, boolean reverse) {
    Object[] k = keys == null ? items : keys;
    Object[] v = keys == null ? null : items;
    int n = k.length;
    if (reverse) {
      reverse(k, v, 0, n);
    }
    if (n > 1) {
      int run = countRun(k, v, n);
      binaryInsertion(k, v, n, run);
    }
    if (reverse) {
      reverse(k, v, 0, n);
    }
  }

  private static int countRun(Object[] k, Object[] v, int total) {
    int n = 1;
    while (n < total && !less(k[n], k[n - 1])) {
      n++;
    }
    if (n == total) {
      return n;
    }
    if (n > 1) {
      if (less(k[0], k[n - 1])) {
        return n;
      }
      reverse(k, v, 0, n); // all equal so far
    }
    n++; // k[n] < k[n - 1] is known
    int equal = 0;
    for (; n < total; n++) {
      if (less(k[n], k[n - 1])) {
        if (equal > 0) {
          reverse(k, v, n - equal - 1, n);
          equal = 0;
        }
      } else if (less(k[n - 1], k[n])) {
        break;
      } else {
        equal++;
      }
    }
    if (equal > 0) {
      reverse(k, v, n - equal - 1, n);
    }
    reverse(k, v, 0, n);
    while (n < total && !less(k[n], k[n - 1])) {
      n++;
    }
    return n;
  }

  private static void binaryInsertion(Object[] k, Object[] v, int n, int sorted) {
    for (int ok = Math.max(sorted, 1); ok < n; ok++) {
      Object pivot = k[ok];
      int lo = 0;
      int hi = ok;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (less(pivot, k[mid])) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      System.arraycopy(k, lo, k, lo + 1, ok - lo);
      k[lo] = pivot;
      if (v != null) {
        Object pv = v[ok];
        System.arraycopy(v, lo, v, lo + 1, ok - lo);
        v[lo] = pv;
      }
    }
  }

  private static void reverse(Object[] k, Object[] v, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      Object t = k[i];
      k[i] = k[j];
      k[j] = t;
      if (v != null) {
        t = v[i];
        v[i] = v[j];
        v[j] = t;
      }
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
