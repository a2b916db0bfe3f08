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
