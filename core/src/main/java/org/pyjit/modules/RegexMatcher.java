package org.pyjit.modules;

import java.util.Arrays;
import org.pyjit.runtime.Interrupts;

/**
 * Runs a {@link RegexProgram} over a subject (code points; bytes as 0..255) as sre does:
 * leftmost match, alternatives and quantifiers tried in order, backtracking on failure.
 *
 * <p>Backtracking uses an explicit stack of 4-int entries, never Java recursion over the
 * subject: choice points (where to resume) and undo records (a group slot's or a repeat
 * counter's previous value) live on it together, so popping to a choice point restores the
 * captures and counters exactly as they were there. Only a lookaround or atomic group runs
 * its body by a nested call, so the Java depth is bounded by the pattern's nesting, not the
 * subject's length. Every 65536 backtracking steps a pending Ctrl-C is raised as
 * KeyboardInterrupt, so a catastrophic pattern can be interrupted.
 *
 * <p>Not thread-safe: one matcher per match call (cheap: a few small arrays).
 */
final class RegexMatcher {
  private static final int K_CHOICE = 1;
  private static final int K_MARK = 2;
  private static final int K_REP = 3;
  private static final int K_R1_GREEDY = 4;
  private static final int K_R1_LAZY = 5;
  private static final int K_LAZY_ITER = 6;

  private final int[] code;
  private final RegexCharSet[] sets;
  private final RegexProgram prog;
  final int[] text;
  /** The subject's end for this match (endpos). */
  final int end;
  /** Group slots: 2g and 2g+1 are group g's start and end, -1 when unset. */
  final int[] marks;
  int lastIndex = -1;
  int matchStart;
  int matchEnd;
  private final int[] counters;
  private final int[] lastStarts;
  private int[] stack = new int[32];
  private int sp;
  private int steps;

  /** fullmatch: the match must end at end. */
  boolean fullMatch;
  /** The match found at the search's first position must not be empty (finditer, sub). */
  boolean mustAdvance;
  private int attemptStart;
  private boolean advanceNow;

  RegexMatcher(RegexProgram prog, int[] text, int end) {
    this.prog = prog;
    this.code = prog.code;
    this.sets = prog.sets;
    this.text = text;
    this.end = end;
    this.marks = new int[2 * (prog.groups + 1)];
    this.counters = new int[prog.repeats];
    this.lastStarts = new int[prog.repeats];
  }

  /** Match starting exactly at pos; true when found (then matchStart/matchEnd/marks). */
  boolean match(int pos) {
    advanceNow = mustAdvance;
    return attempt(pos);
  }

  /** The leftmost match at or after pos. */
  boolean search(int pos) {
    advanceNow = mustAdvance;
    if (prog.anchored) {
      return attempt(pos);
    }
    int[] t = text;
    int first = prog.firstChar;
    RegexCharSet firstSet = prog.firstSet;
    for (int s = pos; s <= end; s++) {
      if (first >= 0) {
        while (s < end && t[s] != first) {
          s++;
        }
        if (s >= end) {
          return false;
        }
      } else if (firstSet != null) {
        while (s < end && !firstSet.matches(t[s])) {
          s++;
        }
        if (s >= end) {
          return false;
        }
      }
      if (attempt(s)) {
        return true;
      }
      advanceNow = false;
      if ((s & 0xfff) == 0 && Interrupts.pending) {
        throw Interrupts.raise();
      }
    }
    return false;
  }

  private boolean attempt(int s) {
    Arrays.fill(marks, -1);
    lastIndex = -1;
    sp = 0;
    attemptStart = s;
    int r = run(0, s, 0);
    if (r < 0) {
      return false;
    }
    matchStart = s;
    matchEnd = r;
    marks[0] = s;
    marks[1] = r;
    return true;
  }

  private void push(int kind, int a, int b, int c) {
    if (sp + 4 > stack.length) {
      stack = Arrays.copyOf(stack, stack.length * 2);
    }
    int[] st = stack;
    st[sp] = kind;
    st[sp + 1] = a;
    st[sp + 2] = b;
    st[sp + 3] = c;
    sp += 4;
  }

  /** Runs from pc at pos until MATCH/SUCCEED (returns the end) or failure below base (-1). */
  private int run(int pc, int pos, int base) {
    final int[] code = this.code;
    final int[] t = text;
    final int end = this.end;
    for (;;) {
      fail: {
        switch (code[pc]) {
          case RegexProgram.CHAR -> {
            if (pos < end && t[pos] == code[pc + 1]) {
              pos++;
              pc += 2;
              continue;
            }
            break fail;
          }
          case RegexProgram.CHAR_I -> {
            if (pos < end && RegexChars.lower(t[pos], code[pc + 2]) == code[pc + 1]) {
              pos++;
              pc += 3;
              continue;
            }
            break fail;
          }
          case RegexProgram.SET -> {
            if (pos < end && sets[code[pc + 1]].matches(t[pos])) {
              pos++;
              pc += 2;
              continue;
            }
            break fail;
          }
          case RegexProgram.ANY -> {
            if (pos < end && t[pos] != '\n') {
              pos++;
              pc++;
              continue;
            }
            break fail;
          }
          case RegexProgram.ANY_ALL -> {
            if (pos < end) {
              pos++;
              pc++;
              continue;
            }
            break fail;
          }
          case RegexProgram.AT -> {
            if (at(code[pc + 1], pos)) {
              pc += 2;
              continue;
            }
            break fail;
          }
          case RegexProgram.MARK -> {
            int slot = code[pc + 1];
            push(K_MARK, slot, marks[slot], lastIndex);
            marks[slot] = pos;
            if ((slot & 1) != 0) {
              lastIndex = slot >> 1;
            }
            pc += 2;
            continue;
          }
          case RegexProgram.SPLIT -> {
            push(K_CHOICE, code[pc + 2], pos, 0);
            pc = code[pc + 1];
            continue;
          }
          case RegexProgram.JMP -> {
            pc = code[pc + 1];
            continue;
          }
          case RegexProgram.BACKREF -> {
            int g = code[pc + 1];
            int s = marks[2 * g];
            int e = marks[2 * g + 1];
            if (s < 0 || e < s) {
              break fail;
            }
            int len = e - s;
            if (pos + len > end) {
              break fail;
            }
            int mode = code[pc + 2];
            for (int i = 0; i < len; i++) {
              int a = t[s + i];
              int b = t[pos + i];
              if (a != b && (mode == RegexChars.CASE_NONE
                  || RegexChars.lower(a, mode) != RegexChars.lower(b, mode))) {
                break fail;
              }
            }
            pos += len;
            pc += 3;
            continue;
          }
          case RegexProgram.REPEAT_ONE -> {
            int min = code[pc + 1];
            int max = code[pc + 2];
            int kind = code[pc + 3];
            int avail = end - pos;
            if (min > avail) {
              break fail;
            }
            if (kind == RegexNode.LAZY) {
              if (count(pc + 5, pos, min) < min) {
                break fail;
              }
              pos += min;
              int limit = max < 0 ? end : (int) Math.min((long) pos - min + max, end);
              if (pos < limit) {
                push(K_R1_LAZY, pc, pos, limit);
              }
              pc = code[pc + 4];
              continue;
            }
            int n = count(pc + 5, pos, max < 0 ? avail : Math.min(max, avail));
            if (n < min) {
              break fail;
            }
            if (kind == RegexNode.GREEDY && n > min) {
              push(K_R1_GREEDY, pc, pos + min, pos + n);
            }
            pos += n;
            pc = code[pc + 4];
            continue;
          }
          case RegexProgram.REP_INIT -> {
            int k = code[pc + 1];
            push(K_REP, k, counters[k], lastStarts[k]);
            counters[k] = 0;
            lastStarts[k] = -1;
            pc += 2;
            continue;
          }
          case RegexProgram.REP_LOOP -> {
            int k = code[pc + 1];
            int c = counters[k];
            if (c < code[pc + 2]) {
              push(K_REP, k, c, lastStarts[k]);
              counters[k] = c + 1;
              pc += 6;
              continue;
            }
            int max = code[pc + 3];
            if ((max < 0 || c < max) && pos != lastStarts[k]) {
              if (code[pc + 4] != 0) {
                push(K_LAZY_ITER, pc, pos, 0);
                pc = code[pc + 5];
                continue;
              }
              push(K_CHOICE, code[pc + 5], pos, 0);
              push(K_REP, k, c, lastStarts[k]);
              counters[k] = c + 1;
              lastStarts[k] = pos;
              pc += 6;
              continue;
            }
            pc = code[pc + 5];
            continue;
          }
          case RegexProgram.ASSERT -> {
            boolean negate = code[pc + 2] != 0;
            int p = code[pc + 1] != 0 ? pos - code[pc + 3] : pos;
            if (p < 0) {
              if (negate) {
                pc = code[pc + 4];
                continue;
              }
              break fail;
            }
            int saved = sp;
            int r = run(pc + 5, p, saved);
            if (!negate) {
              if (r < 0) {
                break fail;
              }
              keepUndo(saved);
              pc = code[pc + 4];
              continue;
            }
            if (r >= 0) {
              unwind(saved);
              break fail;
            }
            pc = code[pc + 4];
            continue;
          }
          case RegexProgram.ATOMIC -> {
            int saved = sp;
            int r = run(pc + 2, pos, saved);
            if (r < 0) {
              break fail;
            }
            keepUndo(saved);
            pos = r;
            pc = code[pc + 1];
            continue;
          }
          case RegexProgram.GROUP_EXISTS -> {
            int g = code[pc + 1];
            if (2 * g + 1 < marks.length && marks[2 * g] >= 0 && marks[2 * g + 1] >= 0) {
              pc += 3;
            } else {
              pc = code[pc + 2];
            }
            continue;
          }
          case RegexProgram.SUCCEED -> {
            return pos;
          }
          case RegexProgram.MATCH -> {
            if (fullMatch && pos != end || advanceNow && pos == attemptStart) {
              break fail;
            }
            return pos;
          }
          default -> { // FAIL
            break fail;
          }
        }
      }
      long resume = backtrack(base);
      if (resume < 0) {
        return -1;
      }
      pc = (int) (resume >>> 32);
      pos = (int) resume;
    }
  }

  /** Pops to the newest choice point above base: (pc << 32 | pos), or -1. */
  private long backtrack(int base) {
    int[] st = stack;
    while (sp > base) {
      if ((++steps & 0xffff) == 0 && Interrupts.pending) {
        throw Interrupts.raise();
      }
      sp -= 4;
      int a = st[sp + 1];
      int b = st[sp + 2];
      int c = st[sp + 3];
      switch (st[sp]) {
        case K_CHOICE -> {
          return (long) a << 32 | b;
        }
        case K_MARK -> {
          marks[a] = b;
          lastIndex = c;
        }
        case K_REP -> {
          counters[a] = b;
          lastStarts[a] = c;
        }
        case K_R1_GREEDY -> {
          int cont = code[a + 4];
          int p = c - 1;
          if (code[cont] == RegexProgram.CHAR) {
            int ch = code[cont + 1];
            while (p >= b && (p >= end || text[p] != ch)) {
              p--;
            }
          }
          if (p < b) {
            continue;
          }
          if (p > b) {
            st[sp + 3] = p;
            sp += 4;
          }
          return (long) cont << 32 | p;
        }
        case K_R1_LAZY -> {
          int cont = code[a + 4];
          int nextCh = code[cont] == RegexProgram.CHAR ? code[cont + 1] : -1;
          int p = b;
          boolean found = false;
          while (p < c && matchesItem(a + 5, p)) {
            p++;
            if (nextCh < 0 || p < end && text[p] == nextCh) {
              found = true;
              break;
            }
          }
          if (!found) {
            continue;
          }
          st[sp + 2] = p;
          sp += 4;
          return (long) cont << 32 | p;
        }
        default -> { // K_LAZY_ITER: one more iteration of a lazy repeat
          int k = code[a + 1];
          push(K_REP, k, counters[k], lastStarts[k]);
          counters[k]++;
          lastStarts[k] = b;
          return (long) (a + 6) << 32 | b;
        }
      }
    }
    return -1;
  }

  /** Drops the choice points above saved, keeping the undo records (an assertion passed). */
  private void keepUndo(int saved) {
    int w = saved;
    int[] st = stack;
    for (int r = saved; r < sp; r += 4) {
      if (st[r] == K_MARK || st[r] == K_REP) {
        if (w != r) {
          System.arraycopy(st, r, st, w, 4);
        }
        w += 4;
      }
    }
    sp = w;
  }

  /** Undoes everything above saved (a negative assertion's body matched). */
  private void unwind(int saved) {
    int[] st = stack;
    while (sp > saved) {
      sp -= 4;
      if (st[sp] == K_MARK) {
        marks[st[sp + 1]] = st[sp + 2];
        lastIndex = st[sp + 3];
      } else if (st[sp] == K_REP) {
        counters[st[sp + 1]] = st[sp + 2];
        lastStarts[st[sp + 1]] = st[sp + 3];
      }
    }
  }

  /** How many times (at most max) the one-character item at pc matches from pos on. */
  private int count(int pc, int pos, int max) {
    final int[] t = text;
    int i = pos;
    int e = pos + max;
    switch (code[pc]) {
      case RegexProgram.CHAR -> {
        int c = code[pc + 1];
        while (i < e && t[i] == c) {
          i++;
        }
      }
      case RegexProgram.CHAR_I -> {
        int c = code[pc + 1];
        int mode = code[pc + 2];
        while (i < e && RegexChars.lower(t[i], mode) == c) {
          i++;
        }
      }
      case RegexProgram.SET -> {
        RegexCharSet s = sets[code[pc + 1]];
        while (i < e && s.matches(t[i])) {
          i++;
        }
      }
      case RegexProgram.ANY -> {
        while (i < e && t[i] != '\n') {
          i++;
        }
      }
      default -> i = e; // ANY_ALL
    }
    return i - pos;
  }

  private boolean matchesItem(int pc, int p) {
    return p < end && count(pc, p, 1) == 1;
  }

  private boolean at(int kind, int pos) {
    final int[] t = text;
    return switch (kind) {
      case RegexProgram.AT_BEGIN, RegexProgram.AT_BEGIN_STRING -> pos == 0;
      case RegexProgram.AT_BEGIN_LINE -> pos == 0 || t[pos - 1] == '\n';
      case RegexProgram.AT_END -> pos == end || pos + 1 == end && t[pos] == '\n';
      case RegexProgram.AT_END_LINE -> pos == end || t[pos] == '\n';
      case RegexProgram.AT_END_STRING -> pos == end;
      default -> {
        if (end == 0) {
          yield false;
        }
        boolean ascii = kind == RegexProgram.AT_BOUNDARY_ASCII
            || kind == RegexProgram.AT_NON_BOUNDARY_ASCII;
        boolean before = pos > 0 && (ascii ? RegexChars.isAsciiWord(t[pos - 1])
            : RegexChars.isUniWord(t[pos - 1]));
        boolean here = pos < end && (ascii ? RegexChars.isAsciiWord(t[pos])
            : RegexChars.isUniWord(t[pos]));
        boolean boundary = kind == RegexProgram.AT_BOUNDARY
            || kind == RegexProgram.AT_BOUNDARY_ASCII;
        yield boundary == (before != here);
      }
    };
  }
}
