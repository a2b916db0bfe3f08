package org.pyjit.jit.exec;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.pyjit.jit.uop.RandomTraces;
import org.pyjit.jit.uop.TracePrinter;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.ValueKind;

/**
 * Runs a random case ({@link RandomTraces}) with a backend and with the uop interpreter and
 * says where they differ: the differential test of native backends. Results must agree
 * bit for bit, except that any NaN equals any NaN (docs/internals/tier2.md, "Semantics");
 * list pointer slots are not compared (each run has its own storage).
 */
public final class DifferentialCheck {
  /** What one run left behind. */
  public record Outcome(int exit, long budget, long[] frame, long[] ints, long[] floats) {}

  private DifferentialCheck() {}

  /** Runs the case once with a fresh executor, state and list storage. */
  public static Outcome run(RandomTraces.Case c, TraceCompiler backend) {
    try (Arena arena = Arena.ofConfined();
        Executor ex = Executor.create(c.trace(), backend)) {
      long[] frame = c.frame().clone();
      MemorySegment ints = storage(arena, c.intList());
      MemorySegment floats = storage(arena, c.floatList());
      frame[RandomTraces.INT_LIST] = ints.address();
      frame[RandomTraces.FLOAT_LIST] = floats.address();
      TraceState state = TraceState.create();
      state.setBudget(c.budget());
      if (c.interrupt()) {
        state.requestInterrupt();
      }
      ExitResult r = ex.run(frame, state);
      return new Outcome(r.exit(), state.budget(), frame, ints.toArray(JAVA_LONG),
          floats.toArray(JAVA_LONG));
    }
  }

  private static MemorySegment storage(Arena arena, long[] contents) {
    MemorySegment s = arena.allocate(8L * Math.max(1, contents.length), 8);
    MemorySegment.copy(contents, 0, s, JAVA_LONG, 0, contents.length);
    return s.asSlice(0, 8L * contents.length);
  }

  /** null when the backend and the interpreter agree on the case, else a report. */
  public static String compare(RandomTraces.Case c, TraceCompiler backend) {
    Outcome want = run(c, InterpretedCode.COMPILER);
    Outcome got;
    try {
      got = run(c, backend);
    } catch (RuntimeException e) {
      return "seed " + c.seed() + ": the backend's run failed: " + e + "\n"
          + TracePrinter.print(c.trace());
    }
    StringBuilder diff = new StringBuilder();
    if (want.exit() != got.exit()) {
      diff.append(" exit e").append(got.exit()).append(" instead of e").append(want.exit());
    }
    if (want.budget() != got.budget()) {
      diff.append(" budget ").append(got.budget()).append(" instead of ").append(want.budget());
    }
    for (int i = 0; i < RandomTraces.SLOTS; i++) {
      ValueKind kind = RandomTraces.KINDS[i];
      if (kind != ValueKind.LIST && !same(kind, want.frame()[i], got.frame()[i])) {
        diff.append(" s").append(i).append('=').append(got.frame()[i]).append(" instead of ")
            .append(want.frame()[i]);
      }
    }
    if (!Arrays.equals(want.ints(), got.ints())) {
      diff.append(" int list ").append(Arrays.toString(got.ints())).append(" instead of ")
          .append(Arrays.toString(want.ints()));
    }
    for (int i = 0; i < want.floats().length; i++) {
      if (!same(ValueKind.F64, want.floats()[i], got.floats()[i])) {
        diff.append(" float list [").append(i).append("] differs");
      }
    }
    return diff.isEmpty() ? null
        : "seed " + c.seed() + ":" + diff + "\n" + TracePrinter.print(c.trace());
  }

  private static boolean same(ValueKind kind, long a, long b) {
    return a == b || kind == ValueKind.F64 && Double.isNaN(Double.longBitsToDouble(a))
        && Double.isNaN(Double.longBitsToDouble(b));
  }
}
