package org.pyjit.compiler;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Node;
import org.pyjit.ast.Pattern;
import org.pyjit.ast.Pos;
import org.pyjit.ast.Stmt;
import org.pyjit.ast.TypeParam;

/**
 * The first pass of the symbol table: walks the AST once, creating a {@link Scope} per block
 * and recording what each block does with each name (bound, used, parameter, declared
 * global or nonlocal, imported, annotated, ...), with the errors CPython 3.13 raises during
 * that walk.
 *
 * <p>Contract: the walk visits nodes in the order CPython's symtable.c does, because that
 * order is observable: it fixes the order of each block's children (defaults before
 * decorators before type parameters before annotations before the body; all dict keys
 * before all dict values; a dict comprehension's value before its key), the order of
 * symbols, and which error wins when a program has several. Names are mangled as they are
 * recorded; the walrus of a comprehension binds in the nearest enclosing function or
 * module.
 */
final class SymtableBuilder {
  private static final String GLOBAL_PARAM = "name '%s' is parameter and global";
  private static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
  private static final String GLOBAL_AFTER_ASSIGN =
      "name '%s' is assigned to before global declaration";
  private static final String NONLOCAL_AFTER_ASSIGN =
      "name '%s' is assigned to before nonlocal declaration";
  private static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
  private static final String NONLOCAL_AFTER_USE =
      "name '%s' is used prior to nonlocal declaration";
  private static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
  private static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
  private static final String IMPORT_STAR = "import * only allowed at module level";
  private static final String NAMED_EXPR_COMP_IN_CLASS =
      "assignment expression within a comprehension cannot be used in a class body";
  private static final String NAMED_EXPR_COMP_IN_TYPEVAR_BOUND =
      "assignment expression within a comprehension cannot be used in a TypeVar bound";
  private static final String NAMED_EXPR_COMP_IN_TYPEALIAS =
      "assignment expression within a comprehension cannot be used in a type alias";
  private static final String NAMED_EXPR_COMP_IN_TYPEPARAM =
      "assignment expression within a comprehension cannot be used within the definition of"
          + " a generic";
  private static final String NAMED_EXPR_COMP_CONFLICT =
      "assignment expression cannot rebind comprehension iteration variable '%s'";
  private static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
      "comprehension inner loop cannot rebind assignment expression target '%s'";
  private static final String NAMED_EXPR_COMP_ITER_EXPR =
      "assignment expression cannot be used in a comprehension iterable expression";
  private static final String DUPLICATE_ARGUMENT =
      "duplicate argument '%s' in function definition";
  private static final String DUPLICATE_TYPE_PARAM = "duplicate type parameter '%s'";

  /**
   * CPython counts nested visits of statements, expressions, patterns and type parameters
   * against Py_C_RECURSION_LIMIT, starting from the C stack depth of its caller, which is 0
   * when it compiles a script.
   */
  static final int RECURSION_LIMIT = 10_000;

  private final SymtableErrors errors;
  private final FutureFeatures future;
  private int depth;
  private final boolean foldDebug;
  private final ArrayDeque<Scope> stack = new ArrayDeque<>();
  private Symtable table;
  private Scope cur;
  /** The module's symbols: a global declaration anywhere also records DEF_GLOBAL there. */
  private Map<String, Integer> global;
  /** CPython's st_private: the name of the class private names are mangled with. */
  private String privateName;

  SymtableBuilder(SymtableErrors errors, FutureFeatures future, boolean foldDebug) {
    this.errors = errors;
    this.future = future;
    this.foldDebug = foldDebug;
  }

  Symtable build(Mod mod) {
    table = new Symtable(future);
    Scope top = enterBlock("top", ScopeKind.MODULE, mod, new Pos(0, 0, 0, 0), table.scopes);
    table.top = top;
    if (mod instanceof Mod.Module m) {
      visitStmts(m.body());
    } else if (mod instanceof Mod.Interactive m) {
      visitStmts(m.body());
    } else if (mod instanceof Mod.Expression m) {
      visitExpr(m.body());
    } else if (mod instanceof Mod.FunctionType m) {
      throw new IllegalArgumentException("FunctionType");
    } else {
      throw new IllegalStateException("unexpected " + mod);
    }
    exitBlock();
    return table;
  }

  // ---- blocks ----

  private Scope enterBlock(String name, ScopeKind kind, Node key, Pos pos) {
    Scope prev = cur;
    Scope ste = new Scope(kind, name, key, pos, prev);
    table.all.add(ste);
    stack.push(ste);
    if (prev != null) {
      // bpo-37757: a walrus anywhere inside a comprehension's iterable is refused, even in a
      // nested lambda or comprehension.
      ste.compIterExpr = prev.compIterExpr;
      if (prev.mangledNames != null && kind != ScopeKind.CLASS) {
        ste.mangledNames = prev.mangledNames;
      }
    }
    ste.privateName = privateName;
    cur = ste;
    if (kind == ScopeKind.ANNOTATION) {
      return ste;
    }
    if (kind == ScopeKind.MODULE) {
      global = ste.flags;
    }
    if (prev != null) {
      prev.children.add(ste);
    }
    return ste;
  }

  /** Enters a block and records it under {@code key} for the compiler's lookups. */
  private <K extends Node> Scope enterBlock(String name, ScopeKind kind, K key, Pos pos,
      Map<K, Scope> registry) {
    Scope s = enterBlock(name, kind, key, pos);
    registry.put(key, s);
    return s;
  }

  private void exitBlock() {
    stack.pop();
    cur = stack.peek();
  }

  private void setPrivate(String name) {
    privateName = name;
    cur.privateName = name;
  }

  // ---- definitions ----

  private void addDef(String name, int flag, Pos pos) {
    if ((flag & Symbol.DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
      cur.mangledNames.add(name);
    }
    addDefHelper(name, flag, cur, pos);
  }

  /** CPython's {@code _Py_MaybeMangle(st_private, ste, name)}. */
  private String mangle(Scope ste, String name) {
    if (privateName == null || ste.mangledNames != null && !ste.mangledNames.contains(name)) {
      return name;
    }
    return Symtable.mangle(privateName, name);
  }

  private void addDefHelper(String name, int flag, Scope ste, Pos pos) {
    String mangled = mangle(cur, name);
    Integer old = ste.flags.get(mangled);
    int val;
    if (old != null) {
      val = old;
      if ((flag & Symbol.DEF_PARAM) != 0 && (val & Symbol.DEF_PARAM) != 0) {
        throw errors.ranged(DUPLICATE_ARGUMENT.formatted(name), pos);
      }
      if ((flag & Symbol.DEF_TYPE_PARAM) != 0 && (val & Symbol.DEF_TYPE_PARAM) != 0) {
        throw errors.ranged(DUPLICATE_TYPE_PARAM.formatted(name), pos);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if ((val & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0) {
        throw errors.ranged(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT.formatted(name), pos);
      }
      val |= Symbol.DEF_COMP_ITER;
    }
    ste.flags.put(mangled, val);
    if ((flag & Symbol.DEF_PARAM) != 0) {
      ste.varnames.add(mangled);
    } else if ((flag & Symbol.DEF_GLOBAL) != 0) {
      global.merge(mangled, flag, (a, b) -> a | b);
    }
  }

  private int lookup(String name) {
    return cur.flags.getOrDefault(mangle(cur, name), 0);
  }

  private void recordDirective(String name, Pos pos) {
    cur.directives.add(Map.entry(mangle(cur, name), pos));
  }

  // ---- statements ----

  private void visitStmts(List<Stmt> body) {
    for (Stmt s : body) {
      visitStmt(s);
    }
  }

  private void enter() {
    if (++depth > RECURSION_LIMIT) {
      throw new CompilerRecursionException();
    }
  }

  private void visitStmt(Stmt s) {
    enter();
    visitStmtBody(s);
    depth--;
  }

  private void visitStmtBody(Stmt s) {
    if (s instanceof Stmt.FunctionDef f) {
      visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(),
          f.returns(), f.typeParams(), false);
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      visitFunction(s, f.name(), f.args(), f.body(),
          f.decoratorList(), f.returns(), f.typeParams(), true);
    } else if (s instanceof Stmt.ClassDef c) {
      visitClass(c);
    } else if (s instanceof Stmt.TypeAlias t) {
      visitTypeAlias(t);
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) {
        visitExpr(r.value());
        cur.returnsValue = true;
      }
    } else if (s instanceof Stmt.Delete d) {
      visitExprs(d.targets());
    } else if (s instanceof Stmt.Assign a) {
      visitExprs(a.targets());
      visitExpr(a.value());
    } else if (s instanceof Stmt.AnnAssign a) {
      visitAnnAssign(a);
    } else if (s instanceof Stmt.AugAssign a) {
      visitExpr(a.target());
      visitExpr(a.value());
    } else if (s instanceof Stmt.For f) {
      visitExpr(f.target());
      visitExpr(f.iter());
      visitStmts(f.body());
      visitStmts(f.orelse());
    } else if (s instanceof Stmt.AsyncFor f) {
      visitExpr(f.target());
      visitExpr(f.iter());
      visitStmts(f.body());
      visitStmts(f.orelse());
    } else if (s instanceof Stmt.While w) {
      visitExpr(w.test());
      visitStmts(w.body());
      visitStmts(w.orelse());
    } else if (s instanceof Stmt.If i) {
      visitExpr(i.test());
      visitStmts(i.body());
      visitStmts(i.orelse());
    } else if (s instanceof Stmt.With w) {
      visitWithItems(w.items());
      visitStmts(w.body());
    } else if (s instanceof Stmt.AsyncWith w) {
      visitWithItems(w.items());
      visitStmts(w.body());
    } else if (s instanceof Stmt.Match m) {
      visitExpr(m.subject());
      for (Stmt.MatchCase c : m.cases()) {
        visitPattern(c.pattern());
        if (c.guard() != null) {
          visitExpr(c.guard());
        }
        visitStmts(c.body());
      }
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) {
        visitExpr(r.exc());
        if (r.cause() != null) {
          visitExpr(r.cause());
        }
      }
    } else if (s instanceof Stmt.Try t) {
      visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
    } else if (s instanceof Stmt.TryStar t) {
      visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
    } else if (s instanceof Stmt.Assert a) {
      visitExpr(a.test());
      if (a.msg() != null) {
        visitExpr(a.msg());
      }
    } else if (s instanceof Stmt.Import i) {
      visitAliases(i.names());
    } else if (s instanceof Stmt.ImportFrom i) {
      visitAliases(i.names());
    } else if (s instanceof Stmt.Global g) {
      visitDeclaration(g.names(), g.pos(), true);
    } else if (s instanceof Stmt.Nonlocal n) {
      visitDeclaration(n.names(), n.pos(), false);
    } else if (s instanceof Stmt.ExprStmt e) {
      visitExpr(e.value());
    } else if (s instanceof Stmt.Pass p) {
    } else if (s instanceof Stmt.Break b) {
    } else if (s instanceof Stmt.Continue c) {
    } else {
      throw new IllegalStateException("unexpected " + s);
    }
  }

  private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body,
      List<Expr> decorators, Expr returns, List<TypeParam> typeParams, boolean async) {
    addDef(name, Symbol.DEF_LOCAL, s.pos());
    visitExprs(args.defaults());
    visitExprsWithNull(args.kwDefaults());
    visitExprs(decorators);
    boolean generic = !typeParams.isEmpty();
    if (generic) {
      // CPython tests the defaults sequence for NULL, which a parsed def never has: every
      // generic def gets the .defaults parameter.
      enterTypeParamBlock(name, s, true, hasKwonlyDefaults(args), false, s.pos());
      visitTypeParams(typeParams);
    }
    visitAnnotations(s, args, returns);
    enterBlock(name, ScopeKind.FUNCTION, s, s.pos(), table.scopes);
    if (async) {
      cur.coroutine = true;
    }
    visitArguments(args);
    visitStmts(body);
    exitBlock();
    if (generic) {
      exitBlock();
    }
  }

  private static boolean hasKwonlyDefaults(Arguments args) {
    for (int i = 0; i < args.kwonlyargs().size(); i++) {
      if (args.kwDefaults().get(i) != null) {
        return true;
      }
    }
    return false;
  }

  private void visitClass(Stmt.ClassDef c) {
    addDef(c.name(), Symbol.DEF_LOCAL, c.pos());
    visitExprs(c.decoratorList());
    String saved = privateName;
    boolean generic = !c.typeParams().isEmpty();
    if (generic) {
      enterTypeParamBlock(c.name(), c, false, false, true, c.pos());
      setPrivate(c.name());
      cur.mangledNames = new HashSet<>();
      visitTypeParams(c.typeParams());
    }
    visitExprs(c.bases());
    for (Expr.Keyword k : c.keywords()) {
      visitExpr(k.value());
    }
    enterBlock(c.name(), ScopeKind.CLASS, c, c.pos(), table.scopes);
    setPrivate(c.name());
    if (generic) {
      addDef("__type_params__", Symbol.DEF_LOCAL, c.pos());
      addDef(".type_params", Symbol.USE, c.pos());
    }
    visitStmts(c.body());
    exitBlock();
    if (generic) {
      exitBlock();
    }
    privateName = saved;
  }

  private void visitTypeAlias(Stmt.TypeAlias t) {
    visitExpr(t.name());
    String name = ((Expr.Name) t.name()).id();
    boolean inClass = cur.kind() == ScopeKind.CLASS;
    boolean generic = !t.typeParams().isEmpty();
    if (generic) {
      enterTypeParamBlock(name, t, false, false, false, t.pos());
      visitTypeParams(t.typeParams());
    }
    enterBlock(name, ScopeKind.TYPE_ALIAS, t, t.pos(), table.scopes);
    cur.canSeeClassScope = inClass;
    if (inClass) {
      addDef("__classdict__", Symbol.USE, t.value().pos());
    }
    visitExpr(t.value());
    exitBlock();
    if (generic) {
      exitBlock();
    }
  }

  private void enterTypeParamBlock(String name, Stmt key, boolean hasDefaults,
      boolean hasKwDefaults, boolean isClass, Pos pos) {
    ScopeKind current = cur.kind();
    enterBlock(name, ScopeKind.TYPE_PARAMETERS, key, pos, table.typeParamScopes);
    if (current == ScopeKind.CLASS) {
      cur.canSeeClassScope = true;
      addDef("__classdict__", Symbol.USE, pos);
    }
    if (isClass) {
      // set when the type params tuple is made, used when the bases are built
      addDef(".type_params", Symbol.DEF_LOCAL, pos);
      addDef(".type_params", Symbol.USE, pos);
      addDef(".generic_base", Symbol.DEF_LOCAL, pos);
      addDef(".generic_base", Symbol.USE, pos);
    }
    if (hasDefaults) {
      addDef(".defaults", Symbol.DEF_PARAM, pos);
    }
    if (hasKwDefaults) {
      addDef(".kwdefaults", Symbol.DEF_PARAM, pos);
    }
  }

  private void visitTypeParams(List<TypeParam> params) {
    for (TypeParam tp : params) {
      enter();
      switch (tp) {
        case TypeParam.TypeVar v -> {
          addDef(v.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, v.pos());
          String info = v.bound() instanceof Expr.TupleExpr ? "a TypeVar constraint"
              : "a TypeVar bound";
          visitBoundOrDefault(v.bound(), v.name(), tp, info, table.boundScopes);
          visitBoundOrDefault(v.defaultValue(), v.name(), tp, "a TypeVar default",
              table.defaultScopes);
        }
        case TypeParam.TypeVarTuple v -> {
          addDef(v.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, v.pos());
          visitBoundOrDefault(v.defaultValue(), v.name(), tp, "a TypeVarTuple default",
              table.defaultScopes);
        }
        case TypeParam.ParamSpec v -> {
          addDef(v.name(), Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL, v.pos());
          visitBoundOrDefault(v.defaultValue(), v.name(), tp, "a ParamSpec default",
              table.defaultScopes);
        }
      }
      depth--;
    }
  }

  private void visitBoundOrDefault(Expr e, String name, TypeParam key, String info,
      Map<TypeParam, Scope> registry) {
    if (e == null) {
      return;
    }
    boolean inClass = cur.canSeeClassScope;
    enterBlock(name, ScopeKind.TYPE_VARIABLE, key, e.pos(), registry);
    cur.canSeeClassScope = inClass;
    if (inClass) {
      addDef("__classdict__", Symbol.USE, e.pos());
    }
    cur.scopeInfo = info;
    visitExpr(e);
    exitBlock();
  }

  private void visitAnnAssign(Stmt.AnnAssign a) {
    if (a.target() instanceof Expr.Name n) {
      int cur0 = lookup(n.id());
      if ((cur0 & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0 && cur.flags != global
          && a.simple() != 0) {
        String msg = (cur0 & Symbol.DEF_GLOBAL) != 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        throw errors.ranged(msg.formatted(n.id()), a.pos());
      }
      if (a.simple() != 0) {
        addDef(n.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL, n.pos());
      } else if (a.value() != null) {
        addDef(n.id(), Symbol.DEF_LOCAL, n.pos());
      }
    } else {
      visitExpr(a.target());
    }
    visitAnnotation(a.annotation());
    if (a.value() != null) {
      visitExpr(a.value());
    }
  }

  private void visitDeclaration(List<String> names, Pos pos, boolean isGlobal) {
    for (String name : names) {
      int flags = lookup(name);
      if ((flags & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
        String msg;
        if ((flags & Symbol.DEF_PARAM) != 0) {
          msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
        } else if ((flags & Symbol.USE) != 0) {
          msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
        } else if ((flags & Symbol.DEF_ANNOT) != 0) {
          msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        } else {
          msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
        }
        throw errors.ranged(msg.formatted(name), pos);
      }
      addDef(name, isGlobal ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, pos);
      recordDirective(name, pos);
    }
  }

  private void visitTry(List<Stmt> body, List<Stmt.ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody) {
    visitStmts(body);
    for (Stmt.ExceptHandler h : handlers) {
      if (h.type() != null) {
        visitExpr(h.type());
      }
      if (h.name() != null) {
        addDef(h.name(), Symbol.DEF_LOCAL, h.pos());
      }
      visitStmts(h.body());
    }
    visitStmts(orelse);
    visitStmts(finalbody);
  }

  private void visitWithItems(List<Stmt.WithItem> items) {
    for (Stmt.WithItem item : items) {
      visitExpr(item.contextExpr());
      if (item.optionalVars() != null) {
        visitExpr(item.optionalVars());
      }
    }
  }

  private void visitAliases(List<Stmt.Alias> aliases) {
    for (Stmt.Alias a : aliases) {
      String name = a.asname() == null ? a.name() : a.asname();
      if (name.equals("*")) {
        if (cur.kind() != ScopeKind.MODULE) {
          throw errors.ranged(IMPORT_STAR, a.pos());
        }
        continue;
      }
      int dot = name.indexOf('.');
      addDef(dot >= 0 ? name.substring(0, dot) : name, Symbol.DEF_IMPORT, a.pos());
    }
  }

  // ---- parameters and annotations ----

  private void visitArguments(Arguments a) {
    for (Arguments.Arg p : a.posonlyargs()) {
      addDef(p.arg(), Symbol.DEF_PARAM, p.pos());
    }
    for (Arguments.Arg p : a.args()) {
      addDef(p.arg(), Symbol.DEF_PARAM, p.pos());
    }
    for (Arguments.Arg p : a.kwonlyargs()) {
      addDef(p.arg(), Symbol.DEF_PARAM, p.pos());
    }
    if (a.vararg() != null) {
      addDef(a.vararg().arg(), Symbol.DEF_PARAM, a.vararg().pos());
      cur.varargs = true;
    }
    if (a.kwarg() != null) {
      addDef(a.kwarg().arg(), Symbol.DEF_PARAM, a.kwarg().pos());
      cur.varkeywords = true;
    }
  }

  /** A def's annotations: one ANNOTATION scope for the parameters, one for the return. */
  private void visitAnnotations(Stmt s, Arguments a, Expr returns) {
    boolean futureAnnotations = future.annotations();
    if (futureAnnotations) {
      enterBlock("_annotation", ScopeKind.ANNOTATION, s, s.pos(), table.annotationScopes);
    }
    visitArgAnnotations(a.posonlyargs());
    visitArgAnnotations(a.args());
    if (a.vararg() != null && a.vararg().annotation() != null) {
      visitExpr(a.vararg().annotation());
    }
    if (a.kwarg() != null && a.kwarg().annotation() != null) {
      visitExpr(a.kwarg().annotation());
    }
    visitArgAnnotations(a.kwonlyargs());
    if (futureAnnotations) {
      exitBlock();
    }
    if (returns != null) {
      visitAnnotation(returns);
    }
  }

  private void visitArgAnnotations(List<Arguments.Arg> args) {
    for (Arguments.Arg p : args) {
      if (p.annotation() != null) {
        visitExpr(p.annotation());
      }
    }
  }

  private void visitAnnotation(Expr annotation) {
    boolean futureAnnotations = future.annotations();
    if (futureAnnotations) {
      enterBlock("_annotation", ScopeKind.ANNOTATION, annotation, annotation.pos(),
          table.annotationScopes);
    }
    visitExpr(annotation);
    if (futureAnnotations) {
      exitBlock();
    }
  }

  // ---- expressions ----

  private void visitExprs(List<Expr> exprs) {
    for (Expr e : exprs) {
      visitExpr(e);
    }
  }

  private void visitExprsWithNull(List<Expr> exprs) {
    for (Expr e : exprs) {
      if (e != null) {
        visitExpr(e);
      }
    }
  }

  private void visitExpr(Expr e) {
    enter();
    visitExprBody(e);
    depth--;
  }

  private void visitExprBody(Expr e) {
    if (e instanceof Expr.NamedExpr n) {
      raiseIfAnnotationBlock("named expression", e);
      visitNamedExpr(n);
    } else if (e instanceof Expr.BoolOp b) {
      visitExprs(b.values());
    } else if (e instanceof Expr.BinOp b) {
      visitExpr(b.left());
      visitExpr(b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      visitExpr(u.operand());
    } else if (e instanceof Expr.Lambda l) {
      visitExprs(l.args().defaults());
      visitExprsWithNull(l.args().kwDefaults());
      enterBlock("lambda", ScopeKind.FUNCTION, e, e.pos(), table.scopes);
      visitArguments(l.args());
      visitExpr(l.body());
      exitBlock();
    } else if (e instanceof Expr.IfExp i) {
      visitExpr(i.test());
      visitExpr(i.body());
      visitExpr(i.orelse());
    } else if (e instanceof Expr.DictExpr d) {
      visitExprsWithNull(d.keys());
      visitExprs(d.values());
    } else if (e instanceof Expr.SetExpr s) {
      visitExprs(s.elts());
    } else if (e instanceof Expr.GeneratorExp g) {
      visitComprehension(e, "genexpr", ComprehensionKind.GENERATOR,
          g.generators(), g.elt(), null);
    } else if (e instanceof Expr.ListComp c) {
      visitComprehension(e, "listcomp", ComprehensionKind.LIST,
          c.generators(), c.elt(), null);
    } else if (e instanceof Expr.SetComp c) {
      visitComprehension(e, "setcomp", ComprehensionKind.SET,
          c.generators(), c.elt(), null);
    } else if (e instanceof Expr.DictComp c) {
      visitComprehension(e, "dictcomp", ComprehensionKind.DICT,
          c.generators(), c.key(), c.value());
    } else if (e instanceof Expr.Yield y) {
      raiseIfAnnotationBlock("yield expression", e);
      if (y.value() != null) {
        visitExpr(y.value());
      }
      yielded(e);
    } else if (e instanceof Expr.YieldFrom y) {
      raiseIfAnnotationBlock("yield expression", e);
      visitExpr(y.value());
      yielded(e);
    } else if (e instanceof Expr.Await a) {
      raiseIfAnnotationBlock("await expression", e);
      visitExpr(a.value());
      cur.coroutine = true;
    } else if (e instanceof Expr.Compare c) {
      visitExpr(c.left());
      visitExprs(c.comparators());
    } else if (e instanceof Expr.Call c) {
      visitExpr(c.func());
      visitExprs(c.args());
      for (Expr.Keyword k : c.keywords()) {
        visitExpr(k.value());
      }
    } else if (e instanceof Expr.FormattedValue f) {
      visitExpr(f.value());
      if (f.formatSpec() != null) {
        visitExpr(f.formatSpec());
      }
    } else if (e instanceof Expr.JoinedStr j) {
      visitExprs(j.values());
    } else if (e instanceof Expr.Constant c) {
    } else if (e instanceof Expr.Attribute a) {
      visitExpr(a.value());
    } else if (e instanceof Expr.Subscript s) {
      visitExpr(s.value());
      visitExpr(s.slice());
    } else if (e instanceof Expr.Starred s) {
      visitExpr(s.value());
    } else if (e instanceof Expr.Slice s) {
      if (s.lower() != null) {
        visitExpr(s.lower());
      }
      if (s.upper() != null) {
        visitExpr(s.upper());
      }
      if (s.step() != null) {
        visitExpr(s.step());
      }
    } else if (e instanceof Expr.Name n) {
      visitName(n);
    } else if (e instanceof Expr.ListExpr l) {
      visitExprs(l.elts());
    } else if (e instanceof Expr.TupleExpr t) {
      visitExprs(t.elts());
    } else {
      throw new IllegalStateException("unexpected " + e);
    }
  }

  private void visitName(Expr.Name n) {
    boolean load = n.ctx() == ExprContext.LOAD;
    if (load && foldDebug && n.id().equals("__debug__")) {
      return;
    }
    addDef(n.id(), load ? Symbol.USE : Symbol.DEF_LOCAL, n.pos());
    // super() without arguments needs the __class__ cell of the enclosing class
    if (load && cur.kind().isFunctionLike() && n.id().equals("super")) {
      addDef("__class__", Symbol.USE, n.pos());
    }
  }

  private void yielded(Expr e) {
    cur.generator = true;
    if (cur.comprehension != ComprehensionKind.NONE) {
      String what = switch (cur.comprehension) {
        case LIST -> "list comprehension";
        case SET -> "set comprehension";
        case DICT -> "dict comprehension";
        default -> "generator expression";
      };
      throw errors.ranged("'yield' inside " + what, e.pos());
    }
  }

  private void raiseIfAnnotationBlock(String what, Expr e) {
    String where = switch (cur.kind()) {
      case ANNOTATION -> "an annotation";
      case TYPE_VARIABLE -> cur.scopeInfo;
      case TYPE_ALIAS -> "a type alias";
      case TYPE_PARAMETERS -> "the definition of a generic";
      default -> null;
    };
    if (where != null) {
      throw errors.ranged(what + " cannot be used within " + where, e.pos());
    }
  }

  private void visitNamedExpr(Expr.NamedExpr n) {
    if (cur.compIterExpr > 0) {
      throw errors.ranged(NAMED_EXPR_COMP_ITER_EXPR, n.pos());
    }
    if (cur.comprehension != ComprehensionKind.NONE) {
      extendNamedExprScope((Expr.Name) n.target());
    }
    visitExpr(n.value());
    visitExpr(n.target());
  }

  /**
   * A walrus target in a comprehension binds in the nearest enclosing function (as a
   * nonlocal of the comprehensions in between, or a global if the function declares it
   * global) or module (as a global); in a class or PEP 695 scope it is an error.
   */
  private void extendNamedExprScope(Expr.Name target) {
    String name = target.id();
    Pos pos = target.pos();
    for (Scope ste : stack) {
      if (ste.comprehension != ComprehensionKind.NONE) {
        int f = ste.flags.getOrDefault(mangle(ste, name), 0);
        if ((f & Symbol.DEF_COMP_ITER) != 0 && (f & Symbol.DEF_LOCAL) != 0) {
          throw errors.ranged(NAMED_EXPR_COMP_CONFLICT.formatted(name), pos);
        }
        continue;
      }
      switch (ste.kind()) {
        case FUNCTION -> {
          int f = ste.flags.getOrDefault(mangle(ste, name), 0);
          addDef(name, (f & Symbol.DEF_GLOBAL) != 0 ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL,
              pos);
          recordDirective(name, pos);
          addDefHelper(name, Symbol.DEF_LOCAL, ste, pos);
          return;
        }
        case MODULE -> {
          addDef(name, Symbol.DEF_GLOBAL, pos);
          recordDirective(name, pos);
          addDefHelper(name, Symbol.DEF_GLOBAL, ste, pos);
          return;
        }
        case CLASS -> throw errors.ranged(NAMED_EXPR_COMP_IN_CLASS, pos);
        case TYPE_PARAMETERS -> throw errors.ranged(NAMED_EXPR_COMP_IN_TYPEPARAM, pos);
        case TYPE_ALIAS -> throw errors.ranged(NAMED_EXPR_COMP_IN_TYPEALIAS, pos);
        case TYPE_VARIABLE -> throw errors.ranged(NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, pos);
        case ANNOTATION -> { }
      }
    }
    throw new IllegalStateException("no scope for a walrus target");
  }

  /**
   * A comprehension: the outermost iterable is evaluated in the enclosing scope, the rest in
   * the comprehension's own function scope, whose single parameter {@code .0} receives the
   * iterator.
   */
  private void visitComprehension(Expr e, String scopeName, ComprehensionKind kind,
      List<Expr.Comprehension> generators, Expr elt, Expr value) {
    boolean isGenerator = kind == ComprehensionKind.GENERATOR;
    Expr.Comprehension outermost = generators.get(0);
    cur.compIterExpr++;
    visitExpr(outermost.iter());
    cur.compIterExpr--;
    enterBlock(scopeName, ScopeKind.FUNCTION, e, e.pos(), table.scopes);
    cur.comprehension = kind;
    if (outermost.isAsync() != 0) {
      cur.coroutine = true;
    }
    addDef(".0", Symbol.DEF_PARAM, cur.pos());
    cur.compIterTarget = true;
    visitExpr(outermost.target());
    cur.compIterTarget = false;
    visitExprs(outermost.ifs());
    for (Expr.Comprehension c : generators.subList(1, generators.size())) {
      cur.compIterTarget = true;
      visitExpr(c.target());
      cur.compIterTarget = false;
      cur.compIterExpr++;
      visitExpr(c.iter());
      cur.compIterExpr--;
      visitExprs(c.ifs());
      if (c.isAsync() != 0) {
        cur.coroutine = true;
      }
    }
    if (value != null) {
      visitExpr(value);
    }
    visitExpr(elt);
    cur.generator = isGenerator;
    boolean isAsync = cur.coroutine && !isGenerator;
    exitBlock();
    if (isAsync) {
      cur.coroutine = true;
    }
  }

  // ---- patterns ----

  private void visitPattern(Pattern p) {
    enter();
    visitPatternBody(p);
    depth--;
  }

  private void visitPatternBody(Pattern p) {
    switch (p) {
      case Pattern.MatchValue v -> visitExpr(v.value());
      case Pattern.MatchSingleton s -> { }
      case Pattern.MatchSequence s -> visitPatterns(s.patterns());
      case Pattern.MatchStar s -> {
        if (s.name() != null) {
          addDef(s.name(), Symbol.DEF_LOCAL, p.pos());
        }
      }
      case Pattern.MatchMapping m -> {
        visitExprs(m.keys());
        visitPatterns(m.patterns());
        if (m.rest() != null) {
          addDef(m.rest(), Symbol.DEF_LOCAL, p.pos());
        }
      }
      case Pattern.MatchClass c -> {
        visitExpr(c.cls());
        visitPatterns(c.patterns());
        visitPatterns(c.kwdPatterns());
      }
      case Pattern.MatchAs a -> {
        if (a.pattern() != null) {
          visitPattern(a.pattern());
        }
        if (a.name() != null) {
          addDef(a.name(), Symbol.DEF_LOCAL, p.pos());
        }
      }
      case Pattern.MatchOr o -> visitPatterns(o.patterns());
    }
  }

  private void visitPatterns(List<Pattern> ps) {
    for (Pattern p : ps) {
      visitPattern(p);
    }
  }
}
