package org.pyjit.jit.stencil;

import java.util.List;

/**
 * One uop's machine code with holes. {@code tail} is the offset of the final 5-byte
 * {@code jmp _JIT_CONTINUE}, which the emitter drops when the next uop follows directly, or -1
 * when the stencil does not end that way. {@code data} is read-only data (float constants) that
 * the code reaches RIP-relatively; the emitter places a copy of it after the trace's code.
 */
public record Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail,
    HoleSymbol[] symbols, int usesMask) {
  public Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail) {
    this(name, code, data, List.copyOf(holes), tail, symbols(holes), mask(holes));
  }

  private static HoleSymbol[] symbols(List<Hole> holes) {
    HoleSymbol[] s = new HoleSymbol[holes.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = holes.get(i).value();
    }
    return s;
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
