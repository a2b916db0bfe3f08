package org.pyjit.ast;

/** Comparison operators (CPython's {@code cmpop}). */
public enum CmpOperator {
  EQ("Eq", "=="), NOT_EQ("NotEq", "!="), LT("Lt", "<"), LT_E("LtE", "<="), GT("Gt", ">"),
  GT_E("GtE", ">="), IS("Is", "is"), IS_NOT("IsNot", "is not"), IN("In", "in"),
  NOT_IN("NotIn", "not in");

  public final String pyName;
  public final String symbol;

  CmpOperator(String pyName, String symbol) {
    this.pyName = pyName;
    this.symbol = symbol;
  }
}
