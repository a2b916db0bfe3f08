package org.pyjit.jit.stencil;

import java.util.List;

/**
 * One uop's machine code with holes. {@code tail} is the offset of the final 5-byte
 * {@code jmp _JIT_CONTINUE}, which the emitter drops when the next uop follows directly, or -1
 * when the stencil does not end that way. {@code data} is read-only data (float constants) that
 * the code reaches RIP-relatively; the emitter places a copy of it after the trace's code.
 */
public record Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail,
    int usesMask, int[] holeOffsets, HoleKind[] holeKinds, long[] holeAddends,
    long[] slotReaches, int[] holeValues) {
  public Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail) {
    this(name, code, data, List.copyOf(holes), tail, mask(holes), offsets(holes),
        holes.stream().map(Hole::kind).toArray(HoleKind[]::new),
        holes.stream().mapToLong(Hole::addend).toArray(), reaches(holes),
        holes.stream().mapToInt(h -> h.value().ordinal()).toArray());
  }

  // The holes' fields again as arrays (holeOffsets, holeKinds, holeAddends, and holeValues,
  // each hole's HoleSymbol by ordinal): the emitter's inner loop reads them per hole without
  // going through the Hole records.
  private static int[] offsets(List<Hole> holes) {
    int[] o = new int[holes.size()];
    for (int i = 0; i < o.length; i++) {
      o[i] = holes.get(i).offset();
    }
    return o;
  }

  /** Per slot operand A, B, C: the largest addend of its holes, -1 when none refers to it. */
  private static long[] reaches(List<Hole> holes) {
    long[] r = {-1, -1, -1};
    for (Hole h : holes) {
      int p = switch (h.value()) {
        case SLOT_A -> 0;
        case SLOT_B -> 1;
        case SLOT_C -> 2;
        default -> -1;
      };
      if (p >= 0) {
        r[p] = Math.max(r[p], h.addend());
      }
    }
    return r;
  }

  /**
   * How far past its own slot operand {@code p}'s holes reach in bytes (a range's step is at
   * +16), or -1 when the stencil does not address that operand: the emitter's frame bound.
   */
  long slotReach(int p) {
    return slotReaches[p];
  }

  private static int mask(List<Hole> holes) {
    int m = 0;
    for (Hole h : holes) {
      m |= 1 << h.value().ordinal();
    }
    return m;
  }

  /** Whether a hole is of this kind of value (a bit test: the emitter asks per uop). */
  boolean uses(HoleSymbol s) {
    return (usesMask & (1 << s.ordinal())) != 0;
  }

  /** The bytes this stencil takes when its continuation follows it directly. */
  public int elidedSize() {
    return tail >= 0 ? tail : code.length;
  }

  /** Whether it can continue to a next uop (it has a _JIT_CONTINUE hole). */
  public boolean continues() {
    return uses(HoleSymbol.CONTINUE);
  }

  /** Whether any hole refers to {@code symbol}. */
  public boolean usesSymbol(String symbol) {
    // by name, for tests and tools; the emitter uses the decoded mask
    for (Hole h : holes) {
      if (h.symbol().equals(symbol)) {
        return true;
      }
    }
    return false;
  }
}
