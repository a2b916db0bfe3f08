package org.pyjit.compiler;

/**
 * The docstring cleaning CPython 3.13's compiler applies to module, class and function
 * docstrings before storing them: tabs expanded (8 columns), the first line's leading spaces
 * removed, and the common indentation of the other non-blank lines removed from each of them
 * (blank lines lose all their whitespace). Unlike inspect.cleandoc, trailing spaces and
 * leading or trailing blank lines stay.
 */
final class Docstrings {
  private Docstrings() {}

  static String clean(String doc) {
    String[] lines = expandTabs(doc).split("\n", -1);
    int margin = Integer.MAX_VALUE;
    for (int i = 1; i < lines.length; i++) {
      int indent = indent(lines[i]);
      if (indent < lines[i].length()) { // not blank
        margin = Math.min(margin, indent);
      }
    }
    StringBuilder sb = new StringBuilder(lines[0].substring(indent(lines[0])));
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      sb.append('\n');
      int cut = indent(line) == line.length() ? line.length() : Math.min(margin, line.length());
      sb.append(line, cut, line.length());
    }
    return sb.toString();
  }

  /** The number of leading spaces. */
  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** str.expandtabs(8), columns counted from each line start. */
  private static String expandTabs(String s) {
    if (s.indexOf('\t') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        int n = 8 - col % 8;
        sb.append(" ".repeat(n));
        col += n;
      } else {
        sb.append(c);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
      }
    }
    return sb.toString();
  }
}
