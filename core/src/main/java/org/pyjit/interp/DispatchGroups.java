package org.pyjit.interp;

import static org.pyjit.bytecode.generated.OpcodeIds.*;

/**
 * The groups of the interpreter loop's two-level dispatch: {@link Interpreter} switches on
 * {@link #KEY}, which is the opcode itself for the stack and locals instructions (cheap and
 * the most frequent: one dispatch, as before) and the group for the others, whose case
 * switches on the opcode in the group's own switch.
 *
 * <p>Why two levels: HotSpot's C2 compiles only the cases of a switch that its profile saw
 * taken and turns the others into traps; when one is then taken (an instruction a program
 * first runs late: a new phase, a site that specializes late), the loop is deoptimized and
 * that switch is never trimmed again, so every later compile of the loop took all 157
 * cases (twice the code, two to three times the compile time; docs/internals/interpreter.md,
 * "Warm-up"). With a switch per group, the trap untrims only its own switch: the first
 * level's (the small stack and locals cases and one case per group) or one group's.
 *
 * <p>A group is a run of consecutive opcodes: {@link org.pyjit.bytecode.Opcode} declares each
 * group's opcodes together, so each group's switch is a dense table, and a group is known
 * here by its first opcode. Opcodes after the last group have no case ({@link #NONE}).
 * DispatchCoverageTest checks that each switch has a case for each of its opcodes.
 */
final class DispatchGroups {
  private DispatchGroups() {}

  // the groups' keys follow the stack and locals opcodes (LOCALS: NOP to DELETE_FAST)
  static final int NAMES = LOAD_NAME;
  static final int ATTRIBUTES = NAMES + 1;
  static final int ARITHMETIC = NAMES + 2;
  static final int COMPARISONS = NAMES + 3;
  static final int SUBSCRIPTS = NAMES + 4;
  static final int DISPLAYS = NAMES + 5;
  static final int JUMPS = NAMES + 6;
  static final int CALLS = NAMES + 7;
  static final int RETURNS = NAMES + 8;
  static final int EXCEPTIONS = NAMES + 9;
  /** Opcodes the compiler never emits. */
  static final int NONE = NAMES + 10;

  /** Each group's first opcode, in group order; the last entry ends the last group. */
  private static final int[] FIRST = {LOAD_NAME, LOAD_ATTR, UNARY_NEGATIVE, COMPARE_OP,
      BINARY_SUBSCR, BUILD_SLICE, JUMP_FORWARD, DICT_MERGE, RETURN_VALUE, CALL_INTRINSIC_2,
      BINARY_SLICE};

  /** The first switch's key of each opcode (indexed by a code unit's low byte). */
  static final byte[] KEY = new byte[256];

  static {
    java.util.Arrays.fill(KEY, (byte) NONE);
    for (int op = 0; op < FIRST[0]; op++) {
      KEY[op] = (byte) op;
    }
    for (int g = 0; g < FIRST.length - 1; g++) {
      for (int op = FIRST[g]; op < FIRST[g + 1]; op++) {
        KEY[op] = (byte) (NAMES + g);
      }
    }
  }
}
