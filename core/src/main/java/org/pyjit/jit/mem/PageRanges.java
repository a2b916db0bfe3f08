package org.pyjit.jit.mem;

import java.util.Map;
import java.util.TreeMap;

/**
 * The free pages of a reservation as sorted, coalesced ranges of page indices. Allocation is
 * first fit from the lowest address, which keeps live code packed near the start of the
 * reservation. Not thread-safe: the arena holds its lock around every call.
 */
final class PageRanges {
  private final TreeMap<Long, Long> free = new TreeMap<>(); // first page -> page count
  private long freePages;

  PageRanges(long pages) {
    if (pages > 0) {
      free.put(0L, pages);
      freePages = pages;
    }
  }

  /** Takes {@code count} consecutive pages; returns the first, or -1 if no range is that long. */
  long allocate(long count) {
    for (Map.Entry<Long, Long> e : free.entrySet()) {
      long first = e.getKey();
      long length = e.getValue(); // read before the map changes: TreeMap reuses entry objects
      if (length >= count) {
        free.remove(first);
        if (length > count) {
          free.put(first + count, length - count);
        }
        freePages -= count;
        return first;
      }
    }
    return -1;
  }

  /** Gives back pages taken by {@link #allocate}, merging with free neighbours. */
  void release(long first, long count) {
    Map.Entry<Long, Long> before = free.floorEntry(first);
    if (before != null && before.getKey() + before.getValue() > first) {
      throw new IllegalStateException("pages " + first + "+" + count + " released twice");
    }
    Long next = free.ceilingKey(first);
    if (next != null && next < first + count) {
      throw new IllegalStateException("pages " + first + "+" + count + " released twice");
    }
    long start = first;
    long length = count;
    if (before != null && before.getKey() + before.getValue() == first) {
      start = before.getKey();
      length += before.getValue();
      free.remove(start);
    }
    Long afterLength = free.remove(first + count);
    if (afterLength != null) {
      length += afterLength;
    }
    free.put(start, length);
    freePages += count;
  }

  long freePages() {
    return freePages;
  }

  /** How many separate free ranges there are (1 when everything is free again). */
  int rangeCount() {
    return free.size();
  }
}
