package org.pyjit.parse;

/**
 * Formats a SyntaxError (or IndentationError, TabError) the way CPython 3.13 prints an
 * uncaught one on stderr: {@code python3 file.py} hands it to the traceback module, whose
 * rules this class re-implements.
 *
 * <p>Contract: the output is the byte-for-byte text CPython writes (without colour), given
 * the same attribute values: an optional {@code File "name", line N} line, an optional
 * source line with its leading spaces and form feeds stripped, an optional caret line, and
 * the headline {@code Type: msg}. Every line ends in {@code \n}. A script that fails to
 * compile has no traceback frames, so there is no {@code Traceback ...} header.
 *
 * <p>All columns are 1-based and count code points, as Python's {@code str} does; Java's
 * UTF-16 indices are never used for positions, so astral characters count once. Display
 * width is deliberately not considered: CPython 3.13 puts the carets under the n-th code
 * point even when earlier characters are East Asian wide, and pyjit must match that.
 */
public final class SyntaxErrorFormat {
  private SyntaxErrorFormat() {}

  /** The report for a pyjit exception; see {@link SyntaxErrorException} for "unknown" values. */
  public static String format(SyntaxErrorException e) {
    return format(e.kind().pyName, e.msg(), e.filename(),
        e.lineno() < 0 ? null : e.lineno(), e.offset(), e.endLineno(), e.endOffset(), e.text());
  }

  /**
   * The report for arbitrary attribute values, with {@code null} standing for Python's
   * None. This is the general entry point so that a runtime SyntaxError object (whose
   * attributes user code may set to anything) can be printed by the same rules.
   */
  public static String format(String type, String msg, String filename, Integer lineno,
      Integer offset, Integer endLineno, Integer endOffset, String text) {
    StringBuilder sb = new StringBuilder();
    String filenameSuffix = "";
    if (lineno != null) {
      sb.append("  File \"").append(filename == null || filename.isEmpty() ? "<string>" : filename)
          .append("\", line ").append(lineno).append('\n');
    } else if (filename != null) {
      filenameSuffix = " (" + filename + ")";
    }
    if (text != null) {
      appendSourceAndCarets(sb, lineno, offset, endLineno, endOffset, text);
    }
    sb.append(type).append(": ")
        .append(msg == null || msg.isEmpty() ? "<no detail available>" : msg)
        .append(filenameSuffix).append('\n');
    return sb.toString();
  }

  private static void appendSourceAndCarets(StringBuilder sb, Integer lineno, Integer offset,
      Integer endLineno, Integer endOffset, String text) {
    int[] full = text.codePoints().toArray();
    // Only trailing newlines go: a '\r' or trailing spaces stay visible, as in CPython.
    int rlen = full.length;
    while (rlen > 0 && full[rlen - 1] == '\n') {
      rlen--;
    }
    // Tabs are not stripped on the left, so an indented tab stays in the source line and
    // is copied into the caret line below, keeping the carets aligned on a terminal.
    int spaces = 0;
    while (spaces < rlen && (full[spaces] == ' ' || full[spaces] == '\n' || full[spaces] == '\f')) {
      spaces++;
    }
    String ltext = new String(full, spaces, rlen - spaces);
    sb.append("    ").append(ltext).append('\n');
    if (offset == null) {
      return;
    }
    int start = offset;
    int end;
    // Python compares the two with ==, so None and None also count as "one line".
    if (java.util.Objects.equals(lineno, endLineno)) {
      end = endOffset == null || endOffset == 0 ? start : endOffset;
    } else {
      // A multi-line error is underlined to the end of its first line.
      end = rlen + 1;
    }
    // Positions past the text (the newline, or EOF) are pulled back to just after the
    // last visible character, so the caret appears there rather than far to the right.
    if (full.length > 0 && start > full.length) {
      start = rlen + 1;
    }
    if (full.length > 0 && end > full.length) {
      end = rlen + 1;
    }
    if (start >= end || end < 0) {
      end = start + 1;
    }
    int col = start - 1 - spaces;
    int endCol = end - 1 - spaces;
    if (col < 0) {
      // The error starts inside the stripped indentation (or offset is 0/negative,
      // meaning "no column"): CPython then shows no caret line at all.
      return;
    }
    sb.append("    ");
    // Only as many pad characters as the stripped line has: with an empty text CPython
    // skips the clamping above and the carets then start at the left margin.
    int pad = Math.min(col, rlen - spaces);
    for (int i = 0; i < pad; i++) {
      int c = full[spaces + i];
      sb.appendCodePoint(isPySpace(c) ? c : ' ');
    }
    sb.repeat('^', Math.max(0, endCol - col));
    sb.append('\n');
  }

  /** Python's str.isspace() for one code point, which differs from Java's isWhitespace. */
  static boolean isPySpace(int c) {
    return switch (c) {
      case 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
          0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
      default -> c >= 0x2000 && c <= 0x200a;
    };
  }
}
