package org.pyjit.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Node;
import org.pyjit.ast.TypeParam;
import org.pyjit.parse.SyntaxErrorException;

/**
 * The symbol table of one module: every scope of the program with its names resolved to
 * LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, as CPython 3.13's symtable.c
 * computes them, for the bytecode compiler to consult.
 *
 * <p>Contract: {@link #build} gives the same tree of scopes, symbols, flags and errors as
 * CPython 3.13 building the symbol table of the same AST: the future statements are read
 * first (future.c), then one pass collects what each block does with each name, then a
 * second pass resolves scopes, creates cells, and inlines list/set/dict comprehensions
 * (PEP 709). The SyntaxErrors it throws are the ones CPython raises in those steps, with
 * CPython's messages and locations; errors CPython's code generator raises later (break
 * outside loop, await outside async function, assignments to {@code __debug__}, a future
 * import after other statements, ...) are not checked here.
 *
 * <p>It knows nothing of bytecode: lookups are by AST node identity, as CPython's compiler
 * looks up blocks by node address.
 *
 * <p>What Python's {@code symtable} module shows is the table of the unoptimized AST. CPython's
 * {@code compile()} builds it after its AST optimizer has replaced {@code __debug__} reads
 * with a constant, so compiled code has no {@code __debug__} symbol; {@link Options#foldDebug}
 * gives that view for an AST that has not been optimized.
 *
 * <p>The builder and analyzer recurse once per AST nesting level, like the parser: run them
 * on a thread with a stack as large as the parser needs (up to CPython's limit of 10,000
 * levels, beyond which {@link CompilerRecursionException} is CPython's RecursionError).
 */
public final class Symtable {
  /**
   * Build options.
   *
   * @param futureFlags CO_FUTURE_* flags in effect besides the module's own future
   *     statements (compile()'s flags argument)
   * @param foldDebug treat reads of {@code __debug__} as the constant CPython's AST
   *     optimizer makes of them (no symbol), as CPython's compile() sees them
   */
  public record Options(int futureFlags, boolean foldDebug) {
    public static final Options DEFAULT = new Options(0, false);
  }

  /** Python's str ordering (by code point), which CPython uses to sort cell and free names. */
  public static final Comparator<String> CODE_POINT_ORDER = Symtable::compareCodePoints;

  Scope top;
  private final FutureFeatures future;
  final Map<Node, Scope> scopes = new IdentityHashMap<>();
  final Map<Node, Scope> typeParamScopes = new IdentityHashMap<>();
  final Map<TypeParam, Scope> boundScopes = new IdentityHashMap<>();
  final Map<TypeParam, Scope> defaultScopes = new IdentityHashMap<>();
  final Map<Node, Scope> annotationScopes = new IdentityHashMap<>();
  final List<Scope> all = new ArrayList<>();

  Symtable(FutureFeatures future) {
    this.future = future;
  }

  /** {@link #build(Mod, String, String, Options)} with the default options. */
  public static Symtable build(Mod mod, String filename, String source) {
    return build(mod, filename, source, Options.DEFAULT);
  }

  /**
   * Builds the symbol table of a Module, Interactive or Expression.
   *
   * @param filename the file name errors carry
   * @param source the source text, for the line errors show (null: errors have no text, as
   *     with CPython's compile() of a string)
   * @throws SyntaxErrorException CPython's future-statement and symbol table errors
   * @throws CompilerRecursionException the AST nests deeper than CPython's compiler allows
   */
  public static Symtable build(Mod mod, String filename, String source, Options options) {
    if (mod instanceof Mod.FunctionType) {
      throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
    }
    SymtableErrors errors = new SymtableErrors(filename, source);
    FutureFeatures f = FutureFeatures.of(mod, errors);
    if (options.futureFlags() != 0) {
      f = new FutureFeatures(f.flags() | options.futureFlags(), f.location());
    }
    Symtable st = new SymtableBuilder(errors, f, options.foldDebug()).build(mod);
    new ScopeAnalyzer(errors).analyze(st.top);
    for (Scope s : st.all) {
      s.freeze();
    }
    return st;
  }

  /** The module's scope. */
  public Scope top() {
    return top;
  }

  /** The module's future features (with {@link Options#futureFlags} added). */
  public FutureFeatures future() {
    return future;
  }

  /**
   * The scope created for {@code node}: the module node, a def, async def or class
   * statement, a lambda, a list/set/dict comprehension or generator expression (inlined
   * ones included), or a type alias statement (its TYPE_ALIAS value scope). Null if the
   * node has no scope.
   */
  public Scope scope(Node node) {
    return scopes.get(node);
  }

  /**
   * The TYPE_PARAMETERS scope of a generic def, async def, class or type alias statement,
   * or null if it has no type parameters.
   */
  public Scope typeParamsScope(Node statement) {
    return typeParamScopes.get(statement);
  }

  /** The TYPE_VARIABLE scope of a TypeVar's bound or constraints, or null. */
  public Scope boundScope(TypeParam param) {
    return boundScopes.get(param);
  }

  /** The TYPE_VARIABLE scope of a type parameter's default (PEP 696), or null. */
  public Scope defaultScope(TypeParam param) {
    return defaultScopes.get(param);
  }

  /**
   * Under {@code from __future__ import annotations}: the ANNOTATION scope of a def's
   * parameter annotations (key: the def statement) or of one annotation (key: the
   * annotation expression of a return or an annotated assignment). Null otherwise.
   */
  public Scope annotationScope(Node node) {
    return annotationScopes.get(node);
  }

  /** Every scope, in creation order (the module first), inlined and annotation ones too. */
  public List<Scope> allScopes() {
    return List.copyOf(all);
  }

  /**
   * CPython's private name mangling ({@code _Py_Mangle}): {@code __spam} inside class
   * {@code _Ham} becomes {@code _Ham__spam}. Names not starting with two underscores, ending
   * with two underscores, or containing a dot are unchanged, and so is everything when the
   * class name is null or only underscores.
   */
  public static String mangle(String privateName, String name) {
    if (privateName == null || !name.startsWith("__")) {
      return name;
    }
    if (name.endsWith("__") || name.indexOf('.') >= 0) {
      return name;
    }
    int i = 0;
    while (i < privateName.length() && privateName.charAt(i) == '_') {
      i++;
    }
    if (i == privateName.length()) {
      return name;
    }
    return "_" + privateName.substring(i) + name;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
