package org.pyjit.jit.x64;

/**
 * The sixteen general-purpose registers of x86-64. The ordinal is the hardware encoding: the
 * low three bits go into ModRM/SIB/opcode, bit 3 into a REX prefix. The 32-, 16- and 8-bit views
 * of a register are chosen by the instruction's width suffix ({@code movl}, {@code setcc}), not
 * by separate enums, so a register is the same value whatever width it is used at.
 */
public enum Reg {
  RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

  /** The hardware number, 0 to 15. */
  public int encoding() {
    return ordinal();
  }

  /** Whether this register needs a REX prefix (any REX) to be addressed as a byte register. */
  boolean byteNeedsRex() {
    int e = ordinal();
    return e >= 4 && e <= 7; // without REX, 4..7 mean ah, ch, dh, bh
  }
}
