package org.pyjit.ast;

import java.util.List;

/** Statements: CPython's {@code stmt} sum type, plus the statement-only helper nodes. */
public sealed interface Stmt extends Node {
  Pos pos();

  record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
      Expr returns, String typeComment, List<TypeParam> typeParams, Pos pos) implements Stmt {}

  record AsyncFunctionDef(String name, Arguments args, List<Stmt> body,
      List<Expr> decoratorList, Expr returns, String typeComment, List<TypeParam> typeParams,
      Pos pos) implements Stmt {}

  record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
      List<Expr> decoratorList, List<TypeParam> typeParams, Pos pos) implements Stmt {}

  record Return(Expr value, Pos pos) implements Stmt {}

  record Delete(List<Expr> targets, Pos pos) implements Stmt {}

  record Assign(List<Expr> targets, Expr value, String typeComment, Pos pos) implements Stmt {}

  record TypeAlias(Expr name, List<TypeParam> typeParams, Expr value, Pos pos)
      implements Stmt {}

  record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {}

  record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Pos pos)
      implements Stmt {}

  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
      Pos pos) implements Stmt {}

  record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
      String typeComment, Pos pos) implements Stmt {}

  record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

  record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

  record With(List<WithItem> items, List<Stmt> body, String typeComment, Pos pos)
      implements Stmt {}

  record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Pos pos)
      implements Stmt {}

  record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {}

  record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

  record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody, Pos pos) implements Stmt {}

  record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody, Pos pos) implements Stmt {}

  record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

  record Import(List<Alias> names, Pos pos) implements Stmt {}

  record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {}

  record Global(List<String> names, Pos pos) implements Stmt {}

  record Nonlocal(List<String> names, Pos pos) implements Stmt {}

  /** An expression statement; CPython calls it {@code Expr}. */
  record ExprStmt(Expr value, Pos pos) implements Stmt {
    @Override
    public String typeName() {
      return "Expr";
    }
  }

  record Pass(Pos pos) implements Stmt {}

  record Break(Pos pos) implements Stmt {}

  record Continue(Pos pos) implements Stmt {}

  // ---- helper nodes used only by statements ----

  record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {}

  record Alias(String name, String asname, Pos pos) implements Node {
    @Override
    public String typeName() {
      return "alias";
    }
  }

  record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
    @Override
    public String typeName() {
      return "withitem";
    }
  }

  record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    @Override
    public String typeName() {
      return "match_case";
    }
  }
}
