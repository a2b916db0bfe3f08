package org.pyjit.jit.basic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The base case of a recursion, when it is simple enough to test without the function's
 * frame: the entry block only reads parameters and defines constants, then branches on an
 * int comparison of a parameter with a 32-bit constant or another parameter, and one side
 * of the branch only returns a parameter or a constant ({@code if n < 2: return n}).
 * {@link CodeGen} tests it at the internal entry before building the frame; {@link Inliner}
 * tests it at self-call sites, before calling.
 *
 * @param left the compared parameter's number
 * @param cmp the comparison
 * @param rightParam the parameter it is compared with, or -1
 * @param rightConst the constant it is compared with (when {@code rightParam < 0})
 * @param onTrue whether the return is taken when the comparison holds
 * @param retParam the parameter returned, or -1
 * @param retConst the constant returned (its bits; when {@code retParam < 0})
 */
public record BaseCase(int left, Op.Cmp cmp, int rightParam, long rightConst, boolean onTrue,
    int retParam, long retConst) {

  /** The base case of {@code fn}, or null. */
  static BaseCase of(IrFunction fn) {
    List<Insn> insns = fn.blocks.getFirst().insns;
    if (insns.size() < 2) {
      return null;
    }
    Insn cmp = insns.get(insns.size() - 2);
    Insn br = insns.getLast();
    if (cmp.op != Op.ICMP || br.op != Op.BR || br.srcs[0] != cmp.dst) {
      return null;
    }
    Map<VReg, Integer> params = new HashMap<>();
    Map<VReg, Long> consts = new HashMap<>();
    for (Insn i : insns.subList(0, insns.size() - 2)) {
      if (i.op == Op.PARAM) {
        params.put(i.dst, (int) i.imm);
      } else if (i.op == Op.CONST) {
        consts.put(i.dst, i.imm);
      } else {
        return null;
      }
      if (Arrays.asList(i.srcs).contains(cmp.dst)) {
        return null;
      }
    }
    Integer left = params.get(cmp.srcs[0]);
    Integer rightParam = params.get(cmp.srcs[1]);
    Long rightConst = consts.get(cmp.srcs[1]);
    if (left == null || rightParam == null
        && (rightConst == null || rightConst != (int) (long) rightConst)) {
      return null;
    }
    for (int side = 0; side < 2; side++) {
      Insn ret = returnsSimply(target(br.targets[side]), params);
      if (ret != null) {
        Integer p = ret.op == Op.RET ? params.get(ret.srcs[0]) : null;
        return new BaseCase(left, cmp.cmp(), rightParam == null ? -1 : rightParam,
            rightParam == null ? rightConst : 0, side == 0, p == null ? -1 : p,
            p == null ? ret.imm : 0);
      }
    }
    return null;
  }

  /**
   * The block's return of a parameter, or the constant instruction of a block that only
   * returns a constant it defines; null for other blocks.
   */
  private static Insn returnsSimply(Block b, Map<VReg, Integer> params) {
    List<Insn> insns = b.insns;
    Insn ret = insns.getLast();
    if (ret.op != Op.RET) {
      return null;
    }
    if (insns.size() == 1) {
      return params.containsKey(ret.srcs[0]) ? ret : null;
    }
    Insn c = insns.getFirst();
    return insns.size() == 2 && c.op == Op.CONST && c.dst == ret.srcs[0] ? c : null;
  }

  /** Past blocks that only jump on. */
  private static Block target(Block b) {
    for (int hops = 0; hops < 8 && b.insns.size() == 1 && b.insns.get(0).op == Op.JMP;
        hops++) {
      b = b.insns.get(0).targets[0];
    }
    return b;
  }
}
