package org.pyjit.compiler;

/**
 * One name of a scope: what the scope does with it ({@link #flags}, CPython's DEF_* and USE
 * bits) and where it lives after analysis ({@link #scope}). Names are stored mangled, as
 * CPython's symbol table stores them ({@code __x} in class {@code C} is {@code _C__x}).
 *
 * <p>The flag values are CPython 3.13's ({@code Include/internal/pycore_symtable.h}), so that
 * {@link #rawFlags()} equals what Python's {@code symtable} module reports.
 */
public record Symbol(String name, int flags, SymbolScope scope) {
  /** Declared by a {@code global} statement (or a walrus in a module-level comprehension). */
  public static final int DEF_GLOBAL = 1;
  /** Bound: assignment target, def, class, for target, with/except/match/import-less binding. */
  public static final int DEF_LOCAL = 2;
  /** A parameter (also the hidden {@code .0}, {@code .defaults} and {@code .kwdefaults}). */
  public static final int DEF_PARAM = 4;
  /** Declared by a {@code nonlocal} statement (or a walrus in a comprehension in a function). */
  public static final int DEF_NONLOCAL = 8;
  /** Read. */
  public static final int USE = 16;
  /** Unused by CPython 3.13's symbol table; kept for the numbering. */
  public static final int DEF_FREE = 32;
  /**
   * In a class (or an annotation scope that sees a class), the name is also free in a nested
   * function: the class body both has its own binding and must pass the outer cell on, so
   * the name is in the class's co_freevars.
   */
  public static final int DEF_FREE_CLASS = 64;
  /** Bound by an import. */
  public static final int DEF_IMPORT = 128;
  /** Annotated ({@code x: T}) in this scope. */
  public static final int DEF_ANNOT = 256;
  /** An iteration variable of a comprehension. */
  public static final int DEF_COMP_ITER = 512;
  /** A PEP 695 type parameter. */
  public static final int DEF_TYPE_PARAM = 1024;
  /**
   * A cell of an inlined comprehension, merged into the enclosing scope: the enclosing code
   * object needs a cell slot for it although the name may be an ordinary local there.
   */
  public static final int DEF_COMP_CELL = 2048;
  public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
  /** Bit offset of the scope in CPython's combined flags value. */
  public static final int SCOPE_OFFSET = 12;

  /** CPython's combined value: the DEF_* bits plus the scope code at {@link #SCOPE_OFFSET}. */
  public int rawFlags() {
    return flags | scope.code << SCOPE_OFFSET;
  }

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  public boolean isParameter() {
    return has(DEF_PARAM);
  }

  public boolean isReferenced() {
    return has(USE);
  }

  public boolean isAssigned() {
    return has(DEF_LOCAL);
  }

  public boolean isImported() {
    return has(DEF_IMPORT);
  }

  public boolean isAnnotated() {
    return has(DEF_ANNOT);
  }

  public boolean isDeclaredGlobal() {
    return scope == SymbolScope.GLOBAL_EXPLICIT;
  }

  public boolean isNonlocal() {
    return has(DEF_NONLOCAL);
  }

  public boolean isFree() {
    return scope == SymbolScope.FREE;
  }

  public boolean isCell() {
    return scope == SymbolScope.CELL;
  }

  public boolean isTypeParameter() {
    return has(DEF_TYPE_PARAM);
  }

  public boolean isCompIter() {
    return has(DEF_COMP_ITER);
  }

  public boolean isCompCell() {
    return has(DEF_COMP_CELL);
  }

  public boolean isFreeClass() {
    return has(DEF_FREE_CLASS);
  }
}
