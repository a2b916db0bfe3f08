package org.pyjit.ast;

/**
 * Source position of a node, with CPython's conventions: lines count from 1, columns
 * are UTF-8 byte offsets into the line counted from 0, and the end is exclusive.
 */
public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {
  public static final Pos NONE = new Pos(0, 0, 0, 0);

  /** The span from the start of {@code a} to the end of {@code b}. */
  public static Pos span(Pos a, Pos b) {
    return new Pos(a.lineno, a.colOffset, b.endLineno, b.endColOffset);
  }
}
