package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.Mod;
import org.pyjit.parse.Parser;
import org.pyjit.testing.Tsv;

/**
 * CPython's compiler refuses ASTs nested deeper than 10,000 levels with a RecursionError,
 * which the parser lets through for left-associative chains; the largest program CPython
 * 3.13 compiles for each shape is in symtable/depth.tsv (regen.py). Runs on a thread with
 * the CLI's stack, as the passes recurse once per level.
 */
class SymtableDepthTest {
  private static final Map<String, IntFunction<String>> SHAPES = Map.of(
      "add", n -> String.join("+", java.util.Collections.nCopies(n, "a")),
      "attribute", n -> "a" + ".b".repeat(n),
      "call", n -> "f" + "()".repeat(n),
      "subscript", n -> "a" + "[0]".repeat(n),
      "add_in_function", n -> "def f():\n    return "
          + String.join("+", java.util.Collections.nCopies(n, "a")) + "\n");

  @Test
  void recursionLimitAsCPython() throws Exception {
    int rows = 0;
    for (String[] row : Tsv.rows("/symtable/depth.tsv")) {
      IntFunction<String> shape = SHAPES.get(row[0]);
      int n = Integer.parseInt(row[1]);
      assertThat(Tsv.text(row[2])).isEqualTo(
          "RecursionError: maximum recursion depth exceeded during compilation");
      assertThat(onBigStack(shape.apply(n))).as(row[0] + " x " + n).isNull();
      assertThat(onBigStack(shape.apply(n + 1))).as(row[0] + " x " + (n + 1))
          .isInstanceOf(CompilerRecursionException.class)
          .hasMessage("maximum recursion depth exceeded during compilation");
      rows++;
    }
    assertThat(rows).isEqualTo(SHAPES.size());
  }

  @Test
  void buildRejectsFunctionType() {
    assertThatThrownBy(() -> Symtable.build(new Mod.FunctionType(java.util.List.of(), null),
        "f", null)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Parses and builds on a 1 GB stack; returns what was thrown, or null. */
  private static Throwable onBigStack(String source) throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        Mod.Module m = Parser.parseModule(source, "deep.py");
        Symtable.build(m, "deep.py", source);
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "deep", 1L << 30);
    t.start();
    t.join();
    return thrown.get();
  }
}
