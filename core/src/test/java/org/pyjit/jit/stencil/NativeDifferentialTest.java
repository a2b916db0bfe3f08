package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.ExitInfo;
import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.Operand;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.Uop;
import org.pyjit.jit.uop.UopFlag;
import org.pyjit.jit.uop.UopInstruction;
import org.pyjit.jit.uop.UopInterpreter;
import org.pyjit.jit.uop.ValueKind;

/**
 * Thousands of random well-formed traces (seeded: a failure names its seed), each run by the
 * Java uop interpreter (the reference semantics) and natively from the same frame, state and
 * list contents: the exit taken, every frame slot (any NaN equals any NaN in float slots),
 * every list element, the budget, the recorded exit and every exit's hit count must agree.
 *
 * <p>Frame: slots 0-3 i64, 4-7 f64, 8-9 bool, 10-12 a range, 13-14 a list of i64. A trace is
 * a random body (any native uop, operands of the right kinds, exits of their own, forward
 * JUMP_IF_* and JUMP) either straight (ending in EXIT) or inside a range loop
 * ({@code FOR_ITER_RANGE ...; body; JUMP_BACKWARD}, or rotated: {@code FOR_ITER_RANGE ...; body;
 * JUMP_BACKWARD_RANGE} back to the body) with a random budget and interrupt flag. The
 * backend unrolls the rotated loops whose body is short (RangeLoopUnroller), so the native run
 * goes through JUMP_RANGE_GROUP's groups with guards exiting at any position, budgets running
 * out and interrupts, against the interpreter running the trace as written.
 */
class NativeDifferentialTest {
  static final int SLOTS = 15;
  static final int[] I64 = {0, 1, 2, 3};
  static final int[] F64 = {4, 5, 6, 7};
  static final int[] BOOL = {8, 9};
  static final int RANGE = 10;
  static final int LIST = 13;
  static final int TRACES = 3000;
  static final Set<Uop> CONTROL = EnumSet.of(Uop.JUMP_IF_TRUE, Uop.JUMP_IF_FALSE, Uop.JUMP,
      Uop.JUMP_BACKWARD, Uop.EXIT, Uop.FOR_ITER_RANGE, Uop.JUMP_BACKWARD_RANGE, Uop.JUMP_RANGE_GROUP,
      Uop.ITER_NEXT_RANGE);
  static final long[] INTS = {0, 1, -1, 2, -2, 3, 7, -7, 63, 64, -64, 1L << 53, -(1L << 53) - 1,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1L << 32};
  static final double[] FLOATS = {0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e308, -1e308, 5e-324,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 9.223372036854775807E18, 710.0};

  @Test
  void nativeAndJavaAgreeOnRandomTraces() {
    List<Uop> pool = new ArrayList<>();
    for (Uop u : Uop.values()) {
      if (u.has(UopFlag.NATIVE) && !CONTROL.contains(u)) {
        pool.add(u);
      }
    }
    int exitsTaken = 0;
    int rotatedLoops = 0;
    int budgetExits = 0;
    int cachedTraces = 0;
    int floatCachedTraces = 0;
    int loops = 0;
    int unrolledLoops = 0;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment frameN = arena.allocate(8L * SLOTS, 8);
      MemorySegment stateN = arena.allocate(32, 8);
      MemorySegment listJ = arena.allocate(8 * 8, 8);
      MemorySegment listN = arena.allocate(8 * 8, 8);
      for (int seed = 0; seed < TRACES; seed++) {
        Random rnd = new Random(0x9E3779B97F4A7C15L * (seed + 1)); // spread: sequential seeds start alike
        boolean loop = rnd.nextBoolean();
        Trace trace = randomTrace(rnd, pool, loop, seed);
        long[] frame = randomFrame(rnd);
        int len = rnd.nextInt(6);
        for (int k = 0; k < 8; k++) {
          long v = INTS[rnd.nextInt(INTS.length)];
          listJ.setAtIndex(ValueLayout.JAVA_LONG, k, v);
          listN.setAtIndex(ValueLayout.JAVA_LONG, k, v);
        }
        frame[LIST + 1] = len;
        long budget = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(40);
        long interrupt = rnd.nextInt(10) == 0 ? 1 : 0;

        long[] javaFrame = frame.clone();
        javaFrame[LIST] = listJ.address();
        TraceState stateJ = TraceState.create();
        stateJ.setBudget(budget);
        if (interrupt != 0) {
          stateJ.requestInterrupt();
        }
        ExitTable exitsJ = ExitTable.create(trace.exits().size());
        int exitJ = UopInterpreter.run(trace, javaFrame, stateJ, exitsJ);

        long[] nativeInit = frame.clone();
        nativeInit[LIST] = listN.address();
        MemorySegment.copy(nativeInit, 0, frameN, ValueLayout.JAVA_LONG, 0, SLOTS);
        stateN.fill((byte) 0);
        stateN.set(ValueLayout.JAVA_LONG, 0, interrupt != 0 ? NativeLayout.INTERRUPT_REQUESTED : 0);
        stateN.set(ValueLayout.JAVA_LONG, 8, budget);
        int exitN;
        try (NativeTrace t = NativeTrace.compile(org.pyjit.jit.mem.CodeArena.shared(), trace, StencilTableTest.TABLE)) {
          exitN = (int) t.run(frameN, stateN);
          unrolledLoops += t.trace().size() > trace.size() ? 1 : 0;
          cachedTraces += t.layout().cachedSlots().length > 0 ? 1 : 0;
          floatCachedTraces += t.layout().floatCachedSlots().length > 0 ? 1 : 0;
          String what = "seed " + seed + "\n" + trace;
          assertThat(exitN).as(what).isEqualTo(exitJ);
          long[] nativeFrame = frameN.toArray(ValueLayout.JAVA_LONG);
          for (int s = 0; s < SLOTS; s++) {
            if (s == LIST) {
              continue;
            }
            boolean floatSlot = s >= 4 && s < 8;
            if (floatSlot && Double.isNaN(Double.longBitsToDouble(javaFrame[s]))) {
              assertThat(Double.isNaN(Double.longBitsToDouble(nativeFrame[s]))).as("slot %d, %s", s, what).isTrue();
            } else {
              assertThat(nativeFrame[s]).as("slot %d, %s", s, what).isEqualTo(javaFrame[s]);
            }
          }
          assertThat(listN.toArray(ValueLayout.JAVA_LONG)).as(what).containsExactly(listJ.toArray(ValueLayout.JAVA_LONG));
          assertThat(stateN.get(ValueLayout.JAVA_LONG, 8)).as("budget, " + what).isEqualTo(stateJ.budget());
          assertThat(stateN.get(ValueLayout.JAVA_LONG, 16)).as(what).isEqualTo(stateJ.exitIndex());
          assertThat(stateN.get(ValueLayout.JAVA_LONG, 24)).as(what).isEqualTo(stateJ.exitTrace());
          for (int e = 0; e < trace.exits().size(); e++) {
            assertThat(t.exits().hits(e)).as("hits of e%d, %s", e, what).isEqualTo(exitsJ.hits(e));
          }
        }
        exitsTaken += exitJ != trace.exits().size() - 1 ? 1 : 0;
        budgetExits += loop && exitJ == trace.exits().size() - 2 ? 1 : 0;
        loops += loop ? 1 : 0;
        rotatedLoops += trace.code().stream().anyMatch(in -> in.uop() == Uop.JUMP_BACKWARD_RANGE) ? 1 : 0;
      }
    }
    // The generator must reach both ends: traces that run to their end and guards that exit.
    assertThat(exitsTaken).isBetween(TRACES / 10, TRACES - TRACES / 10);
    assertThat(loops).isBetween(TRACES / 3, 2 * TRACES / 3);
    assertThat(rotatedLoops).isBetween(loops / 4, 3 * loops / 4);
    assertThat(budgetExits).isBetween(TRACES / 50, TRACES / 2);
    // the backend unrolls the rotated loops with short bodies (NativeTrace.prepare)
    assertThat(unrolledLoops).isGreaterThan(rotatedLoops / 5);
    // and many keep slots in registers (the emitter picks register variants by itself)
    assertThat(cachedTraces).isGreaterThan(TRACES / 10);
    assertThat(floatCachedTraces).isGreaterThan(TRACES / 10);
  }

  static long[] randomFrame(Random rnd) {
    long[] f = new long[SLOTS];
    for (int s : I64) {
      f[s] = rnd.nextInt(3) == 0 ? rnd.nextLong() >> rnd.nextInt(64) : INTS[rnd.nextInt(INTS.length)];
    }
    for (int s : F64) {
      double d = rnd.nextInt(3) == 0 ? (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20) : FLOATS[rnd.nextInt(FLOATS.length)];
      f[s] = Double.doubleToRawLongBits(d);
    }
    for (int s : BOOL) {
      f[s] = rnd.nextInt(2);
    }
    long step = rnd.nextBoolean() ? 1 + rnd.nextInt(3) : -1 - rnd.nextInt(3);
    f[RANGE] = rnd.nextInt(10) - 5;
    f[RANGE + 1] = rnd.nextInt(30) - 15;
    f[RANGE + 2] = step;
    return f;
  }

  static Trace randomTrace(Random rnd, List<Uop> pool, boolean loop, int seed) {
    List<long[]> args = new ArrayList<>();
    List<Uop> uops = new ArrayList<>();
    int body = 1 + rnd.nextInt(20);
    int first = loop ? 1 : 0;
    int[] exitCounter = {0};
    for (int k = 0; k < body; k++) {
      Uop u;
      int r = rnd.nextInt(10);
      if (r == 0) {
        u = rnd.nextBoolean() ? Uop.JUMP_IF_TRUE : Uop.JUMP_IF_FALSE;
      } else if (r == 1 && k < body - 1) {
        u = Uop.JUMP;
      } else {
        u = pool.get(rnd.nextInt(pool.size()));
      }
      uops.add(u);
      args.add(null);
    }
    // positions: [FOR_ITER_RANGE] body [JUMP_BACKWARD] EXIT
    int bodyEnd = first + body;
    int exitPos = bodyEnd + (loop ? 1 : 0);
    List<UopInstruction> code = new ArrayList<>();
    boolean rotated = loop && rnd.nextBoolean();
    long loopVar = I64[rnd.nextInt(4)];
    if (loop) {
      code.add(UopInstruction.of(Uop.FOR_ITER_RANGE, loopVar, RANGE, exitPos));
    }
    for (int k = 0; k < body; k++) {
      Uop u = uops.get(k);
      int pc = first + k;
      long[] a = new long[u.operands().size()];
      ValueKind anyKind = rnd.nextBoolean() ? ValueKind.I64 : ValueKind.F64;
      for (int i = 0; i < a.length; i++) {
        Operand o = u.operands().get(i);
        a[i] = switch (o.role()) {
          case EXIT -> exitCounter[0]++;
          case TARGET -> pc + 1 + rnd.nextInt(bodyEnd - pc); // forward, at most to the body's end
          case IMM -> o.kind() == ValueKind.F64
              ? Double.doubleToRawLongBits(FLOATS[rnd.nextInt(FLOATS.length)]) : INTS[rnd.nextInt(INTS.length)];
          default -> slotOf(rnd, o.kind() == ValueKind.ANY ? anyKind : o.kind());
        };
      }
      code.add(UopInstruction.of(u, a));
    }
    int loopExit = exitCounter[0]++;
    if (rotated) {
      code.add(UopInstruction.of(Uop.JUMP_BACKWARD_RANGE, loopVar, RANGE, first, loopExit));
    } else if (loop) {
      code.add(UopInstruction.of(Uop.JUMP_BACKWARD, 0, loopExit));
    }
    int endExit = exitCounter[0]++;
    code.add(UopInstruction.of(Uop.EXIT, endExit));
    List<ExitInfo> exits = new ArrayList<>();
    for (int e = 0; e < exitCounter[0]; e++) {
      exits.add(ExitInfo.unknown());
    }
    return new Trace("random" + seed, seed, SLOTS, code, exits);
  }

  static long slotOf(Random rnd, ValueKind kind) {
    return switch (kind) {
      case I64 -> I64[rnd.nextInt(I64.length)];
      case F64 -> F64[rnd.nextInt(F64.length)];
      case BOOL -> BOOL[rnd.nextInt(BOOL.length)];
      case LIST -> LIST;
      case RANGE -> RANGE;
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }
}
