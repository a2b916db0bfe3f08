package org.pyjit.jit.stencil;

/**
 * How a hole is patched: the relocation kinds the stencil build accepts (tools/stencils/build.py
 * maps the ELF RELA types to these names; any other type fails the build).
 */
public enum HoleKind {
  /** R_X86_64_64: the 64-bit value S + A. */
  ABS64(8),
  /** R_X86_64_PC32 / PLT32: S + A - P as a signed 32-bit value (jumps, calls, RIP-relative). */
  PC32(4),
  /** R_X86_64_32: S + A, zero-extended by the instruction, so it must fit in [0, 2^32). */
  ABS32(4),
  /** R_X86_64_32S: S + A, sign-extended (disp32, imm32), so it must fit in an int. */
  ABS32S(4),
  /** R_X86_64_GOTPCREL(X): G + A - P, where G is the symbol's entry in the trace's GOT. */
  GOTPC32(4);

  private final int width;

  HoleKind(int width) {
    this.width = width;
  }

  /** Bytes patched. */
  public int width() {
    return width;
  }
}
