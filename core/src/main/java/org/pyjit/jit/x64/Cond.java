package org.pyjit.jit.x64;

/**
 * Condition codes of jcc, setcc and cmovcc. The ordinal is the hardware cc nibble (added to the
 * opcodes 0x70, 0x0F80, 0x0F90, 0x0F40), and the encoding pairs each condition with its
 * negation in the lowest bit, which is how {@link #negate()} works. Names follow the unsigned
 * (B, A) and signed (L, G) conventions of the Intel manual; E/NE are also Z/NZ, B is also C.
 */
public enum Cond {
  O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

  private static final Cond[] VALUES = values();

  /** The cc nibble, 0 to 15. */
  public int encoding() {
    return ordinal();
  }

  /** The condition that holds exactly when this one does not. */
  public Cond negate() {
    return VALUES[ordinal() ^ 1];
  }
}
