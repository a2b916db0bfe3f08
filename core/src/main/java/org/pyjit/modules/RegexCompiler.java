package org.pyjit.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a parsed pattern into a {@link RegexProgram}. The choices that make matching cheap
 * are made here: a repeated single character becomes one REPEAT_ONE (a counting loop, no
 * choice point per character); a {@code *} or {@code +} over something that cannot match
 * empty becomes a plain SPLIT loop; other counted repeats get a counter (REP_LOOP), which
 * also stops an iteration that matched empty as sre does; a case-insensitive literal whose
 * case has extra forms ('s', 'ſ') becomes a set.
 */
final class RegexCompiler {
  private int[] code = new int[32];
  private int n;
  private final List<RegexCharSet> sets = new ArrayList<>();
  private int repeats;
  private final RegexParser parser;

  private RegexCompiler(RegexParser parser) {
    this.parser = parser;
  }

  /** Parses and compiles; throws RegexSyntaxError for a bad pattern. */
  static RegexProgram compile(int[] pattern, boolean text, int flags) {
    RegexNode[] root = new RegexNode[1];
    RegexParser p = RegexParser.parse(pattern, text, flags, root);
    RegexCompiler c = new RegexCompiler(p);
    c.node(root[0]);
    c.emit(RegexProgram.MATCH);
    return new RegexProgram(Arrays.copyOf(c.code, c.n + 8), c.sets.toArray(new RegexCharSet[0]),
        p.groups(), c.repeats, p.groupNames, p.flags, text);
  }

  private void emit(int... words) {
    if (n + words.length > code.length) {
      code = Arrays.copyOf(code, Math.max(code.length * 2, n + words.length));
    }
    for (int w : words) {
      code[n++] = w;
    }
  }

  private int set(RegexCharSet s) {
    sets.add(s);
    return sets.size() - 1;
  }

  /** Whether n is one character wide with no side effects (REPEAT_ONE's item). */
  private static boolean single(RegexNode n) {
    return n instanceof RegexNode.Literal || n instanceof RegexNode.CharClass
        || n instanceof RegexNode.Any
        || n instanceof RegexNode.Seq sq && sq.items().size() == 1 && single(sq.items().get(0));
  }

  private static RegexNode unwrap(RegexNode n) {
    while (n instanceof RegexNode.Seq sq && sq.items().size() == 1) {
      n = sq.items().get(0);
    }
    return n;
  }

  private void node(RegexNode node) {
    switch (node) {
      case RegexNode.Literal l -> literal(l);
      case RegexNode.CharClass c -> {
        int one = c.set().single();
        if (one >= 0) {
          emit(RegexProgram.CHAR, one);
        } else {
          emit(RegexProgram.SET, set(c.set()));
        }
      }
      case RegexNode.Any a -> emit(a.dotAll() ? RegexProgram.ANY_ALL : RegexProgram.ANY);
      case RegexNode.At a -> emit(RegexProgram.AT, a.kind());
      case RegexNode.Fail f -> emit(RegexProgram.FAIL);
      case RegexNode.Seq sq -> {
        for (RegexNode it : sq.items()) {
          node(it);
        }
      }
      case RegexNode.Alt alt -> {
        // SPLIT next alt; body; JMP end ... (the jumps patched at the end)
        List<Integer> jumps = new ArrayList<>();
        List<RegexNode> items = alt.items();
        for (int i = 0; i < items.size(); i++) {
          int split = -1;
          if (i < items.size() - 1) {
            split = n;
            emit(RegexProgram.SPLIT, n + 3, 0);
          }
          node(items.get(i));
          if (i < items.size() - 1) {
            jumps.add(n);
            emit(RegexProgram.JMP, 0);
            code[split + 2] = n;
          }
        }
        for (int j : jumps) {
          code[j + 1] = n;
        }
      }
      case RegexNode.Group g -> {
        emit(RegexProgram.MARK, 2 * g.index());
        node(g.body());
        emit(RegexProgram.MARK, 2 * g.index() + 1);
      }
      case RegexNode.Repeat r -> repeat(r);
      case RegexNode.BackRef b -> emit(RegexProgram.BACKREF, b.group(), b.caseMode());
      case RegexNode.Look l -> {
        int width = 0;
        if (l.behind()) {
          width = (int) Math.min(parser.width(l.body())[0], Integer.MAX_VALUE);
        }
        int at = n;
        emit(RegexProgram.ASSERT, l.behind() ? 1 : 0, l.negate() ? 1 : 0, width, 0);
        node(l.body());
        emit(RegexProgram.SUCCEED);
        code[at + 4] = n;
      }
      case RegexNode.Atomic a -> atomic(a.body());
      case RegexNode.Cond c -> {
        int at = n;
        emit(RegexProgram.GROUP_EXISTS, c.group(), 0);
        node(c.yes());
        int jmp = n;
        emit(RegexProgram.JMP, 0);
        code[at + 2] = n;
        if (c.no() != null) {
          node(c.no());
        }
        code[jmp + 1] = n;
      }
    }
  }

  private void atomic(RegexNode body) {
    int at = n;
    emit(RegexProgram.ATOMIC, 0);
    node(body);
    emit(RegexProgram.SUCCEED);
    code[at + 1] = n;
  }

  private void literal(RegexNode.Literal l) {
    int c = l.c();
    int mode = l.caseMode();
    if (mode == RegexChars.CASE_NONE || !RegexChars.isCased(c, mode)) {
      emit(RegexProgram.CHAR, c);
      return;
    }
    int lo = RegexChars.lower(c, mode);
    if (mode == RegexChars.CASE_UNICODE && RegexChars.extraCases(lo).length > 0) {
      RegexCharSet s = new RegexCharSet(mode, false);
      s.addChar(c);
      emit(RegexProgram.SET, set(s.freeze()));
      return;
    }
    emit(RegexProgram.CHAR_I, lo, mode);
  }

  private void repeat(RegexNode.Repeat r) {
    RegexNode body = unwrap(r.body());
    int min = r.min();
    int max = r.max();
    if (r.kind() == RegexNode.POSSESSIVE && !single(body)) {
      atomic(new RegexNode.Repeat(body, min, max, RegexNode.GREEDY));
      return;
    }
    if (max == 0) {
      return;
    }
    if (single(body)) {
      int at = n;
      emit(RegexProgram.REPEAT_ONE, min, max, r.kind(), 0);
      node(body);
      code[at + 4] = n;
      return;
    }
    boolean lazy = r.kind() == RegexNode.LAZY;
    long minWidth = parser.width(body)[0];
    if (min == 0 && max == 1) {
      int split = n;
      emit(RegexProgram.SPLIT, 0, 0);
      node(body);
      code[split + (lazy ? 2 : 1)] = split + 3;
      code[split + (lazy ? 1 : 2)] = n;
      return;
    }
    if (minWidth > 0 && min <= 1 && max == RegexNode.INF) {
      if (min == 1) {
        // body; SPLIT body-start / out
        int start = n;
        node(body);
        emit(RegexProgram.SPLIT, lazy ? n + 3 : start, lazy ? start : n + 3);
      } else {
        // L: SPLIT in / out; body; JMP L
        int split = n;
        emit(RegexProgram.SPLIT, 0, 0);
        node(body);
        emit(RegexProgram.JMP, split);
        code[split + (lazy ? 2 : 1)] = split + 3;
        code[split + (lazy ? 1 : 2)] = n;
      }
      return;
    }
    int k = repeats++;
    emit(RegexProgram.REP_INIT, k);
    int loop = n;
    emit(RegexProgram.REP_LOOP, k, min, max, lazy ? 1 : 0, 0);
    node(body);
    emit(RegexProgram.JMP, loop);
    code[loop + 5] = n;
  }
}
