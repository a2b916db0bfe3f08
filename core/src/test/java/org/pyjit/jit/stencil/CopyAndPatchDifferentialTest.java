package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.exec.DifferentialCheck;
import org.pyjit.jit.exec.Executor;
import org.pyjit.jit.uop.RandomTraces;

/**
 * The copy-and-patch backend through the uop layer's own differential harness: 2,000 of its
 * seeded random cases (every uop, loops, guards, branches, int and float lists, budgets, the
 * interrupt flag), each run by an executor with native code and by the uop interpreter, must
 * agree on the exit, the budget, every slot and every list element.
 */
class CopyAndPatchDifferentialTest {
  @Test
  void agreesWithTheInterpreterOnRandomCases() {
    List<String> differences = new ArrayList<>();
    int nativeRuns = 0;
    for (long seed = 0; seed < 2000; seed++) {
      RandomTraces.Case c = RandomTraces.generate(seed);
      try (Executor ex = Executor.create(c.trace(), CopyAndPatch.INSTANCE)) {
        assertThat(ex.isNative()).as("seed %d: %s", seed, ex.fallbackReason()).isTrue();
        nativeRuns++;
      }
      String d = DifferentialCheck.compare(c, CopyAndPatch.INSTANCE);
      if (d != null && differences.size() < 5) {
        differences.add(d);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(nativeRuns).isEqualTo(2000);
  }
}
