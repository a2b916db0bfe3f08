package org.pyjit.jit.basic;

import org.pyjit.runtime.PyList;

/**
 * The types of the {@code @jit} subset and how the machine holds them: int as a 64-bit
 * integer (a result that does not fit is a guard failure), bool as 0/1 in an integer
 * register, float as an IEEE double in an XMM register. A list whose elements are all int
 * (within 64 bits) or all float is LIST_INT or LIST_FLOAT: an integer register holding the
 * address of the call's copy of its elements ({@link ListBuffers}). UNKNOWN is the bottom
 * of type inference (no assignment seen yet) and never reaches code generation.
 */
public enum ValueType {
  INT("int"), FLOAT("float"), BOOL("bool"), LIST_INT("list[int]"), LIST_FLOAT("list[float]"),
  UNKNOWN("?");

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

  public boolean isList() {
    return this == LIST_INT || this == LIST_FLOAT;
  }

  /** The type of a list's elements (INT or FLOAT); only for list types. */
  public ValueType element() {
    return switch (this) {
      case LIST_INT -> INT;
      case LIST_FLOAT -> FLOAT;
      default -> throw new IllegalStateException(this + " is not a list type");
    };
  }

  /**
   * The exact type of a Python argument value, or null when it is outside the subset. A
   * list is scanned: every element must be an int within 64 bits, or every one a float (an
   * empty list, bools in a list, or a subclass of list are outside: the interpreter runs).
   */
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
    if (v != null && v.getClass() == PyList.class) {
      return listOf((PyList) v);
    }
    return null;
  }

  private static ValueType listOf(PyList list) {
    int n = list.size();
    if (n == 0) {
      return null;
    }
    Class<?> first = list.get(0).getClass();
    if (first != Long.class && first != Double.class) {
      return null;
    }
    for (int i = 1; i < n; i++) {
      if (list.get(i).getClass() != first) {
        return null;
      }
    }
    return first == Long.class ? LIST_INT : LIST_FLOAT;
  }
}
