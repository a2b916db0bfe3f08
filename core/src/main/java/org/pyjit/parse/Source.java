package org.pyjit.parse;

/**
 * Source text being parsed, with the line table. Newlines are normalized on construction
 * (CRLF and lone CR become LF), as CPython's tokenizer translates them when reading, so
 * every offset in tokens and errors refers to the normalized text.
 *
 * <p>Columns: AST positions use UTF-8 byte offsets within the line ({@link #byteCol}),
 * SyntaxError offsets use 1-based code-point columns ({@link #charCol}).
 */
public final class Source {
  private final String text;
  private final String filename;
  private int[] lineStarts = new int[64];
  private int lineCount;
  /** lines known to be pure ASCII, where byte and char columns agree. */
  private final java.util.BitSet nonAscii = new java.util.BitSet();

  /**
   * Whether the text came as a string (compile(), exec(), imports), not from the file of
   * the main script: CPython's string tokenizer stands at the end of the last line when the
   * input ends, its file tokenizer at column 0, and errors placed there say so.
   */
  private boolean fromString;

  /** Marks the text as given as a string (see {@link #fromString}). */
  public Source asString() {
    fromString = true;
    return this;
  }

  public boolean fromString() {
    return fromString;
  }

  public Source(String text, String filename) {
    this.text = normalizeNewlines(text);
    this.filename = filename;
    index();
  }

  private static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private void index() {
    lineStarts[0] = 0;
    lineCount = 1;
    String t = text;
    int n = t.length();
    int line = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        if (lineCount == lineStarts.length) {
          lineStarts = java.util.Arrays.copyOf(lineStarts, lineCount * 2);
        }
        lineStarts[lineCount++] = i + 1;
        line++;
      } else if (c >= 0x80) {
        nonAscii.set(line);
      }
    }
  }

  public String text() {
    return text;
  }

  public String filename() {
    return filename;
  }

  public int length() {
    return text.length();
  }

  /** Number of lines: the newlines plus one (a final newline starts an empty last line). */
  public int lineCount() {
    return lineCount;
  }

  /** Offset of the first character of 1-based line {@code line}. */
  public int lineStart(int line) {
    if (line < 1) {
      return 0;
    }
    if (line > lineCount) {
      return text.length();
    }
    return lineStarts[line - 1];
  }

  /** 1-based line containing {@code offset}. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = lineCount - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The text of 1-based {@code line}, including its newline if it has one. */
  public String lineText(int line) {
    int s = lineStart(line);
    int e = line < lineCount ? lineStarts[line] : text.length();
    return text.substring(s, e);
  }

  // The last byteCol answer on a non-ASCII line: the parser asks for positions left to right,
  // so the next count starts from here instead of the line's start (a long non-ASCII line,
  // e.g. an 80 KB attribute chain, was quadratic: ParserFuzzTest's timeout).
  private int memoLine;
  private int memoOffset;
  private int memoBytes;

  /** UTF-8 byte column (0-based) of {@code offset}, which lies on {@code line}. */
  public int byteCol(int line, int offset) {
    int s = lineStart(line);
    if (!nonAscii.get(line - 1)) {
      return offset - s;
    }
    int bytes = 0;
    if (memoLine == line && memoOffset <= offset) {
      s = memoOffset;
      bytes = memoBytes;
    }
    for (int i = s; i < offset; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < offset
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    memoLine = line;
    memoOffset = offset;
    memoBytes = bytes;
    return bytes;
  }

  /** 1-based code-point column of {@code offset} on {@code line}, as SyntaxError.offset. */
  public int charCol(int line, int offset) {
    int s = lineStart(line);
    if (!nonAscii.get(line - 1)) {
      return offset - s + 1;
    }
    return text.codePointCount(s, Math.max(s, Math.min(offset, text.length()))) + 1;
  }
}
