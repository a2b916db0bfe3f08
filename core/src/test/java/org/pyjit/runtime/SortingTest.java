package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sorting on seeded random lists of the shapes timsort treats specially (runs up and down,
 * many equal keys, long and short lists around minrun and galloping thresholds): the result
 * must equal Java's stable sort of the same items, for ascending and reverse order. The
 * comparison order itself is checked against CPython by the corpus program
 * tests/programs/lists/sort_compare_order.py.
 */
class SortingTest {
  /** An item whose order is its key; the tag tells equal keys apart to check stability. */
  private record Item(long key, int tag) {}

  @Test
  void sortsLikeAStableSortOnRandomShapes() {
    Random random = new Random(20261122);
    for (int round = 0; round < 300; round++) {
      int n = switch (round % 4) {
        case 0 -> random.nextInt(70);
        case 1 -> 60 + random.nextInt(80);
        case 2 -> random.nextInt(3000);
        default -> random.nextInt(6000);
      };
      long[] keys = shape(random, round % 6, n);
      for (boolean reverse : new boolean[] {false, true}) {
        Object[] items = new Object[n];
        List<Item> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          items[i] = keys[i];
          expected.add(new Item(keys[i], i));
        }
        Comparator<Item> byKey = Comparator.comparingLong(Item::key);
        expected.sort(reverse ? byKey.reversed() : byKey);
        // sort the keys with their positions carried along as values through the key path
        Object[] tagged = new Object[n];
        for (int i = 0; i < n; i++) {
          tagged[i] = (long) i;
        }
        Object keyFunction = new PyBuiltinFunction("k", (a, k) -> keys[(int) (long) (Long) a[0]]);
        Sorting.sort(tagged, keyFunction, reverse);
        Sorting.sort(items, null, reverse);
        long[] tags = Arrays.stream(tagged).mapToLong(o -> (Long) o).toArray();
        assertThat(tags)
            .as("round %d n %d reverse %s", round, n, reverse)
            .containsExactly(expected.stream().mapToLong(Item::tag).toArray());
        assertThat(items).containsExactly(expected.stream().map(it -> (Object) it.key()).toArray());
      }
    }
  }

  private static long[] shape(Random random, int kind, int n) {
    long[] k = new long[n];
    int run = 1 + random.nextInt(200);
    for (int i = 0; i < n; i++) {
      k[i] = switch (kind) {
        case 0 -> random.nextInt(1_000_000);
        case 1 -> random.nextInt(3);
        case 2 -> (i / run) % 2 == 0 ? i : -i; // alternating ascending and descending runs
        case 3 -> random.nextInt(10) == 0 ? random.nextInt(n + 1) : i; // almost sorted
        case 4 -> n - i + (random.nextInt(4) == 0 ? 1 : 0); // descending with ties
        default -> (i % run) * 7 + random.nextInt(5);
      };
    }
    return k;
  }
}
