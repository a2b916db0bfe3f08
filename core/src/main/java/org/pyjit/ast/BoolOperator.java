package org.pyjit.ast;

/** {@code and} / {@code or} (CPython's {@code boolop}). */
public enum BoolOperator {
  AND("And"), OR("Or");

  public final String pyName;

  BoolOperator(String pyName) {
    this.pyName = pyName;
  }
}
