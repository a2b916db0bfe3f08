package org.pyjit.ast;

import java.util.List;

/** Expressions: CPython's {@code expr} sum type, plus the expression-only helper nodes. */
public sealed interface Expr extends Node {
  Pos pos();

  record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {}

  record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}

  record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}

  record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {}

  record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}

  record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

  /** A dict display; a {@code null} key stands for a {@code **mapping} entry. */
  record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    @Override
    public String typeName() {
      return "Dict";
    }
  }

  record SetExpr(List<Expr> elts, Pos pos) implements Expr {
    @Override
    public String typeName() {
      return "Set";
    }
  }

  record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

  record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

  record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos)
      implements Expr {}

  record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

  record Await(Expr value, Pos pos) implements Expr {}

  record Yield(Expr value, Pos pos) implements Expr {}

  record YieldFrom(Expr value, Pos pos) implements Expr {}

  record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, Pos pos)
      implements Expr {}

  record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}

  /** {@code conversion} is -1 (none) or the code of 's', 'r' or 'a'. */
  record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos)
      implements Expr {}

  record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

  /**
   * A literal. {@code value} is a {@link Long} or {@link java.math.BigInteger} (int),
   * {@link Double} (float), {@link Imaginary} (complex), {@link String} (str),
   * {@link Bytes} (bytes), {@link Boolean}, or a {@link Singleton}. {@code kind} is "u"
   * for u-prefixed strings and null otherwise.
   */
  record Constant(Object value, String kind, Pos pos) implements Expr {}

  record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {}

  record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {}

  record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {}

  record Name(String id, ExprContext ctx, Pos pos) implements Expr {}

  record ListExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    @Override
    public String typeName() {
      return "List";
    }
  }

  record TupleExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    @Override
    public String typeName() {
      return "Tuple";
    }
  }

  record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}

  // ---- helper nodes used only by expressions ----

  record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
    @Override
    public String typeName() {
      return "comprehension";
    }
  }

  /** A keyword argument; {@code arg} is null for {@code **kwargs}. */
  record Keyword(String arg, Expr value, Pos pos) implements Node {
    @Override
    public String typeName() {
      return "keyword";
    }
  }

  /**
   * The value of a str literal holding surrogate code points that a Java String cannot keep
   * apart: escapes for a high and a low surrogate in a row are two code points in Python,
   * but one character in a String. Only used when that happens; other str values are
   * Strings (a lone surrogate is fine in a String).
   */
  record StrCodePoints(int[] codePoints) {
    @Override
    public boolean equals(Object o) {
      return o instanceof StrCodePoints s && java.util.Arrays.equals(codePoints, s.codePoints);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
      return "StrCodePoints" + java.util.Arrays.toString(codePoints);
    }
  }

  /** The value of a complex literal such as {@code 2j}: a pure imaginary number. */
  record Imaginary(double imag) {}

  /** The value of a bytes literal. Immutable by convention: never write to {@code data}. */
  record Bytes(byte[] data) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && java.util.Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Bytes" + java.util.Arrays.toString(data);
    }
  }

  /** The constants that are neither numbers nor strings. */
  enum Singleton {
    NONE("None"),
    ELLIPSIS("Ellipsis");

    public final String repr;

    Singleton(String repr) {
      this.repr = repr;
    }
  }
}
