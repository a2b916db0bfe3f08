package org.pyjit.ast;

/** Binary operators (CPython's {@code operator}), with their source spelling. */
public enum Operator {
  ADD("Add", "+"), SUB("Sub", "-"), MULT("Mult", "*"), MAT_MULT("MatMult", "@"),
  DIV("Div", "/"), MOD("Mod", "%"), POW("Pow", "**"), LSHIFT("LShift", "<<"),
  RSHIFT("RShift", ">>"), BIT_OR("BitOr", "|"), BIT_XOR("BitXor", "^"),
  BIT_AND("BitAnd", "&"), FLOOR_DIV("FloorDiv", "//");

  public final String pyName;
  public final String symbol;

  Operator(String pyName, String symbol) {
    this.pyName = pyName;
    this.symbol = symbol;
  }
}
