package org.pyjit.ast;

/** Unary operators (CPython's {@code unaryop}). */
public enum UnaryOperator {
  INVERT("Invert", "~"), NOT("Not", "not"), UADD("UAdd", "+"), USUB("USub", "-");

  public final String pyName;
  public final String symbol;

  UnaryOperator(String pyName, String symbol) {
    this.pyName = pyName;
    this.symbol = symbol;
  }
}
