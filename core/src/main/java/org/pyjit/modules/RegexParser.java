package org.pyjit.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.Repr;
import org.pyjit.runtime.StrMethods;

/**
 * Parses a regular expression in Python's syntax into a {@link RegexNode} tree, with
 * CPython 3.13's error messages and positions ({@link RegexSyntaxError}). The pattern is
 * given as code points (a bytes pattern as its bytes); positions are indices into it.
 *
 * <p>The tokenizer keeps one token of lookahead as sre's parser does (an escape is one
 * token of two characters), so error positions computed from "where the tokenizer is"
 * come out as CPython's. Flags written inline are resolved here: every leaf node records
 * the case mode and category flavour in force where it was written.
 */
final class RegexParser {
  static final int I = 2;
  static final int L = 4;
  static final int M = 8;
  static final int S = 16;
  static final int U = 32;
  static final int X = 64;
  static final int DEBUG = 128;
  static final int A = 256;
  private static final int TYPE_FLAGS = A | L | U;

  static final long MAXREPEAT = 4294967295L;
  static final long MAXGROUPS = 1073741823L;
  /** Widths are capped here (CPython's MAXWIDTH plays the same role). */
  static final long MAXWIDTH = Long.MAX_VALUE / 4;

  private static final int ESC = 1 << 24;

  private final int[] s;
  private final boolean text;
  private int index;
  private int next;

  /** The global flags (compile's plus inline global ones). */
  int flags;
  /** Width (lo, hi) of each closed group by number; null while open. Index 0: group 0. */
  final List<long[]> groupWidths = new ArrayList<>();
  final Map<String, Integer> groupNames = new LinkedHashMap<>();
  private int lookbehindGroups = -1;
  private final Map<Long, Integer> groupRefPos = new LinkedHashMap<>();
  /** Lookbehind bodies, checked for a fixed width after parsing (as sre's compiler does). */
  private final List<RegexNode> lookbehinds = new ArrayList<>();

  private RegexParser(int[] pattern, boolean text, int flags) {
    this.s = pattern;
    this.text = text;
    this.flags = flags;
    groupWidths.add(null);
    advance();
  }

  /** The parse of a whole pattern; throws RegexSyntaxError. */
  static RegexParser parse(int[] pattern, boolean text, int flags, RegexNode[] root) {
    RegexParser p = new RegexParser(pattern, text, flags);
    RegexNode n = p.parseSub(flags, 0);
    p.fixFlags();
    if (p.next >= 0) {
      throw p.error("unbalanced parenthesis", 0);
    }
    for (Map.Entry<Long, Integer> e : p.groupRefPos.entrySet()) {
      if (e.getKey() >= p.groupWidths.size()) {
        throw new RegexSyntaxError("invalid group reference " + e.getKey(), e.getValue());
      }
    }
    for (RegexNode lb : p.lookbehinds) {
      long[] w = p.width(lb);
      if (w[0] != w[1]) {
        throw new RegexSyntaxError("look-behind requires fixed-width pattern", -1);
      }
    }
    root[0] = n;
    return p;
  }

  int groups() {
    return groupWidths.size() - 1;
  }

  private void fixFlags() {
    if (text) {
      if ((flags & L) != 0) {
        throw new RegexSyntaxError("cannot use LOCALE flag with a str pattern", -1,
            RegexSyntaxError.VALUE);
      }
      if ((flags & A) == 0) {
        flags |= U;
      } else if ((flags & U) != 0) {
        throw new RegexSyntaxError("ASCII and UNICODE flags are incompatible", -1,
            RegexSyntaxError.VALUE);
      }
    } else {
      if ((flags & U) != 0) {
        throw new RegexSyntaxError("cannot use UNICODE flag with a bytes pattern", -1,
            RegexSyntaxError.VALUE);
      }
      if ((flags & L) != 0 && (flags & A) != 0) {
        throw new RegexSyntaxError("ASCII and LOCALE flags are incompatible", -1,
            RegexSyntaxError.VALUE);
      }
    }
  }

  // ------------------------------------------------------------------ tokenizer

  private void advance() {
    int i = index;
    if (i >= s.length) {
      next = -1;
      return;
    }
    int c = s[i];
    if (c == '\\') {
      i++;
      if (i >= s.length) {
        throw new RegexSyntaxError("bad escape (end of pattern)", s.length - 1);
      }
      next = s[i] | ESC;
    } else {
      next = c;
    }
    index = i + 1;
  }

  private static int len(int tok) {
    return tok < 0 ? 0 : tok >= ESC ? 2 : 1;
  }

  private int tell() {
    return index - len(next);
  }

  private void seek(int i) {
    index = i;
    advance();
  }

  private boolean match(int c) {
    if (next == c) {
      advance();
      return true;
    }
    return false;
  }

  private int get() {
    int t = next;
    advance();
    return t;
  }

  private static String tokStr(int t) {
    return t >= ESC ? "\\" + Character.toString(t & ~ESC) : Character.toString(t);
  }

  private RegexSyntaxError error(String msg, int offset) {
    if (!text) {
      msg = asciiBackslash(msg);
    }
    return new RegexSyntaxError(msg, tell() - offset);
  }

  private static String asciiBackslash(String m) {
    StringBuilder b = new StringBuilder();
    m.codePoints().forEach(c -> {
      if (c < 128) {
        b.append((char) c);
      } else {
        b.append(String.format(c < 256 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c));
      }
    });
    return b.toString();
  }

  private static boolean isDigit(int t) {
    return t >= '0' && t <= '9';
  }

  private static boolean isOct(int t) {
    return t >= '0' && t <= '7';
  }

  private static boolean isHex(int t) {
    return isDigit(t) || (t | 0x20) >= 'a' && (t | 0x20) <= 'f';
  }

  private static boolean isAsciiLetter(int c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  private String getWhile(int n, int kind) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int c = next;
      if (!(kind == 16 ? isHex(c) : isOct(c))) {
        break;
      }
      b.append((char) c);
      advance();
    }
    return b.toString();
  }

  private String getUntil(int terminator, String name) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    while (true) {
      int c = next;
      advance();
      if (c < 0) {
        if (n == 0) {
          throw error("missing " + name, 0);
        }
        throw error("missing " + (char) terminator + ", unterminated name", n);
      }
      if (c == terminator) {
        if (n == 0) {
          throw error("missing " + name, 1);
        }
        break;
      }
      String t = tokStr(c);
      b.append(t);
      n += t.codePointCount(0, t.length());
    }
    return b.toString();
  }

  private static int cpLen(String name) {
    return name.codePointCount(0, name.length());
  }

  private void checkGroupName(String name, int offset) {
    boolean ascii = name.chars().allMatch(c -> c < 128);
    if (!text && !ascii) {
      throw error("bad character in group name " + asciiRepr(name), cpLen(name) + offset);
    }
    if (!StrMethods.isIdentifier(name)) {
      throw error("bad character in group name " + Repr.str(name), cpLen(name) + offset);
    }
  }

  private static String asciiRepr(String s) {
    return asciiBackslash(Repr.str(s));
  }

  private static boolean isAsciiDecimal(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  // ------------------------------------------------------------------ group state

  private int openGroup(String name) {
    int gid = groupWidths.size();
    groupWidths.add(null);
    if (name != null) {
      Integer old = groupNames.get(name);
      if (old != null) {
        throw error("redefinition of group name " + Repr.str(name) + " as group " + gid
            + "; was group " + old, cpLen(name) + 1);
      }
      groupNames.put(name, gid);
    }
    return gid;
  }

  private boolean checkGroup(long gid) {
    return gid < groupWidths.size() && groupWidths.get((int) gid) != null;
  }

  private void checkLookbehindGroup(long gid) {
    if (lookbehindGroups >= 0) {
      if (!checkGroup(gid)) {
        throw error("cannot refer to an open group", 0);
      }
      if (gid >= lookbehindGroups) {
        throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
      }
    }
  }

  // ------------------------------------------------------------------ flag scopes

  private int caseMode(int f) {
    if ((f & I) == 0) {
      return RegexChars.CASE_NONE;
    }
    return text && (f & A) == 0 ? RegexChars.CASE_UNICODE : RegexChars.CASE_ASCII;
  }

  private boolean asciiCats(int f) {
    return !text || (f & A) != 0;
  }

  private RegexNode literal(int c, int f) {
    return new RegexNode.Literal(c, caseMode(f));
  }

  // ------------------------------------------------------------------ grammar

  /** An alternation (a|b|c) in scope flags f. */
  private RegexNode parseSub(int f, int nested) {
    List<RegexNode> items = new ArrayList<>();
    while (true) {
      items.add(parseSeq(nested == 0 ? flags : f, nested + 1, nested == 0 && items.isEmpty()));
      if (!match('|')) {
        break;
      }
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    // single characters in every branch: a class, as sre makes it
    RegexCharSet set = null;
    for (RegexNode it : items) {
      RegexNode one = it instanceof RegexNode.Seq sq && sq.items().size() == 1
          ? sq.items().get(0) : null;
      if (!(one instanceof RegexNode.Literal lit)) {
        set = null;
        break;
      }
      if (set == null) {
        set = new RegexCharSet(lit.caseMode(), true);
      } else if (set.caseMode != lit.caseMode()) {
        set = null;
        break;
      }
      set.addChar(lit.c());
    }
    if (set != null) {
      return new RegexNode.CharClass(set.freeze());
    }
    return new RegexNode.Alt(items);
  }

  private RegexNode parseSeq(int f, int nested, boolean first) {
    List<RegexNode> seq = new ArrayList<>();
    while (true) {
      int t = next;
      if (t < 0 || t == '|' || t == ')') {
        break;
      }
      advance();
      if ((f & X) != 0) {
        if (t == ' ' || t == '\t' || t == '\n' || t == '\r' || t == 0x0b || t == '\f') {
          continue;
        }
        if (t == '#') {
          while (true) {
            t = get();
            if (t < 0 || t == '\n') {
              break;
            }
          }
          continue;
        }
      }
      if (t >= ESC) {
        seq.add(escape(t, f));
        continue;
      }
      switch (t) {
        case '[' -> seq.add(parseClass(f));
        case '*', '+', '?', '{' -> {
          int qstart = tell() - 1;
          int here = tell();
          long min;
          long max;
          if (t == '?') {
            min = 0;
            max = 1;
          } else if (t == '*') {
            min = 0;
            max = MAXREPEAT;
          } else if (t == '+') {
            min = 1;
            max = MAXREPEAT;
          } else {
            if (next == '}') {
              seq.add(literal('{', f));
              continue;
            }
            min = 0;
            max = MAXREPEAT;
            StringBuilder lo = new StringBuilder();
            StringBuilder hi = new StringBuilder();
            while (isDigit(next)) {
              lo.append((char) get());
            }
            if (match(',')) {
              while (isDigit(next)) {
                hi.append((char) get());
              }
            } else {
              hi.append(lo);
            }
            if (!match('}')) {
              seq.add(literal('{', f));
              seek(here);
              continue;
            }
            if (!lo.isEmpty()) {
              min = bounded(lo.toString());
            }
            if (!hi.isEmpty()) {
              max = bounded(hi.toString());
              if (max < min) {
                throw new RegexSyntaxError("min repeat greater than max repeat", here);
              }
            }
          }
          RegexNode last = seq.isEmpty() ? null : seq.get(seq.size() - 1);
          if (last == null || last instanceof RegexNode.At) {
            throw new RegexSyntaxError("nothing to repeat", qstart);
          }
          if (last instanceof RegexNode.Repeat) {
            throw new RegexSyntaxError("multiple repeat", qstart);
          }
          int kind = match('?') ? RegexNode.LAZY : match('+') ? RegexNode.POSSESSIVE
              : RegexNode.GREEDY;
          int mn = (int) Math.min(min, Integer.MAX_VALUE);
          int mx = max >= MAXREPEAT || max > Integer.MAX_VALUE ? RegexNode.INF : (int) max;
          seq.set(seq.size() - 1, new RegexNode.Repeat(last, mn, mx, kind));
        }
        case '.' -> seq.add(new RegexNode.Any((f & S) != 0));
        case '^' -> seq.add(new RegexNode.At((f & M) != 0 ? RegexProgram.AT_BEGIN_LINE
            : RegexProgram.AT_BEGIN));
        case '$' -> seq.add(new RegexNode.At((f & M) != 0 ? RegexProgram.AT_END_LINE
            : RegexProgram.AT_END));
        case '(' -> {
          int before = flags;
          RegexNode g = parseGroup(f, nested, first && seq.isEmpty());
          if (g != null) {
            seq.add(g);
          } else if (flags != before) {
            f = flags; // global flags at the start: they apply from here on
          }
        }
        default -> seq.add(literal(t, f));
      }
    }
    return new RegexNode.Seq(seq);
  }

  private static long bounded(String digits) {
    if (digits.length() > 12 || Long.parseLong(digits) >= MAXREPEAT) {
      throw new RegexSyntaxError("the repetition number is too large", -1,
          RegexSyntaxError.OVERFLOW);
    }
    return Long.parseLong(digits);
  }

  /** After '(': a group, lookaround, comment (null) or global flags (null). */
  private RegexNode parseGroup(int f, int nested, boolean first) {
    int start = tell() - 1;
    boolean capture = true;
    boolean atomic = false;
    String name = null;
    int scoped = f;
    if (match('?')) {
      int c = get();
      if (c < 0) {
        throw error("unexpected end of pattern", 0);
      }
      if (c == 'P') {
        if (match('<')) {
          name = getUntil('>', "group name");
          checkGroupName(name, 1);
        } else if (match('=')) {
          name = getUntil(')', "group name");
          checkGroupName(name, 1);
          Integer gid = groupNames.get(name);
          if (gid == null) {
            throw error("unknown group name " + Repr.str(name), cpLen(name) + 1);
          }
          if (!checkGroup(gid)) {
            throw error("cannot refer to an open group", cpLen(name) + 1);
          }
          checkLookbehindGroup(gid);
          return new RegexNode.BackRef(gid, caseMode(f));
        } else {
          int c2 = get();
          if (c2 < 0) {
            throw error("unexpected end of pattern", 0);
          }
          throw error("unknown extension ?P" + tokStr(c2), len(c2) + 2);
        }
      } else if (c == ':') {
        capture = false;
      } else if (c == '#') {
        while (true) {
          if (next < 0) {
            throw error("missing ), unterminated comment", tell() - start);
          }
          if (get() == ')') {
            break;
          }
        }
        return null;
      } else if (c == '=' || c == '!' || c == '<') {
        boolean behind = false;
        int saved = lookbehindGroups;
        if (c == '<') {
          c = get();
          if (c < 0) {
            throw error("unexpected end of pattern", 0);
          }
          if (c != '=' && c != '!') {
            throw error("unknown extension ?<" + tokStr(c), len(c) + 2);
          }
          behind = true;
          if (lookbehindGroups < 0) {
            lookbehindGroups = groupWidths.size();
          }
        }
        RegexNode body = parseSub(f, nested + 1);
        if (behind && saved < 0) {
          lookbehindGroups = -1;
        }
        if (!match(')')) {
          throw error("missing ), unterminated subpattern", tell() - start);
        }
        if (behind) {
          lookbehinds.add(body);
        }
        if (c == '!' && isEmpty(body)) {
          return new RegexNode.Fail();
        }
        return new RegexNode.Look(body, behind, c == '!');
      } else if (c == '(') {
        String cond = getUntil(')', "group name");
        long gid;
        if (!isAsciiDecimal(cond)) {
          checkGroupName(cond, 1);
          Integer g = groupNames.get(cond);
          if (g == null) {
            throw error("unknown group name " + Repr.str(cond), cpLen(cond) + 1);
          }
          gid = g;
        } else {
          gid = cond.length() > 12 ? Long.MAX_VALUE : Long.parseLong(cond);
          if (gid == 0) {
            throw error("bad group number", cond.length() + 1);
          }
          if (gid >= MAXGROUPS) {
            throw error("invalid group reference " + (cond.length() > 12
                ? new java.math.BigInteger(cond).toString() : gid), cond.length() + 1);
          }
          groupRefPos.putIfAbsent(gid, tell() - cond.length() - 1);
        }
        checkLookbehindGroup(gid);
        RegexNode yes = parseSeq(f, nested + 1, false);
        RegexNode no = null;
        if (match('|')) {
          no = parseSeq(f, nested + 1, false);
          if (next == '|') {
            throw error("conditional backref with more than two branches", 0);
          }
        }
        if (!match(')')) {
          throw error("missing ), unterminated subpattern", tell() - start);
        }
        return new RegexNode.Cond((int) gid, yes, no);
      } else if (c == '>') {
        capture = false;
        atomic = true;
      } else if ("iLmsxau-".indexOf(c) >= 0 && c < ESC) {
        int[] addDel = parseFlags(c);
        if (addDel == null) {
          if (!first) {
            throw error("global flags not at the start of the expression", tell() - start);
          }
          return null;
        }
        capture = false;
        if ((addDel[0] & TYPE_FLAGS) != 0) {
          scoped &= ~TYPE_FLAGS;
        }
        scoped = (scoped | addDel[0]) & ~addDel[1];
      } else {
        throw error("unknown extension ?" + tokStr(c), len(c) + 1);
      }
    }
    int group = -1;
    if (capture) {
      group = openGroup(name);
    }
    RegexNode body = parseSub(scoped, nested + 1);
    if (!match(')')) {
      throw error("missing ), unterminated subpattern", tell() - start);
    }
    if (group >= 0) {
      groupWidths.set(group, width(body));
      return new RegexNode.Group(group, body);
    }
    if (atomic) {
      return new RegexNode.Atomic(body);
    }
    // a non-capturing group stays one item (what a following quantifier repeats)
    return new RegexNode.Seq(List.of(body));
  }

  private static boolean isEmpty(RegexNode n) {
    return n instanceof RegexNode.Seq sq && sq.items().isEmpty();
  }

  private static int flagOf(int c) {
    return switch (c) {
      case 'i' -> I;
      case 'L' -> L;
      case 'm' -> M;
      case 's' -> S;
      case 'x' -> X;
      case 'a' -> A;
      case 'u' -> U;
      default -> 0;
    };
  }

  /** Inline flags after "(?" whose first char is c: null for global ones, else {add, del}. */
  private int[] parseFlags(int c) {
    int add = 0;
    int del = 0;
    if (c != '-') {
      while (true) {
        int flag = flagOf(c);
        if (text) {
          if (c == 'L') {
            throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
          }
        } else if (c == 'u') {
          throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
        }
        add |= flag;
        if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
          throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
        }
        c = get();
        if (c < 0) {
          throw error("missing -, : or )", 0);
        }
        if (c == ')' || c == '-' || c == ':') {
          break;
        }
        if (c >= ESC || flagOf(c) == 0) {
          throw error(c < ESC && Character.isLetter(c) ? "unknown flag" : "missing -, : or )",
              len(c));
        }
      }
    }
    if (c == ')') {
      flags |= add;
      return null;
    }
    if (c == '-') {
      c = get();
      if (c < 0) {
        throw error("missing flag", 0);
      }
      if (c >= ESC || flagOf(c) == 0) {
        throw error(c < ESC && Character.isLetter(c) ? "unknown flag" : "missing flag", len(c));
      }
      while (true) {
        int flag = flagOf(c);
        if ((flag & TYPE_FLAGS) != 0) {
          throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
        }
        del |= flag;
        c = get();
        if (c < 0) {
          throw error("missing :", 0);
        }
        if (c == ':') {
          break;
        }
        if (c >= ESC || flagOf(c) == 0) {
          throw error(c < ESC && Character.isLetter(c) ? "unknown flag" : "missing :", len(c));
        }
      }
    }
    if ((add & del) != 0) {
      throw error("bad inline flags: flag turned on and off", 1);
    }
    return new int[] {add, del};
  }

  // ------------------------------------------------------------------ escapes and classes

  private static final int CAT = 1 << 30;

  /** A simple escape's character (\a \f \n \r \t \v \\), or -1. */
  private static int simpleEscape(int c) {
    return switch (c) {
      case 'a' -> 7;
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 0x0b;
      case '\\' -> '\\';
      default -> -1;
    };
  }

  private static int category(int c) {
    return switch (c) {
      case 'd' -> RegexCharSet.DIGIT;
      case 'D' -> RegexCharSet.NOT_DIGIT;
      case 's' -> RegexCharSet.SPACE;
      case 'S' -> RegexCharSet.NOT_SPACE;
      case 'w' -> RegexCharSet.WORD;
      case 'W' -> RegexCharSet.NOT_WORD;
      default -> 0;
    };
  }

  /** The x, u, U and N escapes: the character, or -2 when c is none of them. */
  private int codeEscape(int c) {
    int start = tell() - 2;
    if (c == 'x' || c == 'u' && text || c == 'U' && text) {
      int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      String digits = getWhile(n, 16);
      String esc = "\\" + (char) c + digits;
      if (digits.length() != n) {
        throw error("incomplete escape " + esc, esc.length());
      }
      long v = Long.parseLong(digits, 16);
      if (v > 0x10ffff) {
        throw error("bad escape " + esc, esc.length());
      }
      return (int) v;
    }
    if (c == 'N' && text) {
      if (!match('{')) {
        throw error("missing {", 0);
      }
      String name = getUntil('}', "character name");
      int cp;
      try {
        cp = Character.codePointOf(name);
      } catch (IllegalArgumentException e) {
        cp = -1;
      }
      if (cp < 0) {
        throw error("undefined character name " + Repr.str(name), cpLen(name) + 4);
      }
      return cp;
    }
    return -2;
  }

  /** An escape inside [...]: a character, or CAT|category. */
  private int classEscape(int t) {
    int c = t & ~ESC;
    if (c == 'b') {
      return 8;
    }
    int se = simpleEscape(c);
    if (se >= 0) {
      return se;
    }
    int cat = category(c);
    if (cat != 0) {
      return CAT | cat;
    }
    int v = codeEscape(c);
    if (v >= 0) {
      return v;
    }
    if (isOct(c)) {
      String esc = "\\" + (char) c + getWhile(2, 8);
      int val = Integer.parseInt(esc.substring(1), 8);
      if (val > 0377) {
        throw error("octal escape value " + esc + " outside of range 0-0o377", esc.length());
      }
      return val;
    }
    if (isDigit(c) || isAsciiLetter(c)) {
      throw error("bad escape \\" + Character.toString(c), 2);
    }
    return c;
  }

  /** An escape outside a class. */
  private RegexNode escape(int t, int f) {
    int c = t & ~ESC;
    switch (c) {
      case 'A' -> {
        return new RegexNode.At(RegexProgram.AT_BEGIN_STRING);
      }
      case 'Z' -> {
        return new RegexNode.At(RegexProgram.AT_END_STRING);
      }
      case 'b' -> {
        return new RegexNode.At(asciiCats(f) ? RegexProgram.AT_BOUNDARY_ASCII
            : RegexProgram.AT_BOUNDARY);
      }
      case 'B' -> {
        return new RegexNode.At(asciiCats(f) ? RegexProgram.AT_NON_BOUNDARY_ASCII
            : RegexProgram.AT_NON_BOUNDARY);
      }
      default -> {
      }
    }
    int cat = category(c);
    if (cat != 0) {
      RegexCharSet set = new RegexCharSet(RegexChars.CASE_NONE, asciiCats(f));
      set.addCategory(cat);
      return new RegexNode.CharClass(set.freeze());
    }
    int se = simpleEscape(c);
    if (se >= 0) {
      return literal(se, f);
    }
    int v = codeEscape(c);
    if (v >= 0) {
      return literal(v, f);
    }
    if (c == '0') {
      String esc = "\\0" + getWhile(2, 8);
      return literal(Integer.parseInt(esc.substring(1), 8), f);
    }
    if (isDigit(c)) {
      String esc = "\\" + (char) c;
      if (isDigit(next)) {
        esc += (char) get();
        if (isOct(esc.charAt(1)) && isOct(esc.charAt(2)) && isOct(next)) {
          esc += (char) get();
          int val = Integer.parseInt(esc.substring(1), 8);
          if (val > 0377) {
            throw error("octal escape value " + esc + " outside of range 0-0o377",
                esc.length());
          }
          return literal(val, f);
        }
      }
      int group = Integer.parseInt(esc.substring(1));
      if (group < groupWidths.size()) {
        if (!checkGroup(group)) {
          throw error("cannot refer to an open group", esc.length());
        }
        checkLookbehindGroup(group);
        return new RegexNode.BackRef(group, caseMode(f));
      }
      throw error("invalid group reference " + group, esc.length() - 1);
    }
    if (isAsciiLetter(c)) {
      throw error("bad escape \\" + (char) c, 2);
    }
    return literal(c, f);
  }

  private RegexNode parseClass(int f) {
    int here = tell() - 1;
    RegexCharSet set = new RegexCharSet(caseMode(f), asciiCats(f));
    if (match('^')) {
      set.negate = true;
    }
    int count = 0;
    int firstLiteral = -1;
    while (true) {
      int t = get();
      if (t < 0) {
        throw new RegexSyntaxError("unterminated character set", here);
      }
      if (t == ']' && count > 0) {
        break;
      }
      int code1 = t >= ESC ? classEscape(t) : t;
      if (match('-')) {
        int that = get();
        if (that < 0) {
          throw new RegexSyntaxError("unterminated character set", here);
        }
        if (that == ']') {
          add(set, code1);
          set.addChar('-');
          count += 2;
          break;
        }
        int code2 = that >= ESC ? classEscape(that) : that;
        if ((code1 & CAT) != 0 || (code2 & CAT) != 0 || code2 < code1) {
          throw error("bad character range " + tokStr(t) + "-" + tokStr(that),
              len(t) + 1 + len(that));
        }
        set.addRange(code1, code2);
        count += 2;
      } else {
        add(set, code1);
        if (count == 0 && (code1 & CAT) == 0) {
          firstLiteral = code1;
        }
        count++;
      }
    }
    if (count == 1 && firstLiteral >= 0 && !set.negate) {
      return literal(firstLiteral, f);
    }
    return new RegexNode.CharClass(set.freeze());
  }

  private static void add(RegexCharSet set, int code) {
    if ((code & CAT) != 0) {
      set.addCategory(code & ~CAT);
    } else {
      set.addChar(code);
    }
  }

  // ------------------------------------------------------------------ sub templates

  /**
   * A replacement template for program p: literal pieces (code points) alternating with
   * group numbers (boxed Integer), starting and ending with a literal.
   */
  static List<Object> template(RegexProgram p, int[] repl, boolean text) {
    RegexParser t = new RegexParser(repl, text, 0);
    List<Object> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    while (true) {
      int tok = t.get();
      if (tok < 0) {
        break;
      }
      if (tok < ESC) {
        lit.appendCodePoint(tok);
        continue;
      }
      int c = tok & ~ESC;
      if (c == 'g') {
        if (!t.match('<')) {
          throw t.error("missing <", 0);
        }
        String name = t.getUntil('>', "group name");
        long index;
        if (!isAsciiDecimal(name)) {
          t.checkGroupName(name, 1);
          Integer g = p.groupNames.get(name);
          if (g == null) {
            throw new RegexSyntaxError("unknown group name " + Repr.str(name), -1,
                RegexSyntaxError.INDEX);
          }
          index = g;
        } else {
          index = name.length() > 12 ? Long.MAX_VALUE : Long.parseLong(name);
          if (index >= MAXGROUPS) {
            throw t.error("invalid group reference " + (name.length() > 12
                ? new java.math.BigInteger(name).toString() : index), name.length() + 1);
          }
        }
        t.addGroup(p, out, lit, index, cpLen(name) + 1);
      } else if (c == '0') {
        String digits = t.getWhile(2, 8);
        lit.appendCodePoint((digits.isEmpty() ? 0 : Integer.parseInt(digits, 8)) & 0xff);
      } else if (isDigit(c)) {
        String esc = "\\" + (char) c;
        boolean octal = false;
        if (isDigit(t.next)) {
          esc += (char) t.get();
          if (isOct(c) && isOct(esc.charAt(2)) && isOct(t.next)) {
            esc += (char) t.get();
            octal = true;
            int v = Integer.parseInt(esc.substring(1), 8);
            if (v > 0377) {
              throw t.error("octal escape value " + esc + " outside of range 0-0o377",
                  esc.length());
            }
            lit.appendCodePoint(v);
          }
        }
        if (!octal) {
          t.addGroup(p, out, lit, Long.parseLong(esc.substring(1)), esc.length() - 1);
        }
      } else {
        int se = c == 'b' ? 8 : simpleEscape(c);
        if (se >= 0) {
          lit.appendCodePoint(se);
        } else if (isAsciiLetter(c)) {
          throw t.error("bad escape \\" + (char) c, 2);
        } else {
          lit.append('\\').appendCodePoint(c);
        }
      }
    }
    out.add(lit.toString());
    return out;
  }

  private void addGroup(RegexProgram p, List<Object> out, StringBuilder lit, long index,
      int offset) {
    if (index > p.groups) {
      throw error("invalid group reference " + index, offset);
    }
    out.add(lit.toString());
    lit.setLength(0);
    out.add((int) index);
  }

  // ------------------------------------------------------------------ widths

  /** (min, max) characters node n can match, as sre's getwidth (capped at MAXWIDTH). */
  long[] width(RegexNode n) {
    return switch (n) {
      case RegexNode.Literal l -> new long[] {1, 1};
      case RegexNode.CharClass c -> new long[] {1, 1};
      case RegexNode.Any a -> new long[] {1, 1};
      case RegexNode.At a -> new long[] {0, 0};
      case RegexNode.Fail x -> new long[] {0, 0};
      case RegexNode.Look x -> new long[] {0, 0};
      case RegexNode.Seq sq -> {
        long lo = 0;
        long hi = 0;
        for (RegexNode it : sq.items()) {
          long[] w = width(it);
          lo = Math.min(lo + w[0], MAXWIDTH);
          hi = Math.min(hi + w[1], MAXWIDTH);
        }
        yield new long[] {lo, hi};
      }
      case RegexNode.Alt alt -> {
        long lo = MAXWIDTH;
        long hi = 0;
        for (RegexNode it : alt.items()) {
          long[] w = width(it);
          lo = Math.min(lo, w[0]);
          hi = Math.max(hi, w[1]);
        }
        yield new long[] {lo, hi};
      }
      case RegexNode.Group g -> width(g.body());
      case RegexNode.Atomic g -> width(g.body());
      case RegexNode.Repeat r -> {
        long[] w = width(r.body());
        long lo = Math.min(w[0] * r.min(), MAXWIDTH);
        long hi = r.max() == RegexNode.INF ? (w[1] == 0 ? 0 : MAXWIDTH)
            : Math.min(w[1] * r.max(), MAXWIDTH);
        yield new long[] {lo, hi};
      }
      case RegexNode.BackRef b -> {
        long[] w = groupWidths.get(b.group());
        yield w == null ? new long[] {0, MAXWIDTH} : w.clone();
      }
      case RegexNode.Cond c -> {
        long[] y = width(c.yes());
        if (c.no() == null) {
          yield new long[] {0, y[1]};
        }
        long[] no = width(c.no());
        yield new long[] {Math.min(y[0], no[0]), Math.max(y[1], no[1])};
      }
    };
  }
}
