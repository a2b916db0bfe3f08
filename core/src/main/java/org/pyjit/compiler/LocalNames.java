package org.pyjit.compiler;

import java.util.List;
import java.util.Set;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Stmt;

/**
 * INTERIM scope analysis for a function body (until the full symbol table is merged): the
 * names the body binds (assignment targets, for targets, def names, except-as names, del
 * targets) and the names it declares global. Nested function bodies are not entered.
 */
final class LocalNames {
  private final Set<String> locals;
  private final Set<String> globals;
  /** Whether the body contains yield or yield from (it is a generator function). */
  boolean hasYield;

  LocalNames(Set<String> locals, Set<String> globals) {
    this.locals = locals;
    this.globals = globals;
  }

  void scan(List<Stmt> body) {
    for (Stmt s : body) {
      stmt(s);
      walrusTargets(s);
    }
  }

  /** := binds in the function (also from inside comprehensions), not in nested functions. */
  private void walrusTargets(org.pyjit.ast.Node n) {
    if (n instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name name) {
      locals.add(name.id());
    }
    if (n instanceof Expr.Yield || n instanceof Expr.YieldFrom) {
      hasYield = true;
    }
    if (n instanceof Expr.Lambda || n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef
        || n instanceof Stmt.AsyncFunctionDef) {
      return;
    }
    org.pyjit.ast.Nodes.forEachChild(n, this::walrusTargets);
  }

  private void stmt(Stmt s) {
    switch (s) {
      case Stmt.Assign a -> a.targets().forEach(this::target);
      case Stmt.AugAssign a -> target(a.target());
      case Stmt.AnnAssign a -> target(a.target());
      case Stmt.For f -> {
        target(f.target());
        scan(f.body());
        scan(f.orelse());
      }
      case Stmt.While w -> {
        scan(w.body());
        scan(w.orelse());
      }
      case Stmt.If i -> {
        scan(i.body());
        scan(i.orelse());
      }
      case Stmt.Try t -> {
        scan(t.body());
        for (Stmt.ExceptHandler h : t.handlers()) {
          if (h.name() != null) {
            locals.add(h.name());
          }
          scan(h.body());
        }
        scan(t.orelse());
        scan(t.finalbody());
      }
      case Stmt.FunctionDef f -> locals.add(f.name());
      case Stmt.ClassDef c -> locals.add(c.name());
      case Stmt.Delete d -> d.targets().forEach(this::target);
      case Stmt.Global g -> globals.addAll(g.names());
      default -> { }
    }
  }

  private void target(Expr e) {
    switch (e) {
      case Expr.Name n -> locals.add(n.id());
      case Expr.TupleExpr t -> t.elts().forEach(this::target);
      case Expr.ListExpr l -> l.elts().forEach(this::target);
      case Expr.Starred st -> target(st.value());
      default -> { }
    }
  }
}
