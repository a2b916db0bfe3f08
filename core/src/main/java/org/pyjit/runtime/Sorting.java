package org.pyjit.runtime;

import org.pyjit.bytecode.CompareOp;

/**
 * Python's list.sort and sorted(): CPython 3.13's timsort, comparison for comparison.
 *
 * <p>Contract: stable; compares with {@code <} only; a key function is called once per item,
 * in order, before any comparison. The sequence of {@code <} calls is CPython's (natural runs,
 * binary insertion up to minrun, the powersort merge policy, galloping with its adaptive
 * threshold), so that {@code __lt__} methods that print, count or raise observe the same calls,
 * and a comparison that raises leaves the list in the same partial order as CPython's. Java's
 * own sorts are not used: they compare in another order and throw on inconsistent comparisons
 * (NaN, random results) where CPython does not.
 *
 * <p>With a key function the array sorted holds {@link Keyed} pairs, so keys and items move
 * together; the items are written back in the final (or, after an error, partial) order.
 * reverse=True reverses before and after a stable sort, which keeps equal items in their
 * original order as CPython does; the second reversal happens even when a comparison raises.
 */
public final class Sorting {
  private Sorting() {}

  public static void sort(Object[] items, Object key, boolean reverse) {
    int n = items.length;
    boolean keyed = key != null && key != PySingleton.NONE;
    Object[] a = items;
    if (keyed) {
      a = new Object[n];
      for (int i = 0; i < n; i++) {
        a[i] = new Keyed(Ops.call(key, new Object[] {items[i]}, null), items[i]);
      }
    }
    if (n < 2) {
      return;
    }
    if (reverse) {
      reverse(a, 0, n);
    }
    try {
      new TimSort(a, keyed).sort();
    } finally {
      if (keyed) {
        for (int i = 0; i < n; i++) {
          items[i] = ((Keyed) a[i]).item;
        }
      }
      if (reverse) {
        reverse(items, 0, n);
      }
    }
  }

  /** A key and the item it was computed from, moved as one. */
  private record Keyed(Object key, Object item) {}

  static void reverse(Object[] a, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      Object t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** One sort in progress: the array, the pending runs and the galloping threshold. */
  private static final class TimSort {
    /** Below this many items a list is one run extended by binary insertion. */
    private static final int MAX_MINRUN = 64;
    /** Wins in a row that switch a merge to galloping, and the threshold's starting value. */
    private static final int MIN_GALLOP = 7;

    private final Object[] a;
    private final boolean keyed;
    private final int length;
    private int minGallop = MIN_GALLOP;
    private Object[] tmp = new Object[0];

    // the stack of runs waiting to be merged; the powersort policy keeps it logarithmic
    private int[] runBase = new int[16];
    private int[] runLen = new int[16];
    private int[] runPower = new int[16];
    private int runs;

    TimSort(Object[] a, boolean keyed) {
      this.a = a;
      this.keyed = keyed;
      this.length = a.length;
    }

    private boolean lt(Object x, Object y) {
      if (keyed) {
        x = ((Keyed) x).key;
        y = ((Keyed) y).key;
      }
      if (x instanceof Long p && y instanceof Long q) {
        return p < q;
      }
      if (x instanceof String p && y instanceof String q) {
        return Ops.compareStrings(p, q) < 0;
      }
      if (x instanceof Double p && y instanceof Double q) {
        return p < q; // false when either is NaN, as CPython's float <
      }
      return Ops.truth(Ops.compare(CompareOp.LT, x, y));
    }

    void sort() {
      int minrun = minrun(length);
      int lo = 0;
      int remaining = length;
      do {
        int n = countRun(lo, remaining);
        if (n < minrun) {
          int force = Math.min(remaining, minrun);
          binaryInsertion(lo, force, n);
          n = force;
        }
        foundNewRun(n);
        push(lo, n);
        lo += n;
        remaining -= n;
      } while (remaining > 0);
      while (runs > 1) {
        int i = runs - 2;
        if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
          i--;
        }
        mergeAt(i);
      }
    }

    /** n itself below 64; else a value in 32..64 such that n / minrun is just below a power of 2. */
    private static int minrun(int n) {
      int r = 0;
      while (n >= MAX_MINRUN) {
        r |= n & 1;
        n >>= 1;
      }
      return n + r;
    }

    /**
     * The length of the run starting at lo, made ascending in place: a descending run (with
     * stretches of equal items kept in their order) is reversed, and an ascending stretch that
     * follows it joins the run.
     */
    private int countRun(int lo, int remaining) {
      int n = 1;
      while (n < remaining && !lt(a[lo + n], a[lo + n - 1])) {
        n++;
      }
      if (n == remaining) {
        return n;
      }
      if (n > 1) {
        if (lt(a[lo], a[lo + n - 1])) {
          return n;
        }
        reverse(a, lo, lo + n); // all equal so far: the start of a descending run
      }
      n++; // a[lo + n] < a[lo + n - 1] is known
      int equal = 0;
      for (; n < remaining; n++) {
        if (lt(a[lo + n], a[lo + n - 1])) {
          if (equal > 0) {
            reverse(a, lo + n - equal - 1, lo + n);
            equal = 0;
          }
        } else if (lt(a[lo + n - 1], a[lo + n])) {
          break;
        } else {
          equal++;
        }
      }
      if (equal > 0) {
        reverse(a, lo + n - equal - 1, lo + n);
      }
      reverse(a, lo, lo + n);
      while (n < remaining && !lt(a[lo + n], a[lo + n - 1])) {
        n++;
      }
      return n;
    }

    /** Sorts a[lo, lo + n) of which the first {@code sorted} items already are in order. */
    private void binaryInsertion(int lo, int n, int sorted) {
      for (int ok = Math.max(sorted, 1); ok < n; ok++) {
        Object pivot = a[lo + ok];
        int left = 0;
        int right = ok;
        do {
          int mid = (left + right) >>> 1;
          if (lt(pivot, a[lo + mid])) {
            right = mid;
          } else {
            left = mid + 1;
          }
        } while (left < right);
        System.arraycopy(a, lo + left, a, lo + left + 1, ok - left);
        a[lo + left] = pivot;
      }
    }

    private void push(int base, int len) {
      if (runs == runBase.length) {
        runBase = java.util.Arrays.copyOf(runBase, runs * 2);
        runLen = java.util.Arrays.copyOf(runLen, runs * 2);
        runPower = java.util.Arrays.copyOf(runPower, runs * 2);
      }
      runBase[runs] = base;
      runLen[runs] = len;
      runs++;
    }

    /**
     * Powersort: the run on top of the stack gets a power, its depth in the merge tree of the
     * whole list; runs below it with a greater power are merged first.
     */
    private void foundNewRun(int n2) {
      if (runs == 0) {
        return;
      }
      int power = power(runBase[runs - 1], runLen[runs - 1], n2, length);
      while (runs > 1 && runPower[runs - 2] > power) {
        mergeAt(runs - 2);
      }
      runPower[runs - 1] = power;
    }

    /**
     * The first bit position at which the midpoints of the two adjacent runs, as fractions of
     * the list's length, differ; computed on doubled midpoints so that it stays in integers.
     */
    private static int power(int s1, int n1, int n2, int n) {
      long x = 2L * s1 + n1;
      long y = x + n1 + n2;
      int result = 0;
      for (;;) {
        result++;
        if (x >= n) {
          x -= n;
          y -= n;
        } else if (y >= n) {
          return result;
        }
        x <<= 1;
        y <<= 1;
      }
    }

    /** Merges pending runs i and i + 1 (i is the second or third from the top). */
    private void mergeAt(int i) {
      int pa = runBase[i];
      int na = runLen[i];
      int pb = runBase[i + 1];
      int nb = runLen[i + 1];
      runLen[i] = na + nb;
      if (i == runs - 3) {
        runBase[i + 1] = runBase[i + 2];
        runLen[i + 1] = runLen[i + 2];
        runPower[i + 1] = runPower[i + 2];
      }
      runs--;
      // the items of A before B's first and the items of B after A's last are in place
      int k = gallopRight(a[pb], a, pa, na, 0);
      pa += k;
      na -= k;
      if (na == 0) {
        return;
      }
      nb = gallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
      if (nb <= 0) {
        return;
      }
      if (na <= nb) {
        mergeLo(pa, na, pb, nb);
      } else {
        mergeHi(pa, na, pb, nb);
      }
    }

    /**
     * The index k in [0, n] of key among the sorted x[base, base + n): x[k-1] < key <= x[k].
     * Gallops from hint by 1, 3, 7, ... then binary-searches the last gap.
     */
    private int gallopLeft(Object key, Object[] x, int base, int n, int hint) {
      int lastOfs = 0;
      int ofs = 1;
      int h = base + hint;
      if (lt(x[h], key)) {
        int maxOfs = n - hint;
        while (ofs < maxOfs && lt(x[h + ofs], key)) {
          lastOfs = ofs;
          ofs = (ofs << 1) + 1;
          if (ofs <= 0) {
            ofs = maxOfs; // int overflow on a list of over 2^30 items
          }
        }
        ofs = Math.min(ofs, maxOfs);
        lastOfs += hint;
        ofs += hint;
      } else {
        int maxOfs = hint + 1;
        while (ofs < maxOfs && !lt(x[h - ofs], key)) {
          lastOfs = ofs;
          ofs = (ofs << 1) + 1;
          if (ofs <= 0) {
            ofs = maxOfs; // int overflow on a list of over 2^30 items
          }
        }
        ofs = Math.min(ofs, maxOfs);
        int t = lastOfs;
        lastOfs = hint - ofs;
        ofs = hint - t;
      }
      lastOfs++;
      while (lastOfs < ofs) {
        int m = lastOfs + ((ofs - lastOfs) >> 1);
        if (lt(x[base + m], key)) {
          lastOfs = m + 1;
        } else {
          ofs = m;
        }
      }
      return ofs;
    }

    /** As {@link #gallopLeft} but after the last item equal to key: x[k-1] <= key < x[k]. */
    private int gallopRight(Object key, Object[] x, int base, int n, int hint) {
      int lastOfs = 0;
      int ofs = 1;
      int h = base + hint;
      if (lt(key, x[h])) {
        int maxOfs = hint + 1;
        while (ofs < maxOfs && lt(key, x[h - ofs])) {
          lastOfs = ofs;
          ofs = (ofs << 1) + 1;
          if (ofs <= 0) {
            ofs = maxOfs; // int overflow on a list of over 2^30 items
          }
        }
        ofs = Math.min(ofs, maxOfs);
        int t = lastOfs;
        lastOfs = hint - ofs;
        ofs = hint - t;
      } else {
        int maxOfs = n - hint;
        while (ofs < maxOfs && !lt(key, x[h + ofs])) {
          lastOfs = ofs;
          ofs = (ofs << 1) + 1;
          if (ofs <= 0) {
            ofs = maxOfs; // int overflow on a list of over 2^30 items
          }
        }
        ofs = Math.min(ofs, maxOfs);
        lastOfs += hint;
        ofs += hint;
      }
      lastOfs++;
      while (lastOfs < ofs) {
        int m = lastOfs + ((ofs - lastOfs) >> 1);
        if (lt(key, x[base + m])) {
          ofs = m;
        } else {
          lastOfs = m + 1;
        }
      }
      return ofs;
    }

    private Object[] tmp(int need) {
      if (tmp.length < need) {
        tmp = new Object[Math.max(need, tmp.length * 2)];
      }
      return tmp;
    }

    /**
     * Merges the adjacent runs a[pa, pa + na) and a[pb, pb + nb), na <= nb, from the left,
     * with A copied aside. B's first item is known to go first and A's last item last. Whatever
     * happens (a comparison may raise), A's remaining items are put back in the gap, so the
     * array stays a permutation of its items.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
      Object[] t = tmp(na);
      System.arraycopy(a, pa, t, 0, na);
      int ia = 0;
      int ib = pb;
      int d = pa;
      boolean aLastOnly = false;
      try {
        a[d++] = a[ib++];
        if (--nb == 0) {
          return;
        }
        if (na == 1) {
          aLastOnly = true;
          return;
        }
        int mg = minGallop;
        for (;;) {
          int aWins = 0;
          int bWins = 0;
          do {
            if (lt(a[ib], t[ia])) {
              a[d++] = a[ib++];
              bWins++;
              aWins = 0;
              if (--nb == 0) {
                return;
              }
            } else {
              a[d++] = t[ia++];
              aWins++;
              bWins = 0;
              if (--na == 1) {
                aLastOnly = true;
                return;
              }
            }
          } while (aWins < mg && bWins < mg);
          mg++;
          do {
            mg -= mg > 1 ? 1 : 0;
            minGallop = mg;
            int k = gallopRight(a[ib], t, ia, na, 0);
            aWins = k;
            if (k != 0) {
              System.arraycopy(t, ia, a, d, k);
              d += k;
              ia += k;
              na -= k;
              if (na == 1) {
                aLastOnly = true;
                return;
              }
              if (na == 0) {
                return; // only with an inconsistent comparison
              }
            }
            a[d++] = a[ib++];
            if (--nb == 0) {
              return;
            }
            k = gallopLeft(t[ia], a, ib, nb, 0);
            bWins = k;
            if (k != 0) {
              System.arraycopy(a, ib, a, d, k);
              d += k;
              ib += k;
              nb -= k;
              if (nb == 0) {
                return;
              }
            }
            a[d++] = t[ia++];
            if (--na == 1) {
              aLastOnly = true;
              return;
            }
          } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
          mg++; // leaving galloping mode costs
          minGallop = mg;
        }
      } finally {
        if (aLastOnly) {
          System.arraycopy(a, ib, a, d, nb);
          a[d + nb] = t[ia];
        } else if (na > 0) {
          System.arraycopy(t, ia, a, d, na);
        }
      }
    }

    /**
     * The mirror of {@link #mergeLo} for na >= nb: B is copied aside and the merge runs from
     * the right.
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
      Object[] t = tmp(nb);
      System.arraycopy(a, pb, t, 0, nb);
      int ia = pa + na - 1;
      int ib = nb - 1;
      int d = pb + nb - 1;
      boolean bFirstOnly = false;
      try {
        a[d--] = a[ia--];
        if (--na == 0) {
          return;
        }
        if (nb == 1) {
          bFirstOnly = true;
          return;
        }
        int mg = minGallop;
        for (;;) {
          int aWins = 0;
          int bWins = 0;
          do {
            if (lt(t[ib], a[ia])) {
              a[d--] = a[ia--];
              aWins++;
              bWins = 0;
              if (--na == 0) {
                return;
              }
            } else {
              a[d--] = t[ib--];
              bWins++;
              aWins = 0;
              if (--nb == 1) {
                bFirstOnly = true;
                return;
              }
            }
          } while (aWins < mg && bWins < mg);
          mg++;
          do {
            mg -= mg > 1 ? 1 : 0;
            minGallop = mg;
            int k = na - gallopRight(t[ib], a, pa, na, na - 1);
            aWins = k;
            if (k != 0) {
              d -= k;
              ia -= k;
              System.arraycopy(a, ia + 1, a, d + 1, k);
              na -= k;
              if (na == 0) {
                return;
              }
            }
            a[d--] = t[ib--];
            if (--nb == 1) {
              bFirstOnly = true;
              return;
            }
            k = nb - gallopLeft(a[ia], t, 0, nb, nb - 1);
            bWins = k;
            if (k != 0) {
              d -= k;
              ib -= k;
              System.arraycopy(t, ib + 1, a, d + 1, k);
              nb -= k;
              if (nb == 1) {
                bFirstOnly = true;
                return;
              }
              if (nb == 0) {
                return; // only with an inconsistent comparison
              }
            }
            a[d--] = a[ia--];
            if (--na == 0) {
              return;
            }
          } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
          mg++;
          minGallop = mg;
        }
      } finally {
        if (bFirstOnly) {
          d -= na;
          ia -= na;
          System.arraycopy(a, ia + 1, a, d + 1, na);
          a[d] = t[ib];
        } else if (nb > 0) {
          System.arraycopy(t, 0, a, d - nb + 1, nb);
        }
      }
    }
  }
}
