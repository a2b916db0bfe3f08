package org.pyjit.bytecode;

/**
 * Where exceptions go (CPython 3.11+'s zero-cost exception table): a list of entries
 * [start, end) -> target, each saying that an exception raised by an instruction in the
 * range is handled by truncating the value stack to {@code depth}, pushing the exception
 * (after pushing the instruction index first when {@code lasti} is set) and jumping to
 * {@code target}. Entries do not overlap; the innermost handler's entry covers its range.
 */
public final class ExceptionTable {
  public static final ExceptionTable EMPTY = new ExceptionTable(new int[0]);

  /** start, end, target, depth, lasti: five ints per entry, sorted by start. */
  private final int[] entries;

  public ExceptionTable(int[] entries) {
    this.entries = entries;
  }

  public int size() {
    return entries.length / 5;
  }

  /** Index of the entry covering instruction {@code index}, or -1. */
  public int find(int index) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = entries[mid * 5];
      int end = entries[mid * 5 + 1];
      if (index < start) {
        hi = mid - 1;
      } else if (index >= end) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  public int start(int e) {
    return entries[e * 5];
  }

  public int end(int e) {
    return entries[e * 5 + 1];
  }

  public int target(int e) {
    return entries[e * 5 + 2];
  }

  public int depth(int e) {
    return entries[e * 5 + 3];
  }

  public boolean lasti(int e) {
    return entries[e * 5 + 4] != 0;
  }
}
