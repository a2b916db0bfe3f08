package org.pyjit.parse;

/**
 * Formats a SyntaxError as CPython 3.13's traceback module does for an uncaught one
 * (TracebackException._format_syntax_error). STUB: to be completed.
 */
final class SyntaxErrorFormat {
  private SyntaxErrorFormat() {}

  static String format(SyntaxErrorException e) {
    StringBuilder sb = new StringBuilder();
    sb.append("  File \"").append(e.filename()).append("\", line ").append(e.lineno()).append('\n');
    if (e.text() != null) {
      sb.append("    ").append(e.text().strip()).append('\n');
    }
    sb.append(e.headline()).append('\n');
    return sb.toString();
  }
}
