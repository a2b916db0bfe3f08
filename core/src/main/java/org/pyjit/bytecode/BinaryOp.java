package org.pyjit.bytecode;

/**
 * The operators of BINARY_OP, with CPython's numbering order (NB_ADD ... NB_INPLACE_XOR):
 * the in-place forms follow the plain ones in the same order, {@link #INPLACE_OFFSET} apart.
 */
public enum BinaryOp {
  ADD("+", "__add__", "__radd__"),
  AND("&", "__and__", "__rand__"),
  FLOOR_DIVIDE("//", "__floordiv__", "__rfloordiv__"),
  LSHIFT("<<", "__lshift__", "__rlshift__"),
  MATRIX_MULTIPLY("@", "__matmul__", "__rmatmul__"),
  MULTIPLY("*", "__mul__", "__rmul__"),
  REMAINDER("%", "__mod__", "__rmod__"),
  OR("|", "__or__", "__ror__"),
  POWER("**", "__pow__", "__rpow__"),
  RSHIFT(">>", "__rshift__", "__rrshift__"),
  SUBTRACT("-", "__sub__", "__rsub__"),
  TRUE_DIVIDE("/", "__truediv__", "__rtruediv__"),
  XOR("^", "__xor__", "__rxor__"),
  INPLACE_ADD("+=", "__iadd__", null),
  INPLACE_AND("&=", "__iand__", null),
  INPLACE_FLOOR_DIVIDE("//=", "__ifloordiv__", null),
  INPLACE_LSHIFT("<<=", "__ilshift__", null),
  INPLACE_MATRIX_MULTIPLY("@=", "__imatmul__", null),
  INPLACE_MULTIPLY("*=", "__imul__", null),
  INPLACE_REMAINDER("%=", "__imod__", null),
  INPLACE_OR("|=", "__ior__", null),
  INPLACE_POWER("**=", "__ipow__", null),
  INPLACE_RSHIFT(">>=", "__irshift__", null),
  INPLACE_SUBTRACT("-=", "__isub__", null),
  INPLACE_TRUE_DIVIDE("/=", "__itruediv__", null),
  INPLACE_XOR("^=", "__ixor__", null);

  public static final int INPLACE_OFFSET = 13;
  private static final BinaryOp[] VALUES = values();

  public final String symbol;
  public final String dunder;
  public final String reflected;

  BinaryOp(String symbol, String dunder, String reflected) {
    this.symbol = symbol;
    this.dunder = dunder;
    this.reflected = reflected;
  }

  public boolean isInplace() {
    return ordinal() >= INPLACE_OFFSET;
  }

  /** The plain operator of an in-place one (itself for a plain one). */
  public BinaryOp plain() {
    return isInplace() ? VALUES[ordinal() - INPLACE_OFFSET] : this;
  }

  public BinaryOp inplace() {
    return isInplace() ? this : VALUES[ordinal() + INPLACE_OFFSET];
  }

  public static BinaryOp of(int ordinal) {
    return VALUES[ordinal];
  }
}
