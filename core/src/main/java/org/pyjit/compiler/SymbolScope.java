package org.pyjit.compiler;

/**
 * Where a name lives, as resolved by the symbol table's analysis (CPython's LOCAL,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE and CELL; {@link #code} is CPython's number, which
 * its symbol table stores at bit {@link Symbol#SCOPE_OFFSET} of a symbol's flags).
 */
public enum SymbolScope {
  /**
   * Not analyzed: only the symbols of the annotation scopes that {@code from __future__
   * import annotations} creates, which CPython never analyzes because their code is never
   * compiled (annotations become strings).
   */
  UNRESOLVED(0),
  /** Bound in this scope and not captured by an inner one. */
  LOCAL(1),
  /** Declared {@code global} here or in the enclosing class (or module) path. */
  GLOBAL_EXPLICIT(2),
  /** Not bound in any enclosing function: a module global or a builtin. */
  GLOBAL_IMPLICIT(3),
  /** Bound in an enclosing function-like scope: read through a cell passed as a closure. */
  FREE(4),
  /** Bound here and captured by an inner scope: lives in a cell. */
  CELL(5);

  public final int code;

  SymbolScope(int code) {
    this.code = code;
  }
}
