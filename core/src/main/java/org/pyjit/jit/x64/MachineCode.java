package org.pyjit.jit.x64;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The result of {@link Assembler#finish()}: position-independent bytes (every internal
 * reference is PC-relative) followed by the constant pool, plus the relocations that still
 * need the load address and external symbols. {@link #link} produces the bytes for one load
 * address. The code must be loaded at an address that is a multiple of {@link #alignment()}
 * (16 when the pool holds 16-byte constants), or the pool's alignment is lost.
 */
public final class MachineCode {
  private final byte[] code;
  private final int codeEnd;
  private final List<Relocation> relocations;
  private final Map<String, Integer> positions;
  private final int alignment;

  MachineCode(byte[] code, int codeEnd, List<Relocation> relocations,
      Map<String, Integer> positions, int alignment) {
    this.code = code;
    this.codeEnd = codeEnd;
    this.relocations = List.copyOf(relocations);
    this.positions = Map.copyOf(positions);
    this.alignment = alignment;
  }

  /** A copy of the unlinked bytes (relocated fields hold zero). */
  public byte[] code() {
    return code.clone();
  }

  public int size() {
    return code.length;
  }

  /** Where the instructions end: the padding and the constant pool (if any) follow. */
  public int codeEnd() {
    return codeEnd;
  }

  public List<Relocation> relocations() {
    return relocations;
  }

  /** Positions named with {@link Assembler#mark}. */
  public Map<String, Integer> positions() {
    return positions;
  }

  /** The alignment the load address must have (1, 8 or 16). */
  public int alignment() {
    return alignment;
  }

  /**
   * The bytes patched for code placed at {@code loadAddress}, with {@code symbolAddress}
   * giving the address of each external symbol. A PC32 target out of the signed 32-bit range,
   * or a misaligned load address, is an IllegalStateException: nothing wrong is returned.
   */
  public byte[] link(long loadAddress, ToLongFunction<String> symbolAddress) {
    if (Long.remainderUnsigned(loadAddress, alignment) != 0) {
      throw new IllegalStateException("load address 0x" + Long.toHexString(loadAddress)
          + " is not aligned to " + alignment);
    }
    byte[] out = code.clone();
    for (Relocation r : relocations) {
      long s = symbolAddress.applyAsLong(r.symbol());
      switch (r.kind()) {
        case PC32 -> {
          long v = s + r.addend() - (loadAddress + r.offset());
          if (v != (int) v) {
            throw new IllegalStateException("PC32 relocation to " + r.symbol() + " at offset "
                + r.offset() + " is out of range: 0x" + Long.toHexString(v));
          }
          Bytes.put32(out, r.offset(), (int) v);
        }
        case ABS64 -> Bytes.put64(out, r.offset(), s + r.addend());
      }
    }
    return out;
  }
}
