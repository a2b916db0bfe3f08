package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyFunction;
import org.pyjit.testing.PythonSource;

/**
 * LOAD_FAST_ATTR_SLOT and LOAD_FAST_ATTR_INSTANCE_VALUE against the unfused pair they
 * stand for: on random sequences of objects (slotted, with a dict, of other classes, with
 * the attribute missing, not instances at all), a function whose attribute loads were
 * fused gives the same results as the same function run with specialization off, and a
 * miss leaves the frame as it was.
 */
class FusedAttributeLoadTest {
  private static final String CLASSES = """
      class S:
          __slots__ = ("a", "b")
          def __init__(self, a, b):
              self.a = a
              self.b = b
      class T(S):
          __slots__ = ()
      class R:
          __slots__ = ("b", "a")
          def __init__(self, a, b):
              self.a = a
              self.b = b
      class D:
          def __init__(self, a, b):
              self.a = a
              self.b = b
      class E:
          def __init__(self, a, b):
              self.b = b
              self.a = a
      def pair(x, y):
          return (x.a, y.b, x.b - y.a)
      def guarded(x):
          try:
              return x.a
          except AttributeError:
              return "missing"
      """;

  private static Object make(PyDict g, Random r, int i) {
    long a = r.nextInt(100);
    long b = r.nextInt(100);
    return switch (r.nextInt(r.nextInt(4) == 0 ? 9 : 2)) {
      case 0, 1 -> Ops.call(g.getStr("S"), new Object[] {a, b}, null);
      case 2 -> Ops.call(g.getStr("T"), new Object[] {a, b}, null);
      case 3 -> Ops.call(g.getStr("R"), new Object[] {a, b}, null);
      case 4 -> Ops.call(g.getStr("D"), new Object[] {a, b}, null);
      case 5 -> Ops.call(g.getStr("E"), new Object[] {a, b}, null);
      case 6 -> { // an instance whose 'a' was deleted
        Object o = Ops.call(g.getStr(r.nextBoolean() ? "S" : "D"), new Object[] {a, b}, null);
        Ops.delattr(o, "a");
        yield o;
      }
      case 7 -> a;
      default -> "s" + i;
    };
  }

  @Test
  void fusedLoadsGiveTheUnfusedResults() {
    for (long seed = 1; seed <= 6; seed++) {
      Specializer.setEnabled(true);
      PyDict fused = PythonSource.run(CLASSES);
      Specializer.setEnabled(false);
      PyDict plain = PythonSource.run(CLASSES);
      Specializer.setEnabled(true);
      Random rf = new Random(seed);
      Random rp = new Random(seed);
      for (int i = 0; i < 400; i++) {
        Object x = make(fused, rf, i);
        Object xp = make(plain, rp, i);
        assertThat(repr(fused, "guarded", x)).isEqualTo(repr(plain, "guarded", xp));
        Object y = make(fused, rf, i);
        Object yp = make(plain, rp, i);
        assertThat(repr(fused, "pair", x, y)).as("seed %d step %d", seed, i)
            .isEqualTo(repr(plain, "pair", xp, yp));
      }
    }
  }

  private static String repr(PyDict g, String fn, Object... args) {
    try {
      return Ops.repr(Ops.call(g.getStr(fn), args, null));
    } catch (org.pyjit.runtime.PyException e) {
      return "raised " + Ops.repr(e.value);
    }
  }

  @Test
  void theFusedFormsAppearOnAHotSite() {
    PyDict g = PythonSource.run(CLASSES + """
        r = [pair(S(i, 1), S(2, i)) for i in range(8)]
        """);
    assertThat(opsOf(g, "pair")).contains(Opcode.LOAD_FAST_ATTR_SLOT)
        .doesNotContain(Opcode.LOAD_FAST);
    assertThat(Ops.repr(g.getStr("r"))).isEqualTo(
        "[(0, 0, -1), (1, 1, -1), (2, 2, -1), (3, 3, -1), (4, 4, -1), (5, 5, -1), (6, 6, -1),"
        + " (7, 7, -1)]");
  }

  @Test
  void aMissTouchesNothing() {
    // local 0 is an int, not an instance: both forms miss and leave the frame as it was
    Object[] frame = {5L, null, null};
    int slotUnit = Opcode.encode(Opcode.LOAD_ATTR_SLOT, 0);
    assertThat(SpecializedOps.loadFastAttrSlot(frame, 1, 0, slotUnit, null))
        .isEqualTo(SpecializedOps.MISS);
    int valueUnit = Opcode.encode(Opcode.LOAD_ATTR_INSTANCE_VALUE, 0);
    assertThat(SpecializedOps.loadFastAttrInstanceValue(frame, 1, 0, valueUnit,
        new String[] {"a"}, null)).isEqualTo(SpecializedOps.MISS);
    // the next unit is not the form fused with (de-specialized, or a method load)
    PyDict g = PythonSource.run(CLASSES + "s = S(1, 2)\n");
    Object[] frame2 = {g.getStr("s"), null, null};
    assertThat(SpecializedOps.loadFastAttrSlot(frame2, 1, 0,
        Opcode.encode(Opcode.LOAD_ATTR, 0), null)).isEqualTo(SpecializedOps.MISS);
    assertThat(SpecializedOps.loadFastAttrSlot(frame2, 1, 0,
        Opcode.encode(Opcode.LOAD_ATTR_SLOT, 1), null)).isEqualTo(SpecializedOps.MISS);
    assertThat(frame2[1]).isNull();
  }

  private static java.util.List<Opcode> opsOf(PyDict g, String function) {
    java.util.List<Opcode> out = new java.util.ArrayList<>();
    for (int unit : ((PyFunction) g.getStr(function)).code.code) {
      out.add(Opcode.of(Opcode.opcodeOf(unit)));
    }
    return out;
  }
}
