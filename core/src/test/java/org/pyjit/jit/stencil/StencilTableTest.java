package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.Uop;
import org.pyjit.jit.uop.UopFlag;

/** The committed table against the uop definitions and the conventions the emitter relies on. */
class StencilTableTest {
  static final StencilTable TABLE = StencilTable.x86_64Linux();

  @Test
  void everyNativeUopHasAStencilAndNothingElseDoes() {
    List<String> expected = new ArrayList<>();
    for (Uop u : Uop.values()) {
      if (u.has(UopFlag.NATIVE)) {
        expected.add(u.name());
      }
    }
    expected.addAll(List.of(StencilSymbols.SHIM, StencilSymbols.EXIT_STUB_NAME, StencilSymbols.LINKABLE_EXIT_STUB,
        StencilSymbols.UNDO_PREFIX + Uop.BINARY_OP_ADD_INT));
    for (int g = 0; g <= StencilSymbols.CACHE_REGISTERS; g++) {
      for (int f = 0; f <= StencilSymbols.CACHE_REGISTERS; f++) {
        if (g + f > 0) {
          String suffix = "#" + g + f;
          assertThat(StencilTable.perCountSuffix(g, f)).isEqualTo(suffix);
          expected.addAll(List.of(StencilSymbols.CACHE_LOAD + suffix, StencilSymbols.EXIT_STUB_NAME + suffix,
              StencilSymbols.LINKABLE_EXIT_STUB + suffix));
        }
      }
    }
    List<String> bases = TABLE.all().keySet().stream().filter(k -> !k.contains("@")).toList();
    assertThat(bases).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void registerVariantsCoverEveryCombinationOfTheirCacheableOperands() {
    int variants = 0;
    for (String name : TABLE.all().keySet()) {
      int at = name.indexOf('@');
      if (at < 0) {
        continue;
      }
      variants++;
      String base = name.substring(0, at);
      Uop u = Uop.valueOf(base.startsWith(StencilSymbols.UNDO_PREFIX)
          ? base.substring(StencilSymbols.UNDO_PREFIX.length()) : base);
      String combo = name.substring(at + 1);
      assertThat(combo).hasSize((int) u.operands().stream().filter(o -> o.role().isSlot()).count());
      int mask = TABLE.cacheableOperands(base);
      int count = Integer.bitCount(mask);
      assertThat(TABLE.all().keySet().stream().filter(k -> k.startsWith(base + "@")).count())
          .as(base).isEqualTo((long) Math.pow(StencilSymbols.CACHE_REGISTERS + 1, count) - 1);
      // a float operand lives in the frame or f0..f2, any other cacheable one in the frame or c0..c2
      int floats = TABLE.floatOperands(base);
      for (int p = 0; p < combo.length(); p++) {
        assertThat(combo.charAt(p)).as(name).isIn((floats & (1 << p)) != 0
            ? List.of('m', 'a', 'b', 'c') : List.of('m', '0', '1', '2'));
      }
      // a cached operand reads or writes its register, never its frame slot
      for (int p = 0; p < combo.length(); p++) {
        String hole = List.of(StencilSymbols.SLOT_A, StencilSymbols.SLOT_B, StencilSymbols.SLOT_C).get(p);
        if (combo.charAt(p) != 'm') {
          // (a range operand still reads its stop and step, at +8 and +16)
          assertThat(TABLE.get(name).holes()).as("%s %s", name, hole)
              .noneMatch(h -> h.symbol().equals(hole) && h.addend() == 0);
        }
      }
    }
    assertThat(variants).isGreaterThan(500);
    // the float arithmetic keeps its operands in xmm registers
    assertThat(TABLE.floatOperands("BINARY_OP_ADD_FLOAT")).isEqualTo(0b111);
    assertThat(TABLE.floatOperands("INT_TO_FLOAT")).isEqualTo(0b01);
    assertThat(TABLE.floatOperands("COMPARE_LT_FLOAT")).isEqualTo(0b110);
    assertThat(TABLE.floatOperands("BINARY_OP_ADD_INT")).isZero();
  }

  @Test
  void stencilsMatchTheirUopsShape() {
    for (Uop u : Uop.values()) {
      Stencil s = TABLE.get(u.name());
      if (s == null) {
        continue;
      }
      assertThat(s.usesSymbol(StencilSymbols.CONTINUE)).as("%s continues", u).isEqualTo(!u.has(UopFlag.TERMINATOR));
      assertThat(s.usesSymbol(StencilSymbols.JUMP_TARGET)).as("%s jumps", u).isEqualTo(u.has(UopFlag.HAS_JUMP));
      assertThat(s.usesSymbol(StencilSymbols.EXIT_STUB)).as("%s exits", u).isEqualTo(u.mayExit() || u == Uop.EXIT);
      long slots = u.operands().stream().filter(o -> o.role().isSlot()).count();
      assertThat(s.usesSymbol(StencilSymbols.SLOT_C)).as("%s slot c", u).isEqualTo(slots >= 3);
    }
  }

  /**
   * An in-place add (d and a one register, b elsewhere) exits through _JIT_EXIT_UNDO, and its
   * undo stencil exists in the same variant; every other variant exits as its frame form.
   */
  @Test
  void inPlaceVariantsExitThroughTheirUndo() {
    int inPlace = 0;
    for (String name : TABLE.all().keySet()) {
      Stencil s = TABLE.get(name);
      if (s.usesSymbol(StencilSymbols.EXIT_UNDO)) {
        inPlace++;
        assertThat(name).startsWith(Uop.BINARY_OP_ADD_INT + "@");
        assertThat(s.usesSymbol(StencilSymbols.EXIT_STUB)).as(name).isFalse();
        Stencil undo = TABLE.get(StencilSymbols.UNDO_PREFIX + name);
        assertThat(undo).as(name).isNotNull();
        assertThat(undo.continues()).isTrue();
        assertThat(undo.data()).isEmpty();
      }
    }
    // d = a in c0, c1 or c2, and b in the frame or one of the two other registers
    assertThat(inPlace).isEqualTo(9);
    assertThat(TABLE.get("BINARY_OP_ADD_INT@11m").usesSymbol(StencilSymbols.EXIT_UNDO)).isTrue();
    assertThat(TABLE.get("BINARY_OP_ADD_INT@110").usesSymbol(StencilSymbols.EXIT_UNDO)).isTrue();
    assertThat(TABLE.get("BINARY_OP_ADD_INT@111").usesSymbol(StencilSymbols.EXIT_UNDO)).isFalse();
    assertThat(TABLE.get("BINARY_OP_ADD_INT@120").usesSymbol(StencilSymbols.EXIT_UNDO)).isFalse();
  }

  @Test
  void everyContinuingStencilEndsInItsElidableJump() {
    for (Stencil s : TABLE.all().values()) {
      if (s.continues() && !s.name().equals(StencilSymbols.SHIM)) {
        // the prologue and every uop, in every variant
        assertThat(s.tail()).as(s.name()).isEqualTo(s.code().length - 5);
        assertThat(s.code()[s.tail()]).as(s.name()).isEqualTo((byte) 0xE9);
        assertThat(s.holes()).as(s.name())
            .contains(new Hole(s.tail() + 1, HoleKind.PC32, StencilSymbols.CONTINUE, -4));
      }
    }
  }

  @Test
  void malformedTablesAreRefused() {
    String head = "digest 00\nclang x\n";
    assertThat(StencilTable.parse(head + "stencil X c3 - -1\n").get("X").code()).containsExactly(0xC3);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StencilTable.parse(head + "stencil X c3 - -1\nhole 0 PC32 _JIT_CONTINUE -4\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StencilTable.parse(head + "stencil X c3 - -1\nhole 0 R_X86_64_TPOFF32 x 0\n"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StencilTable.parse("stencil X c3 - -1\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
