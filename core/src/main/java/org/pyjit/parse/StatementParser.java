package org.pyjit.parse;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Operator;
import org.pyjit.ast.Pattern;
import org.pyjit.ast.Pos;
import org.pyjit.ast.Stmt;
import org.pyjit.ast.TypeParam;

/**
 * Statements and blocks, following CPython 3.13's statement rules, plus the specific
 * messages of its invalid_* rules that people meet most: "expected ':'", "expected an
 * indented block after ...", invalid assignment and deletion targets, legacy print, and
 * import and try/except shape errors.
 */
final class StatementParser extends PatternParser {
  StatementParser(Source src, WarningListener sink) {
    super(src, sink);
  }

  // ------------------------------------------------------------------ entry points

  Mod.Module file() {
    return errors(() -> {
      List<Stmt> body = new ArrayList<>();
      while (!at(TokenKind.ENDMARKER)) {
        statement(body);
      }
      return new Mod.Module(body, List.of());
    });
  }

  Mod.Expression evalInput() {
    return errors(() -> {
      while (at(TokenKind.NEWLINE)) {
        next();
      }
      Expr e = expressions();
      if (!at(TokenKind.NEWLINE) && !at(TokenKind.ENDMARKER)) {
        legacyPrint(e);
      }
      while (at(TokenKind.NEWLINE)) {
        next();
      }
      expect(TokenKind.ENDMARKER);
      return new Mod.Expression(e);
    });
  }

  /**
   * A module, where an error met at the end of the input is an {@link IncompleteInput}
   * instead (CPython's PyCF_ALLOW_INCOMPLETE_INPUT, used by the interactive prompt): the
   * parser needed a token past the end, or the tokenizer ended inside a bracket, a string
   * or a continued line. As for CPython's interactive input, other errors are reported
   * without tokenizing the rest of the source first.
   */
  Mod.Module fileAllowingIncomplete() {
    interactive = true;
    try {
      return file();
    } catch (SyntaxErrorException e) {
      if (e.fromTokenizer() ? Tokenizer.endedInside(e) : neededMoreInput()) {
        throw new IncompleteInput(e);
      }
      throw e;
    }
  }

  /** The input ended inside a statement; {@link #error} is what a whole file would get. */
  static final class IncompleteInput extends RuntimeException {
    final SyntaxErrorException error;

    IncompleteInput(SyntaxErrorException error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  /** Runs a start rule and turns its failure into the error CPython would report. */
  private <T> T errors(java.util.function.Supplier<T> rule) {
    try {
      return rule.get();
    } catch (Backtrack b) {
      throw genericError(!interactive);
    } catch (TokenizerError e) {
      throw e.error.markFromTokenizer();
    } catch (SyntaxErrorException e) {
      throw interactive ? e : checkRestOfSource(e);
    }
  }

  // ------------------------------------------------------------------ statements

  /** One statement (a compound statement, or a line of simple ones) appended to out. */
  private void statement(List<Stmt> out) {
    Token t = peek();
    switch (t.kind()) {
      case DEF -> out.add(functionDef(List.of(), null, t));
      case AT -> out.add(decorated());
      case ASYNC -> out.add(asyncStmt());
      case IF -> out.add(ifStmt());
      case CLASS -> out.add(classDef(List.of(), t));
      case WITH -> out.add(withStmt(null));
      case FOR -> out.add(forStmt(null));
      case TRY -> out.add(tryStmt());
      case WHILE -> out.add(whileStmt());
      case INDENT -> throw unexpectedIndent(t);
      default -> {
        if (t.kind() == TokenKind.NAME && t.text().equals("match")) {
          Stmt m = matchStmt();
          if (m != null) {
            out.add(m);
            return;
          }
          int mark = p;
          try {
            simpleStmts(out);
          } catch (Backtrack b) {
            // invalid_match_stmt: "match" subject NEWLINE, when nothing else parses either
            int seen = furthest;
            p = mark;
            RuntimeException e = matchMissingColon(b);
            if (e == b) {
              furthest = seen; // a generic error stays where the first attempt stopped
            }
            throw e;
          }
          return;
        }
        simpleStmts(out);
      }
    }
  }

  private void simpleStmts(List<Stmt> out) {
    out.add(simpleStmt());
    while (accept(TokenKind.SEMI)) {
      if (at(TokenKind.NEWLINE)) {
        break;
      }
      out.add(simpleStmt());
    }
    if (!accept(TokenKind.NEWLINE)) {
      throw BACKTRACK;
    }
  }

  private Stmt simpleStmt() {
    Token t = peek();
    switch (t.kind()) {
      case RETURN -> {
        next();
        Expr v = startsExpression(kind()) || at(TokenKind.STAR) ? starExpressions() : null;
        return new Stmt.Return(v, posFrom(t));
      }
      case IMPORT -> {
        return importName();
      }
      case FROM -> {
        return importFrom();
      }
      case RAISE -> {
        next();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression(kind())) {
          exc = expression();
          if (accept(TokenKind.FROM)) {
            cause = expression();
          }
        }
        return new Stmt.Raise(exc, cause, posFrom(t));
      }
      case PASS -> {
        next();
        return new Stmt.Pass(pos(t, t));
      }
      case BREAK -> {
        next();
        return new Stmt.Break(pos(t, t));
      }
      case CONTINUE -> {
        next();
        return new Stmt.Continue(pos(t, t));
      }
      case DEL -> {
        return delStmt();
      }
      case ASSERT -> {
        next();
        Expr test = expression();
        Expr msg = accept(TokenKind.COMMA) ? expression() : null;
        return new Stmt.Assert(test, msg, posFrom(t));
      }
      case GLOBAL, NONLOCAL -> {
        next();
        List<String> names = new ArrayList<>();
        do {
          names.add(expect(TokenKind.NAME).text());
        } while (accept(TokenKind.COMMA));
        return t.kind() == TokenKind.GLOBAL ? new Stmt.Global(names, posFrom(t))
            : new Stmt.Nonlocal(names, posFrom(t));
      }
      default -> {
        if (t.kind() == TokenKind.NAME && t.text().equals("type")
            && kind(1) == TokenKind.NAME
            && (kind(2) == TokenKind.EQUAL || kind(2) == TokenKind.LSQB)) {
          return typeAlias();
        }
        return exprOrAssignment();
      }
    }
  }

  private Stmt typeAlias() {
    Token kw = next();
    Token name = next();
    List<TypeParam> params = at(TokenKind.LSQB) ? typeParams() : List.of();
    expect(TokenKind.EQUAL);
    Expr value = expression();
    return new Stmt.TypeAlias(new Expr.Name(name.text(), ExprContext.STORE, pos(name, name)),
        params, value, posFrom(kw));
  }

  private Expr annotatedRhs() {
    return at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
  }

  private Stmt exprOrAssignment() {
    Token start = peek();
    Expr e = annotatedRhs();
    Token t = peek();
    switch (t.kind()) {
      case COLON -> {
        return annAssign(start, e);
      }
      case EQUAL -> {
        return assignment(start, e);
      }
      default -> {
        Operator op = augOperator(t.kind());
        if (op != null) {
          if (!(e instanceof Expr.Name || e instanceof Expr.Attribute
              || e instanceof Expr.Subscript)) {
            throw errorAt(e.pos(), e.pos(), "'" + Targets.exprName(e)
                + "' is an illegal expression for augmented assignment");
          }
          next();
          Expr value = annotatedRhs();
          return new Stmt.AugAssign(Targets.withContext(e, ExprContext.STORE), op, value,
              posFrom(start));
        }
        legacyPrint(e);
        return new Stmt.ExprStmt(e, posFrom(start));
      }
    }
  }

  /** invalid_legacy_expression: print x / exec x. */
  private void legacyPrint(Expr e) {
    if (e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
        && startsExpression(kind())) {
      int mark = p;
      int seen = furthest;
      try {
        Expr arg = starExpressions();
        throw errorAt(e.pos(), arg.pos(), "Missing parentheses in call to '" + n.id()
            + "'. Did you mean " + n.id() + "(...)?");
      } catch (Backtrack b) {
        p = mark;
        furthest = seen;
      }
    }
  }

  private Stmt annAssign(Token start, Expr target) {
    if (target instanceof Expr.Name n) {
    } else if (target instanceof Expr.Attribute a) {
    } else if (target instanceof Expr.Subscript s) {
    } else if (target instanceof Expr.TupleExpr tup) {
      // a bare "a, b: int" is reported at its first element, "(a, b): int" whole
      Pos where = start.kind() == TokenKind.LPAR ? target.pos() : tup.elts().getFirst().pos();
      throw errorAt(where, where, "only single target (not tuple) can be annotated");
    } else if (target instanceof Expr.ListExpr l) {
      throw errorAt(target.pos(), target.pos(),
          "only single target (not list) can be annotated");
    } else {
      throw errorAt(target.pos(), target.pos(), "illegal target for annotation");
    }
    next(); // ':'
    Expr ann = expression();
    Expr value = accept(TokenKind.EQUAL) ? annotatedRhs() : null;
    int simple = target instanceof Expr.Name && start.kind() != TokenKind.LPAR ? 1 : 0;
    return new Stmt.AnnAssign(Targets.withContext(target, ExprContext.STORE), ann, value,
        simple, posFrom(start));
  }

  private Stmt assignment(Token start, Expr first) {
    List<Expr> targets = new ArrayList<>();
    targets.add(first);
    Expr value;
    while (true) {
      next(); // '='
      Expr rhs = annotatedRhs();
      if (at(TokenKind.EQUAL)) {
        targets.add(rhs);
        continue;
      }
      value = rhs;
      break;
    }
    List<Expr> stored = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      Expr tgt = targets.get(i);
      boolean parenthesized = i == 0 && start.kind() == TokenKind.LPAR;
      if (i == 0 && targets.size() == 1 && Targets.invalid(tgt, Targets.Mode.STAR) == tgt
          && !(tgt instanceof Expr.GeneratorExp) && !isSingletonConst(tgt)
          && (parenthesized || isBitwiseOrLevel(tgt))) {
        // invalid_named_expression: "a = b" where a is an expression of bitwise_or level
        throw errorAt(tgt.pos(), tgt.pos(), "cannot assign to " + Targets.exprName(tgt)
            + " here. Maybe you meant '==' instead of '='?");
      }
      if ((tgt instanceof Expr.Yield || tgt instanceof Expr.YieldFrom) && !parenthesized) {
        throw errorAt(tgt.pos(), tgt.pos(), "assignment to yield expression not possible");
      }
      stored.add(Targets.store(this, tgt, Targets.Mode.STAR));
    }
    return new Stmt.Assign(stored, value, null, posFrom(start));
  }

  private static Operator augOperator(TokenKind k) {
    return switch (k) {
      case PLUSEQUAL -> Operator.ADD;
      case MINEQUAL -> Operator.SUB;
      case STAREQUAL -> Operator.MULT;
      case ATEQUAL -> Operator.MAT_MULT;
      case SLASHEQUAL -> Operator.DIV;
      case PERCENTEQUAL -> Operator.MOD;
      case AMPEREQUAL -> Operator.BIT_AND;
      case VBAREQUAL -> Operator.BIT_OR;
      case CIRCUMFLEXEQUAL -> Operator.BIT_XOR;
      case LEFTSHIFTEQUAL -> Operator.LSHIFT;
      case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
      case DOUBLESTAREQUAL -> Operator.POW;
      case DOUBLESLASHEQUAL -> Operator.FLOOR_DIV;
      default -> null;
    };
  }

  private Stmt delStmt() {
    Token kw = next();
    List<Expr> targets = new ArrayList<>();
    do {
      if (at(TokenKind.NEWLINE) || at(TokenKind.SEMI)) {
        break;
      }
      Expr e = at(TokenKind.STAR) ? starExpression() : bitwiseOr();
      targets.add(Targets.store(this, e, Targets.Mode.DEL));
    } while (accept(TokenKind.COMMA));
    if (targets.isEmpty()) {
      throw BACKTRACK;
    }
    return new Stmt.Delete(targets, posFrom(kw));
  }

  // ------------------------------------------------------------------ imports

  private Stmt importName() {
    Token kw = next();
    expectNamesAfterImport();
    List<Stmt.Alias> names = new ArrayList<>();
    do {
      Token start = peek();
      String name = dottedName();
      String as = null;
      if (accept(TokenKind.AS)) {
        as = expect(TokenKind.NAME).text();
      }
      names.add(new Stmt.Alias(name, as, posFrom(start)));
    } while (accept(TokenKind.COMMA));
    if (at(TokenKind.FROM) && kind(1) == TokenKind.NAME) {
      // invalid_import: import a from b
      next();
      dottedName();
      throw errorAt(kw, last(), "Did you mean to use 'from ... import ...' instead?");
    }
    return new Stmt.Import(names, posFrom(kw));
  }

  private void expectNamesAfterImport() {
    if (at(TokenKind.NEWLINE)) {
      Token t = peek();
      throw error(SyntaxErrorException.Kind.SYNTAX_ERROR, t.line(), t.start(), t.line(),
          t.start(), "Expected one or more names after 'import'");
    }
  }

  private String dottedName() {
    StringBuilder sb = new StringBuilder(expect(TokenKind.NAME).text());
    while (at(TokenKind.DOT) && kind(1) == TokenKind.NAME) {
      next();
      sb.append('.').append(next().text());
    }
    return sb.toString();
  }

  private Stmt importFrom() {
    Token kw = next();
    int level = 0;
    while (at(TokenKind.DOT) || at(TokenKind.ELLIPSIS)) {
      level += next().kind() == TokenKind.DOT ? 1 : 3;
    }
    String module = null;
    if (!at(TokenKind.IMPORT)) {
      module = dottedName();
    }
    expect(TokenKind.IMPORT);
    expectNamesAfterImport();
    List<Stmt.Alias> names = new ArrayList<>();
    if (at(TokenKind.STAR)) {
      Token star = next();
      names.add(new Stmt.Alias("*", null, pos(star, star)));
    } else {
      boolean paren = accept(TokenKind.LPAR);
      while (true) {
        Token start = peek();
        String name = expect(TokenKind.NAME).text();
        String as = null;
        if (accept(TokenKind.AS)) {
          as = expect(TokenKind.NAME).text();
        }
        names.add(new Stmt.Alias(name, as, posFrom(start)));
        if (!at(TokenKind.COMMA)) {
          break;
        }
        Token comma = next();
        if (paren && at(TokenKind.RPAR)) {
          break;
        }
        if (!paren && (at(TokenKind.NEWLINE) || at(TokenKind.SEMI))) {
          throw errorAtFurthest("trailing comma not allowed without surrounding parentheses");
        }
      }
      if (paren) {
        expect(TokenKind.RPAR);
      }
    }
    return new Stmt.ImportFrom(module, names, level, posFrom(kw));
  }

  // ------------------------------------------------------------------ blocks

  /**
   * block: NEWLINE INDENT statements DEDENT, or simple statements on the same line.
   * {@code what} names the statement for "expected an indented block after ...".
   */
  private List<Stmt> block(String what, Token header) {
    if (at(TokenKind.NEWLINE)) {
      next();
      if (!at(TokenKind.INDENT)) {
        throw expectedIndentedBlock(what + " on line " + header.line());
      }
      next();
      List<Stmt> body = new ArrayList<>();
      while (!at(TokenKind.DEDENT)) {
        if (at(TokenKind.ENDMARKER)) {
          throw BACKTRACK;
        }
        statement(body);
      }
      next();
      return body;
    }
    List<Stmt> body = new ArrayList<>();
    simpleStmts(body);
    return body;
  }

  /**
   * CPython's "expected an indented block after ...", located at the token that is not
   * indented (a DEDENT or the end of input has no column, so its column is where the
   * tokenizer stands and there is no end).
   */
  private SyntaxErrorException expectedIndentedBlock(String after) {
    Token t = peek();
    String msg = "expected an indented block after " + after;
    if (t.kind() == TokenKind.ENDMARKER) {
      return indentationError(errorLine(t), eofColumn(errorLine(t)), msg);
    }
    if (t.kind() == TokenKind.DEDENT) {
      int col = t.start() >= src.length() ? eofColumn(errorLine(t))
          : src.charCol(t.line(), t.start()) - 1;
      return indentationError(errorLine(t), col, msg);
    }
    return errorAt(SyntaxErrorException.Kind.INDENTATION_ERROR, t, t, msg);
  }

  /** A forced token of CPython's grammar (&&':'): anything else is "expected ':'" there. */
  private void forced(TokenKind k) {
    if (!at(k)) {
      Token t = peek();
      throw errorAt(t, t, "expected '" + k.text + "'");
    }
    next();
  }

  /** Expects the ':' of a compound statement header, or CPython's "expected ':'". */
  private void colon() {
    if (at(TokenKind.COLON)) {
      next();
      return;
    }
    if (at(TokenKind.NEWLINE)) {
      Token t = peek();
      throw errorAt(t, t, "expected ':'");
    }
    throw BACKTRACK;
  }

  // ------------------------------------------------------------------ compound statements

  private Stmt ifStmt() {
    Token kw = next();
    Expr test = namedExpressionStmt();
    colon();
    List<Stmt> body = block("'if' statement", kw);
    List<Stmt> orelse = elseOrElif();
    return new Stmt.If(test, body, orelse, posFrom(kw));
  }

  private List<Stmt> elseOrElif() {
    if (at(TokenKind.ELIF)) {
      Token kw = next();
      Expr test = namedExpressionStmt();
      colon();
      List<Stmt> body = block("'elif' statement", kw);
      List<Stmt> orelse = elseOrElif();
      return List.of(new Stmt.If(test, body, orelse, posFrom(kw)));
    }
    if (at(TokenKind.ELSE)) {
      Token kw = next();
      forced(TokenKind.COLON);
      return block("'else' statement", kw);
    }
    return List.of();
  }

  /** A named_expression in a statement header, with the "Maybe you meant '=='" check. */
  private Expr namedExpressionStmt() {
    Expr e = namedExpression();
    if (at(TokenKind.EQUAL)) {
      invalidGroupAssign(e);
    }
    return e;
  }

  private Stmt whileStmt() {
    Token kw = next();
    Expr test = namedExpressionStmt();
    colon();
    List<Stmt> body = block("'while' statement", kw);
    List<Stmt> orelse = List.of();
    if (at(TokenKind.ELSE)) {
      Token e = next();
      forced(TokenKind.COLON);
      orelse = block("'else' statement", e);
    }
    return new Stmt.While(test, body, orelse, posFrom(kw));
  }

  private Stmt forStmt(Token asyncTok) {
    Token kw = next();
    Token start = asyncTok != null ? asyncTok : kw;
    Expr target;
    int mark = p;
    try {
      target = starTargets();
      if (!at(TokenKind.IN)) {
        throw BACKTRACK;
      }
    } catch (Backtrack b) {
      // invalid_for_target: report the first part that cannot be assigned to; a generic
      // error stays where the first attempt stopped
      int seen = furthest;
      p = mark;
      Expr e;
      try {
        e = starExpressions();
      } catch (Backtrack b2) {
        furthest = seen;
        throw b;
      }
      Expr bad = Targets.invalid(e, Targets.Mode.FOR);
      if (bad != null) {
        throw errorAt(bad.pos(), bad.pos(), "cannot assign to " + Targets.exprName(bad));
      }
      p = mark;
      furthest = seen;
      throw b;
    }
    next(); // in
    Expr iter = starExpressions();
    colon();
    List<Stmt> body = block("'for' statement", kw);
    List<Stmt> orelse = List.of();
    if (at(TokenKind.ELSE)) {
      Token e = next();
      forced(TokenKind.COLON);
      orelse = block("'else' statement", e);
    }
    return asyncTok != null
        ? new Stmt.AsyncFor(target, iter, body, orelse, null, posFrom(start))
        : new Stmt.For(target, iter, body, orelse, null, posFrom(start));
  }

  private Stmt withStmt(Token asyncTok) {
    Token kw = next();
    Token start = asyncTok != null ? asyncTok : kw;
    List<Stmt.WithItem> items = null;
    if (at(TokenKind.LPAR)) {
      int mark = p;
      try {
        next();
        bracketDepth++;
        List<Stmt.WithItem> list = new ArrayList<>();
        do {
          if (at(TokenKind.RPAR)) {
            break;
          }
          list.add(withItem());
        } while (accept(TokenKind.COMMA));
        expect(TokenKind.RPAR);
        bracketDepth--;
        if (!at(TokenKind.COLON)) {
          throw BACKTRACK;
        }
        items = list;
      } catch (Backtrack b) {
        bracketDepth = 0;
        p = mark;
      }
    }
    if (items == null) {
      items = new ArrayList<>();
      do {
        items.add(withItem());
      } while (accept(TokenKind.COMMA));
    }
    colon();
    List<Stmt> body = block("'with' statement", kw);
    return asyncTok != null ? new Stmt.AsyncWith(items, body, null, posFrom(start))
        : new Stmt.With(items, body, null, posFrom(start));
  }

  private Stmt.WithItem withItem() {
    Expr ctx = expression();
    Expr vars = null;
    if (accept(TokenKind.AS)) {
      int mark = p;
      try {
        vars = starTarget();
        if (!(at(TokenKind.COMMA) || at(TokenKind.COLON) || at(TokenKind.RPAR))) {
          throw BACKTRACK;
        }
      } catch (Backtrack b) {
        int seen = furthest; // the first attempt is where a generic error stays
        p = mark;
        Expr e = expression();
        Expr bad = Targets.invalid(e, Targets.Mode.STAR);
        if (bad != null) {
          throw errorAt(bad.pos(), bad.pos(), "cannot assign to " + Targets.exprName(bad));
        }
        throw b;
      }
    }
    return new Stmt.WithItem(ctx, vars);
  }

  private Stmt tryStmt() {
    Token kw = next();
    forced(TokenKind.COLON);
    List<Stmt> body = block("'try' statement", kw);
    List<Stmt.ExceptHandler> handlers = new ArrayList<>();
    Boolean star = null;
    while (at(TokenKind.EXCEPT)) {
      Token ex = next();
      boolean isStar = accept(TokenKind.STAR);
      if (star != null && star != isStar) {
        throw errorAt(ex, last(), "cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = isStar;
      Expr type = null;
      String name = null;
      if (!at(TokenKind.COLON)) {
        type = expression();
        if (at(TokenKind.COMMA)) {
          Token startT = tokAtPos(type.pos());
          int mark = p;
          int seen = furthest;
          next();
          try {
            Expr rest = expressions();
            if (at(TokenKind.COLON) || at(TokenKind.AS)) {
              throw errorAt(type.pos(), rest.pos(),
                  "multiple exception types must be parenthesized");
            }
          } catch (Backtrack b) {
            // generic error below
          }
          p = mark;
          furthest = seen;
          throw BACKTRACK;
        }
        if (accept(TokenKind.AS)) {
          name = expect(TokenKind.NAME).text();
        }
      } else if (isStar) {
        throw errorAt(peek(), peek(), "expected one or more exception types");
      }
      colon();
      List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
      handlers.add(new Stmt.ExceptHandler(type, name, hbody, posFrom(ex)));
    }
    List<Stmt> orelse = List.of();
    if (!handlers.isEmpty() && at(TokenKind.ELSE)) {
      Token e = next();
      forced(TokenKind.COLON);
      orelse = block("'else' statement", e);
    }
    List<Stmt> finalbody = List.of();
    if (at(TokenKind.FINALLY)) {
      Token f = next();
      forced(TokenKind.COLON);
      finalbody = block("'finally' statement", f);
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      Token t = peek();
      String msg = "expected 'except' or 'finally' block";
      if (t.start() >= src.length() && t.kind() != TokenKind.NEWLINE) {
        // the end of input has no column: where the tokenizer stands, and no end
        int line = errorLine(t);
        throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg,
            src.filename(), line, eofColumn(line), line, -1, src.lineText(line));
      }
      throw errorAt(t, t, msg);
    }
    return Boolean.TRUE.equals(star)
        ? new Stmt.TryStar(body, handlers, orelse, finalbody, posFrom(kw))
        : new Stmt.Try(body, handlers, orelse, finalbody, posFrom(kw));
  }

  private Stmt asyncStmt() {
    Token a = next();
    return switch (kind()) {
      case DEF -> functionDef(List.of(), a, a);
      case WITH -> withStmt(a);
      case FOR -> forStmt(a);
      default -> throw BACKTRACK;
    };
  }

  private Stmt decorated() {
    Token first = peek();
    List<Expr> decorators = new ArrayList<>();
    while (at(TokenKind.AT)) {
      next();
      decorators.add(namedExpression());
      expect(TokenKind.NEWLINE);
    }
    Token t = peek();
    return switch (t.kind()) {
      case DEF -> functionDef(decorators, null, t);
      case ASYNC -> {
        Token a = next();
        if (!at(TokenKind.DEF)) {
          throw BACKTRACK;
        }
        yield functionDef(decorators, a, a);
      }
      case CLASS -> classDef(decorators, t);
      default -> throw BACKTRACK;
    };
  }

  /** def (or async def); positions start at 'def'/'async', not at the decorators. */
  private Stmt functionDef(List<Expr> decorators, Token asyncTok, Token start) {
    Token kw = expect(TokenKind.DEF);
    Token name = expect(TokenKind.NAME);
    List<TypeParam> typeParams = at(TokenKind.LSQB) ? typeParams() : List.of();
    forced(TokenKind.LPAR);
    bracketDepth++;
    Arguments args = at(TokenKind.RPAR) ? Arguments.EMPTY : parameters(true);
    expect(TokenKind.RPAR);
    bracketDepth--;
    Expr returns = null;
    if (at(TokenKind.RARROW)) {
      Token arrow = next();
      if (!startsExpression(kind())) {
        throw errorAt(arrow, arrow, "expected ':'");
      }
      returns = expression();
    }
    forced(TokenKind.COLON);
    List<Stmt> body = block("function definition", kw);
    Pos pos = posFrom(start);
    return asyncTok != null
        ? new Stmt.AsyncFunctionDef(name.text(), args, body, decorators, returns, null,
            typeParams, pos)
        : new Stmt.FunctionDef(name.text(), args, body, decorators, returns, null, typeParams,
            pos);
  }

  private Stmt classDef(List<Expr> decorators, Token kw) {
    next();
    Token name = expect(TokenKind.NAME);
    List<TypeParam> typeParams = at(TokenKind.LSQB) ? typeParams() : List.of();
    List<Expr> bases = List.of();
    List<Expr.Keyword> keywords = List.of();
    if (at(TokenKind.LPAR)) {
      Expr.Call c = (Expr.Call) call(new Expr.Name(name.text(), ExprContext.LOAD,
          pos(name, name)), name, false);
      bases = c.args();
      keywords = c.keywords();
    }
    colon();
    List<Stmt> body = block("class definition", kw);
    return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, typeParams,
        posFrom(kw));
  }

  /** '[' type_param (',' type_param)* [','] ']' (PEP 695, with PEP 696 defaults). */
  private List<TypeParam> typeParams() {
    Token open = next();
    if (at(TokenKind.RSQB)) {
      Token close = peek();
      throw error(SyntaxErrorException.Kind.SYNTAX_ERROR, close.line(), close.start(),
          close.line(), close.start(), "Type parameter list cannot be empty");
    }
    bracketDepth++;
    List<TypeParam> params = new ArrayList<>();
    while (!at(TokenKind.RSQB)) {
      Token start = peek();
      if (accept(TokenKind.STAR)) {
        Token name = expect(TokenKind.NAME);
        if (at(TokenKind.COLON)) {
          Token c = peek();
          throw errorAt(c, c, "cannot use bound with TypeVarTuple");
        }
        Expr dflt = accept(TokenKind.EQUAL) ? starExpression() : null;
        params.add(new TypeParam.TypeVarTuple(name.text(), dflt, posFrom(start)));
      } else if (accept(TokenKind.DOUBLESTAR)) {
        Token name = expect(TokenKind.NAME);
        if (at(TokenKind.COLON)) {
          Token c = peek();
          throw errorAt(c, c, "cannot use bound with ParamSpec");
        }
        Expr dflt = accept(TokenKind.EQUAL) ? expression() : null;
        params.add(new TypeParam.ParamSpec(name.text(), dflt, posFrom(start)));
      } else {
        Token name = expect(TokenKind.NAME);
        Expr bound = accept(TokenKind.COLON) ? expression() : null;
        Expr dflt = accept(TokenKind.EQUAL) ? expression() : null;
        params.add(new TypeParam.TypeVar(name.text(), bound, dflt, posFrom(start)));
      }
      if (!accept(TokenKind.COMMA)) {
        break;
      }
    }
    if (params.isEmpty()) {
      throw BACKTRACK;
    }
    expect(TokenKind.RSQB);
    bracketDepth--;
    return params;
  }

  // ------------------------------------------------------------------ match

  private RuntimeException matchMissingColon(Backtrack b) {
    next();
    try {
      subjectExpr();
    } catch (Backtrack e) {
      return b;
    }
    if (at(TokenKind.NEWLINE)) {
      Token t = peek();
      return errorAt(t, t, "expected ':'");
    }
    return b;
  }

  /** match_stmt, or null (position unchanged) if this 'match' is an ordinary name. */
  private Stmt matchStmt() {
    int mark = p;
    Token kw = next();
    Expr subject;
    try {
      if (!startsExpression(kind()) && !at(TokenKind.STAR)) {
        throw BACKTRACK;
      }
      subject = subjectExpr();
      if (!at(TokenKind.COLON)) {
        if (at(TokenKind.NEWLINE)) {
          // "match x" alone is an expression statement only if it parses as one
          p = mark;
          return null;
        }
        throw BACKTRACK;
      }
      next();
      if (!at(TokenKind.NEWLINE)) {
        throw BACKTRACK;
      }
    } catch (Backtrack b) {
      p = mark;
      return null;
    }
    next(); // NEWLINE
    if (!at(TokenKind.INDENT)) {
      Token t = peek();
      throw errorAt(SyntaxErrorException.Kind.INDENTATION_ERROR, t, t,
          "expected an indented block after 'match' statement on line " + kw.line());
    }
    next();
    List<Stmt.MatchCase> cases = new ArrayList<>();
    while (!at(TokenKind.DEDENT)) {
      if (!atSoft("case")) {
        throw BACKTRACK;
      }
      Token caseTok = next();
      Pattern pat = patterns();
      Expr guard = accept(TokenKind.IF) ? namedExpression() : null;
      colon();
      List<Stmt> body = block("'case' statement", caseTok);
      cases.add(new Stmt.MatchCase(pat, guard, body));
    }
    next();
    return new Stmt.Match(subject, cases, posFrom(kw));
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression. */
  private Expr subjectExpr() {
    Token start = peek();
    Expr first = starNamedExpression();
    if (!at(TokenKind.COMMA)) {
      if (first instanceof Expr.Starred) {
        throw BACKTRACK;
      }
      return first;
    }
    List<Expr> elts = separated(first, TokenKind.COMMA, k -> k == TokenKind.COLON,
        this::starNamedExpression);
    return new Expr.TupleExpr(elts, ExprContext.LOAD, posFrom(start));
  }
}
