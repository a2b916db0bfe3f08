package org.pyjit.interp;

import org.pyjit.bytecode.CompareOp;

/** The 64-bit ints the int specializations' tests start from, and Java's comparisons. */
final class IntCases {
  private IntCases() {}

  static final long[] EDGES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -2, -1, 0, 1, 2,
      Long.MAX_VALUE - 1, Long.MAX_VALUE};

  static boolean expected(CompareOp op, long a, long b) {
    return switch (op) {
      case LT -> a < b;
      case LE -> a <= b;
      case EQ -> a == b;
      case NE -> a != b;
      case GT -> a > b;
      case GE -> a >= b;
    };
  }
}
