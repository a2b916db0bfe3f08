package org.pyjit.jit.x64;

/**
 * A field of the code that depends on where the code and an external symbol end up, patched by
 * {@link MachineCode#link}. The arithmetic is ELF's: PC32 stores {@code S + addend - P} as a
 * signed 32-bit value (P = the field's own address), ABS64 stores {@code S + addend}.
 *
 * @param offset where the field starts in the code
 * @param kind   its width and arithmetic
 * @param symbol the external name, resolved by the caller of link
 * @param addend added to the symbol's address (-4 for a rel32 at the end of its instruction)
 */
public record Relocation(int offset, Kind kind, String symbol, long addend) {
  public enum Kind {
    /** 32-bit PC-relative, range-checked. */
    PC32,
    /** 64-bit absolute. */
    ABS64
  }
}
