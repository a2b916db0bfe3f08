package org.pyjit.ast;

import java.util.List;
import org.pyjit.runtime.Repr;

/**
 * Renders a tree as a Mermaid flowchart, as the seed talk draws the AST of {@code add}:
 * one box per AST node, edges labelled with the field name, identifiers and constants as
 * leaf nodes, operators and contexts as leaves named like CPython's classes. Empty and
 * None fields are left out, as in {@link AstDump}.
 */
public final class AstMermaid {
  private final StringBuilder out = new StringBuilder("flowchart TD\n");
  private int next;

  private AstMermaid() {}

  public static String render(Node root) {
    AstMermaid m = new AstMermaid();
    m.node(root);
    return m.out.toString();
  }

  private int node(Node n) {
    int id = box(n.typeName());
    for (NodeFields.Field f : NodeFields.of(n)) {
      Object v = f.get(n);
      if (v == null || v instanceof Pos || (v instanceof List<?> l && l.isEmpty())) {
        continue;
      }
      String field = f.pyName();
      if (v instanceof List<?> l) {
        for (Object item : l) {
          edge(id, field, item);
        }
      } else {
        edge(id, field, v);
      }
    }
    return id;
  }

  private void edge(int from, String field, Object v) {
    int to = switch (v) {
      case null -> box("None");
      case Node n -> node(n);
      case Operator o -> box(o.pyName);
      case UnaryOperator o -> box(o.pyName);
      case BoolOperator o -> box(o.pyName);
      case CmpOperator o -> box(o.pyName);
      case ExprContext c -> box(c.pyName);
      case String s -> box(s);
      default -> box(AstDump.dump(new Expr.Constant(v, null, Pos.NONE))
          .replaceFirst("^Constant\\(value=(.*)\\)$", "$1"));
    };
    out.append("  n").append(from).append(" -->|").append(field).append("| n").append(to)
        .append('\n');
  }

  private int box(String label) {
    int id = next++;
    out.append("  n").append(id).append("[\"").append(escape(label)).append("\"]\n");
    return id;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '<' || c == '>' || c == '#' || c == '&' || c < 0x20) {
        sb.append("#").append(c).append(';');
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
