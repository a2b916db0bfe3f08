package org.pyjit.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.parse.Parser;

/**
 * The Mermaid rendering of the seed talk's example, {@code def add(a, b): return a + b}:
 * the talk draws Module -> FunctionDef -> arguments (arg a, arg b) and Return -> BinOp
 * (Name a, Add, Name b). Checked as labelled edges between labelled boxes, and as a tree.
 */
class AstMermaidTest {
  @Test
  void drawsTheSeedExample() {
    String chart = AstMermaid.render(Parser.parseModule("def add(a, b):\n    return a + b\n",
        "add.py"));
    Map<String, String> labels = new HashMap<>();
    Set<String> edges = new HashSet<>();
    Map<String, Integer> incoming = new HashMap<>();
    List<String> lines = chart.lines().toList();
    assertThat(lines.getFirst()).isEqualTo("flowchart TD");
    for (String line : lines.subList(1, lines.size())) {
      String l = line.strip();
      if (l.contains("-->")) {
        String from = l.substring(0, l.indexOf(' '));
        String label = l.substring(l.indexOf('|') + 1, l.lastIndexOf('|'));
        String to = l.substring(l.lastIndexOf(' ') + 1);
        edges.add(labels.get(from) + " -" + label + "-> " + labels.get(to));
        incoming.merge(to, 1, Integer::sum);
      } else {
        String id = l.substring(0, l.indexOf('['));
        labels.put(id, l.substring(l.indexOf("[\"") + 2, l.lastIndexOf("\"]")));
      }
    }
    assertThat(edges).contains(
        "Module -body-> FunctionDef",
        "FunctionDef -name-> add",
        "FunctionDef -args-> arguments",
        "arguments -args-> arg",
        "arg -arg-> a",
        "arg -arg-> b",
        "FunctionDef -body-> Return",
        "Return -value-> BinOp",
        "BinOp -left-> Name",
        "BinOp -op-> Add",
        "BinOp -right-> Name",
        "Name -id-> a",
        "Name -id-> b");
    // a tree: every box but the root has exactly one parent
    assertThat(incoming.keySet()).hasSize(labels.size() - 1).doesNotContain("n0");
    assertThat(incoming.values()).containsOnly(1);
  }
}
