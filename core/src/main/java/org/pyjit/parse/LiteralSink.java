package org.pyjit.parse;

/**
 * Where {@link Literals} reports what it finds wrong with one literal token. The parser
 * implements it, because only the parser knows the token's position, the file name and the
 * warning filters.
 */
public interface LiteralSink extends WarningListener {
  /**
   * A warning about the literal, e.g. category "SyntaxWarning" and message
   * {@code invalid escape sequence '\d'}. {@code lineno} is the line the caller passed for
   * the token, i.e. the line of its first character, which is where CPython 3.13 reports
   * it. An implementation that treats warnings as errors may throw a SyntaxErrorException.
   */
  @Override
  void warning(String category, String message, int lineno);

  /**
   * Builds the SyntaxError for a literal that cannot be decoded; the caller throws it.
   * CPython 3.13 locates these at the whole token: lineno and offset of its first
   * character, end_lineno and end_offset just past its last, text = the token's first line.
   * When {@code withColumns} is false (the integer digit limit) CPython gives only the
   * lines: offset and end_offset are 0.
   */
  SyntaxErrorException error(String message, boolean withColumns);
}
