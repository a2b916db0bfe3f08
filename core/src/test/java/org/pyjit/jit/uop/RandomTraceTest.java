package org.pyjit.jit.uop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The uop interpreter on {@value RandomTraceCases#COUNT} seeded random traces agrees with an
 * independent evaluator written in Python and run under CPython 3.13
 * (resources/uops/random_traces.py; its output random-traces.tsv is committed): the exit
 * taken, the budget left, every frame slot and every list element; and so does every case
 * whose rotated loop RangeLoopUnroller can unroll, unrolled.
 */
class RandomTraceTest {
  @Test
  void interpreterAgreesWithCPythonOnRandomTraces() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/uops/random-traces.tsv")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> failures = new ArrayList<>();
    int n = 0;
    int unrolledCases = 0;
    for (String line : expected.split("\n")) {
      String[] f = line.split("\t", -1);
      RandomTraces.Case c = RandomTraces.generate(Long.parseLong(f[0]));
      String text = TracePrinter.print(c.trace());
      assertThat(Long.toString(RandomTraceCases.crc(text)))
          .as("seed %s: the generator changed; regenerate random-traces.tsv (see"
              + " random_traces.py)", f[0])
          .isEqualTo(f[1]);
      String got = RandomTraceCases.interpret(c);
      if (!got.equals(line)) {
        failures.add("seed " + f[0] + "\n" + text + "expected " + line + "\n     got " + got);
      }
      // the same case with its rotated loop unrolled (groups of 3, any body length) must
      // give the same result: exits, budget, frame, lists
      Trace unrolled = unrolled(c.trace());
      if (unrolled != c.trace()) {
        unrolledCases++;
        String gotUnrolled = RandomTraceCases.interpret(new RandomTraces.Case(c.seed(), unrolled, c.frame(),
            c.intList(), c.floatList(), c.budget(), c.interrupt()));
        if (!withoutCrc(gotUnrolled).equals(withoutCrc(line))) { // the CRC is of the trace's text
          failures.add("seed " + f[0] + " unrolled\n" + unrolled + "expected " + line + "\n     got " + gotUnrolled);
        }
      }
      n++;
    }
    assertThat(n).isEqualTo(RandomTraceCases.COUNT);
    assertThat(unrolledCases).isGreaterThan(RandomTraceCases.COUNT / 10);
    assertThat(failures.isEmpty() ? "" : failures.size() + " cases differ; the first: " + failures.getFirst())
        .isEmpty();
  }

  @Test
  void generatorCoversEveryUopAndEveryKindOfExit() {
    Set<Uop> seen = EnumSet.noneOf(Uop.class);
    int loops = 0;
    for (int seed = 0; seed < RandomTraceCases.COUNT; seed++) {
      Trace t = RandomTraces.generate(seed).trace();
      for (UopInstruction in : t.code()) {
        seen.add(in.uop());
      }
      for (UopInstruction in : unrolled(t).code()) {
        seen.add(in.uop()); // JUMP_RANGE_GROUP and ITER_NEXT_RANGE come only from unrolling
      }
      if (t.code().stream().anyMatch(in -> in.uop() == Uop.JUMP_BACKWARD || in.uop() == Uop.JUMP_BACKWARD_RANGE)) {
        loops++;
      }
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(seen))).isEmpty();
    assertThat(loops).isGreaterThan(RandomTraceCases.COUNT / 2);
  }

  /** A case's result line without its second field, the CRC of the trace's text. */
  static String withoutCrc(String line) {
    String[] f = line.split("\t", -1);
    f[1] = "";
    return String.join("\t", f);
  }

  static Trace unrolled(Trace t) {
    return RangeLoopUnroller.unroll(t, 3, Integer.MAX_VALUE);
  }

  @Test
  void sameSeedSameCase() {
    for (int seed : new int[] {0, 7, 1234}) {
      assertThat(RandomTraceCases.caseText(RandomTraces.generate(seed)))
          .isEqualTo(RandomTraceCases.caseText(RandomTraces.generate(seed)));
    }
  }
}
