package org.pyjit.parse;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.Arguments.Arg;
import org.pyjit.ast.Expr;

/**
 * The parameter list of a def (with annotations) or a lambda (without), as CPython's
 * {@code parameters}/{@code lambda_parameters} rules: positional-only parameters before
 * '/', then positional-or-keyword ones, then '*' or '*args', keyword-only ones, and
 * '**kwargs', with CPython's messages for the misplaced pieces.
 */
final class ParameterParser {
  private final ExprParser p;
  private final boolean annotations;
  private final TokenKind end;

  private final List<Arg> posonly = new ArrayList<>();
  private final List<Arg> args = new ArrayList<>();
  private final List<Expr> defaults = new ArrayList<>();
  private final List<Arg> kwonly = new ArrayList<>();
  private final List<Expr> kwDefaults = new ArrayList<>();
  private Arg vararg;
  private Arg kwarg;

  ParameterParser(ExprParser p, boolean annotations) {
    this.p = p;
    this.annotations = annotations;
    this.end = annotations ? TokenKind.RPAR : TokenKind.COLON;
  }

  /**
   * def reports a bare '*' at the star (invalid_star_etc); lambda at the last token read
   * (invalid_lambda_star_etc).
   */
  private SyntaxErrorException bareStar(Token star) {
    if (annotations) {
      return p.errorAt(star, star, "named arguments must follow bare *");
    }
    return p.errorAtFurthest("named arguments must follow bare *");
  }

  /** invalid_parameters: "(a, b)" where a parameter belongs, as in Python 2. */
  private RuntimeException parenthesized(Token open) {
    int mark = p.p;
    p.next();
    while (p.at(TokenKind.NAME)) {
      p.next();
      if (!p.accept(TokenKind.COMMA)) {
        break;
      }
    }
    if (p.at(TokenKind.RPAR) && p.p > mark + 1) {
      Token close = p.next();
      return p.errorAt(open, close, annotations ? "Function parameters cannot be parenthesized"
          : "Lambda expression parameters cannot be parenthesized");
    }
    p.p = mark;
    return ParserBase.BACKTRACK;
  }

  Arguments parse() {
    boolean sawSlash = false;
    boolean sawStar = false; // '*' or '*args'
    Token starTok = null;
    while (!p.at(end)) {
      Token t = p.peek();
      if (t.kind() == TokenKind.SLASH) {
        if (sawSlash) {
          throw p.errorAt(t, t, "/ may appear only once");
        }
        if (sawStar) {
          throw p.errorAt(t, t, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
          throw p.errorAt(t, t, "at least one argument must precede /");
        }
        p.next();
        sawSlash = true;
        posonly.addAll(args);
        args.clear();
      } else if (t.kind() == TokenKind.STAR) {
        if (sawStar) {
          throw p.errorAt(t, t, "* argument may appear only once");
        }
        p.next();
        sawStar = true;
        starTok = t;
        if (p.at(TokenKind.NAME)) {
          vararg = p.param(annotations, true);
          if (p.at(TokenKind.EQUAL)) {
            Token eq = p.peek();
            throw p.errorAt(eq, eq, "var-positional argument cannot have default value");
          }
        } else if (p.at(TokenKind.COMMA)) {
          Token after = p.peek(1);
          if (after.kind() == end || after.kind() == TokenKind.DOUBLESTAR) {
            throw bareStar(t);
          }
        } else if (p.at(end)) {
          throw bareStar(t);
        } else {
          throw ParserBase.BACKTRACK;
        }
      } else if (t.kind() == TokenKind.DOUBLESTAR) {
        p.next();
        kwarg = p.param(annotations, false);
        if (p.at(TokenKind.EQUAL)) {
          Token eq = p.peek();
          throw p.errorAt(eq, eq, "var-keyword argument cannot have default value");
        }
        p.accept(TokenKind.COMMA);
        if (!p.at(end)) {
          Token after = p.peek();
          throw p.errorAt(after, after, "arguments cannot follow var-keyword argument");
        }
        break;
      } else if (t.kind() == TokenKind.LPAR) {
        throw parenthesized(t);
      } else if (t.kind() == TokenKind.NAME) {
        Arg a = p.param(annotations, false);
        Expr dflt = null;
        if (p.at(TokenKind.EQUAL)) {
          Token eq = p.next();
          if (!ExprParser.startsExpression(p.kind())) {
            throw p.errorAt(eq, eq, "expected default value expression");
          }
          dflt = p.expression();
        }
        if (sawStar) {
          kwonly.add(a);
          kwDefaults.add(dflt);
        } else {
          if (dflt != null) {
            defaults.add(dflt);
          } else if (!defaults.isEmpty()) {
            throw p.errorAt(a.pos(), a.pos(),
                "parameter without a default follows parameter with a default");
          }
          args.add(a);
        }
      } else {
        throw ParserBase.BACKTRACK;
      }
      if (!p.accept(TokenKind.COMMA)) {
        break;
      }
    }
    return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg,
        List.copyOf(kwonly), java.util.Collections.unmodifiableList(kwDefaults), kwarg,
        List.copyOf(defaults));
  }
}
