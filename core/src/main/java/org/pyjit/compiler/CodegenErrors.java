package org.pyjit.compiler;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Pattern;
import org.pyjit.ast.Pos;
import org.pyjit.ast.Stmt;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.parse.WarningListener;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Types;

/**
 * The SyntaxErrors CPython 3.13's code generator (compile.c) raises: break / continue
 * outside a loop, return / yield / await outside a function, async constructs outside an
 * async function, assignments to {@code __debug__}, misplaced starred expressions, repeated
 * keyword arguments, a default {@code except:} that is not last, late {@code from __future__}
 * imports, and the pattern errors of {@code match}; and its SyntaxWarnings: {@code is} with
 * a literal, calling or subscripting a literal ("perhaps you missed a comma?"), asserting a
 * tuple.
 *
 * <p>Contract: {@link #check} walks the tree after the symbol table is built and before any
 * code is generated, in the order compile.c visits it (a value before its assignment
 * targets, a function's decorators, defaults and annotations before its body and its name,
 * a class body before its bases, a loop's {@code else} outside the loop, a finally body
 * again where a return / break / continue leaves through it), and throws the first error
 * compile.c would meet, with its message and location. It is a separate pass, not part of
 * {@link CodeGen}, so that these errors are reported even in code pyjit cannot compile yet
 * (async functions), as CPython reports them before running anything. Warnings go to the
 * listener as they are met, as often as compile.c meets them: it compiles a while test
 * and a finally body twice (and a finally body once more where a jump leaves through it).
 */
final class CodegenErrors {
  /** CPython's compiler scope types (u_scope_type) that the checks distinguish. */
  private enum Unit { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

  /** The fblocks that matter here: loops, finally bodies, except* handlers, the rest. */
  private enum BlockKind { LOOP, FINALLY, EXCEPT_STAR, OTHER }

  private record Block(BlockKind kind, List<Stmt> finalbody) {}

  private final Symtable symtable;
  private final SymtableErrors errors;
  private final WarningListener warnings;
  private Scope scope;
  private Unit unit = Unit.MODULE;
  private List<Block> blocks = new ArrayList<>();
  /** The names a pattern being checked binds, and whether it may be irrefutable. */
  private List<String> stores;
  private boolean allowIrrefutable;

  private CodegenErrors(Symtable symtable, SymtableErrors errors, WarningListener warnings) {
    this.symtable = symtable;
    this.errors = errors;
    this.warnings = warnings;
    this.scope = symtable.top();
  }

  /**
   * Throws the first SyntaxError CPython's code generator reports for {@code mod}, after
   * giving {@code warnings} the SyntaxWarnings it reports before that.
   */
  static void check(Mod mod, Symtable symtable, String filename, String source,
      WarningListener warnings) {
    CodegenErrors c = new CodegenErrors(symtable, new SymtableErrors(filename, source),
        warnings);
    if (mod instanceof Mod.Module m) {
      c.stmts(m.body());
    } else if (mod instanceof Mod.Interactive m) {
      c.stmts(m.body());
    } else if (mod instanceof Mod.Expression e) {
      c.expr(e.body());
    } else {
    }
  }

  private SyntaxErrorException error(String msg, Pos p) {
    return errors.ranged(msg, p);
  }

  private void warn(String msg, Pos p) {
    warnings.warning("SyntaxWarning", msg, p.lineno());
  }

  /** compile.c's infer_type: the type name of a display or constant, else null. */
  private static String inferType(Expr e) {
    if (e instanceof Expr.TupleExpr) {
      return "tuple";
    } else if (e instanceof Expr.ListExpr || e instanceof Expr.ListComp) {
      return "list";
    } else if (e instanceof Expr.DictExpr || e instanceof Expr.DictComp) {
      return "dict";
    } else if (e instanceof Expr.SetExpr || e instanceof Expr.SetComp) {
      return "set";
    } else if (e instanceof Expr.GeneratorExp) {
      return "generator";
    } else if (e instanceof Expr.Lambda) {
      return "function";
    } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
      return "str";
    }
    Object v = ConstantFolder.value(e);
    return v == null ? null : Types.typeOf(v).name;
  }

  /** Constant after ast_opt's folding: a Constant node of CPython's tree. */
  private static boolean isConstant(Expr e) {
    return e instanceof Expr.Constant || ConstantFolder.value(e) != null;
  }

  /** compile.c's check_compare: the first is / is not with a literal operand warns. */
  private void checkCompare(Expr left, List<org.pyjit.ast.CmpOperator> ops,
      List<Expr> comparators, Pos pos) {
    boolean leftOk = isIsArg(left);
    Expr leftExpr = left;
    for (int i = 0; i < ops.size(); i++) {
      Expr right = comparators.get(i);
      boolean rightOk = isIsArg(right);
      org.pyjit.ast.CmpOperator op = ops.get(i);
      if (op == org.pyjit.ast.CmpOperator.IS || op == org.pyjit.ast.CmpOperator.IS_NOT) {
        if (!rightOk || !leftOk) {
          String type = inferType(!leftOk ? leftExpr : right);
          warn(op == org.pyjit.ast.CmpOperator.IS
              ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
              : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", pos);
          return;
        }
      }
      leftOk = rightOk;
      leftExpr = right;
    }
  }

  /** Not a literal, or a singleton literal that {@code is} rightly compares. */
  private static boolean isIsArg(Expr e) {
    if (!isConstant(e)) {
      return true;
    }
    Object v = ConstantFolder.value(e);
    return v == null || v == PySingleton.NONE || v == PySingleton.ELLIPSIS
        || v instanceof Boolean;
  }

  /** compile.c's check_caller. */
  private void checkCaller(Expr f) {
    boolean literal = f instanceof Expr.TupleExpr || f instanceof Expr.ListExpr
        || f instanceof Expr.ListComp || f instanceof Expr.DictExpr
        || f instanceof Expr.DictComp || f instanceof Expr.SetExpr || f instanceof Expr.SetComp
        || f instanceof Expr.GeneratorExp || f instanceof Expr.JoinedStr
        || f instanceof Expr.FormattedValue || isConstant(f);
    if (literal) {
      warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?",
          f.pos());
    }
  }

  /** compile.c's check_subscripter and check_index, for a subscript that is read. */
  private void checkSubscript(Expr value, Expr index) {
    boolean notSubscriptable;
    if (value instanceof Expr.SetExpr || value instanceof Expr.SetComp
        || value instanceof Expr.GeneratorExp || value instanceof Expr.Lambda) {
      notSubscriptable = true;
    } else {
      Object v = isConstant(value) ? ConstantFolder.value(value) : null;
      notSubscriptable = v != null && (v == PySingleton.NONE || v == PySingleton.ELLIPSIS
          || v instanceof Long || v instanceof java.math.BigInteger || v instanceof Boolean
          || v instanceof Double || v instanceof org.pyjit.runtime.PyComplex
          || v instanceof org.pyjit.runtime.PySet);
    }
    if (notSubscriptable) {
      warn("'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?",
          value.pos());
      return;
    }
    String indexType = inferType(index);
    if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
      return;
    }
    boolean sequence;
    if (value instanceof Expr.TupleExpr || value instanceof Expr.ListExpr
        || value instanceof Expr.ListComp || value instanceof Expr.JoinedStr
        || value instanceof Expr.FormattedValue) {
      sequence = true;
    } else {
      Object v = isConstant(value) ? ConstantFolder.value(value) : null;
      sequence = v instanceof String || v instanceof org.pyjit.runtime.PyBytes
          || v instanceof org.pyjit.runtime.PyTuple;
    }
    if (sequence) {
      warn(inferType(value) + " indices must be integers or slices, not " + indexType
          + "; perhaps you missed a comma?", value.pos());
    }
  }

  /** compile.c's forbidden_name: __debug__ cannot be bound or deleted. */
  private void forbidden(String name, Pos p, ExprContext ctx) {
    if (name.equals("__debug__")) {
      throw error(ctx == ExprContext.DEL ? "cannot delete __debug__"
          : "cannot assign to __debug__", p);
    }
  }

  // ------------------------------------------------------------------ code units

  private void inUnit(Scope s, Unit u, Runnable body) {
    Scope savedScope = scope;
    Unit savedUnit = unit;
    List<Block> savedBlocks = blocks;
    scope = s;
    unit = u;
    blocks = new ArrayList<>();
    try {
      body.run();
    } finally {
      scope = savedScope;
      unit = savedUnit;
      blocks = savedBlocks;
    }
  }

  private void inBlock(BlockKind kind, List<Stmt> finalbody, Runnable body) {
    blocks.add(new Block(kind, finalbody));
    try {
      body.run();
    } finally {
      blocks.removeLast();
    }
  }

  private void checkDebugArgs(Arguments a) {
    List<Arguments.Arg> all = a.all();
    for (Arguments.Arg arg : all) {
      forbidden(arg.arg(), arg.pos(), ExprContext.STORE);
    }
  }

  private void defaults(Arguments a) {
    exprs(a.defaults());
    for (Expr d : a.kwDefaults()) {
      if (d != null) {
        expr(d);
      }
    }
  }

  /** Annotations are evaluated at definition time unless postponed by the future import. */
  private void annotations(Arguments a, Expr returns) {
    if (symtable.future().annotations()) {
      return;
    }
    List<Arguments.Arg> all = a.all();
    for (Arguments.Arg arg : all) {
      if (arg.annotation() instanceof Expr.Starred st) {
        expr(st.value()); // *args: *Ts (PEP 646) unpacks Ts
      } else if (arg.annotation() != null) {
        expr(arg.annotation());
      }
    }
    if (returns != null) {
      expr(returns);
    }
  }

  private void function(Stmt s, Arguments args, List<Expr> decorators, Expr returns,
      List<Stmt> body, String name, boolean async) {
    checkDebugArgs(args);
    exprs(decorators);
    defaults(args);
    typeParams(s);
    annotations(args, returns);
    inUnit(symtable.scope(s), async ? Unit.ASYNC_FUNCTION : Unit.FUNCTION, () -> stmts(body));
    forbidden(name, s.pos(), ExprContext.STORE);
  }

  /** compile.c's compiler_type_params: no type parameter without a default after one with. */
  private void typeParams(Stmt s) {
    List<org.pyjit.ast.TypeParam> params = s instanceof Stmt.FunctionDef f ? f.typeParams()
        : s instanceof Stmt.AsyncFunctionDef f ? f.typeParams()
        : s instanceof Stmt.ClassDef c ? c.typeParams()
        : s instanceof Stmt.TypeAlias t ? t.typeParams() : List.of();
    boolean seenDefault = false;
    for (org.pyjit.ast.TypeParam tp : params) {
      Expr dflt = switch (tp) {
        case org.pyjit.ast.TypeParam.TypeVar v -> v.defaultValue();
        case org.pyjit.ast.TypeParam.ParamSpec v -> v.defaultValue();
        case org.pyjit.ast.TypeParam.TypeVarTuple v -> v.defaultValue();
      };
      String name = switch (tp) {
        case org.pyjit.ast.TypeParam.TypeVar v -> v.name();
        case org.pyjit.ast.TypeParam.ParamSpec v -> v.name();
        case org.pyjit.ast.TypeParam.TypeVarTuple v -> v.name();
      };
      if (dflt != null) {
        seenDefault = true;
      } else if (seenDefault) {
        throw error("non-default type parameter '" + name + "' follows default type parameter",
            tp.pos());
      }
    }
  }

  // ------------------------------------------------------------------ statements

  private void stmts(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.FunctionDef f) {
      function(f, f.args(), f.decoratorList(), f.returns(), f.body(), f.name(), false);
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      function(f, f.args(), f.decoratorList(), f.returns(), f.body(), f.name(), true);
    } else if (s instanceof Stmt.ClassDef c) {
      exprs(c.decoratorList());
      typeParams(c);
      inUnit(symtable.scope(c), Unit.CLASS, () -> stmts(c.body()));
      callArgs(c.bases(), c.keywords());
      forbidden(c.name(), c.pos(), ExprContext.STORE);
    } else if (s instanceof Stmt.Return r) {
      if (scope.kind() != ScopeKind.FUNCTION) {
        throw error("'return' outside function", s.pos());
      }
      if (r.value() != null && scope.isCoroutine() && scope.isGenerator()) {
        throw error("'return' with value in async generator", s.pos());
      }
      Pos loc = s.pos();
      if (r.value() instanceof Expr.Constant) {
        loc = r.value().pos();
      } else if (r.value() != null) {
        expr(r.value());
      }
      if (r.value() == null || r.value().pos().lineno() != s.pos().lineno()) {
        loc = s.pos();
      }
      unwind(false, loc, r.value() != null && !(r.value() instanceof Expr.Constant));
    } else if (s instanceof Stmt.Delete d) {
      exprs(d.targets());
    } else if (s instanceof Stmt.Assign a) {
      expr(a.value());
      exprs(a.targets());
    } else if (s instanceof Stmt.AugAssign a) {
      if (a.target() instanceof Expr.Attribute t) {
        expr(t.value());
      } else if (a.target() instanceof Expr.Subscript t) {
        expr(t.value());
        expr(t.slice());
      }
      expr(a.value());
      if (a.target() instanceof Expr.Name n) {
        forbidden(n.id(), n.pos(), ExprContext.STORE);
      }
    } else if (s instanceof Stmt.AnnAssign a) {
      annAssign(a);
    } else if (s instanceof Stmt.For f) {
      expr(f.iter());
      inBlock(BlockKind.LOOP, null, () -> {
        expr(f.target());
        stmts(f.body());
      });
      stmts(f.orelse());
    } else if (s instanceof Stmt.AsyncFor f) {
      if (unit != Unit.ASYNC_FUNCTION) {
        throw error("'async for' outside async function", s.pos());
      }
      expr(f.iter());
      inBlock(BlockKind.LOOP, null, () -> {
        expr(f.target());
        stmts(f.body());
      });
      stmts(f.orelse());
    } else if (s instanceof Stmt.While w) {
      inBlock(BlockKind.LOOP, null, () -> {
        expr(w.test());
        stmts(w.body());
        expr(w.test()); // compiled again at the bottom of the loop
      });
      stmts(w.orelse());
    } else if (s instanceof Stmt.If i) {
      expr(i.test());
      stmts(i.body());
      stmts(i.orelse());
    } else if (s instanceof Stmt.With w) {
      with(w.items(), 0, w.body(), null);
    } else if (s instanceof Stmt.AsyncWith w) {
      with(w.items(), 0, w.body(), w.pos());
    } else if (s instanceof Stmt.Match m) {
      match(m);
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) {
        expr(r.exc());
        if (r.cause() != null) {
          expr(r.cause());
        }
      }
    } else if (s instanceof Stmt.Try t) {
      tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
    } else if (s instanceof Stmt.TryStar t) {
      tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
    } else if (s instanceof Stmt.Assert a) {
      if (a.test() instanceof Expr.TupleExpr t && !t.elts().isEmpty()) {
        warn("assertion is always true, perhaps remove parentheses?", s.pos());
      }
      expr(a.test());
      if (a.msg() != null) {
        expr(a.msg());
      }
    } else if (s instanceof Stmt.Import im) {
      for (Stmt.Alias a : im.names()) {
        String stored = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
        forbidden(stored, s.pos(), ExprContext.STORE);
      }
    } else if (s instanceof Stmt.ImportFrom im) {
      if (im.level() == 0 && "__future__".equals(im.module())
          && isAfter(s.pos(), symtable.future().location())) {
        throw error("from __future__ imports must occur at the beginning of the file",
            s.pos());
      }
      for (Stmt.Alias a : im.names()) {
        if (!a.name().equals("*")) {
          forbidden(a.asname() != null ? a.asname() : a.name(), s.pos(), ExprContext.STORE);
        }
      }
    } else if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
    } else if (s instanceof Stmt.Break br) {
      if (!unwind(true, s.pos(), false)) {
        throw error("'break' outside loop", s.pos());
      }
    } else if (s instanceof Stmt.Continue c) {
      if (!unwind(true, s.pos(), false)) {
        throw error("'continue' not properly in loop", s.pos());
      }
    } else if (s instanceof Stmt.TypeAlias t) {
      typeParams(t);
    } else {
      // pass, global, nonlocal
    }
  }

  /** compile.c's location_is_after; no leading future import is a location before all. */
  private static boolean isAfter(Pos a, Pos b) {
    if (b == null) {
      return true;
    }
    return a.lineno() > b.lineno()
        || (a.lineno() == b.lineno() && a.colOffset() > b.endColOffset());
  }

  /**
   * Leaves the blocks of a return, break or continue as compile.c's unwinding does: a
   * finally body on the way is compiled there (outside its own try), an except* handler
   * stops everything. Returns whether a loop was found ({@code toLoop}).
   */
  private boolean unwind(boolean toLoop, Pos loc, boolean preserve) {
    for (int k = blocks.size() - 1; k >= 0; k--) {
      Block top = blocks.get(k);
      if (top.kind() == BlockKind.EXCEPT_STAR) {
        throw error("'break', 'continue' and 'return' cannot appear in an except* block",
            loc);
      }
      if (toLoop && top.kind() == BlockKind.LOOP) {
        return true;
      }
      if (top.kind() == BlockKind.FINALLY) {
        List<Block> saved = blocks;
        blocks = new ArrayList<>(saved.subList(0, k));
        if (preserve) {
          blocks.add(new Block(BlockKind.OTHER, null));
        }
        try {
          stmts(top.finalbody());
        } finally {
          blocks = saved;
        }
      }
    }
    return false;
  }

  private void annAssign(Stmt.AnnAssign a) {
    if (a.value() != null) {
      expr(a.value());
      expr(a.target());
    }
    boolean evaluated = unit == Unit.MODULE || unit == Unit.CLASS;
    if (a.target() instanceof Expr.Name n) {
      forbidden(n.id(), a.pos(), ExprContext.STORE);
      if (a.simple() != 0 && evaluated && !symtable.future().annotations()) {
        expr(a.annotation());
      }
    } else if (a.target() instanceof Expr.Attribute t) {
      forbidden(t.attr(), a.pos(), ExprContext.STORE);
      if (a.value() == null) {
        expr(t.value());
      }
    } else if (a.target() instanceof Expr.Subscript t && a.value() == null) {
      expr(t.value());
      expr(t.slice());
    }
    if (a.simple() == 0 && evaluated && !symtable.future().annotations()) {
      expr(a.annotation());
    }
  }

  private void with(List<Stmt.WithItem> items, int i, List<Stmt> body, Pos asyncPos) {
    if (asyncPos != null && unit != Unit.ASYNC_FUNCTION) {
      throw error("'async with' outside async function", asyncPos);
    }
    Stmt.WithItem item = items.get(i);
    expr(item.contextExpr());
    inBlock(BlockKind.OTHER, null, () -> {
      if (item.optionalVars() != null) {
        expr(item.optionalVars());
      }
      if (i + 1 < items.size()) {
        with(items, i + 1, body, asyncPos);
      } else {
        stmts(body);
      }
    });
  }

  private void tryStmt(List<Stmt> body, List<Stmt.ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody, boolean star) {
    if (!finalbody.isEmpty()) {
      inBlock(BlockKind.FINALLY, finalbody, () -> tryExcept(body, handlers, orelse, star));
      stmts(finalbody);
      inBlock(BlockKind.OTHER, null, () -> stmts(finalbody)); // the exceptional path's copy
    } else {
      tryExcept(body, handlers, orelse, star);
    }
  }

  private void tryExcept(List<Stmt> body, List<Stmt.ExceptHandler> handlers,
      List<Stmt> orelse, boolean star) {
    inBlock(BlockKind.OTHER, null, () -> stmts(body));
    if (handlers.isEmpty()) {
      return;
    }
    stmts(orelse);
    for (int i = 0; i < handlers.size(); i++) {
      Stmt.ExceptHandler h = handlers.get(i);
      if (h.type() == null && i < handlers.size() - 1) {
        throw error("default 'except:' must be last", h.pos());
      }
      if (h.type() != null) {
        expr(h.type());
      }
      if (h.name() != null) {
        forbidden(h.name(), h.pos(), ExprContext.STORE);
      }
      inBlock(star ? BlockKind.EXCEPT_STAR : BlockKind.OTHER, null, () -> stmts(h.body()));
    }
  }

  // ------------------------------------------------------------------ expressions

  private void exprs(List<Expr> es) {
    for (Expr e : es) {
      expr(e);
    }
  }

  /** An element of a display or call argument list: a star unpacks its value. */
  private void element(Expr e) {
    expr(e instanceof Expr.Starred st ? st.value() : e);
  }

  /** Bases and keywords of a class: compile.c's compiler_call_helper. */
  private void callArgs(List<Expr> args, List<Expr.Keyword> keywords) {
    validateKeywords(keywords);
    args.forEach(this::element);
    for (Expr.Keyword k : keywords) {
      expr(k.value());
    }
  }

  /** compile.c's validate_keywords: no __debug__, no keyword given twice. */
  private void validateKeywords(List<Expr.Keyword> keywords) {
    for (int i = 0; i < keywords.size(); i++) {
      Expr.Keyword k = keywords.get(i);
      if (k.arg() == null) {
        continue;
      }
      forbidden(k.arg(), k.pos(), ExprContext.STORE);
      for (int j = i + 1; j < keywords.size(); j++) {
        Expr.Keyword other = keywords.get(j);
        if (k.arg().equals(other.arg())) {
          throw error("keyword argument repeated: " + k.arg(), other.pos());
        }
      }
    }
  }

  private void expr(Expr e) {
    if (e instanceof Expr.BoolOp b) {
      exprs(b.values());
    } else if (e instanceof Expr.NamedExpr n) {
      expr(n.value());
      expr(n.target());
    } else if (e instanceof Expr.BinOp b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      if (u.op() == org.pyjit.ast.UnaryOperator.NOT && u.operand() instanceof Expr.Compare c
          && c.ops().size() == 1) {
        // ast_opt turns not-is into is-not (and not-in into not-in) before compile.c warns
        org.pyjit.ast.CmpOperator op = switch (c.ops().getFirst()) {
          case IS -> org.pyjit.ast.CmpOperator.IS_NOT;
          case IS_NOT -> org.pyjit.ast.CmpOperator.IS;
          default -> c.ops().getFirst();
        };
        checkCompare(c.left(), List.of(op), c.comparators(), c.pos());
        expr(c.left());
        exprs(c.comparators());
      } else {
        expr(u.operand());
      }
    } else if (e instanceof Expr.Lambda l) {
      checkDebugArgs(l.args());
      defaults(l.args());
      inUnit(symtable.scope(l), Unit.LAMBDA, () -> expr(l.body()));
    } else if (e instanceof Expr.IfExp i) {
      expr(i.test());
      expr(i.body());
      expr(i.orelse());
    } else if (e instanceof Expr.DictExpr d) {
      for (int i = 0; i < d.values().size(); i++) {
        if (d.keys().get(i) != null) {
          expr(d.keys().get(i));
        }
        expr(d.values().get(i));
      }
    } else if (e instanceof Expr.SetExpr st) {
      st.elts().forEach(this::element);
    } else if (e instanceof Expr.ListComp c) {
      comprehension(c, c.generators(), List.of(c.elt()), false);
    } else if (e instanceof Expr.SetComp c) {
      comprehension(c, c.generators(), List.of(c.elt()), false);
    } else if (e instanceof Expr.DictComp c) {
      comprehension(c, c.generators(), List.of(c.key(), c.value()), false);
    } else if (e instanceof Expr.GeneratorExp c) {
      comprehension(c, c.generators(), List.of(c.elt()), true);
    } else if (e instanceof Expr.Await a) {
      if (!scope.isFunctionLike()) {
        throw error("'await' outside function", e.pos());
      }
      if (unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
        throw error("'await' outside async function", e.pos());
      }
      expr(a.value());
    } else if (e instanceof Expr.Yield y) {
      if (!scope.isFunctionLike()) {
        throw error("'yield' outside function", e.pos());
      }
      if (y.value() != null) {
        expr(y.value());
      }
    } else if (e instanceof Expr.YieldFrom y) {
      if (!scope.isFunctionLike()) {
        throw error("'yield from' outside function", e.pos());
      }
      if (unit == Unit.ASYNC_FUNCTION) {
        throw error("'yield from' inside async function", e.pos());
      }
      expr(y.value());
    } else if (e instanceof Expr.Compare c) {
      checkCompare(c.left(), c.ops(), c.comparators(), e.pos());
      expr(c.left());
      exprs(c.comparators());
    } else if (e instanceof Expr.Call c) {
      // the keywords are checked before the callee is compiled, and again (no error
      // left by then) before the arguments
      validateKeywords(c.keywords());
      checkCaller(c.func());
      expr(c.func());
      callArgs(c.args(), c.keywords());
    } else if (e instanceof Expr.FormattedValue f) {
      expr(f.value());
      if (f.formatSpec() != null) {
        expr(f.formatSpec());
      }
    } else if (e instanceof Expr.JoinedStr j) {
      exprs(j.values());
    } else if (e instanceof Expr.Attribute a) {
      expr(a.value());
      if (a.ctx() == ExprContext.STORE) {
        forbidden(a.attr(), attributeLocation(a), ExprContext.STORE);
      }
    } else if (e instanceof Expr.Subscript s) {
      if (s.ctx() == ExprContext.LOAD && ConstantFolder.value(s) == null) {
        checkSubscript(s.value(), s.slice());
      }
      expr(s.value());
      expr(s.slice());
    } else if (e instanceof Expr.Starred s) {
      throw error(s.ctx() == ExprContext.STORE
          ? "starred assignment target must be in a list or tuple"
          : "can't use starred expression here", e.pos());
    } else if (e instanceof Expr.Name n) {
      if (n.ctx() != ExprContext.LOAD) {
        forbidden(n.id(), n.pos(), n.ctx());
      }
    } else if (e instanceof Expr.ListExpr l) {
      sequence(l.elts(), l.ctx(), e.pos());
    } else if (e instanceof Expr.TupleExpr t) {
      sequence(t.elts(), t.ctx(), e.pos());
    } else if (e instanceof Expr.Slice s) {
      for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
        if (part != null) {
          expr(part);
        }
      }
    } else {
      // constants
    }
  }

  private void sequence(List<Expr> elts, ExprContext ctx, Pos pos) {
    if (ctx == ExprContext.STORE) {
      boolean seenStar = false;
      for (int i = 0; i < elts.size(); i++) {
        if (elts.get(i) instanceof Expr.Starred) {
          if (seenStar) {
            throw error("multiple starred expressions in assignment", pos);
          }
          if (i >= 1 << 8 || elts.size() - i - 1 >= Integer.MAX_VALUE >> 8) {
            throw error("too many expressions in star-unpacking assignment", pos);
          }
          seenStar = true;
        }
      }
    }
    elts.forEach(this::element);
  }

  /**
   * compile.c's update_start_location_to_match_attr: an attribute on a later line than its
   * object is located at the attribute name.
   */
  private static Pos attributeLocation(Expr.Attribute a) {
    Pos p = a.pos();
    if (p.lineno() == p.endLineno()) {
      return p;
    }
    int len = a.attr().codePointCount(0, a.attr().length());
    int col = len <= p.endColOffset() ? p.endColOffset() - len : -1;
    int endCol = len <= p.endColOffset() ? p.endColOffset() : -1;
    return new Pos(p.endLineno(), col, p.endLineno(), endCol);
  }

  private void comprehension(Expr e, List<Expr.Comprehension> gens, List<Expr> elts,
      boolean genexp) {
    Scope comp = symtable.scope(e);
    boolean inlined = comp != null && comp.isInlined();
    Unit outer = unit;
    if (inlined) {
      expr(gens.getFirst().iter());
      asyncComprehensionCheck(comp, outer, genexp, e.pos());
      generators(gens, elts, true);
    } else {
      inUnit(comp, Unit.COMPREHENSION, () -> {
        asyncComprehensionCheck(comp, outer, genexp, e.pos());
        generators(gens, elts, true);
      });
      expr(gens.getFirst().iter());
    }
  }

  private void asyncComprehensionCheck(Scope comp, Unit outer, boolean genexp, Pos pos) {
    if (comp != null && comp.isCoroutine() && !genexp && outer != Unit.ASYNC_FUNCTION
        && outer != Unit.COMPREHENSION) {
      throw error("asynchronous comprehension outside of an asynchronous function", pos);
    }
  }

  private void generators(List<Expr.Comprehension> gens, List<Expr> elts, boolean first) {
    for (int i = 0; i < gens.size(); i++) {
      Expr.Comprehension g = gens.get(i);
      if (i > 0) {
        expr(g.iter());
      }
      expr(g.target());
      exprs(g.ifs());
    }
    exprs(elts);
  }

  // ------------------------------------------------------------------ match

  private void match(Stmt.Match m) {
    expr(m.subject());
    List<Stmt.MatchCase> cases = m.cases();
    int n = cases.size();
    Stmt.MatchCase last = cases.getLast();
    boolean hasDefault = isWildcard(last.pattern()) && n > 1;
    for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
      Stmt.MatchCase c = cases.get(i);
      stores = new ArrayList<>();
      allowIrrefutable = c.guard() != null || i == n - 1;
      pattern(c.pattern());
      if (c.guard() != null) {
        expr(c.guard());
      }
      stmts(c.body());
    }
    if (hasDefault) {
      if (last.guard() != null) {
        expr(last.guard());
      }
      stmts(last.body());
    }
  }

  private static boolean isWildcard(Pattern p) {
    return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
  }

  private void storeName(String name, Pos p) {
    if (name == null) {
      return;
    }
    forbidden(name, p, ExprContext.STORE);
    if (stores.contains(name)) {
      throw error("multiple assignments to name '" + name + "' in pattern", p);
    }
    stores.add(name);
  }

  /** A pattern nested in a sequence, mapping or class pattern may always be irrefutable. */
  private void subpattern(Pattern p) {
    boolean saved = allowIrrefutable;
    allowIrrefutable = true;
    pattern(p);
    allowIrrefutable = saved;
  }

  private void pattern(Pattern p) {
    switch (p) {
      case Pattern.MatchValue v -> expr(v.value());
      case Pattern.MatchSingleton s -> { }
      case Pattern.MatchSequence s -> {
        boolean star = false;
        for (Pattern sub : s.patterns()) {
          if (sub instanceof Pattern.MatchStar) {
            if (star) {
              throw error("multiple starred names in sequence pattern", p.pos());
            }
            star = true;
          }
        }
        for (Pattern sub : s.patterns()) {
          if (sub instanceof Pattern.MatchStar st) {
            storeName(st.name(), st.pos());
          } else {
            subpattern(sub);
          }
        }
      }
      case Pattern.MatchMapping mm -> {
        List<Object> seen = new ArrayList<>();
        for (Expr key : mm.keys()) {
          Object value = ConstantFolder.value(key);
          if (value != null) {
            for (Object other : seen) {
              if (Ops.eq(other, value)) {
                throw error("mapping pattern checks duplicate key (" + Ops.repr(value) + ")",
                    p.pos());
              }
            }
            seen.add(value);
          }
          expr(key);
        }
        mm.patterns().forEach(this::subpattern);
        storeName(mm.rest(), p.pos());
      }
      case Pattern.MatchClass mc -> {
        for (int i = 0; i < mc.kwdAttrs().size(); i++) {
          String attr = mc.kwdAttrs().get(i);
          forbidden(attr, mc.kwdPatterns().get(i).pos(), ExprContext.STORE);
          for (int j = i + 1; j < mc.kwdAttrs().size(); j++) {
            if (attr.equals(mc.kwdAttrs().get(j))) {
              throw error("attribute name repeated in class pattern: " + attr,
                  mc.kwdPatterns().get(j).pos());
            }
          }
        }
        expr(mc.cls());
        mc.patterns().forEach(this::subpattern);
        mc.kwdPatterns().forEach(this::subpattern);
      }
      case Pattern.MatchStar s -> storeName(s.name(), s.pos());
      case Pattern.MatchAs a -> {
        if (a.pattern() == null) {
          if (!allowIrrefutable) {
            throw error(a.name() != null
                ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                : "wildcard makes remaining patterns unreachable", p.pos());
          }
          storeName(a.name(), p.pos());
        } else {
          pattern(a.pattern());
          storeName(a.name(), p.pos());
        }
      }
      case Pattern.MatchOr o -> matchOr(o);
    }
  }

  private void matchOr(Pattern.MatchOr o) {
    List<String> outer = stores;
    boolean outerAllow = allowIrrefutable;
    List<String> control = null;
    int n = o.patterns().size();
    for (int i = 0; i < n; i++) {
      stores = new ArrayList<>();
      allowIrrefutable = i == n - 1 && outerAllow;
      pattern(o.patterns().get(i));
      if (control == null) {
        control = stores;
      } else if (stores.size() != control.size() || !stores.containsAll(control)) {
        throw error("alternative patterns bind different names", o.pos());
      }
    }
    stores = outer;
    allowIrrefutable = outerAllow;
    for (String name : control) {
      if (stores.contains(name)) {
        throw error("multiple assignments to name '" + name + "' in pattern", o.pos());
      }
      stores.add(name);
    }
  }
}
