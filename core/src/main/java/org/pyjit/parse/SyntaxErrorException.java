package org.pyjit.parse;

/**
 * A Python SyntaxError (or its subclasses IndentationError and TabError) raised while
 * decoding, tokenizing or parsing source. Carries what CPython's SyntaxError carries:
 * filename, lineno, offset (1-based column in characters), end_lineno, end_offset and the
 * text of the offending line; {@link #format()} prints it the way CPython prints an
 * uncaught SyntaxError.
 */
public final class SyntaxErrorException extends RuntimeException {
  /** The Python exception class. */
  public enum Kind {
    SYNTAX_ERROR("SyntaxError"),
    INDENTATION_ERROR("IndentationError"),
    TAB_ERROR("TabError");

    public final String pyName;

    Kind(String pyName) {
      this.pyName = pyName;
    }
  }

  private final Kind kind;
  private final String msg;
  private final String filename;
  private final int lineno;
  private final int offset;
  private final int endLineno;
  private final int endOffset;
  private final String text;
  /** Raised by the tokenizer rather than by the parser's rules (see Parser's BOM quirk). */
  private boolean fromTokenizer;

  /**
   * @param filename the file name as printed in {@code File "..."}, or null (Python None,
   *     as for CPython's source-decoding errors, whose message names the file instead)
   * @param lineno 1-based line, or -1 for Python None (then no {@code File} line is printed;
   *     0 is a real value that CPython prints as "line 0")
   * @param offset 1-based character column of the error start, 0 if unknown
   * @param endOffset 1-based character column just past the error, 0 if unknown
   * @param text the source line (with its newline if it had one), or null
   */
  public SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
      int endLineno, int endOffset, String text) {
    super(msg, null, false, false);
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.endLineno = endLineno;
    this.endOffset = endOffset;
    this.text = text;
  }

  public Kind kind() {
    return kind;
  }

  public String msg() {
    return msg;
  }

  public String filename() {
    return filename;
  }

  public int lineno() {
    return lineno;
  }

  public int offset() {
    return offset;
  }

  public int endLineno() {
    return endLineno;
  }

  public int endOffset() {
    return endOffset;
  }

  public String text() {
    return text;
  }

  /** Whether the tokenizer raised this error (as opposed to the parser's grammar rules). */
  public boolean fromTokenizer() {
    return fromTokenizer;
  }

  SyntaxErrorException markFromTokenizer() {
    fromTokenizer = true;
    return this;
  }

  /** The last line of the report: {@code SyntaxError: msg}. */
  public String headline() {
    return kind.pyName + ": " + msg;
  }

  /**
   * The report CPython 3.13 prints for this error when it is not caught: the
   * {@code File "...", line N} line, the stripped source line, the caret line and the
   * headline, each ending with a newline.
   */
  public String format() {
    return SyntaxErrorFormat.format(this);
  }
}
