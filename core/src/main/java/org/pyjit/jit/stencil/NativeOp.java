package org.pyjit.jit.stencil;

/**
 * One uop of a trace as the emitter sees it: the stencil to copy and the values of its holes.
 * {@code a}, {@code b}, {@code c} are frame slot indices (patched as byte offsets, 8 per
 * slot); {@code operand} a 64-bit constant; {@code imm32} a signed 32-bit immediate;
 * {@code exitIndex} what the uop returns when it leaves the trace; {@code target} the index
 * of the uop a branch jumps to (-1 if none).
 */
public record NativeOp(String stencil, int a, int b, int c, long operand, long imm32,
    int exitIndex, int target) {

  public static NativeOp of(String stencil) {
    return new NativeOp(stencil, 0, 0, 0, 0, 0, 0, -1);
  }

  public NativeOp slots(int a, int b, int c) {
    return new NativeOp(stencil, a, b, c, operand, imm32, exitIndex, target);
  }

  public NativeOp operand(long v) {
    return new NativeOp(stencil, a, b, c, v, imm32, exitIndex, target);
  }

  public NativeOp imm32(long v) {
    return new NativeOp(stencil, a, b, c, operand, v, exitIndex, target);
  }

  public NativeOp exit(int index) {
    return new NativeOp(stencil, a, b, c, operand, imm32, index, target);
  }

  public NativeOp target(int uop) {
    return new NativeOp(stencil, a, b, c, operand, imm32, exitIndex, uop);
  }
}
