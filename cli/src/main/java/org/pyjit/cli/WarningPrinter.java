package org.pyjit.cli;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.pyjit.parse.WarningListener;

/**
 * Prints compile-time warnings (SyntaxWarning) as CPython's default warning filter does:
 * {@code file:line: Category: message}, then the stripped source line indented by two
 * spaces when the source is a file. The source text is only fetched when a warning needs it.
 */
final class WarningPrinter implements WarningListener {
  private final PrintStream err;
  private final String filename;
  private final Supplier<String> source;
  private String[] lines;

  /** {@code source} supplies the program text, or null when there is no file to quote. */
  WarningPrinter(PrintStream err, String filename, Supplier<String> source) {
    this.err = err;
    this.filename = filename;
    this.source = source;
  }

  @Override
  public void warning(String category, String message, int lineno) {
    err.println(filename + ":" + lineno + ": " + category + ": " + message);
    if (source == null) {
      return;
    }
    if (lines == null) {
      lines = source.get().split("\r\n|\r|\n", -1);
    }
    if (lineno >= 1 && lineno <= lines.length) {
      String text = lines[lineno - 1].strip();
      if (!text.isEmpty()) {
        err.println("  " + text);
      }
    }
  }
}
