package org.pyjit.parse;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.Arguments.Arg;
import org.pyjit.ast.BoolOperator;
import org.pyjit.ast.CmpOperator;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;
import org.pyjit.ast.Operator;
import org.pyjit.ast.Pos;
import org.pyjit.ast.UnaryOperator;

/**
 * Expressions, following the rules of CPython 3.13's grammar (Grammar/python.gram) from
 * {@code star_expressions} down to {@code atom}, with one Java method per rule where the
 * rule matters and loops where CPython's rules are left-recursive. Node positions span the
 * same tokens as CPython's. Each method either returns a node, throws {@link #BACKTRACK}
 * when its rule does not match at the current token (leaving the position to the caller's
 * reset), or throws a specific {@link SyntaxErrorException}.
 */
abstract class ExprParser extends ParserBase {
  /** How many brackets the parser is inside (for "Perhaps you forgot a comma?"). */
  int bracketDepth;

  ExprParser(Source src, WarningListener sink) {
    super(src, sink);
  }

  /** Strings and f-strings: implemented by {@link StringParser}'s subclass layer. */
  abstract Expr strings();

  // ------------------------------------------------------------------ lists of expressions

  /** star_expressions: a tuple without parentheses if there is a comma. */
  final Expr starExpressions() {
    Token start = peek();
    Expr first = starExpression();
    if (!at(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = separated(first, TokenKind.COMMA,
        k -> !startsExpression(k) && k != TokenKind.STAR, this::starExpression);
    return new Expr.TupleExpr(elts, ExprContext.LOAD, posFrom(start));
  }

  /** star_expression: '*' bitwise_or | expression. */
  final Expr starExpression() {
    if (at(TokenKind.STAR)) {
      Token star = next();
      Expr v = bitwiseOr();
      return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
    }
    return expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression. */
  final Expr starNamedExpression() {
    if (at(TokenKind.STAR)) {
      Token star = next();
      invalidStar();
      Expr v = bitwiseOr();
      return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
    }
    return namedExpression();
  }

  /** expressions: expression (',' expression)* [','] . */
  final Expr expressions() {
    Token start = peek();
    Expr first = expression();
    if (!at(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = separated(first, TokenKind.COMMA, k -> !startsExpression(k),
        this::expression);
    return new Expr.TupleExpr(elts, ExprContext.LOAD, posFrom(start));
  }

  /** Whether a token can begin an expression (used to end comma lists). */
  static boolean startsExpression(TokenKind k) {
    return switch (k) {
      case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT,
          LAMBDA, AWAIT, NONE, TRUE, FALSE, ELLIPSIS -> true;
      default -> false;
    };
  }

  // ------------------------------------------------------------------ named / conditional

  /** named_expression: NAME ':=' expression | expression !':=' . */
  final Expr namedExpression() {
    if (at(TokenKind.NAME) && kind(1) == TokenKind.COLONEQUAL) {
      Token name = next();
      next();
      Expr value = expression();
      return new Expr.NamedExpr(new Expr.Name(name.text(), ExprContext.STORE, pos(name, name)),
          value, posFrom(name));
    }
    Expr e = expression();
    if (at(TokenKind.COLONEQUAL)) {
      Token op = peek();
      throw errorAt(e.pos(), e.pos(), "cannot use assignment expressions with "
          + Targets.exprName(e));
    }
    return e;
  }

  /** expression: lambdef | disjunction ['if' disjunction 'else' expression]. */
  final Expr expression() {
    enter();
    try {
      if (at(TokenKind.LAMBDA)) {
        return lambdef();
      }
      Token start = peek();
      Expr body = disjunction();
      if (at(TokenKind.IF)) {
        int mark = p;
        next();
        Expr test = disjunction();
        if (!accept(TokenKind.ELSE)) {
          // invalid_expression: "expected 'else' after 'if' expression"
          if (!at(TokenKind.NEWLINE) || true) {
            throw errorAt(body.pos(), test.pos(), "expected 'else' after 'if' expression");
          }
          p = mark;
          return body;
        }
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, posFrom(start));
      }
      return body;
    } finally {
      leave();
    }
  }

  final Expr lambdef() {
    enter();
    try {
      return lambdefBody();
    } finally {
      leave();
    }
  }

  private Expr lambdefBody() {
    Token kw = expect(TokenKind.LAMBDA);
    Arguments args = at(TokenKind.COLON) ? Arguments.EMPTY : parameters(false);
    if (!at(TokenKind.COLON)) {
      throw BACKTRACK;
    }
    next();
    Expr body = expression();
    return new Expr.Lambda(args, body, posFrom(kw));
  }

  // ------------------------------------------------------------------ boolean operators

  final Expr disjunction() {
    Token start = peek();
    Expr first = conjunction();
    if (!at(TokenKind.OR)) {
      return first;
    }
    List<Expr> values = separated(first, TokenKind.OR, ParserBase::never, this::conjunction);
    return new Expr.BoolOp(BoolOperator.OR, values, posFrom(start));
  }

  final Expr conjunction() {
    Token start = peek();
    Expr first = inversion();
    if (!at(TokenKind.AND)) {
      return first;
    }
    List<Expr> values = separated(first, TokenKind.AND, ParserBase::never, this::inversion);
    return new Expr.BoolOp(BoolOperator.AND, values, posFrom(start));
  }

  final Expr inversion() {
    if (at(TokenKind.NOT)) {
      enter();
      try {
        Token kw = next();
        Expr operand = inversion();
        return new Expr.UnaryOp(UnaryOperator.NOT, operand, posFrom(kw));
      } finally {
        leave();
      }
    }
    return comparison();
  }

  final Expr comparison() {
    Token start = peek();
    Expr left = bitwiseOr();
    List<CmpOperator> ops = null;
    List<Expr> comparators = null;
    while (true) {
      CmpOperator op;
      switch (kind()) {
        case EQEQUAL -> op = CmpOperator.EQ;
        case NOTEQUAL -> op = CmpOperator.NOT_EQ;
        case LESS -> op = CmpOperator.LT;
        case LESSEQUAL -> op = CmpOperator.LT_E;
        case GREATER -> op = CmpOperator.GT;
        case GREATEREQUAL -> op = CmpOperator.GT_E;
        case IN -> op = CmpOperator.IN;
        case IS -> op = kind(1) == TokenKind.NOT ? CmpOperator.IS_NOT : CmpOperator.IS;
        case NOT -> {
          if (kind(1) != TokenKind.IN) {
            op = null;
          } else {
            op = CmpOperator.NOT_IN;
          }
        }
        default -> op = null;
      }
      if (op == null) {
        break;
      }
      next();
      if (op == CmpOperator.IS_NOT || op == CmpOperator.NOT_IN) {
        next();
      }
      if (ops == null) {
        ops = new ArrayList<>();
        comparators = new ArrayList<>();
      }
      ops.add(op);
      comparators.add(bitwiseOr());
    }
    if (ops == null) {
      return left;
    }
    return new Expr.Compare(left, ops, comparators,
        posFrom(start));
  }

  // ------------------------------------------------------------------ binary operators

  final Expr bitwiseOr() {
    Token start = peek();
    Expr left = bitwiseXor();
    while (at(TokenKind.VBAR)) {
      next();
      Expr right = bitwiseXor();
      left = new Expr.BinOp(left, Operator.BIT_OR, right, posFrom(start));
    }
    return left;
  }

  final Expr bitwiseXor() {
    Token start = peek();
    Expr left = bitwiseAnd();
    while (at(TokenKind.CIRCUMFLEX)) {
      next();
      Expr right = bitwiseAnd();
      left = new Expr.BinOp(left, Operator.BIT_XOR, right, posFrom(start));
    }
    return left;
  }

  final Expr bitwiseAnd() {
    Token start = peek();
    Expr left = shiftExpr();
    while (at(TokenKind.AMPER)) {
      next();
      Expr right = shiftExpr();
      left = new Expr.BinOp(left, Operator.BIT_AND, right, posFrom(start));
    }
    return left;
  }

  final Expr shiftExpr() {
    Token start = peek();
    Expr left = sum();
    while (true) {
      Operator op = switch (kind()) {
        case LEFTSHIFT -> Operator.LSHIFT;
        case RIGHTSHIFT -> Operator.RSHIFT;
        default -> null;
      };
      if (op == null) {
        return left;
      }
      next();
      Expr right = sum();
      left = new Expr.BinOp(left, op, right, posFrom(start));
    }
  }

  final Expr sum() {
    Token start = peek();
    Expr left = term();
    while (true) {
      Operator op = switch (kind()) {
        case PLUS -> Operator.ADD;
        case MINUS -> Operator.SUB;
        default -> null;
      };
      if (op == null) {
        return left;
      }
      next();
      Expr right = term();
      left = new Expr.BinOp(left, op, right, posFrom(start));
    }
  }

  final Expr term() {
    Token start = peek();
    Expr left = factor();
    while (true) {
      Operator op = switch (kind()) {
        case STAR -> Operator.MULT;
        case SLASH -> Operator.DIV;
        case DOUBLESLASH -> Operator.FLOOR_DIV;
        case PERCENT -> Operator.MOD;
        case AT -> Operator.MAT_MULT;
        default -> null;
      };
      if (op == null) {
        return left;
      }
      next();
      Expr right = factor();
      left = new Expr.BinOp(left, op, right, posFrom(start));
    }
  }

  final Expr factor() {
    UnaryOperator op = switch (kind()) {
      case PLUS -> UnaryOperator.UADD;
      case MINUS -> UnaryOperator.USUB;
      case TILDE -> UnaryOperator.INVERT;
      default -> null;
    };
    if (op == null) {
      return power();
    }
    enter();
    try {
      Token t = next();
      Expr operand = factor();
      return new Expr.UnaryOp(op, operand, posFrom(t));
    } finally {
      leave();
    }
  }

  final Expr power() {
    Token start = peek();
    Expr base = awaitPrimary();
    if (at(TokenKind.DOUBLESTAR)) {
      next();
      Expr exp = factor();
      return new Expr.BinOp(base, Operator.POW, exp, posFrom(start));
    }
    return base;
  }

  final Expr awaitPrimary() {
    if (at(TokenKind.AWAIT)) {
      enter();
      try {
        Token kw = next();
        Expr v = primary();
        return new Expr.Await(v, posFrom(kw));
      } finally {
        leave();
      }
    }
    return primary();
  }

  // ------------------------------------------------------------------ primaries

  /** primary: atom followed by any number of '.' NAME, calls and subscripts. */
  final Expr primary() {
    Token start = peek();
    Expr e = atom();
    return trailers(e, start);
  }

  /** Attribute, call and subscript trailers after {@code e}, which began at {@code start}. */
  final Expr trailers(Expr e, Token start) {
    while (true) {
      switch (kind()) {
        case DOT -> {
          next();
          Token name = peek();
          if (name.kind() != TokenKind.NAME) {
            throw BACKTRACK;
          }
          next();
          e = new Expr.Attribute(e, name.text(), ExprContext.LOAD, posFrom(start));
        }
        case LPAR -> e = call(e, start, true);
        case LSQB -> {
          next();
          bracketDepth++;
          Expr slice = slices();
          bracketDepth--;
          if (!at(TokenKind.RSQB)) {
            if (at(TokenKind.EQUAL)) {
              invalidGroupAssign(slice);
            }
            missingComma(slice);
          }
          next();
          e = new Expr.Subscript(e, slice, ExprContext.LOAD, posFrom(start));
        }
        default -> {
          return e;
        }
      }
    }
  }

  /** slices: a single slice, or a tuple of slices and starred expressions. */
  final Expr slices() {
    Token start = peek();
    Expr first = sliceOrStarred();
    if (!at(TokenKind.COMMA)) {
      if (first instanceof Expr.Starred) {
        // a[*b] subscripts with a one-element tuple
        return new Expr.TupleExpr(List.of(first), ExprContext.LOAD, first.pos());
      }
      return first;
    }
    List<Expr> elts = separated(first, TokenKind.COMMA, k -> k == TokenKind.RSQB,
        this::sliceOrStarred);
    return new Expr.TupleExpr(elts, ExprContext.LOAD, posFrom(start));
  }

  private Expr sliceOrStarred() {
    if (at(TokenKind.STAR)) {
      Token star = next();
      Expr v = expression();
      return new Expr.Starred(v, ExprContext.LOAD, posFrom(star));
    }
    return slice();
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression. */
  final Expr slice() {
    Token start = peek();
    Expr lower = null;
    if (!at(TokenKind.COLON)) {
      lower = namedExpression();
      if (!at(TokenKind.COLON)) {
        return lower;
      }
      if (lower instanceof Expr.NamedExpr && start.kind() != TokenKind.LPAR) {
        throw BACKTRACK;
      }
    }
    next();
    Expr upper = null;
    Expr step = null;
    if (startsExpression(kind())) {
      upper = expression();
    }
    if (accept(TokenKind.COLON)) {
      if (startsExpression(kind())) {
        step = expression();
      }
    }
    return new Expr.Slice(lower, upper, step, posFrom(start));
  }

  /** A call: '(' arguments ')' after a primary, or a bare generator expression argument. */
  final Expr call(Expr func, Token start, boolean allowGenexp) {
    Token open = expect(TokenKind.LPAR);
    bracketDepth++;
    List<Expr> args = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    Expr.GeneratorExp bareGenexp = null;
    while (!at(TokenKind.RPAR)) {
      Token argStart = peek();
      if (at(TokenKind.STAR)) {
        next();
        invalidStar();
        Expr v = expression();
        if (sawDoubleStar) {
          throw errorAt(prevComma(argStart), last(),
              "iterable argument unpacking follows keyword argument unpacking");
        }
        args.add(new Expr.Starred(v, ExprContext.LOAD, posFrom(argStart)));
      } else if (at(TokenKind.DOUBLESTAR)) {
        next();
        Expr v = expression();
        keywords.add(new Expr.Keyword(null, v, posFrom(argStart)));
        sawDoubleStar = true;
      } else if (at(TokenKind.NAME) && kind(1) == TokenKind.EQUAL) {
        Token name = next();
        next();
        Expr v = expression();
        keywords.add(new Expr.Keyword(name.text(), v, posFrom(argStart)));
        sawKeyword = true;
      } else {
        Expr v = namedExpressionArg();
        if (at(TokenKind.EQUAL) && !(v instanceof Expr.NamedExpr && argStart.kind() != TokenKind.LPAR)) {
          invalidKwarg(v, argStart);
        }
        if ((at(TokenKind.FOR) || at(TokenKind.ASYNC)) && allowGenexp) {
          v = generator(argStart, v);
          bareGenexp = (Expr.GeneratorExp) v;
          if (!args.isEmpty() || !keywords.isEmpty() || !at(TokenKind.RPAR)) {
            // only a sole argument may be an unparenthesized generator expression
            Expr.GeneratorExp g = (Expr.GeneratorExp) v;
            if (at(TokenKind.COMMA) || !args.isEmpty() || !keywords.isEmpty()) {
              throw errorAt(g.pos(), g.pos(), "Generator expression must be parenthesized");
            }
          }
        }
        if (sawDoubleStar || sawKeyword) {
          // CPython reports these at the last token it read (_PyPegen_arguments_parsing_error)
          while (!at(TokenKind.RPAR) && !at(TokenKind.NEWLINE) && !at(TokenKind.ENDMARKER)) {
            next();
          }
          peek();
          throw errorAtFurthest(sawDoubleStar
              ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument");
        }
        args.add(v);
      }
      if (!accept(TokenKind.COMMA)) {
        if (!at(TokenKind.RPAR)) {
          Expr lastArg = !keywords.isEmpty() && (args.isEmpty()
              || keywords.getLast().pos().endLineno() * 100000L
                  + keywords.getLast().pos().endColOffset()
                  > args.getLast().pos().endLineno() * 100000L + args.getLast().pos().endColOffset())
              ? keywords.getLast().value() : args.getLast();
          missingComma(lastArg);
        }
        break;
      }
    }
    Token close = expect(TokenKind.RPAR);
    bracketDepth--;
    if (bareGenexp != null && args.size() == 1 && keywords.isEmpty()) {
      // f(x for x in y): the generator expression spans the call's parentheses
      args = List.of(new Expr.GeneratorExp(bareGenexp.elt(), bareGenexp.generators(),
          pos(open, close)));
    }
    return new Expr.Call(func, args, keywords, posFrom(start));
  }

  /** The ',' before the token {@code t} (or {@code t} itself if there is none). */
  private Token prevComma(Token t) {
    for (int i = p - 1; i > 0; i--) {
      if (tok(i) == t) {
        Token before = tok(i - 1);
        return before.kind() == TokenKind.COMMA ? before : t;
      }
    }
    return t;
  }

  /** After a '*': CPython 3.13's "Invalid star expression" when no expression follows. */
  final void invalidStar() {
    if (!startsExpression(kind())) {
      throw errorAtFurthest("Invalid star expression");
    }
  }

  /** A positional argument: assignment_expression | expression !':='. */
  private Expr namedExpressionArg() {
    if (at(TokenKind.NAME) && kind(1) == TokenKind.COLONEQUAL) {
      return namedExpression();
    }
    Expr e = expression();
    if (at(TokenKind.COLONEQUAL)) {
      // args has no invalid_named_expression: the generic "invalid syntax" at ':='
      peek();
      throw BACKTRACK;
    }
    return e;
  }

  /** invalid_kwarg: an '=' after something that is not a plain name. */
  private void invalidKwarg(Expr v, Token start) {
    Token eq = peek();
    switch (v) {
      case Expr.Constant c when c.value() instanceof Boolean || c.value() == Expr.Singleton.NONE
          -> throw errorAt(start, eq, "cannot assign to " + Targets.exprName(v));
      default -> {
        int mark = p;
        int seen = furthest;
        next();
        if (startsExpression(kind())) {
          try {
            expression();
            throw errorAt(v.pos(), pos(eq, eq),
                "expression cannot contain assignment, perhaps you meant \"==\"?");
          } catch (Backtrack b) {
            // fall through to the generic error
          }
        }
        p = mark;
        furthest = seen;
        throw BACKTRACK;
      }
    }
  }

  /**
   * After an element inside brackets: if another expression follows directly, CPython
   * says "Perhaps you forgot a comma?" (invalid_expression); otherwise it is a generic
   * syntax error at the furthest token.
   */
  final void missingComma(Expr a) {
    if (at(TokenKind.EQUAL) && !(a instanceof Expr.Starred)) {
      invalidGroupAssign(a);
    }
    if (bracketDepth >= 0 && startsExpression(kind()) && !(a instanceof Expr.Starred)) {
      int mark = p;
      int seen = furthest;
      Token first = tok(p);
      errorPass++;
      try {
        Expr b = expression();
        if (!(isSoftKeywordStart(a) || (a instanceof Expr.Name && first.kind() == TokenKind.STRING))
            && inBrackets()) {
          throw errorAt(a.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
        }
      } catch (Backtrack e) {
        // no expression follows: generic error
      } finally {
        errorPass--;
      }
      p = mark;
      furthest = seen;
    }
    throw BACKTRACK;
  }

  boolean inBrackets() {
    return bracketDepth > 0;
  }

  private boolean isSoftKeywordStart(Expr a) {
    Token t = tokAtPos(a.pos());
    return t != null && t.kind() == TokenKind.NAME
        && (t.text().equals("match") || t.text().equals("case") || t.text().equals("_")
            || t.text().equals("type"));
  }

  /** The token starting at a node's position (searching back from the current token). */
  final Token tokAtPos(Pos pos) {
    for (int i = p - 1; i >= 0; i--) {
      Token t = tok(i);
      if (t.line() < pos.lineno()) {
        return null;
      }
      if (t.line() == pos.lineno() && src.byteCol(t.line(), t.start()) == pos.colOffset()) {
        return t;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ atoms

  final Expr atom() {
    Token t = peek();
    switch (t.kind()) {
      case NAME -> {
        next();
        return new Expr.Name(t.text(), ExprContext.LOAD, pos(t, t));
      }
      case NUMBER -> {
        next();
        return new Expr.Constant(Literals.parseNumber(t.text(), literalSink(t)), null, pos(t, t));
      }
      case STRING, FSTRING_START -> {
        return strings();
      }
      case TRUE -> {
        next();
        return new Expr.Constant(Boolean.TRUE, null, pos(t, t));
      }
      case FALSE -> {
        next();
        return new Expr.Constant(Boolean.FALSE, null, pos(t, t));
      }
      case NONE -> {
        next();
        return new Expr.Constant(Expr.Singleton.NONE, null, pos(t, t));
      }
      case ELLIPSIS -> {
        next();
        return new Expr.Constant(Expr.Singleton.ELLIPSIS, null, pos(t, t));
      }
      case LPAR -> {
        return parenthesized();
      }
      case LSQB -> {
        return listDisplay();
      }
      case LBRACE -> {
        return braceDisplay();
      }
      default -> throw BACKTRACK;
    }
  }

  /** tuple | group | genexp. */
  private Expr parenthesized() {
    enter();
    Token open = next();
    bracketDepth++;
    try {
      if (accept(TokenKind.RPAR)) {
        return new Expr.TupleExpr(List.of(), ExprContext.LOAD, posFrom(open));
      }
      if (at(TokenKind.YIELD)) {
        Expr y = yieldExpr();
        expectClose(TokenKind.RPAR, y);
        return y;
      }
      Token start = peek();
      Expr first = starNamedExpression();
      if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
        if (first instanceof Expr.Starred) {
          throw errorAt(first.pos(), first.pos(), "iterable unpacking cannot be used in comprehension");
        }
        Expr g = generator(open, first);
        expectClose(TokenKind.RPAR, g);
        return new Expr.GeneratorExp(((Expr.GeneratorExp) g).elt(),
            ((Expr.GeneratorExp) g).generators(), posFrom(open));
      }
      if (accept(TokenKind.RPAR)) {
        if (first instanceof Expr.Starred) {
          throw errorAt(first.pos(), first.pos(), "cannot use starred expression here");
        }
        return first; // a group: the parentheses are not part of the node
      }
      if (!at(TokenKind.COMMA)) {
        if (at(TokenKind.EQUAL) && !(first instanceof Expr.Starred)) {
          invalidGroupAssign(first);
        }
        missingComma(first);
      }
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (accept(TokenKind.COMMA)) {
        if (at(TokenKind.RPAR)) {
          break;
        }
        elts.add(starNamedExpression());
        if (!at(TokenKind.COMMA) && !at(TokenKind.RPAR)) {
          missingComma(elts.getLast());
        }
      }
      expect(TokenKind.RPAR);
      return new Expr.TupleExpr(elts, ExprContext.LOAD, posFrom(open));
    } finally {
      bracketDepth--;
      leave();
    }
  }

  /** '(' a = b ')' where a is no valid name: CPython's invalid_named_expression. */
  final void invalidGroupAssign(Expr first) {
    int mark = p;
    int seen = furthest;
    Token eq = next();
    try {
      Expr rhs = bitwiseOr();
      if (!at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL)) {
        if (first instanceof Expr.Name) {
          throw errorAt(first.pos(), rhs.pos(),
              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (!(first instanceof Expr.ListExpr || first instanceof Expr.TupleExpr
            || first instanceof Expr.GeneratorExp || isSingletonConst(first))
            && isBitwiseOrLevel(first)) {
          throw errorAt(first.pos(), first.pos(), "cannot assign to " + Targets.exprName(first)
              + " here. Maybe you meant '==' instead of '='?");
        }
      }
    } catch (Backtrack b) {
      // not that pattern
    }
    p = mark;
    furthest = seen;
  }

  /** Whether CPython's bitwise_or rule can produce {@code e} without parentheses. */
  static boolean isBitwiseOrLevel(Expr e) {
    return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
        || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
        || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
        || (e instanceof Expr.UnaryOp u && u.op() == org.pyjit.ast.UnaryOperator.NOT));
  }

  static boolean isSingletonConst(Expr e) {
    return e instanceof Expr.Constant c
        && (c.value() instanceof Boolean || c.value() == Expr.Singleton.NONE);
  }

  private void expectClose(TokenKind k, Expr inner) {
    if (!at(k)) {
      missingComma(inner);
    }
    next();
  }

  /** list | listcomp. */
  private Expr listDisplay() {
    enter();
    Token open = next();
    bracketDepth++;
    try {
      if (accept(TokenKind.RSQB)) {
        return new Expr.ListExpr(List.of(), ExprContext.LOAD, posFrom(open));
      }
      Expr first = starNamedExpression();
      if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
        if (first instanceof Expr.Starred) {
          throw errorAt(first.pos(), first.pos(), "iterable unpacking cannot be used in comprehension");
        }
        List<Expr.Comprehension> gens = forIfClauses();
        expectClose(TokenKind.RSQB, first);
        return new Expr.ListComp(first, gens, posFrom(open));
      }
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (true) {
        if (accept(TokenKind.COMMA)) {
          if (at(TokenKind.RSQB)) {
            break;
          }
          unparenthesizedTarget(elts);
          elts.add(starNamedExpression());
        } else if (at(TokenKind.RSQB)) {
          break;
        } else {
          unparenthesizedTarget(elts);
          missingComma(elts.getLast());
        }
      }
      expect(TokenKind.RSQB);
      return new Expr.ListExpr(elts, ExprContext.LOAD, posFrom(open));
    } finally {
      bracketDepth--;
      leave();
    }
  }

  /** dict | set | dictcomp | setcomp. */
  private Expr braceDisplay() {
    enter();
    Token open = next();
    bracketDepth++;
    try {
      if (accept(TokenKind.RBRACE)) {
        return new Expr.DictExpr(List.of(), List.of(), posFrom(open));
      }
      if (at(TokenKind.DOUBLESTAR)) {
        int mark = p;
        Token stars = next();
        bitwiseOr();
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
          throw errorAt(stars, stars, "dict unpacking cannot be used in dict comprehension");
        }
        p = mark;
        return dictRest(open, new ArrayList<>(), new ArrayList<>());
      }
      Token firstTok = peek();
      Expr first = starNamedExpression();
      if (at(TokenKind.COLON) && !(first instanceof Expr.Starred)) {
        if (first instanceof Expr.NamedExpr && firstTok.kind() != TokenKind.LPAR) {
          throw BACKTRACK;
        }
        Token colon = next();
        if (!startsExpression(kind()) && !at(TokenKind.DOUBLESTAR)) {
          throw errorAt(colon, colon, "expression expected after dictionary key and ':'");
        }
        Expr value = expression();
        if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
          List<Expr.Comprehension> gens = forIfClauses();
          expectClose(TokenKind.RBRACE, value);
          return new Expr.DictComp(first, value, gens, posFrom(open));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(first);
        values.add(value);
        if (accept(TokenKind.COMMA)) {
          return dictRest(open, keys, values);
        }
        if (!at(TokenKind.RBRACE)) {
          missingComma(value);
        }
        next();
        return new Expr.DictExpr(keys, values, posFrom(open));
      }
      if (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
        if (first instanceof Expr.Starred) {
          throw errorAt(first.pos(), first.pos(), "iterable unpacking cannot be used in comprehension");
        }
        List<Expr.Comprehension> gens = forIfClauses();
        expectClose(TokenKind.RBRACE, first);
        return new Expr.SetComp(first, gens, posFrom(open));
      }
      List<Expr> elts = new ArrayList<>();
      elts.add(first);
      while (true) {
        if (accept(TokenKind.COMMA)) {
          if (at(TokenKind.RBRACE)) {
            break;
          }
          unparenthesizedTarget(elts);
          elts.add(starNamedExpression());
        } else if (at(TokenKind.RBRACE)) {
          break;
        } else {
          unparenthesizedTarget(elts);
          missingComma(elts.getLast());
        }
      }
      expect(TokenKind.RBRACE);
      return new Expr.SetExpr(elts, posFrom(open));
    } finally {
      bracketDepth--;
      leave();
    }
  }

  /**
   * invalid_comprehension: "[a, b for ...]" (or "[a, for ...]") in a list or set display,
   * where the comprehension's element needs parentheses.
   */
  private void unparenthesizedTarget(List<Expr> elts) {
    if (at(TokenKind.FOR) || (at(TokenKind.ASYNC) && kind(1) == TokenKind.FOR)) {
      Pos first = elts.getFirst().pos();
      Token prev = last();
      Pos end = prev.kind() == TokenKind.COMMA && elts.size() == 1 ? pos(prev, prev)
          : elts.getLast().pos();
      throw errorAt(first, end, "did you forget parentheses around the comprehension target?");
    }
  }

  /** The rest of a dict display after its first entries (and a comma, if any). */
  private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
    while (!at(TokenKind.RBRACE)) {
      if (at(TokenKind.DOUBLESTAR)) {
        next();
        keys.add(null);
        values.add(bitwiseOr());
      } else {
        Expr k = expression();
        if (!at(TokenKind.COLON)) {
          if (at(TokenKind.COMMA) || at(TokenKind.RBRACE)) {
            // invalid_double_starred_kvpairs: a key without a value; CPython points at the
            // key's last character and gives no end
            int end = offsetOfByteCol(k.pos().endLineno(), k.pos().endColOffset());
            throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                "':' expected after dictionary key", src.filename(), k.pos().endLineno(),
                src.charCol(k.pos().endLineno(), end) - 1, k.pos().endLineno(), 0,
                src.lineText(k.pos().endLineno()));
          }
          throw BACKTRACK;
        }
        Token colon = next();
        if (!startsExpression(kind())) {
          throw errorAt(colon, colon, "expression expected after dictionary key and ':'");
        }
        keys.add(k);
        values.add(expression());
      }
      if (!accept(TokenKind.COMMA)) {
        if (!at(TokenKind.RBRACE)) {
          missingComma(values.getLast());
        }
        break;
      }
    }
    expect(TokenKind.RBRACE);
    return new Expr.DictExpr(keys, values, posFrom(open));
  }

  // ------------------------------------------------------------------ comprehensions

  /** genexp: the element has been parsed; parses its for/if clauses. */
  final Expr generator(Token start, Expr elt) {
    List<Expr.Comprehension> gens = forIfClauses();
    return new Expr.GeneratorExp(elt, gens, posFrom(start));
  }

  final List<Expr.Comprehension> forIfClauses() {
    List<Expr.Comprehension> gens = new ArrayList<>();
    while (at(TokenKind.FOR) || (at(TokenKind.ASYNC) && kind(1) == TokenKind.FOR)) {
      int isAsync = accept(TokenKind.ASYNC) ? 1 : 0;
      Token forTok = next();
      Expr target = comprehensionTarget();
      next(); // in
      Expr iter = disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (accept(TokenKind.IF)) {
        ifs.add(disjunction());
      }
      gens.add(new Expr.Comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  /** for_if_clause's target, with CPython's invalid_for_target message. */
  private Expr comprehensionTarget() {
    int mark = p;
    try {
      Expr t = starTargets();
      if (!at(TokenKind.IN)) {
        throw BACKTRACK;
      }
      return t;
    } catch (Backtrack b) {
      int seen = furthest; // the first attempt is where a generic error stays
      p = mark;
      Expr e;
      try {
        e = starExpressions();
      } catch (Backtrack b2) {
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
  }

  // ------------------------------------------------------------------ targets

  /** star_targets: one target, or a tuple of them (Store context). */
  final Expr starTargets() {
    Token start = peek();
    Expr first = starTarget();
    if (!at(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> elts = separated(first, TokenKind.COMMA, k -> !startsTarget(k),
        this::starTarget);
    return new Expr.TupleExpr(elts, ExprContext.STORE, posFrom(start));
  }

  private static boolean startsTarget(TokenKind k) {
    return k == TokenKind.NAME || k == TokenKind.LPAR || k == TokenKind.LSQB
        || k == TokenKind.STAR;
  }

  final Expr starTarget() {
    if (at(TokenKind.STAR)) {
      Token star = next();
      if (at(TokenKind.STAR)) {
        throw BACKTRACK;
      }
      Expr inner = starTarget();
      return new Expr.Starred(inner, ExprContext.STORE, posFrom(star));
    }
    Token start = peek();
    if (!startsTarget(start.kind())) {
      throw BACKTRACK;
    }
    Expr e = primary();
    return Targets.store(this, e, Targets.Mode.FOR);
  }

  // ------------------------------------------------------------------ yield

  final Expr yieldExpr() {
    Token kw = expect(TokenKind.YIELD);
    if (accept(TokenKind.FROM)) {
      Expr v = expression();
      return new Expr.YieldFrom(v, posFrom(kw));
    }
    if (startsExpression(kind()) || at(TokenKind.STAR)) {
      Expr v = starExpressions();
      return new Expr.Yield(v, posFrom(kw));
    }
    return new Expr.Yield(null, posFrom(kw));
  }

  // ------------------------------------------------------------------ parameters

  /**
   * Parameters of a def ({@code annotations} true) or a lambda, up to but not including
   * the closing ')' or ':'.
   */
  final Arguments parameters(boolean annotations) {
    return new ParameterParser(this, annotations).parse();
  }

  /** One parameter name with its optional annotation. */
  final Arg param(boolean annotations, boolean starAnnotation) {
    Token name = peek();
    if (name.kind() != TokenKind.NAME) {
      throw BACKTRACK;
    }
    next();
    Expr ann = null;
    if (annotations && at(TokenKind.COLON)) {
      next();
      ann = starAnnotation ? starExpression() : expression();
    }
    return new Arg(name.text(), ann, null, posFrom(name));
  }
}
