package org.pyjit.jit.basic;

/**
 * The types of the {@code @jit} subset and how the machine holds them: int as a 64-bit
 * integer (a result that does not fit is a guard failure), bool as 0/1 in an integer
 * register, float as an IEEE double in an XMM register. UNKNOWN is the bottom of type
 * inference (no assignment seen yet) and never reaches code generation.
 */
public enum ValueType {
  INT("int"), FLOAT("float"), BOOL("bool"), UNKNOWN("?");

  public final String pyName;

  ValueType(String pyName) {
    this.pyName = pyName;
  }

  /** Whether values live in XMM registers (else in general-purpose ones). */
  public boolean isFloat() {
    return this == FLOAT;
  }

  /** int or bool: what Python's integer operators accept. */
  public boolean isIntLike() {
    return this == INT || this == BOOL;
  }

  /** The exact type of a Python argument value, or null when it is outside the subset. */
  public static ValueType of(Object v) {
    if (v instanceof Long) {
      return INT;
    }
    if (v instanceof Double) {
      return FLOAT;
    }
    if (v instanceof Boolean) {
      return BOOL;
    }
    return null;
  }
}
