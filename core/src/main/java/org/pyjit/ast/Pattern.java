package org.pyjit.ast;

import java.util.List;

/** Patterns of match statements: CPython's {@code pattern} sum type. */
public sealed interface Pattern extends Node {
  Pos pos();

  record MatchValue(Expr value, Pos pos) implements Pattern {}

  /** {@code value} is {@link Boolean#TRUE}, {@link Boolean#FALSE} or {@link Expr.Singleton#NONE}. */
  record MatchSingleton(Object value, Pos pos) implements Pattern {}

  record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {}

  record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos)
      implements Pattern {}

  record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
      List<Pattern> kwdPatterns, Pos pos) implements Pattern {}

  record MatchStar(String name, Pos pos) implements Pattern {}

  record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {}

  record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {}
}
