package org.pyjit.parse;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;
import org.pyjit.ast.Operator;
import org.pyjit.ast.Pattern;
import org.pyjit.ast.Pos;
import org.pyjit.ast.UnaryOperator;

/**
 * Patterns of {@code case} clauses (PEP 634), following CPython's pattern rules: or- and
 * as-patterns, literals (signed numbers, complex numbers, strings, None/True/False),
 * captures and the wildcard, dotted value patterns, groups, sequences, mappings and class
 * patterns.
 */
abstract class PatternParser extends StringParser {
  PatternParser(Source src, WarningListener sink) {
    super(src, sink);
  }

  /** patterns: an open sequence pattern (a, b) without brackets, or one pattern. */
  final Pattern patterns() {
    Token start = peek();
    Pattern first = maybeStarPattern();
    if (!at(TokenKind.COMMA)) {
      if (first instanceof Pattern.MatchStar) {
        return new Pattern.MatchSequence(List.of(first), posFrom(start));
      }
      return first;
    }
    List<Pattern> items = separated(first, TokenKind.COMMA,
        k -> k == TokenKind.COLON || k == TokenKind.IF, this::maybeStarPattern);
    return new Pattern.MatchSequence(items, posFrom(start));
  }

  private Pattern maybeStarPattern() {
    if (at(TokenKind.STAR)) {
      Token star = next();
      Token name = peek();
      if (name.kind() != TokenKind.NAME) {
        throw BACKTRACK;
      }
      next();
      return new Pattern.MatchStar(name.text().equals("_") ? null : name.text(), posFrom(star));
    }
    return pattern();
  }

  /** pattern: or_pattern ['as' NAME]. */
  final Pattern pattern() {
    enter();
    try {
      Token start = peek();
      Pattern p0 = orPattern();
      if (at(TokenKind.AS)) {
        next();
        Token name = peek();
        if (name.kind() != TokenKind.NAME) {
          // invalid_as_pattern: an expression where the capture name belongs
          int mark = p;
          try {
            Expr e = expression();
            throw errorAt(e.pos(), e.pos(), "invalid pattern target");
          } catch (Backtrack b) {
            p = mark;
            throw b;
          }
        }
        if (name.text().equals("_")) {
          throw errorAt(name, name, "cannot use '_' as a target");
        }
        next();
        return new Pattern.MatchAs(p0, name.text(), posFrom(start));
      }
      return p0;
    } finally {
      leave();
    }
  }

  private Pattern orPattern() {
    Token start = peek();
    Pattern first = closedPattern();
    if (!at(TokenKind.VBAR)) {
      return first;
    }
    List<Pattern> alts = separated(first, TokenKind.VBAR, ParserBase::never,
        this::closedPattern);
    return new Pattern.MatchOr(alts, posFrom(start));
  }

  private Pattern closedPattern() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER, MINUS -> {
        Expr v = signedOrComplex();
        return new Pattern.MatchValue(v, v.pos());
      }
      case STRING, FSTRING_START -> {
        Expr v = strings();
        return new Pattern.MatchValue(v, v.pos());
      }
      case NONE -> {
        next();
        return new Pattern.MatchSingleton(Expr.Singleton.NONE, pos(t, t));
      }
      case TRUE -> {
        next();
        return new Pattern.MatchSingleton(Boolean.TRUE, pos(t, t));
      }
      case FALSE -> {
        next();
        return new Pattern.MatchSingleton(Boolean.FALSE, pos(t, t));
      }
      case NAME -> {
        return namePattern();
      }
      case LPAR -> {
        next();
        bracketDepth++;
        try {
          if (accept(TokenKind.RPAR)) {
            return new Pattern.MatchSequence(List.of(), posFrom(t));
          }
          Pattern first = maybeStarPattern();
          if (accept(TokenKind.RPAR)) {
            if (first instanceof Pattern.MatchStar) {
              return new Pattern.MatchSequence(List.of(first), posFrom(t));
            }
            return first; // group pattern
          }
          List<Pattern> items = new ArrayList<>();
          items.add(first);
          while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RPAR)) {
              break;
            }
            items.add(maybeStarPattern());
          }
          expect(TokenKind.RPAR);
          return new Pattern.MatchSequence(items, posFrom(t));
        } finally {
          bracketDepth--;
        }
      }
      case LSQB -> {
        next();
        bracketDepth++;
        try {
          List<Pattern> items = new ArrayList<>();
          while (!at(TokenKind.RSQB)) {
            items.add(maybeStarPattern());
            if (!accept(TokenKind.COMMA)) {
              break;
            }
          }
          expect(TokenKind.RSQB);
          return new Pattern.MatchSequence(items, posFrom(t));
        } finally {
          bracketDepth--;
        }
      }
      case LBRACE -> {
        return mappingPattern();
      }
      default -> throw BACKTRACK;
    }
  }

  /** signed_number, or a complex literal like -1+2j (a BinOp of two constants). */
  private Expr signedOrComplex() {
    Expr real = signedNumber();
    if (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
      Token op = next();
      Token num = peek();
      if (num.kind() != TokenKind.NUMBER) {
        throw BACKTRACK;
      }
      next();
      if (real instanceof Expr.Constant c && c.value() instanceof Expr.Imaginary
          || real instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c2
          && c2.value() instanceof Expr.Imaginary) {
        throw errorAt(real.pos(), real.pos(), "real number required in complex literal");
      }
      Object v = Literals.parseNumber(num.text(), literalSink(num));
      Expr imag = new Expr.Constant(v, null, pos(num, num));
      if (!(v instanceof Expr.Imaginary)) {
        throw errorAt(imag.pos(), imag.pos(), "imaginary number required in complex literal");
      }
      return new Expr.BinOp(real, op.kind() == TokenKind.PLUS ? Operator.ADD : Operator.SUB,
          imag, Pos.span(real.pos(), imag.pos()));
    }
    return real;
  }

  private Expr signedNumber() {
    Token t = peek();
    if (t.kind() == TokenKind.MINUS) {
      next();
      Token num = peek();
      if (num.kind() != TokenKind.NUMBER) {
        throw BACKTRACK;
      }
      next();
      Expr c = new Expr.Constant(Literals.parseNumber(num.text(), literalSink(num)), null, pos(num, num));
      return new Expr.UnaryOp(UnaryOperator.USUB, c, posFrom(t));
    }
    Token num = expect(TokenKind.NUMBER);
    return new Expr.Constant(Literals.parseNumber(num.text(), literalSink(num)), null, pos(num, num));
  }

  /** Capture, wildcard, value (dotted name) or class pattern. */
  private Pattern namePattern() {
    Token first = next();
    Expr e = new Expr.Name(first.text(), ExprContext.LOAD, pos(first, first));
    boolean dotted = false;
    while (at(TokenKind.DOT)) {
      next();
      Token attr = expect(TokenKind.NAME);
      e = new Expr.Attribute(e, attr.text(), ExprContext.LOAD, posFrom(first));
      dotted = true;
    }
    if (at(TokenKind.LPAR)) {
      return classPattern(first, e);
    }
    if (dotted) {
      return new Pattern.MatchValue(e, e.pos());
    }
    if (first.text().equals("_")) {
      return new Pattern.MatchAs(null, null, pos(first, first));
    }
    return new Pattern.MatchAs(null, first.text(), pos(first, first));
  }

  private Pattern classPattern(Token start, Expr cls) {
    next(); // (
    bracketDepth++;
    List<Pattern> patterns = new ArrayList<>();
    List<String> kwdAttrs = new ArrayList<>();
    List<Pattern> kwdPatterns = new ArrayList<>();
    while (!at(TokenKind.RPAR)) {
      if (at(TokenKind.NAME) && kind(1) == TokenKind.EQUAL) {
        Token name = next();
        next();
        kwdAttrs.add(name.text());
        kwdPatterns.add(pattern());
      } else {
        Pattern pat = pattern();
        if (!kwdAttrs.isEmpty()) {
          throw errorAt(pat.pos(), pat.pos(), "positional patterns follow keyword patterns");
        }
        patterns.add(pat);
      }
      if (!accept(TokenKind.COMMA)) {
        break;
      }
    }
    expect(TokenKind.RPAR);
    bracketDepth--;
    return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, posFrom(start));
  }

  private Pattern mappingPattern() {
    Token open = next();
    bracketDepth++;
    List<Expr> keys = new ArrayList<>();
    List<Pattern> values = new ArrayList<>();
    String rest = null;
    while (!at(TokenKind.RBRACE)) {
      if (at(TokenKind.DOUBLESTAR)) {
        next();
        Token name = expect(TokenKind.NAME);
        if (name.text().equals("_")) {
          throw BACKTRACK; // "**_" is not a capture target
        }
        rest = name.text();
        accept(TokenKind.COMMA);
        if (!at(TokenKind.RBRACE)) {
          throw BACKTRACK;
        }
        break;
      }
      keys.add(mappingKey());
      expect(TokenKind.COLON);
      values.add(pattern());
      if (!accept(TokenKind.COMMA)) {
        break;
      }
    }
    expect(TokenKind.RBRACE);
    bracketDepth--;
    return new Pattern.MatchMapping(keys, values, rest, posFrom(open));
  }

  /** literal_expr | attr: the key of a mapping pattern. */
  private Expr mappingKey() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER, MINUS -> {
        return signedOrComplex();
      }
      case STRING, FSTRING_START -> {
        return strings();
      }
      case NONE -> {
        next();
        return new Expr.Constant(Expr.Singleton.NONE, null, pos(t, t));
      }
      case TRUE -> {
        next();
        return new Expr.Constant(Boolean.TRUE, null, pos(t, t));
      }
      case FALSE -> {
        next();
        return new Expr.Constant(Boolean.FALSE, null, pos(t, t));
      }
      case NAME -> {
        next();
        Expr e = new Expr.Name(t.text(), ExprContext.LOAD, pos(t, t));
        if (!at(TokenKind.DOT)) {
          throw BACKTRACK;
        }
        while (accept(TokenKind.DOT)) {
          Token attr = expect(TokenKind.NAME);
          e = new Expr.Attribute(e, attr.text(), ExprContext.LOAD, posFrom(t));
        }
        return e;
      }
      default -> throw BACKTRACK;
    }
  }
}
