package org.pyjit.ast;

/** Whether a name, attribute, subscript, star, list or tuple is read, assigned or deleted. */
public enum ExprContext {
  LOAD("Load"), STORE("Store"), DEL("Del");

  public final String pyName;

  ExprContext(String pyName) {
    this.pyName = pyName;
  }
}
