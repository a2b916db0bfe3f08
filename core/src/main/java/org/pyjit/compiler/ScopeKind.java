package org.pyjit.compiler;

/**
 * The kind of a symbol table block (CPython's {@code _Py_block_ty}). {@link #pyName} is what
 * Python's {@code symtable.SymbolTable.get_type()} returns for it, {@link #code} the
 * {@code _symtable.TYPE_*} number.
 */
public enum ScopeKind {
  /** A def, async def, lambda, or a comprehension / generator expression. */
  FUNCTION("function", 0),
  CLASS("class", 1),
  MODULE("module", 2),
  /**
   * The annotations of one def, or one annotation, under {@code from __future__ import
   * annotations}: names used there are kept out of the enclosing scope. Never compiled and
   * never one of its parent's children.
   */
  ANNOTATION("annotation", 3),
  /** The value of a {@code type X = ...} statement, evaluated lazily (PEP 695). */
  TYPE_ALIAS("type alias", 4),
  /** The type parameters of a generic def, class or type alias (PEP 695). */
  TYPE_PARAMETERS("type parameters", 5),
  /** The bound, constraints or default of one type parameter (PEP 695, PEP 696). */
  TYPE_VARIABLE("type variable", 6);

  public final String pyName;
  public final int code;

  ScopeKind(String pyName, int code) {
    this.pyName = pyName;
    this.code = code;
  }

  /**
   * Whether names bound here are function locals visible to nested scopes (CPython's
   * {@code _PyST_IsFunctionLike}): the PEP 695 scopes are compiled as functions.
   */
  public boolean isFunctionLike() {
    return this == FUNCTION || this == TYPE_ALIAS || this == TYPE_PARAMETERS
        || this == TYPE_VARIABLE;
  }
}
