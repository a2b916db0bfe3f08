package org.pyjit.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.ast.Node;
import org.pyjit.ast.Pos;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, class,
 * function, lambda, comprehension, or PEP 695 scope, with its symbols resolved.
 *
 * <p>Contract: after {@link Symtable#build} returns, a Scope is immutable and holds exactly
 * what CPython 3.13's symbol table computes for the same block: the same kind, name, line,
 * nesting, flags, parameters, children (in CPython's order, with the children of inlined
 * comprehensions spliced in where the comprehension was) and symbols (mangled names, DEF_*
 * flags, resolved {@link SymbolScope}). What the compiler derives from it the way CPython's
 * compiler does (the co_cellvars and co_freevars order, the code flags, name mangling) is
 * provided here so that every user derives it the same way.
 *
 * <p>An inlined comprehension (PEP 709: a list, set or dict comprehension that is not inside
 * an annotation scope that sees a class) keeps its own Scope, reachable through
 * {@link Symtable#scope}; its symbols have also been merged into the enclosing scope, which
 * is where its code goes. It is not among its parent's {@link #children()}.
 */
public final class Scope {
  private final ScopeKind kind;
  private final String name;
  private final Node node;
  private final Pos pos;
  private final Scope parent;
  final boolean nested;

  // ---- filled in by the first pass (SymtableBuilder) ----
  /** Name -> DEF_* flags, in insertion order (CPython's ste_symbols dict order). */
  final LinkedHashMap<String, Integer> flags = new LinkedHashMap<>();
  /** Parameter names in definition order (ste_varnames). */
  final List<String> varnames = new ArrayList<>();
  /** Children in creation order; after analysis, inlined comprehensions spliced out. */
  final List<Scope> children = new ArrayList<>();
  /** (mangled name, location) of global/nonlocal declarations, for analysis errors. */
  final List<Map.Entry<String, Pos>> directives = new ArrayList<>();
  /**
   * When non-null, only these names are mangled here (the header of a generic class, where
   * only the class's own type parameters are private to it). Shared by reference with the
   * scopes nested in that header, as CPython shares the set, so a name added later is seen
   * by all of them.
   */
  Set<String> mangledNames;
  /** The class name that {@link #mangle} uses (CPython's st_private while in this block). */
  String privateName;
  ComprehensionKind comprehension = ComprehensionKind.NONE;
  boolean generator;
  boolean coroutine;
  boolean varargs;
  boolean varkeywords;
  boolean returnsValue;
  boolean canSeeClassScope;
  /** Used by the error messages for expressions not allowed in a type variable scope. */
  String scopeInfo;
  /** Depth of comprehension iterable expressions being visited (walrus is banned there). */
  int compIterExpr;
  /** Whether a comprehension target is being visited (its names get DEF_COMP_ITER). */
  boolean compIterTarget;

  // ---- filled in by the second pass (ScopeAnalyzer) ----
  final Map<String, SymbolScope> scopes = new HashMap<>();
  boolean needsClassClosure;
  boolean needsClassdict;
  boolean compInlined;

  private Map<String, Symbol> symbols;
  private List<Scope> frozenChildren;

  Scope(ScopeKind kind, String name, Node node, Pos pos, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.pos = pos;
    this.parent = parent;
    this.nested = parent != null && (parent.nested || parent.kind.isFunctionLike());
  }

  /** Builds the public views once analysis is over. */
  void freeze() {
    Map<String, Symbol> m = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : flags.entrySet()) {
      SymbolScope s = scopes.getOrDefault(e.getKey(), SymbolScope.UNRESOLVED);
      m.put(e.getKey(), new Symbol(e.getKey(), e.getValue(), s));
    }
    symbols = Collections.unmodifiableMap(m);
    frozenChildren = List.copyOf(children);
  }

  public ScopeKind kind() {
    return kind;
  }

  /**
   * CPython's block name: "top" for the module, the def/class name (unmangled), "lambda",
   * "listcomp", "setcomp", "dictcomp", "genexpr", the type alias name for a type alias and
   * its type parameters, the type parameter's name for its bound or default.
   */
  public String name() {
    return name;
  }

  /**
   * The AST node this scope was created for: the module, the def or class statement, the
   * lambda or comprehension expression, the type alias statement (for a TYPE_ALIAS scope and
   * for its TYPE_PARAMETERS scope alike), the def or class statement for its
   * TYPE_PARAMETERS scope, the type parameter for a TYPE_VARIABLE scope, and for an
   * ANNOTATION scope the def statement (parameters) or the annotation expression.
   */
  public Node node() {
    return node;
  }

  /** The block's location as CPython records it (all zero for the module). */
  public Pos pos() {
    return pos;
  }

  /** CPython's {@code ste_lineno}: 0 for the module. */
  public int lineno() {
    return pos.lineno();
  }

  /**
   * The scope this one was created in (null for the module). For a scope created inside an
   * inlined comprehension this is the comprehension, although CPython lists it among the
   * children of the comprehension's parent.
   */
  public Scope parent() {
    return parent;
  }

  /** Nested in a function-like scope, directly or through other scopes (CO_NESTED). */
  public boolean isNested() {
    return nested;
  }

  /** Function-like: names bound here are fast locals (see {@link ScopeKind#isFunctionLike}). */
  public boolean isFunctionLike() {
    return kind.isFunctionLike();
  }

  /** What Python's {@code symtable} calls optimized: a FUNCTION scope. */
  public boolean isOptimized() {
    return kind == ScopeKind.FUNCTION;
  }

  /**
   * The nested scopes, in CPython's order: creation order, with each inlined comprehension
   * replaced by its own children. ANNOTATION scopes are never children.
   */
  public List<Scope> children() {
    return frozenChildren;
  }

  /** Every symbol, in CPython's insertion order (which only the parameters rely on). */
  public Map<String, Symbol> symbols() {
    return symbols;
  }

  /** The symbol for an already mangled name (see {@link #mangle}), or null. */
  public Symbol symbol(String mangledName) {
    return symbols.get(mangledName);
  }

  /**
   * The resolved scope of a mangled name, UNRESOLVED if the block has no such symbol (as
   * CPython's {@code _PyST_GetScope} returns 0).
   */
  public SymbolScope scopeOf(String mangledName) {
    Symbol s = symbols.get(mangledName);
    return s == null ? SymbolScope.UNRESOLVED : s.scope();
  }

  /**
   * The name under which this block stores {@code name}: mangled with the enclosing class
   * name when it is private ({@code __x}), except in the header of a generic class, where
   * only the class's type parameters are (CPython's {@code _Py_MaybeMangle}). The compiler
   * must look names up through this, as CPython's compiler does.
   */
  public String mangle(String name) {
    if (privateName == null) {
      return name;
    }
    if (mangledNames != null && !mangledNames.contains(name)) {
      return name;
    }
    return Symtable.mangle(privateName, name);
  }

  /** The class name private names are mangled with here, or null outside classes. */
  public String privateName() {
    return privateName;
  }

  /**
   * The parameter names in co_varnames order: positional-only, positional, keyword-only,
   * *args, **kwargs. A comprehension's only parameter is {@code .0} (the outermost
   * iterator); a TYPE_PARAMETERS scope of a def has {@code .defaults} and, when a
   * keyword-only parameter has a default, {@code .kwdefaults}. CPython's compiler starts
   * co_varnames with these and appends the other fast locals in the order its code
   * generator first emits them.
   */
  public List<String> varnames() {
    return Collections.unmodifiableList(varnames);
  }

  /**
   * The cells in the order CPython's compiler numbers them (its {@code u_cellvars}): the
   * names whose scope is CELL or that carry {@link Symbol#DEF_COMP_CELL}, sorted by code
   * point, then {@code __class__} if {@link #needsClassClosure()} and {@code __classdict__}
   * if {@link #needsClassdict()}. co_cellvars is not quite this order: see
   * {@link #coCellvars}.
   */
  public List<String> cellvars() {
    List<String> out = sortedNames(SymbolScope.CELL, Symbol.DEF_COMP_CELL);
    if (needsClassClosure) {
      out.add("__class__");
    }
    if (needsClassdict) {
      out.add("__classdict__");
    }
    return out;
  }

  /**
   * co_cellvars of this scope's code object given its co_varnames: CPython lays out the
   * frame as the fast locals, then the cells that are not fast locals, then the free
   * variables, and co_cellvars lists the cells in that layout's order. So a cell that is
   * also in co_varnames (a parameter captured by an inner function, or a cell of an inlined
   * comprehension) comes first, in co_varnames order; the others follow in
   * {@link #cellvars()} order.
   */
  public List<String> coCellvars(List<String> coVarnames) {
    List<String> cells = cellvars();
    List<String> out = new ArrayList<>();
    for (String v : coVarnames) {
      if (cells.contains(v)) {
        out.add(v);
      }
    }
    for (String c : cells) {
      if (!coVarnames.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * co_freevars as CPython's compiler orders them: the names whose scope is FREE or that
   * carry {@link Symbol#DEF_FREE_CLASS}, sorted by code point. In the code object they come
   * after the cells, in this order.
   */
  public List<String> freevars() {
    return sortedNames(SymbolScope.FREE, Symbol.DEF_FREE_CLASS);
  }

  private List<String> sortedNames(SymbolScope scope, int flag) {
    List<String> out = new ArrayList<>();
    for (Symbol s : symbols.values()) {
      if (s.scope() == scope || s.has(flag)) {
        out.add(s.name());
      }
    }
    out.sort(Symtable.CODE_POINT_ORDER);
    return out;
  }

  public ComprehensionKind comprehension() {
    return comprehension;
  }

  /** Contains yield or yield from, or is a generator expression. */
  public boolean isGenerator() {
    return generator;
  }

  /**
   * An async def, or a scope with await / async for / async with-comprehension (including a
   * non-generator comprehension with an async part, which makes its parent a coroutine too).
   */
  public boolean isCoroutine() {
    return coroutine;
  }

  public boolean hasVarargs() {
    return varargs;
  }

  public boolean hasVarkeywords() {
    return varkeywords;
  }

  /** Has a {@code return} with a value. */
  public boolean returnsValue() {
    return returnsValue;
  }

  /**
   * For a class: a method uses {@code __class__} or {@code super}, so the class body needs a
   * {@code __class__} cell (appended to co_cellvars) that the class object is stored into.
   */
  public boolean needsClassClosure() {
    return needsClassClosure;
  }

  /**
   * For a class: an annotation scope inside it (type parameters, type alias, type variable)
   * reads the class namespace, so the class body needs a {@code __classdict__} cell.
   */
  public boolean needsClassdict() {
    return needsClassdict;
  }

  /** For a comprehension: its code is inlined into the enclosing scope's (PEP 709). */
  public boolean isInlined() {
    return compInlined;
  }

  /**
   * A PEP 695 scope directly inside a class (or inside such a scope): free names bound in
   * the class are read from the class namespace via {@code __classdict__} first.
   */
  public boolean canSeeClassScope() {
    return canSeeClassScope;
  }

  /**
   * The code object flags CPython's {@code compute_code_flags} derives from this scope:
   * CO_OPTIMIZED | CO_NEWLOCALS for function-like scopes, with CO_NESTED, CO_VARARGS,
   * CO_VARKEYWORDS, CO_GENERATOR or CO_ASYNC_GENERATOR as they apply, and CO_COROUTINE for a
   * coroutine that is not a generator. Future-feature flags are not included.
   */
  public int codeFlags() {
    int f = 0;
    if (kind.isFunctionLike()) {
      f |= org.pyjit.bytecode.CodeObject.CO_OPTIMIZED | org.pyjit.bytecode.CodeObject.CO_NEWLOCALS;
      if (nested) {
        f |= org.pyjit.bytecode.CodeObject.CO_NESTED;
      }
      if (generator) {
        f |= coroutine ? org.pyjit.bytecode.CodeObject.CO_ASYNC_GENERATOR : org.pyjit.bytecode.CodeObject.CO_GENERATOR;
      }
      if (varargs) {
        f |= org.pyjit.bytecode.CodeObject.CO_VARARGS;
      }
      if (varkeywords) {
        f |= org.pyjit.bytecode.CodeObject.CO_VARKEYWORDS;
      }
    }
    if (coroutine && !generator) {
      f |= org.pyjit.bytecode.CodeObject.CO_COROUTINE;
    }
    return f;
  }

  @Override
  public String toString() {
    return "<" + kind.pyName + " " + name + " line " + pos.lineno() + ">";
  }
}
