package org.pyjit.cli;

import java.io.PrintStream;
import org.pyjit.parse.WarningListener;

/**
 * Prints compile-time warnings (SyntaxWarning, DeprecationWarning) as CPython's default
 * warning filter does: {@code file:line: Category: message}, then the stripped source line
 * indented by two spaces when the source is a file.
 */
final class WarningPrinter implements WarningListener {
  private final PrintStream err;
  private final String filename;
  private final String[] lines;

  WarningPrinter(PrintStream err, String filename, String source) {
    this.err = err;
    this.filename = filename;
    this.lines = source == null ? null : source.split("\r\n|\r|\n", -1);
  }

  @Override
  public void warning(String category, String message, int lineno) {
    err.println(filename + ":" + lineno + ": " + category + ": " + message);
    if (lines != null && lineno >= 1 && lineno <= lines.length) {
      String text = lines[lineno - 1].strip();
      if (!text.isEmpty()) {
        err.println("  " + text);
      }
    }
  }
}
