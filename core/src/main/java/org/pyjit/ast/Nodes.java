package org.pyjit.ast;

import java.util.List;
import java.util.function.Consumer;

/** Generic traversal of the tree, from the node records' own fields. */
public final class Nodes {
  private Nodes() {}

  /** Calls {@code action} on each direct child node of {@code n}, in field order. */
  public static void forEachChild(Node n, Consumer<Node> action) {
    for (NodeFields.Field f : NodeFields.of(n)) {
      Object v = f.get(n);
      if (v instanceof Node child) {
        action.accept(child);
      } else if (v instanceof List<?> l) {
        for (Object item : l) {
          if (item instanceof Node child) {
            action.accept(child);
          }
        }
      }
    }
  }
}
