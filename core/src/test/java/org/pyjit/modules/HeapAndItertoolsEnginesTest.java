package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyTuple;

/**
 * The Java engines of heapq, bisect and itertools against references that define them:
 * a heap must keep {@code a[k] <= a[2k+1], a[2k+2]} and pop in sorted order (Java's sort of
 * the same values); bisect's answers against a linear scan; permutations and combinations
 * against their definitions (count, distinctness, lexicographic order of index tuples,
 * increasing or non-decreasing indices). Seeded random inputs.
 */
class HeapAndItertoolsEnginesTest {

  private static void assertHeap(PyList h) {
    for (int k = 0; k < h.size(); k++) {
      for (int c = 2 * k + 1; c <= 2 * k + 2 && c < h.size(); c++) {
        assertThat((Long) h.get(k)).isLessThanOrEqualTo((Long) h.get(c));
      }
    }
  }

  @Test
  void heapOperationsKeepTheInvariantAndPopSorted() {
    Random rnd = new Random(7);
    for (int round = 0; round < 50; round++) {
      int n = rnd.nextInt(300);
      List<Long> all = new ArrayList<>();
      PyList heap = new PyList();
      for (int i = 0; i < n; i++) {
        long v = rnd.nextInt(100) - 50;
        all.add(v);
        HeapqModule.heappush(heap, v);
        assertHeap(heap);
      }
      PyList heapified = new PyList(all.toArray());
      HeapqModule.heapify(heapified, false);
      assertHeap(heapified);
      List<Long> popped = new ArrayList<>();
      while (heap.size() > 0) {
        popped.add((Long) HeapqModule.heappop(heap, false));
        assertHeap(heap);
      }
      List<Long> sorted = new ArrayList<>(all);
      sorted.sort(null);
      assertThat(popped).isEqualTo(sorted);
    }
  }

  @Test
  void bigHeapifyOrderGivesAHeap() {
    Random rnd = new Random(11);
    Object[] values = new Object[6000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (long) rnd.nextInt(1000);
    }
    PyList h = new PyList(values.clone());
    HeapqModule.heapify(h, false); // above 2500 items: the cache-friendly visiting order
    assertHeap(h);
    PyList small = new PyList(values.clone());
    for (int i = (values.length >> 1) - 1; i >= 0; i--) {
      HeapqModule.siftUp(small, i, false);
    }
    // both orders sift each parent after its subtrees: the same heap
    assertThat(h.toArray()).isEqualTo(small.toArray());
  }

  @Test
  void bisectMatchesALinearScan() {
    Random rnd = new Random(3);
    for (int round = 0; round < 200; round++) {
      Object[] a = new Object[rnd.nextInt(40)];
      for (int i = 0; i < a.length; i++) {
        a[i] = (long) rnd.nextInt(20);
      }
      Arrays.sort(a);
      PyList list = new PyList(a);
      long x = rnd.nextInt(22) - 1;
      long left = 0;
      while (left < a.length && (Long) a[(int) left] < x) {
        left++;
      }
      long right = left;
      while (right < a.length && (Long) a[(int) right] <= x) {
        right++;
      }
      assertThat(BisectModule.search(list, x, 0, -1, org.pyjit.runtime.PySingleton.NONE, false))
          .isEqualTo(left);
      assertThat(BisectModule.search(list, x, 0, -1, org.pyjit.runtime.PySingleton.NONE, true))
          .isEqualTo(right);
    }
  }

  private static List<List<Object>> drain(org.pyjit.runtime.PyIterator it) {
    List<List<Object>> out = new ArrayList<>();
    for (Object t = it.next(); t != null; t = it.next()) {
      out.add(Arrays.asList(((PyTuple) t).items));
    }
    assertThat(it.next()).isNull(); // stays exhausted
    return out;
  }

  private static int compareLex(List<Object> x, List<Object> y) {
    for (int i = 0; i < x.size(); i++) {
      int c = Long.compare((Long) x.get(i), (Long) y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long fallingFactorial(int n, int r) {
    long p = 1;
    for (int i = 0; i < r; i++) {
      p *= n - i;
    }
    return p;
  }

  private static long binomial(int n, int r) {
    return fallingFactorial(n, r) / fallingFactorial(r, r);
  }

  @Test
  void combinatoricsFollowTheirDefinitions() {
    for (int n = 0; n <= 6; n++) {
      Object[] pool = new Object[n];
      for (int i = 0; i < n; i++) {
        pool[i] = (long) i; // items are their positions: tuples show the index tuples
      }
      for (int r = 0; r <= n + 1; r++) {
        List<List<Object>> perms = drain(new ItertoolsModule.Permutations(pool, r));
        List<List<Object>> combs = drain(new ItertoolsModule.Combinations(pool, r, false));
        List<List<Object>> reps = drain(new ItertoolsModule.Combinations(pool, r, true));
        assertThat((long) perms.size()).isEqualTo(r > n ? 0 : fallingFactorial(n, r));
        assertThat((long) combs.size()).isEqualTo(r > n ? 0 : binomial(n, r));
        assertThat((long) reps.size())
            .isEqualTo(n == 0 ? (r == 0 ? 1 : 0) : binomial(n + r - 1, r));
        for (List<List<Object>> all : List.of(perms, combs, reps)) {
          for (int i = 1; i < all.size(); i++) {
            assertThat(compareLex(all.get(i - 1), all.get(i))).isNegative();
          }
        }
        for (List<Object> p : perms) {
          Set<Object> distinct = new HashSet<>(p);
          assertThat(distinct).hasSize(r);
        }
        for (List<Object> c : combs) {
          for (int i = 1; i < c.size(); i++) {
            assertThat((Long) c.get(i - 1)).isLessThan((Long) c.get(i));
          }
        }
        for (List<Object> c : reps) {
          for (int i = 1; i < c.size(); i++) {
            assertThat((Long) c.get(i - 1)).isLessThanOrEqualTo((Long) c.get(i));
          }
        }
      }
    }
  }

  @Test
  void productCountsAndOrder() {
    Object[][] pools = {{1L, 2L}, {}, {3L}};
    assertThat(drain(new ItertoolsModule.Product(pools))).isEmpty();
    assertThat(drain(new ItertoolsModule.Product(new Object[0][]))).hasSize(1);
    Object[][] three = {{0L, 1L, 2L}, {0L, 1L}, {0L, 1L, 2L, 3L}};
    List<List<Object>> all = drain(new ItertoolsModule.Product(three));
    assertThat(all).hasSize(24);
    for (int i = 1; i < all.size(); i++) {
      assertThat(compareLex(all.get(i - 1), all.get(i))).isNegative();
    }
  }
}
