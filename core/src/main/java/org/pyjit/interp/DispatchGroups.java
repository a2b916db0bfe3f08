package org.pyjit.interp;

import static org.pyjit.bytecode.generated.OpcodeIds.*;

/**
 * The groups of the interpreter loop's two-level dispatch: {@link Interpreter} switches on
 * an instruction's group ({@link #OF}), then on its opcode in that group's own switch.
 *
 * <p>Why two levels: HotSpot's C2 compiles only the cases of a switch that its profile saw
 * taken and turns the others into traps; when one is then taken (an instruction a program
 * first runs late: a new phase, a site that specializes late), the loop is deoptimized and
 * that switch is never trimmed again, so every later compile of the loop took all 157
 * cases (twice the code, two to three times the compile time; docs/internals/interpreter.md,
 * "Warm-up"). With one switch per group, the trap untrims only its group's switch.
 *
 * <p>A group is a run of consecutive opcodes: {@link org.pyjit.bytecode.Opcode} declares each
 * group's opcodes together, so each group's switch is a dense table, and a group is known
 * here by its first opcode. Opcodes after the last group have no case ({@link #NONE}).
 * DispatchCoverageTest checks that each group's switch has a case for each of its opcodes.
 */
final class DispatchGroups {
  private DispatchGroups() {}

  static final int LOCALS = 0;
  static final int NAMES = 1;
  static final int ATTRIBUTES = 2;
  static final int ARITHMETIC = 3;
  static final int COMPARISONS = 4;
  static final int SUBSCRIPTS = 5;
  static final int DISPLAYS = 6;
  static final int JUMPS = 7;
  static final int CALLS = 8;
  static final int RETURNS = 9;
  static final int EXCEPTIONS = 10;
  /** Opcodes the compiler never emits. */
  static final int NONE = 11;

  /** Each group's first opcode, in group order; the last entry ends the last group. */
  private static final int[] FIRST = {NOP, LOAD_NAME, LOAD_ATTR, UNARY_NEGATIVE, COMPARE_OP,
      BINARY_SUBSCR, BUILD_SLICE, JUMP_FORWARD, DICT_MERGE, RETURN_VALUE, CALL_INTRINSIC_2,
      BINARY_SLICE};

  /** The group of each opcode (indexed by a code unit's low byte). */
  static final byte[] OF = new byte[256];

  static {
    java.util.Arrays.fill(OF, (byte) NONE);
    for (int g = 0; g < NONE; g++) {
      for (int op = FIRST[g]; op < FIRST[g + 1]; op++) {
        OF[op] = (byte) g;
      }
    }
  }
}
