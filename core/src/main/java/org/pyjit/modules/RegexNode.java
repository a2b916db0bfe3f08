package org.pyjit.modules;

import java.util.List;

/**
 * The parsed form of a regular expression ({@link RegexParser}'s output, {@link
 * RegexCompiler}'s input): a tree whose leaves carry the flags in force where they were
 * written (scoped flags such as {@code (?i:...)} are resolved by the parser), so the compiler
 * needs no flag state. Positions and counts are in code points (bytes: in bytes).
 */
sealed interface RegexNode {
  /** Repeat bound meaning "no upper limit". */
  int INF = -1;

  /** One character; caseMode is a {@link RegexChars} CASE_ constant. */
  record Literal(int c, int caseMode) implements RegexNode {}

  /** A character class: {@code [...]}, {@code \d}, a negated literal. */
  record CharClass(RegexCharSet set) implements RegexNode {}

  /** {@code .}: any character but '\n', or any at all with DOTALL. */
  record Any(boolean dotAll) implements RegexNode {}

  /** A zero-width assertion: one of the AT_ kinds of {@link RegexProgram}. */
  record At(int kind) implements RegexNode {}

  /** Nodes matched one after the other. */
  record Seq(List<RegexNode> items) implements RegexNode {}

  /** Alternatives, tried left to right. */
  record Alt(List<RegexNode> items) implements RegexNode {}

  /** A capturing group (index from 1). */
  record Group(int index, RegexNode body) implements RegexNode {}

  /** A quantifier; max may be {@link #INF}; kind is GREEDY, LAZY or POSSESSIVE. */
  record Repeat(RegexNode body, int min, int max, int kind) implements RegexNode {}

  int GREEDY = 0;
  int LAZY = 1;
  int POSSESSIVE = 2;

  /** {@code \1} or {@code (?P=name)}. */
  record BackRef(int group, int caseMode) implements RegexNode {}

  /** A lookaround; width is the fixed width of a lookbehind's body. */
  record Look(RegexNode body, boolean behind, boolean negate) implements RegexNode {}

  /** {@code (?>...)}: once matched, never backtracked into. */
  record Atomic(RegexNode body) implements RegexNode {}

  /** {@code (?(group)yes|no)}; no may be null. */
  record Cond(int group, RegexNode yes, RegexNode no) implements RegexNode {}

  /** Never matches (an empty negative lookahead {@code (?!)}). */
  record Fail() implements RegexNode {}
}
