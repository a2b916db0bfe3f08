package org.pyjit.jit.stencil;

/**
 * One relocation of a stencil's code: at {@code offset}, write the value of {@code symbol}
 * plus {@code addend} in the way {@code kind} says. {@code symbol} is a hole name
 * (_JIT_CONTINUE, _JIT_SLOT_A, ...), ".data" for the stencil's own read-only data, or a
 * helper function of the C library reached through the trace's GOT.
 */
public record Hole(int offset, HoleKind kind, String symbol, long addend) {
  HoleSymbol value() {
    return HoleSymbol.of(symbol);
  }
}
