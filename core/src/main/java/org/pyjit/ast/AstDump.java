package org.pyjit.ast;

import java.math.BigInteger;
import java.util.List;
import org.pyjit.runtime.Repr;

/**
 * Prints a tree exactly as CPython 3.13's {@code ast.dump(node)} does with its defaults
 * (annotate_fields=True, include_attributes=False, indent=None, show_empty=False), or with
 * include_attributes=True. Fields that are None or empty lists are left out, except in
 * {@code Constant} and {@code MatchSingleton}; the field list is read from the records, so
 * the node definitions are the single source of the format.
 */
public final class AstDump {
  private final boolean includeAttributes;
  private final StringBuilder out = new StringBuilder();

  private AstDump(boolean includeAttributes) {
    this.includeAttributes = includeAttributes;
  }

  public static String dump(Node node) {
    return dump(node, false);
  }

  public static String dump(Node node, boolean includeAttributes) {
    AstDump d = new AstDump(includeAttributes);
    d.value(node, true);
    return d.out.toString();
  }

  private void node(Node n) {
    out.append(n.typeName()).append('(');
    boolean keepEmpty = n instanceof Expr.Constant || n instanceof Pattern.MatchSingleton;
    boolean first = true;
    Pos pos = null;
    for (NodeFields.Field f : NodeFields.of(n)) {
      Object v = f.get(n);
      if (v instanceof Pos p) {
        pos = p;
        continue;
      }
      String name = f.pyName();
      if (v == null && isOptionalDefaultNone(n, name)) {
        continue;
      }
      if (!keepEmpty && (v == null || (v instanceof List<?> l && l.isEmpty()))) {
        continue;
      }
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(name).append('=');
      value(v, false);
    }
    if (includeAttributes && pos != null) {
      out.append(first ? "" : ", ")
          .append("lineno=").append(pos.lineno())
          .append(", col_offset=").append(pos.colOffset())
          .append(", end_lineno=").append(pos.endLineno())
          .append(", end_col_offset=").append(pos.endColOffset());
    }
    out.append(')');
  }

  /** Constant.kind defaults to None at class level, so a None kind is never shown. */
  private static boolean isOptionalDefaultNone(Node n, String field) {
    return n instanceof Expr.Constant && field.equals("kind");
  }

  private void value(Object v, boolean top) {
    switch (v) {
      case null -> out.append("None");
      case Node n -> node(n);
      case List<?> l -> {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          value(l.get(i), false);
        }
        out.append(']');
      }
      case String s -> out.append(Repr.str(s));
      case Expr.StrCodePoints s -> out.append(Repr.str(s.codePoints()));
      case Boolean b -> out.append(b ? "True" : "False");
      case Long l -> out.append(l.longValue());
      case Integer i -> out.append(i.intValue());
      case BigInteger b -> out.append(b);
      case Double d -> out.append(Repr.floatRepr(d));
      case Expr.Imaginary im -> out.append(Repr.complexRepr(0.0, im.imag()));
      case Expr.Bytes b -> out.append(Repr.bytes(b.data()));
      case Expr.Singleton s -> out.append(s.repr);
      case Operator o -> out.append(o.pyName).append("()");
      case UnaryOperator o -> out.append(o.pyName).append("()");
      case BoolOperator o -> out.append(o.pyName).append("()");
      case CmpOperator o -> out.append(o.pyName).append("()");
      case ExprContext c -> out.append(c.pyName).append("()");
      default -> throw new IllegalArgumentException("not an AST value: " + v.getClass());
    }
  }
}
