package org.pyjit.parse;

import java.util.ArrayList;
import java.util.List;

/** A LiteralSink that remembers what it was told; its errors carry the withColumns flag. */
final class RecordingSink implements LiteralSink {
  final List<String> warnings = new ArrayList<>();
  final List<Integer> warningLines = new ArrayList<>();
  Boolean lastErrorWithColumns;

  @Override
  public void warning(String category, String message, int lineno) {
    warnings.add(category + ":" + message);
    warningLines.add(lineno);
  }

  @Override
  public SyntaxErrorException error(String message, boolean withColumns) {
    lastErrorWithColumns = withColumns;
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, message, "<test>",
        1, withColumns ? 1 : 0, 1, 0, null);
  }
}
