package org.pyjit.jit.stencil;

import java.util.List;

/**
 * One uop's machine code with holes. {@code tail} is the offset of the final 5-byte
 * {@code jmp _JIT_CONTINUE}, which the emitter drops when the next uop follows directly, or -1
 * when the stencil does not end that way. {@code data} is read-only data (float constants) that
 * the code reaches RIP-relatively; the emitter places a copy of it after the trace's code.
 */
public record Stencil(String name, byte[] code, byte[] data, List<Hole> holes, int tail) {
  public Stencil {
    holes = List.copyOf(holes);
  }

  /** The bytes this stencil takes when its continuation follows it directly. */
  public int elidedSize() {
    return tail >= 0 ? tail : code.length;
  }

  /** Whether it can continue to a next uop (it has a _JIT_CONTINUE hole). */
  public boolean continues() {
    return usesSymbol(StencilSymbols.CONTINUE);
  }

  /** Whether any hole refers to {@code symbol}. */
  public boolean usesSymbol(String symbol) {
    for (Hole h : holes) {
      if (h.symbol().equals(symbol)) {
        return true;
      }
    }
    return false;
  }
}
