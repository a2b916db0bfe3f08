package org.pyjit.modules;

import java.util.Map;

/**
 * A compiled regular expression: the instructions {@link RegexMatcher} runs (made by {@link
 * RegexCompiler}), the character sets they refer to, and what the Python layer needs to
 * know (group count and names, final flags). Immutable once built; one program serves any
 * number of matches, in any thread.
 *
 * <p>Instruction layout (one int opcode, then its operands; "pc" operands are absolute):
 * <pre>
 * CHAR c | CHAR_I c mode | SET i | ANY | ANY_ALL        one character
 * AT kind                                               a zero-width assertion
 * MARK slot                                             record the position in a group slot
 * SPLIT first second | JMP to                           choice point / jump
 * BACKREF group mode                                    the text a group matched
 * REPEAT_ONE min max kind cont item...                  a single-character item repeated
 * REP_INIT k | REP_LOOP k min max lazy exit body...     a counted repeat of anything
 * ASSERT behind negate width cont body...SUCCEED        a lookaround (body run apart)
 * ATOMIC cont body...SUCCEED                            an atomic group (body run apart)
 * GROUP_EXISTS group no yes...                          a conditional
 * FAIL | SUCCEED | MATCH                                no match / end of a body / end
 * </pre>
 */
final class RegexProgram {
  static final int CHAR = 1;
  static final int CHAR_I = 2;
  static final int SET = 3;
  static final int ANY = 4;
  static final int ANY_ALL = 5;
  static final int AT = 6;
  static final int MARK = 7;
  static final int SPLIT = 8;
  static final int JMP = 9;
  static final int BACKREF = 10;
  static final int REPEAT_ONE = 11;
  static final int REP_INIT = 12;
  static final int REP_LOOP = 13;
  static final int ASSERT = 14;
  static final int ATOMIC = 15;
  static final int GROUP_EXISTS = 16;
  static final int FAIL = 17;
  static final int SUCCEED = 18;
  static final int MATCH = 19;

  static final int AT_BEGIN = 0;
  static final int AT_BEGIN_LINE = 1;
  static final int AT_BEGIN_STRING = 2;
  static final int AT_END = 3;
  static final int AT_END_LINE = 4;
  static final int AT_END_STRING = 5;
  static final int AT_BOUNDARY = 6;
  static final int AT_NON_BOUNDARY = 7;
  static final int AT_BOUNDARY_ASCII = 8;
  static final int AT_NON_BOUNDARY_ASCII = 9;

  final int[] code;
  final RegexCharSet[] sets;
  final int groups;
  final int repeats;
  final Map<String, Integer> groupNames;
  final int flags;
  final boolean text;
  /** Match only at the search's start (the pattern begins with \A or ^ without M). */
  final boolean anchored;
  /** The character every match starts with, or -1. */
  final int firstChar;
  /** A set every match's first character is in, or null. */
  final RegexCharSet firstSet;

  RegexProgram(int[] code, RegexCharSet[] sets, int groups, int repeats,
      Map<String, Integer> groupNames, int flags, boolean text) {
    this.code = code;
    this.sets = sets;
    this.groups = groups;
    this.repeats = repeats;
    this.groupNames = groupNames;
    this.flags = flags;
    this.text = text;
    int pc = 0;
    while (code[pc] == MARK) {
      pc += 2;
    }
    anchored = code[pc] == AT && (code[pc + 1] == AT_BEGIN || code[pc + 1] == AT_BEGIN_STRING);
    int item = pc;
    if (code[pc] == REPEAT_ONE && code[pc + 1] >= 1) {
      item = pc + 5;
    }
    firstChar = code[item] == CHAR ? code[item + 1] : -1;
    firstSet = code[item] == SET ? sets[code[item + 1]] : null;
  }
}
