package org.pyjit.ast;

import java.util.List;
import org.pyjit.runtime.Repr;

/**
 * Turns an expression back into source text exactly as CPython 3.13's compiler does for the
 * annotations of {@code from __future__ import annotations} (its C unparser, which differs
 * from {@code ast.unparse} in places: {@code lambda*a: 1}, {@code x[*a,]}, {@code 2 ** (-1)}).
 *
 * <p>Contract: {@link #unparse} gives the string CPython stores for an annotation whose tree
 * is {@code e}, which must be the unfolded tree the parser made (CPython does not fold
 * annotations under the future import). Parentheses are written from operator precedence
 * alone, never from the source; literals are written as their repr, except that an infinite
 * float (or an infinite part of a complex) is written {@code 1e309} so that the text
 * evaluates back to the same value; f-strings are rebuilt as {@code f} plus the repr of
 * their body with braces doubled.
 */
public final class ExprUnparser {
  // Precedence levels, lowest first: a subexpression is parenthesized when the level its
  // context asks for is above its own.
  private static final int TUPLE = 0;
  private static final int TEST = 1; // if-else, lambda
  private static final int OR = 2;
  private static final int AND = 3;
  private static final int NOT = 4;
  private static final int CMP = 5;
  private static final int BOR = 6;
  private static final int BXOR = 7;
  private static final int BAND = 8;
  private static final int SHIFT = 9;
  private static final int ARITH = 10;
  private static final int TERM = 11;
  private static final int FACTOR = 12;
  private static final int POWER = 13;
  private static final int AWAIT = 14;
  private static final int ATOM = 15;

  private static final String INF = "1e309";

  private final StringBuilder out = new StringBuilder();

  private ExprUnparser() {}

  /** The annotation string CPython 3.13 makes of {@code e}. */
  public static String unparse(Expr e) {
    ExprUnparser u = new ExprUnparser();
    u.expr(e, TEST);
    return u.out.toString();
  }

  private static String unparse(Expr e, int level) {
    ExprUnparser u = new ExprUnparser();
    u.expr(e, level);
    return u.out.toString();
  }

  private void open(boolean paren) {
    if (paren) {
      out.append('(');
    }
  }

  private void close(boolean paren) {
    if (paren) {
      out.append(')');
    }
  }

  private void expr(Expr e, int level) {
    switch (e) {
      case Expr.BoolOp b -> {
        int pr = b.op() == BoolOperator.AND ? AND : OR;
        open(level > pr);
        joined(b.values(), b.op() == BoolOperator.AND ? " and " : " or ", pr + 1);
        close(level > pr);
      }
      case Expr.BinOp b -> binOp(b, level);
      case Expr.UnaryOp u -> {
        int pr = u.op() == UnaryOperator.NOT ? NOT : FACTOR;
        open(level > pr);
        out.append(u.op() == UnaryOperator.NOT ? "not " : u.op().symbol);
        expr(u.operand(), pr);
        close(level > pr);
      }
      case Expr.Lambda l -> {
        open(level > TEST);
        // CPython writes the space only when there is a positional parameter: "lambda*a: 1"
        boolean positional = !l.args().posonlyargs().isEmpty() || !l.args().args().isEmpty();
        out.append(positional ? "lambda " : "lambda");
        arguments(l.args());
        out.append(": ");
        expr(l.body(), TEST);
        close(level > TEST);
      }
      case Expr.IfExp i -> {
        open(level > TEST);
        expr(i.body(), TEST + 1);
        out.append(" if ");
        expr(i.test(), TEST + 1);
        out.append(" else ");
        expr(i.orelse(), TEST);
        close(level > TEST);
      }
      case Expr.DictExpr d -> {
        out.append('{');
        for (int i = 0; i < d.keys().size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          Expr k = d.keys().get(i);
          if (k == null) {
            out.append("**");
            expr(d.values().get(i), BOR);
          } else {
            expr(k, TEST);
            out.append(": ");
            expr(d.values().get(i), TEST);
          }
        }
        out.append('}');
      }
      case Expr.SetExpr s -> {
        if (s.elts().isEmpty()) {
          out.append("{*()}");
        } else {
          out.append('{');
          joined(s.elts(), ", ", TEST);
          out.append('}');
        }
      }
      case Expr.ListComp c -> comprehension("[", c.elt(), null, c.generators(), "]");
      case Expr.SetComp c -> comprehension("{", c.elt(), null, c.generators(), "}");
      case Expr.DictComp c -> comprehension("{", c.key(), c.value(), c.generators(), "}");
      case Expr.GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
      case Expr.Yield y -> {
        if (y.value() == null) {
          out.append("(yield)");
        } else {
          out.append("(yield ");
          expr(y.value(), TEST);
          out.append(')');
        }
      }
      case Expr.YieldFrom y -> {
        out.append("(yield from ");
        expr(y.value(), TEST);
        out.append(')');
      }
      case Expr.Await a -> {
        open(level > AWAIT);
        out.append("await ");
        expr(a.value(), ATOM);
        close(level > AWAIT);
      }
      case Expr.Compare c -> {
        open(level > CMP);
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.ops().size(); i++) {
          out.append(' ').append(c.ops().get(i).symbol).append(' ');
          expr(c.comparators().get(i), CMP + 1);
        }
        close(level > CMP);
      }
      case Expr.Call c -> call(c);
      case Expr.JoinedStr j -> {
        out.append('f').append(Repr.str(fstringBody(j.values(), false)));
      }
      case Expr.FormattedValue f -> out.append(formattedValue(f));
      case Expr.Constant c -> constant(c);
      case Expr.Attribute a -> {
        expr(a.value(), ATOM);
        // "1.real" would read as a float: an int needs the space
        boolean intValue = a.value() instanceof Expr.Constant k
            && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
        out.append(intValue ? " ." : ".").append(a.attr());
      }
      case Expr.Subscript s -> {
        expr(s.value(), ATOM);
        out.append('[');
        expr(s.slice(), TUPLE);
        out.append(']');
      }
      case Expr.Starred s -> {
        out.append('*');
        expr(s.value(), BOR);
      }
      case Expr.Name n -> out.append(n.id());
      case Expr.ListExpr l -> {
        out.append('[');
        joined(l.elts(), ", ", TEST);
        out.append(']');
      }
      case Expr.TupleExpr t -> tuple(t, level);
      case Expr.Slice s -> {
        if (s.lower() != null) {
          expr(s.lower(), TEST);
        }
        out.append(':');
        if (s.upper() != null) {
          expr(s.upper(), TEST);
        }
        if (s.step() != null) {
          out.append(':');
          expr(s.step(), TEST);
        }
      }
      case Expr.NamedExpr n -> {
        open(level > TUPLE);
        expr(n.target(), ATOM);
        out.append(" := ");
        expr(n.value(), ATOM);
        close(level > TUPLE);
      }
    }
  }

  private void joined(List<Expr> items, String separator, int level) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      expr(items.get(i), level);
    }
  }

  private void binOp(Expr.BinOp b, int level) {
    int pr = switch (b.op()) {
      case ADD, SUB -> ARITH;
      case MULT, MAT_MULT, DIV, MOD, FLOOR_DIV -> TERM;
      case LSHIFT, RSHIFT -> SHIFT;
      case BIT_OR -> BOR;
      case BIT_XOR -> BXOR;
      case BIT_AND -> BAND;
      case POW -> POWER;
    };
    // ** groups to the right, the others to the left: the operand on the grouping side may
    // sit at the same level, the other must bind tighter
    int rightAssoc = b.op() == Operator.POW ? 1 : 0;
    open(level > pr);
    expr(b.left(), pr + rightAssoc);
    out.append(' ').append(b.op().symbol).append(' ');
    expr(b.right(), pr + 1 - rightAssoc);
    close(level > pr);
  }

  private void tuple(Expr.TupleExpr t, int level) {
    if (t.elts().isEmpty()) {
      out.append("()");
      return;
    }
    open(level > TUPLE);
    joined(t.elts(), ", ", TEST);
    if (t.elts().size() == 1) {
      out.append(',');
    }
    close(level > TUPLE);
  }

  private void comprehension(String left, Expr elt, Expr value,
      List<Expr.Comprehension> generators, String right) {
    out.append(left);
    expr(elt, TEST);
    if (value != null) {
      out.append(": ");
      expr(value, TEST);
    }
    for (Expr.Comprehension g : generators) {
      out.append(g.isAsync() != 0 ? " async for " : " for ");
      expr(g.target(), TUPLE);
      out.append(" in ");
      expr(g.iter(), TEST + 1);
      for (Expr cond : g.ifs()) {
        out.append(" if ");
        expr(cond, TEST + 1);
      }
    }
    out.append(right);
  }

  private void call(Expr.Call c) {
    expr(c.func(), ATOM);
    // f(x for x in y): a lone generator argument keeps the call's parentheses as its own
    if (c.args().size() == 1 && c.keywords().isEmpty()
        && c.args().get(0) instanceof Expr.GeneratorExp g) {
      expr(g, TEST);
      return;
    }
    out.append('(');
    boolean first = true;
    for (Expr a : c.args()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      expr(a, TEST);
    }
    for (Expr.Keyword k : c.keywords()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(k.arg() == null ? "**" : k.arg() + "=");
      expr(k.value(), TEST);
    }
    out.append(')');
  }

  /** A lambda's parameters (which never have annotations). */
  private void arguments(Arguments a) {
    boolean first = true;
    int posonly = a.posonlyargs().size();
    int count = posonly + a.args().size();
    int defaults = a.defaults().size();
    for (int i = 0; i < count; i++) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(i < posonly ? a.posonlyargs().get(i).arg() : a.args().get(i - posonly).arg());
      int d = i - count + defaults;
      if (d >= 0) {
        out.append('=');
        expr(a.defaults().get(d), TEST);
      }
      if (i + 1 == posonly) {
        out.append(", /");
      }
    }
    if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append('*');
      if (a.vararg() != null) {
        out.append(a.vararg().arg());
      }
    }
    for (int i = 0; i < a.kwonlyargs().size(); i++) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(a.kwonlyargs().get(i).arg());
      Expr d = a.kwDefaults().get(i);
      if (d != null) {
        out.append('=');
        expr(d, TEST);
      }
    }
    if (a.kwarg() != null) {
      if (!first) {
        out.append(", ");
      }
      out.append("**").append(a.kwarg().arg());
    }
  }

  private void constant(Expr.Constant c) {
    if (c.value() == Expr.Singleton.ELLIPSIS) {
      out.append("...");
      return;
    }
    if (c.kind() != null) {
      out.append(c.kind());
    }
    out.append(switch (c.value()) {
      case String s -> Repr.str(s);
      case Expr.StrCodePoints s -> Repr.str(s.codePoints());
      case Boolean b -> b ? "True" : "False";
      case Double d -> Double.isInfinite(d) ? INF : Repr.floatRepr(d);
      case Expr.Imaginary im -> Repr.complexRepr(0.0, im.imag()).replace("inf", INF);
      case Expr.Bytes b -> Repr.bytes(b.data());
      case Expr.Singleton s -> s.repr;
      default -> c.value().toString(); // int: Long or BigInteger
    });
  }

  /**
   * The text between an f-string's quotes: literal parts with braces doubled, replacement
   * fields rebuilt; a format spec is such a body too, written without quotes.
   */
  private static String fstringBody(List<Expr> values, boolean formatSpec) {
    StringBuilder body = new StringBuilder();
    for (Expr v : values) {
      fstringElement(body, v, formatSpec);
    }
    return body.toString();
  }

  private static void fstringElement(StringBuilder body, Expr v, boolean formatSpec) {
    switch (v) {
      case Expr.Constant c -> {
        String s = c.value() instanceof Expr.StrCodePoints cp
            ? new String(cp.codePoints(), 0, cp.codePoints().length) : (String) c.value();
        body.append(s.replace("{", "{{").replace("}", "}}"));
      }
      case Expr.JoinedStr j -> {
        String inner = fstringBody(j.values(), formatSpec);
        body.append(formatSpec ? inner : "f" + Repr.str(inner));
      }
      case Expr.FormattedValue f -> body.append(formattedValue(f));
      default -> throw new IllegalArgumentException("not an f-string part: " + v.typeName());
    }
  }

  private static String formattedValue(Expr.FormattedValue f) {
    // above TEST so that a lambda's ':' cannot be read as the start of a format spec
    String value = unparse(f.value(), TEST + 1);
    StringBuilder sb = new StringBuilder(value.startsWith("{") ? "{ " : "{");
    sb.append(value);
    if (f.conversion() > 0) {
      sb.append('!').append((char) f.conversion());
    }
    if (f.formatSpec() != null) {
      sb.append(':');
      fstringElement(sb, f.formatSpec(), true);
    }
    return sb.append('}').toString();
  }
}
