package org.pyjit.jit.stencil;

import java.util.Arrays;
import java.util.List;

/**
 * One uop's machine code with holes. {@code tail} is the offset of the final 5-byte
 * {@code jmp _JIT_CONTINUE}, which the emitter drops when the next uop follows directly, or -1
 * when the stencil does not end that way. {@code data} is read-only data (float constants) that
 * the code reaches RIP-relatively; the emitter places a copy of it after the trace's code.
 *
 * <p>The other components are the holes decoded once, at load, into what the emitter's loops
 * read: {@code usesMask} (bit per {@link HoleSymbol} ordinal), {@code plan} (the patch plan,
 * below), {@code elidedHoles} (how many of the plan's holes lie before the tail), {@code
 * reachA..C} (see {@link #reach}) and {@code dataOrHelper} (it has read-only data or calls
 * libm: the emitter places data and GOT for it).
 */
public record Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail,
    int usesMask, int[] plan, int elidedHoles, int reachA, int reachB, int reachC, boolean dataOrHelper) {

  /**
   * The patch plan: {@value #PLAN_INTS} ints per hole, sorted by offset (so the holes of the
   * elided tail are a suffix): {@code offset << 8 | write << 5 | symbol ordinal}, the addend,
   * and the hole's index in {@link #holes} (for helpers and error messages). {@code write} is
   * one of the WRITE_ constants: what the kind of relocation does with the value.
   */
  static final int PLAN_INTS = 3;
  /** A sign-extended 32-bit value (R_X86_64_32S). */
  static final int WRITE_ABS32S = 0;
  /** A signed 32-bit value relative to the hole's own address (PC32, GOTPC32). */
  static final int WRITE_PC32 = 1;
  /** A 64-bit value. */
  static final int WRITE_ABS64 = 2;
  /** A zero-extended 32-bit value (R_X86_64_32). */
  static final int WRITE_ABS32 = 3;
  /** A hole naming a libm function, whatever its kind (its GOT entry or address). */
  static final int WRITE_HELPER = 4;

  public Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail) {
    this(name, code, data, List.copyOf(holes), tail, mask(holes), plan(holes),
        elided(holes, tail), reach(holes, HoleSymbol.SLOT_A), reach(holes, HoleSymbol.SLOT_B),
        reach(holes, HoleSymbol.SLOT_C),
        data.length > 0 || (mask(holes) & (1 << HoleSymbol.HELPER.ordinal())) != 0);
  }

  private static int[] plan(List<Hole> holes) {
    Integer[] order = new Integer[holes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(holes.get(x).offset(), holes.get(y).offset()));
    int[] plan = new int[PLAN_INTS * order.length];
    for (int k = 0; k < order.length; k++) {
      Hole h = holes.get(order[k]);
      if (h.addend() != (int) h.addend() || h.offset() < 0 || h.offset() >= 1 << 23) {
        throw new IllegalArgumentException("hole " + h + " out of the emitter's range");
      }
      int write = h.value() == HoleSymbol.HELPER ? WRITE_HELPER : switch (h.kind()) {
        case ABS32S -> WRITE_ABS32S;
        case PC32, GOTPC32 -> WRITE_PC32;
        case ABS64 -> WRITE_ABS64;
        case ABS32 -> WRITE_ABS32;
      };
      plan[PLAN_INTS * k] = h.offset() << 8 | write << 5 | h.value().ordinal();
      plan[PLAN_INTS * k + 1] = (int) h.addend();
      plan[PLAN_INTS * k + 2] = order[k];
    }
    return plan;
  }

  /** How many holes lie before {@code tail} (all when there is no tail). */
  private static int elided(List<Hole> holes, int tail) {
    int n = 0;
    for (Hole h : holes) {
      n += tail < 0 || h.offset() < tail ? 1 : 0;
    }
    return n;
  }

  /**
   * How far past its own slot operand ({@code symbol}: SLOT_A, B or C) the stencil's holes
   * reach in bytes (a range's step is at +16), or -1 when it does not address that operand:
   * the emitter's frame bound.
   */
  private static int reach(List<Hole> holes, HoleSymbol symbol) {
    long r = -1;
    for (Hole h : holes) {
      if (h.value() == symbol) {
        r = Math.max(r, h.addend());
      }
    }
    if (r != (int) r) {
      throw new IllegalArgumentException("slot addend " + r + " out of range");
    }
    return (int) r;
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
