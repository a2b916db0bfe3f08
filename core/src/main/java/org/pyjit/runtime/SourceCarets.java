package org.pyjit.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Stmt;
import org.pyjit.parse.Parser;

/**
 * The source lines of one traceback entry as CPython 3.13 prints them (PEP 657): the lines
 * the failing instruction spans, dedented and indented by four spaces, each followed by a
 * caret line under the instruction's columns when that says more than the line itself.
 * A binary operation, call or subscript is re-parsed to find its anchor (the operator, or
 * the brackets), marked '^' while the rest is '~'. Columns count code points; East Asian
 * wide characters take two columns; a long span keeps its first and last lines and those
 * around the anchors, abbreviating the rest.
 */
final class SourceCarets {
  private SourceCarets() {}

  /** Anchor positions: the end of the left part and the start of the right one. */
  private record Anchors(int leftLine, int leftCol, int rightLine, int rightCol, char primary,
      char secondary) {}

  /**
   * The lines to print (each ending with a newline) for {@code file}'s lines
   * {@code line}..{@code endLine} and UTF-8 columns {@code col}..{@code endCol}; only the
   * first line, stripped, when the columns are unknown.
   */
  static String render(String[] file, int line, int endLine, int col, int endCol) {
    if (line < 1 || line > file.length) {
      return "";
    }
    endLine = Math.min(Math.max(endLine, line), file.length);
    List<String> original = new ArrayList<>();
    for (int l = line; l <= endLine; l++) {
      original.add(stripTrailing(file[l - 1]));
    }
    if (String.join("", original).isBlank()) {
      return "";
    }
    if (col < 0 || endCol < 0) {
      return "    " + original.getFirst().strip() + "\n";
    }
    List<String> lines = dedent(original);
    int start = byteToChar(original.getFirst(), col);
    int end = byteToChar(original.getLast(), endCol);
    int dedented = cpLen(original.getFirst()) - cpLen(lines.getFirst());
    start = Math.max(0, start - dedented);
    end = Math.max(0, end - dedented);
    int dpStart = displayWidth(lines.getFirst(), start);
    int dpEnd = displayWidth(lines.getLast(), end);
    String joined = String.join("\n", lines);
    int jn = cpLen(joined);
    String segment = cpSub(joined, start, jn - (cpLen(lines.getLast()) - end));
    Anchors anchors = null;
    try {
      anchors = anchors(segment);
    } catch (RuntimeException e) {
      anchors = null;
    }
    boolean show = showCarets(start, end, lines, anchors);
    TreeSet<Integer> significant = new TreeSet<>();
    significant.add(0);
    significant.add(lines.size() - 1);
    int leftEnd = 0;
    int rightStart = 0;
    char primary = '^';
    char secondary = '^';
    if (anchors != null) {
      leftEnd = anchors.leftCol + (anchors.leftLine == 0 ? start : 0);
      rightStart = anchors.rightCol + (anchors.rightLine == 0 ? start : 0);
      leftEnd = displayWidth(lines.get(anchors.leftLine), leftEnd);
      rightStart = displayWidth(lines.get(anchors.rightLine), rightStart);
      primary = anchors.primary;
      secondary = anchors.secondary;
      for (int d = -1; d <= 1; d++) {
        significant.add(anchors.leftLine + d);
        significant.add(anchors.rightLine + d);
      }
    }
    significant.remove(-1);
    significant.remove(lines.size());
    List<String> out = new ArrayList<>();
    Integer prev = null;
    for (int l : significant) {
      if (prev != null) {
        int diff = l - prev;
        if (diff == 2) {
          outputLine(out, lines, l - 1, show, dpStart, dpEnd, anchors, leftEnd, rightStart,
              primary, secondary);
        } else if (diff > 2) {
          out.add("...<" + (diff - 1) + " lines>...");
        }
      }
      outputLine(out, lines, l, show, dpStart, dpEnd, anchors, leftEnd, rightStart, primary,
          secondary);
      prev = l;
    }
    StringBuilder sb = new StringBuilder();
    for (String s : dedent(out)) {
      sb.append("    ").append(s).append('\n');
    }
    return sb.toString();
  }

  private static void outputLine(List<String> out, List<String> lines, int l, boolean show,
      int dpStart, int dpEnd, Anchors a, int leftEnd, int rightStart, char primary,
      char secondary) {
    String text = lines.get(l);
    out.add(text);
    if (!show) {
      return;
    }
    int spaces = cpLen(text) - cpLen(text.stripLeading());
    int n = l == lines.size() - 1 ? dpEnd : displayWidth(text, cpLen(text));
    StringBuilder carets = new StringBuilder();
    for (int c = 0; c < n; c++) {
      if (c < spaces || (l == 0 && c < dpStart)) {
        carets.append(' ');
      } else if (a != null
          && (l > a.leftLine || (l == a.leftLine && c >= leftEnd))
          && (l < a.rightLine || (l == a.rightLine && c < rightStart))) {
        carets.append(secondary);
      } else {
        carets.append(primary);
      }
    }
    out.add(carets.toString());
  }

  /**
   * No carets when the instruction is the whole statement line(s); in particular not for
   * "return f(...)" or "x = f(...)" where the call spans the rest of the statement.
   */
  private static boolean showCarets(int start, int end, List<String> lines, Anchors anchors) {
    try {
      Mod.Module tree = Parser.parseModule(String.join("\n", lines), "<carets>");
      if (tree.body().isEmpty()) {
        return false;
      }
      Expr value = null;
      Stmt st = tree.body().getFirst();
      if (st instanceof Stmt.Return r && r.value() instanceof Expr.Call c
          && c.func() instanceof Expr.Name) {
        value = c;
      } else if (st instanceof Stmt.Assign as && as.value() instanceof Expr.Call c
          && as.targets().size() == 1 && as.targets().getFirst() instanceof Expr.Name) {
        value = c;
      }
      if (value != null && value.pos().lineno() == 1
          && value.pos().endLineno() == lines.size() && value.pos().colOffset() == start
          && value.pos().endColOffset() == end) {
        return false;
      }
    } catch (RuntimeException e) {
      // a span that does not parse on its own: decide by the anchors and the margins
    }
    if (anchors != null) {
      return true;
    }
    String first = lines.getFirst();
    String last = lines.getLast();
    return !cpSub(first, 0, start).strip().isEmpty()
        || !cpSub(last, end, cpLen(last)).strip().isEmpty();
  }

  /** The anchors of a binary operation, subscript or call segment, or null. */
  private static Anchors anchors(String segment) {
    Mod.Module tree = Parser.parseModule("(\n" + segment + "\n)", "<carets>");
    if (tree.body().size() != 1 || !(tree.body().getFirst() instanceof Stmt.ExprStmt es)) {
      return null;
    }
    String[] lines = segment.split("\n", -1);
    Cursor cur = new Cursor(lines);
    switch (es.value()) {
      case Expr.BinOp bo -> {
        int[] p = cur.endOf(bo.left(), true);
        p = cur.until(p, ch -> !Character.isWhitespace(ch) && ch != ')');
        int line = p[0];
        int col = p[1];
        int right = col + 1;
        String text = lines[line];
        if (right < cpLen(text)
            && (bo.right().pos().lineno() - 2 > line
                || right < cur.toChar(bo.right().pos().lineno() - 2, bo.right().pos().colOffset()))
            && !Character.isWhitespace(text.codePointAt(text.offsetByCodePoints(0, right)))
            && "\\#".indexOf(text.codePointAt(text.offsetByCodePoints(0, right))) < 0) {
          right++;
        }
        return new Anchors(line, col, line, right, '~', '^');
      }
      case Expr.Subscript sub -> {
        int[] l = cur.until(cur.endOf(sub.value(), true), ch -> ch == '[');
        int[] r = cur.endOf(sub, false);
        return new Anchors(l[0], l[1], r[0], r[1], '~', '^');
      }
      case Expr.Call call -> {
        int[] l = cur.until(cur.endOf(call.func(), true), ch -> ch == '(');
        int[] r = cur.endOf(call, false);
        return new Anchors(l[0], l[1], r[0], r[1], '~', '^');
      }
      default -> {
        return null;
      }
    }
  }

  /** Positions in the segment's lines, in code points; skips comments and continuations. */
  private static final class Cursor {
    final String[] lines;

    Cursor(String[] lines) {
      this.lines = lines;
    }

    int toChar(int line, int byteCol) {
      return byteToChar(lines[line], byteCol);
    }

    int[] valid(int line, int col) {
      while (line < lines.length && col >= cpLen(lines[line])) {
        col = 0;
        line++;
      }
      if (line >= lines.length) {
        throw new IllegalStateException("past the segment");
      }
      return new int[] {line, col};
    }

    /** The end of a node (lines are offset by the "(\n" the segment was parsed in). */
    int[] endOf(Expr e, boolean forceValid) {
      int line = e.pos().endLineno() - 2;
      int col = toChar(line, e.pos().endColOffset());
      return forceValid ? valid(line, col) : new int[] {line, col};
    }

    int[] until(int[] p, java.util.function.IntPredicate stop) {
      int line = p[0];
      int col = p[1];
      while (true) {
        String text = lines[line];
        int ch = text.codePointAt(text.offsetByCodePoints(0, col));
        if (ch == '\\' || ch == '#') {
          int[] q = valid(line + 1, 0);
          line = q[0];
          col = q[1];
        } else if (!stop.test(ch)) {
          int[] q = valid(line, col + 1);
          line = q[0];
          col = q[1];
        } else {
          return new int[] {line, col};
        }
      }
    }
  }

  // ------------------------------------------------------------------ text helpers

  private static String stripTrailing(String s) {
    return s.stripTrailing();
  }

  /** textwrap.dedent: removes the common leading whitespace; blank lines do not count. */
  static List<String> dedent(List<String> lines) {
    String margin = null;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      String indent = l.substring(0, l.length() - l.stripLeading().length());
      if (margin == null) {
        margin = indent;
      } else {
        int i = 0;
        while (i < margin.length() && i < indent.length() && margin.charAt(i) == indent.charAt(i)) {
          i++;
        }
        margin = margin.substring(0, i);
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.isBlank()) {
        out.add("");
      } else {
        out.add(margin == null ? l : l.substring(margin.length()));
      }
    }
    return out;
  }

  /** The code point index of UTF-8 byte offset {@code bytes} in {@code s}. */
  static int byteToChar(String s, int bytes) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int n = Math.min(Math.max(bytes, 0), utf8.length);
    String prefix = new String(utf8, 0, n, StandardCharsets.UTF_8);
    return prefix.codePointCount(0, prefix.length());
  }

  static int cpLen(String s) {
    return s.codePointCount(0, s.length());
  }

  static String cpSub(String s, int from, int to) {
    int n = cpLen(s);
    from = Math.max(0, Math.min(from, n));
    to = Math.max(from, Math.min(to, n));
    return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }

  /** Columns taken by the first {@code offset} code points (wide characters count two). */
  static int displayWidth(String s, int offset) {
    int w = 0;
    int i = 0;
    for (int k = 0; k < offset && i < s.length(); k++) {
      int cp = s.codePointAt(i);
      w += UnicodeVersion.isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w + Math.max(0, offset - cpLen(s));
  }
}
