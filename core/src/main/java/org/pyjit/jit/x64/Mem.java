package org.pyjit.jit.x64;

/**
 * A memory operand: [base + index*scale + disp], [index*scale + disp32] with no base (absolute),
 * or [rip + label]. Create it with the factories; the constructor rejects what the hardware
 * cannot encode (scale other than 1/2/4/8, rsp as index, a scale without an index). The
 * encoder ({@link Assembler}) deals with the special cases of ModRM/SIB (rsp/r12 as base need a
 * SIB byte, rbp/r13 as base need a displacement), so callers never think about them.
 *
 * @param base   base register, or null (absolute or RIP-relative)
 * @param index  index register, or null
 * @param scale  1, 2, 4 or 8 (1 when there is no index)
 * @param disp   signed 32-bit displacement (for RIP-relative: added to the label's address)
 * @param target the label of a RIP-relative operand, or null
 */
public record Mem(Reg base, Reg index, int scale, int disp, Label target) {
  public Mem {
    if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
      throw new IllegalArgumentException("scale must be 1, 2, 4 or 8, not " + scale);
    }
    if (index == Reg.RSP) {
      throw new IllegalArgumentException("rsp cannot be an index register");
    }
    if (index == null && scale != 1) {
      throw new IllegalArgumentException("a scale needs an index register");
    }
    if (target != null && (base != null || index != null)) {
      throw new IllegalArgumentException("a RIP-relative operand has no base or index");
    }
  }

  /** [base]. */
  public static Mem at(Reg base) {
    return new Mem(nonNull(base), null, 1, 0, null);
  }

  /** [base + disp]. */
  public static Mem at(Reg base, int disp) {
    return new Mem(nonNull(base), null, 1, disp, null);
  }

  /** [base + index*scale + disp]; scale 1, 2, 4 or 8, index not rsp. */
  public static Mem at(Reg base, Reg index, int scale, int disp) {
    return new Mem(nonNull(base), nonNull(index), scale, disp, null);
  }

  /** [rip + target]: the address of a label in the same code. */
  public static Mem rip(Label target) {
    if (target == null) {
      throw new IllegalArgumentException("null label");
    }
    return new Mem(null, null, 1, 0, target);
  }

  /** [rip + target + offset]: a byte offset from a label (the second half of a constant...). */
  public static Mem rip(Label target, int offset) {
    if (target == null) {
      throw new IllegalArgumentException("null label");
    }
    return new Mem(null, null, 1, offset, target);
  }

  /** [disp32]: an absolute address in the low 2 GiB (sign-extended), encoded with a SIB byte. */
  public static Mem abs(int disp32) {
    return new Mem(null, null, 1, disp32, null);
  }

  /** [index*scale + disp32] with no base register. */
  public static Mem abs(Reg index, int scale, int disp32) {
    return new Mem(null, nonNull(index), scale, disp32, null);
  }

  boolean isRipRelative() {
    return target != null;
  }

  private static Reg nonNull(Reg r) {
    if (r == null) {
      throw new IllegalArgumentException("null register");
    }
    return r;
  }

  @Override
  public String toString() {
    if (target != null) {
      return "[rip+" + target + (disp != 0 ? "+" + disp : "") + "]";
    }
    StringBuilder sb = new StringBuilder("[");
    if (base != null) {
      sb.append(base.name().toLowerCase());
    }
    if (index != null) {
      sb.append(base != null ? "+" : "").append(index.name().toLowerCase()).append('*')
          .append(scale);
    }
    if (disp != 0 || (base == null && index == null)) {
      sb.append(disp < 0 ? "-" : (base != null || index != null ? "+" : ""))
          .append("0x").append(Long.toHexString(Math.abs((long) disp)));
    }
    return sb.append(']').toString();
  }
}
