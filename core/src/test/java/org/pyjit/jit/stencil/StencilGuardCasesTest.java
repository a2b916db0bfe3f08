package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.mem.CodeArena;
import org.pyjit.jit.uop.NativeLayout;
import org.pyjit.jit.uop.OperandRole;
import org.pyjit.jit.uop.Uop;

/**
 * Every arithmetic, comparison, conversion and math stencil on boundary inputs (INT64_MAX + 1,
 * INT64_MIN // -1, shifts of 63 and 64, negative floor division and modulo, -0.0, NaN,
 * infinities, division by zero), against the results CPython 3.13 gives
 * (resources/stencil/guard-cases.txt, written by guard_cases.py there). Each uop runs as
 * {@code UOP s0, s1[, s2], e0; EXIT e1}: a case that Python cannot compute in 64 bits must
 * leave by e0 with the output slot untouched; any other must reach e1 with the right bits.
 * Each runs twice: every operand in its frame slot, and with the register variants the
 * emitter picks (the operands cached in registers, stored back at the exit).
 */
class StencilGuardCasesTest {
  static final long UNTOUCHED = 0x5A5A_5A5A_5A5A_5A5AL;

  record Case(long a, long b, String expected) {}

  static final java.util.function.Predicate<Uop> TABLE_HAS_VARIANTS =
      u -> StencilTableTest.TABLE.cacheableOperands(u.name()) != 0;

  @Test
  void everyCaseAgreesWithCPython() throws IOException {
    Map<String, List<Case>> byUop = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream("/stencil/guard-cases.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" ");
        byUop.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new Case(Long.parseUnsignedLong(f[1], 16), Long.parseUnsignedLong(f[2], 16), f[4]));
      }
    }
    assertThat(byUop).hasSizeGreaterThan(40);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    int variantsRun = 0;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment frame = arena.allocate(32, 8);
      MemorySegment state = arena.allocate(NativeLayout.STATE_BYTES, 8);
      for (Map.Entry<String, List<Case>> e : byUop.entrySet()) {
        Uop uop = Uop.valueOf(e.getKey());
        long[] operands = new long[uop.operands().size()];
        int slot = 0;
        for (int i = 0; i < operands.length; i++) {
          OperandRole r = uop.operands().get(i).role();
          operands[i] = r.isSlot() ? slot++ : 0; // the exit is e0
        }
        List<NativeOp> ops = List.of(NativeOp.of(uop, operands), NativeOp.of(Uop.EXIT, 1));
        for (boolean registers : new boolean[] {false, true}) {
        try (NativeTrace t = NativeTrace.install(CodeArena.shared(), uop.name(), StencilTableTest.TABLE, ops, 2, 7, registers)) {
          if (registers && TABLE_HAS_VARIANTS.test(uop)) {
            variantsRun++;
            assertThat(t.layout().cachedSlots().length + t.layout().floatCachedSlots().length)
                .as("%s cached", uop).isPositive();
          }
          for (Case c : e.getValue()) {
            frame.set(ValueLayout.JAVA_LONG, 0, UNTOUCHED);
            frame.set(ValueLayout.JAVA_LONG, 8, c.a());
            frame.set(ValueLayout.JAVA_LONG, 16, c.b());
            long exit = t.run(frame, state);
            long d = frame.get(ValueLayout.JAVA_LONG, 0);
            String what = "%s %x %x -> %s%s".formatted(uop, c.a(), c.b(), c.expected(), registers ? " (registers)" : "");
            checked++;
            if (c.expected().equals("exit")) {
              if (exit != 0 || d != UNTOUCHED || state.get(ValueLayout.JAVA_LONG, NativeLayout.STATE_EXIT_INDEX) != 0) {
                failures.add(what + ": got exit " + exit + " d " + Long.toHexString(d));
              }
            } else if (exit != 1) {
              failures.add(what + ": left by exit " + exit);
            } else if (c.expected().equals("nan")) {
              if (!Double.isNaN(Double.longBitsToDouble(d))) {
                failures.add(what + ": got " + Long.toHexString(d));
              }
            } else if (d != Long.parseUnsignedLong(c.expected(), 16)) {
              failures.add(what + ": got " + Long.toHexString(d));
            }
          }
          assertThat(t.exitTable().get(ValueLayout.JAVA_LONG, NativeLayout.EXIT_ENTRY_BYTES))
              .as("hits of e1 of %s", uop).isEqualTo(e.getValue().stream().filter(c -> !c.expected().equals("exit")).count());
        }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(2 * 9000);
    assertThat(variantsRun).isGreaterThanOrEqualTo(10);
  }
}
