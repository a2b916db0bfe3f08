package org.pyjit.compiler;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.pyjit.ast.Pos;
import org.pyjit.parse.Source;
import org.pyjit.parse.SyntaxErrorException;

/**
 * Makes the SyntaxErrors of the symbol table pass with CPython's locations.
 *
 * <p>Why the columns are byte-based: CPython reports these errors through
 * {@code PyErr_RangedSyntaxLocationObject(filename, lineno, col_offset + 1, end_lineno,
 * end_col_offset + 1)} with the AST's UTF-8 byte columns and never converts them to
 * characters (unlike parser errors), so on a line with non-ASCII text before the error the
 * offset is larger than the character column. pyjit reproduces the numbers, not a fix.
 * The text is the source line as CPython reads it back from the file (null without source,
 * as for {@code compile()} of a string).
 */
final class SymtableErrors {
  private final String filename;
  private final Source source;

  SymtableErrors(String filename, String sourceText) {
    this.filename = filename;
    this.source = sourceText == null ? null : new Source(sourceText, filename);
  }

  /** An error spanning a node: offset and end offset are its byte columns plus one. */
  SyntaxErrorException ranged(String msg, Pos p) {
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename,
        p.lineno(), p.colOffset() + 1, p.endLineno(), p.endColOffset() + 1, line(p.lineno()));
  }

  /** An error at a node's start with no end column (CPython's PyErr_SyntaxLocationObject). */
  SyntaxErrorException atStart(String msg, Pos p) {
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename,
        p.lineno(), p.colOffset() + 1, p.lineno(), 0, line(p.lineno()));
  }

  private String line(int lineno) {
    if (source == null || lineno < 1 || lineno > source.lineCount()) {
      return null;
    }
    return source.lineText(lineno);
  }

  /**
   * A name as CPython's {@code %.100s} format puts it in a message: cut to 100 bytes of
   * UTF-8, a cut character decoded as U+FFFD.
   */
  static String truncate100(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length <= 100) {
      return s;
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return d.decode(ByteBuffer.wrap(b, 0, 100)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError(e);
    }
  }
}
