package org.pyjit.bytecode;

/** The rich comparisons of COMPARE_OP, in CPython's order (Py_LT ... Py_GE). */
public enum CompareOp {
  LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
  GT(">", "__gt__"), GE(">=", "__ge__");

  private static final CompareOp[] VALUES = values();

  public final String symbol;
  public final String dunder;

  CompareOp(String symbol, String dunder) {
    this.symbol = symbol;
    this.dunder = dunder;
  }

  /** The comparison with its operands exchanged (a < b is b > a). */
  public CompareOp swapped() {
    return switch (this) {
      case LT -> GT;
      case LE -> GE;
      case EQ -> EQ;
      case NE -> NE;
      case GT -> LT;
      case GE -> LE;
    };
  }

  public static CompareOp of(int ordinal) {
    return VALUES[ordinal];
  }

  /**
   * COMPARE_OP's argument: the comparison's ordinal, plus {@link #TO_BOOL} when the result
   * goes to a truth test (as CPython 3.13's {@code oparg & 16}): the instruction then pushes
   * {@code bool(result)} and the code needs no TO_BOOL after it.
   */
  public static final int TO_BOOL = 16;

  /** The comparison of a COMPARE_OP argument. */
  public static CompareOp ofArg(int arg) {
    return VALUES[arg & 15];
  }

  /** Whether a COMPARE_OP argument asks for a bool. */
  public static boolean toBool(int arg) {
    return (arg & TO_BOOL) != 0;
  }
}
