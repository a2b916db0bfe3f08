package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageRangesTest {
  @Test
  void agreesWithAPageBitmapOverRandomAllocationsAndReleases() {
    Random random = new Random(4242);
    int pages = 512;
    PageRanges ranges = new PageRanges(pages);
    boolean[] used = new boolean[pages];
    List<long[]> live = new ArrayList<>();
    for (int step = 0; step < 5000; step++) {
      if (!live.isEmpty() && random.nextBoolean()) {
        long[] r = live.remove(random.nextInt(live.size()));
        ranges.release(r[0], r[1]);
        for (long p = r[0]; p < r[0] + r[1]; p++) {
          used[(int) p] = false;
        }
      } else {
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 64 : 4);
        long first = ranges.allocate(count);
        long expected = lowestFreeRun(used, count);
        assertThat(first).as("step %d, %d pages", step, count).isEqualTo(expected);
        if (first >= 0) {
          for (long p = first; p < first + count; p++) {
            used[(int) p] = true;
          }
          live.add(new long[] {first, count});
        }
      }
      long free = 0;
      for (boolean u : used) {
        free += u ? 0 : 1;
      }
      assertThat(ranges.freePages()).isEqualTo(free);
    }
    live.forEach(r -> ranges.release(r[0], r[1]));
    assertThat(ranges.rangeCount()).isEqualTo(1);
    assertThat(ranges.freePages()).isEqualTo(pages);
  }

  private static long lowestFreeRun(boolean[] used, int count) {
    int run = 0;
    for (int p = 0; p < used.length; p++) {
      run = used[p] ? 0 : run + 1;
      if (run == count) {
        return p - count + 1;
      }
    }
    return -1;
  }

  @Test
  void releasingFreePagesIsAnError() {
    PageRanges ranges = new PageRanges(10);
    long a = ranges.allocate(4);
    ranges.release(a, 4);
    assertThatThrownBy(() -> ranges.release(a, 4)).isInstanceOf(IllegalStateException.class);
    long b = ranges.allocate(2);
    assertThatThrownBy(() -> ranges.release(b + 1, 2)).isInstanceOf(IllegalStateException.class);
  }
}
