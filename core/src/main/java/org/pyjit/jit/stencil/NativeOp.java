package org.pyjit.jit.stencil;

import org.pyjit.jit.uop.Operand;
import org.pyjit.jit.uop.OperandRole;
import org.pyjit.jit.uop.Uop;

/**
 * One uop of a trace as the emitter sees it: the stencil to copy and the values of its holes.
 * {@code a}, {@code b}, {@code c} are the uop's slot operands in definition order (patched as
 * byte offsets, 8 per slot); {@code operand} its 64-bit immediate; {@code exitIndex} its exit
 * (-1 if none) and whether that exit may continue in a linked side trace; {@code target} the
 * index of the uop a branch jumps to (-1 if none); {@code slotOperands} how many slot operands
 * it has and {@code widths} how many slots each covers (4 bits each); {@code uop} the uop
 * whose stencil it is (the emitter finds the stencil by its number rather than its name).
 */
public record NativeOp(String stencil, int a, int b, int c, long operand, int exitIndex,
    boolean linkableExit, int target, int slotOperands, int widths, Uop uop) {

  /** Slot operand {@code p} (0..2). */
  public int slot(int p) {
    return p == 0 ? a : p == 1 ? b : c;
  }

  /** How many slots operand {@code p} covers (3 for a range, 2 for a list, else 1). */
  public int width(int p) {
    return (widths >> (4 * p)) & 0xF;
  }


  /** A uop with its operands in the order of its definition (as a parsed trace holds them). */
  public static NativeOp of(Uop uop, long... operands) {
    if (operands.length != uop.operands().size()) {
      throw new StencilException(uop + " takes " + uop.operands().size() + " operands, not " + operands.length);
    }
    int[] slots = {0, 0, 0};
    int nSlots = 0;
    int widths = 0;
    long imm = 0;
    int exit = -1;
    int target = -1;
    for (int i = 0; i < operands.length; i++) {
      Operand o = uop.operands().get(i);
      long v = operands[i];
      if (o.role().isSlot()) {
        if (nSlots == 3 || v < 0 || v > Integer.MAX_VALUE) {
          throw new StencilException(uop + ": slot operand " + v + " out of range");
        }
        widths |= o.kind().width() << (4 * nSlots);
        slots[nSlots++] = (int) v;
      } else if (o.role() == OperandRole.IMM) {
        imm = v;
      } else if (o.role() == OperandRole.TARGET) {
        target = Math.toIntExact(v);
      } else if (o.role() == OperandRole.EXIT) {
        exit = Math.toIntExact(v);
      }
    }
    return new NativeOp(uop.name(), slots[0], slots[1], slots[2], imm, exit, uop.linkableExit(),
        target, nSlots, widths, uop);
  }
}
