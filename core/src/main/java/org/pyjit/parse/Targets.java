package org.pyjit.parse;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, as
 * CPython's grammar does with its *_target rules: names, attributes, subscripts, and
 * (starred) lists and tuples of targets get the Store or Del context; anything else is a
 * SyntaxError naming the first invalid part the way CPython names it
 * (_PyPegen_get_expr_name: "literal", "function call", ...).
 */
final class Targets {
  enum Mode {
    /** assignment targets: "cannot assign to X". */
    STAR,
    /** for-loop and comprehension targets. */
    FOR,
    /** del targets: "cannot delete X". */
    DEL
  }

  private Targets() {}

  static Expr store(ParserBase p, Expr e, Mode mode) {
    Expr bad = invalid(e, mode);
    if (bad != null) {
      String verb = mode == Mode.DEL ? "cannot delete " : "cannot assign to ";
      throw p.errorAt(bad.pos(), bad.pos(), verb + exprName(bad));
    }
    return withContext(e, mode == Mode.DEL ? ExprContext.DEL : ExprContext.STORE);
  }

  /** The first part of {@code e} that cannot be a target, or null if it is a valid target. */
  static Expr invalid(Expr e, Mode mode) {
    if (e instanceof Expr.Name n) {
      return null;
    } else if (e instanceof Expr.Attribute a) {
      return null;
    } else if (e instanceof Expr.Subscript s) {
      return null;
    } else if (e instanceof Expr.Starred s) {
      return mode == Mode.DEL ? e : invalid(s.value(), mode);
    } else if (e instanceof Expr.ListExpr l) {
      for (Expr x : l.elts()) {
        Expr bad = invalid(x, mode);
        if (bad != null) {
          return bad;
        }
      }
      return null;
    } else if (e instanceof Expr.TupleExpr t) {
      for (Expr x : t.elts()) {
        Expr bad = invalid(x, mode);
        if (bad != null) {
          return bad;
        }
      }
      return null;
    } else if (e instanceof Expr.Compare c && mode == Mode.FOR) {
      // "for x in y in z": the first 'in' belongs to the for statement
      if (c.ops().getFirst() == org.pyjit.ast.CmpOperator.IN) {
        return invalid(c.left(), mode);
      }
      return null;
    } else {
      return e;
    }
  }

  static Expr withContext(Expr e, ExprContext ctx) {
    if (e instanceof Expr.Name n) {
      return new Expr.Name(n.id(), ctx, n.pos());
    } else if (e instanceof Expr.Attribute a) {
      return new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
    } else if (e instanceof Expr.Subscript s) {
      return new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
    } else if (e instanceof Expr.Starred s) {
      return new Expr.Starred(withContext(s.value(), ctx), ctx, s.pos());
    } else if (e instanceof Expr.ListExpr l) {
      return new Expr.ListExpr(all(l.elts(), ctx), ctx, l.pos());
    } else if (e instanceof Expr.TupleExpr t) {
      return new Expr.TupleExpr(all(t.elts(), ctx), ctx, t.pos());
    }
    return e;
  }

  private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
    List<Expr> out = new ArrayList<>(elts.size());
    for (Expr x : elts) {
      out.add(withContext(x, ctx));
    }
    return out;
  }

  /** How CPython names an expression in error messages. */
  static String exprName(Expr e) {
    return switch (e) {
      case Expr.Attribute a -> "attribute";
      case Expr.Subscript s -> "subscript";
      case Expr.Starred s -> "starred";
      case Expr.Name n -> "name";
      case Expr.ListExpr l -> "list";
      case Expr.TupleExpr t -> "tuple";
      case Expr.Lambda l -> "lambda";
      case Expr.Call c -> "function call";
      case Expr.BoolOp b -> "expression";
      case Expr.BinOp b -> "expression";
      case Expr.UnaryOp u -> "expression";
      case Expr.GeneratorExp g -> "generator expression";
      case Expr.Yield y -> "yield expression";
      case Expr.YieldFrom y -> "yield expression";
      case Expr.Await a -> "await expression";
      case Expr.ListComp l -> "list comprehension";
      case Expr.SetComp s -> "set comprehension";
      case Expr.DictComp d -> "dict comprehension";
      case Expr.DictExpr d -> "dict literal";
      case Expr.SetExpr s -> "set display";
      case Expr.JoinedStr j -> "f-string expression";
      case Expr.FormattedValue f -> "f-string expression";
      case Expr.Constant c -> {
        Object v = c.value();
        if (v == Expr.Singleton.NONE) {
          yield "None";
        } else if (v == Boolean.TRUE) {
          yield "True";
        } else if (v == Boolean.FALSE) {
          yield "False";
        } else if (v == Expr.Singleton.ELLIPSIS) {
          yield "ellipsis";
        }
        yield "literal";
      }
      case Expr.Compare c -> "comparison";
      case Expr.IfExp i -> "conditional expression";
      case Expr.NamedExpr n -> "named expression";
      case Expr.Slice s -> "slice";
    };
  }
}
