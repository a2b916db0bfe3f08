package org.pyjit.jit.uop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/internals/tier2.md's semantics table lists exactly the uops of {@link Uop}, each with
 * its operands in the definition's order (a row may stand for a family written
 * {@code COMPARE_LT_INT d, a, b (and LE, EQ, ...)}).
 */
class UopDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)((?: [a-z]+,?)*)`(?: \\(and ([^)]*)\\))? \\|");

  @Test
  void semanticsTableMatchesTheDefinitions() throws IOException {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../docs/internals/tier2.md"))) {
      Matcher m = ROW.matcher(line);
      if (!m.find() || Uop.byName(m.group(1)) == null && !m.group(1).contains("_LT_")) {
        continue;
      }
      String operands = m.group(2);
      documented.add(m.group(1) + operands);
      if (m.group(3) != null) {
        for (String other : m.group(3).split(",")) {
          String cmp = other.trim().replace("`", "");
          documented.add(m.group(1).replace("_LT_", "_" + cmp + "_") + operands);
        }
      }
    }
    List<String> defined = new ArrayList<>();
    for (Uop uop : Uop.values()) {
      defined.add(uop.signature());
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(defined);
  }
}
