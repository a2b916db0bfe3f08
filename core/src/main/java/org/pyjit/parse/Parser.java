package org.pyjit.parse;

import org.pyjit.ast.Mod;

/**
 * The Python 3.13 parser's public entry points: source text (or bytes, decoded as CPython
 * decodes source files) to an AST with CPython's node types and positions. Errors are
 * {@link SyntaxErrorException}s with CPython's messages and locations; input nested beyond
 * what the parser handles is a {@link SourceTooComplexException}, CPython's MemoryError.
 * Warnings about literals go to the given {@link WarningListener}.
 */
public final class Parser {
  private Parser() {}

  /** Parses a whole module (CPython's 'exec' mode). */
  public static Mod.Module parseModule(String source, String filename) {
    return parseModule(source, filename, WarningListener.IGNORE);
  }

  public static Mod.Module parseModule(String source, String filename, WarningListener sink) {
    return parseModule(new Source(source, filename), sink);
  }

  /** As compile() parses a string: errors at the end of input as CPython's string tokenizer. */
  public static Mod.Module parseModuleString(String source, String filename,
      WarningListener sink) {
    return parseModule(new Source(source, filename).asString(), sink);
  }

  private static Mod.Module parseModule(Source src, WarningListener sink) {
    checkNullBytes(src);
    try {
      return new StatementParser(src, sink).file();
    } catch (StackOverflowError e) {
      throw new SourceTooComplexException();
    }
  }

  /** Decodes source bytes (BOM, PEP 263 coding declaration) and parses them as a module. */
  public static Mod.Module parseModule(byte[] source, String filename) {
    return parseModule(source, filename, WarningListener.IGNORE);
  }

  public static Mod.Module parseModule(byte[] source, String filename, WarningListener sink) {
    return parseModule(source, filename, sink, false);
  }

  /**
   * As {@link #parseModule(byte[], String, WarningListener)} for a module imported: CPython's
   * importlib compiles the decoded text as a string (errors at the end of input say so).
   */
  public static Mod.Module parseImported(byte[] source, String filename, WarningListener sink) {
    return parseModule(source, filename, sink, true);
  }

  private static Mod.Module parseModule(byte[] source, String filename, WarningListener sink,
      boolean fromString) {
    String text = SourceDecoder.decode(source, filename);
    try {
      Source src = new Source(text, filename);
      return parseModule(fromString ? src.asString() : src, sink);
    } catch (SyntaxErrorException e) {
      boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF
          && (source[1] & 0xff) == 0xBB && (source[2] & 0xff) == 0xBF;
      throw bom && e.lineno() == 1 && e.text() != null && !e.fromTokenizer() ? withBom(e) : e;
    }
  }

  /**
   * CPython's report of a parser error on the first line of a file that starts with a BOM:
   * it shows the line as read again from the file, BOM included, and converts the error's
   * byte column (counted without the BOM) to characters of that line, which moves the
   * caret back.
   */
  private static SyntaxErrorException withBom(SyntaxErrorException e) {
    String line = "\uFEFF" + e.text();
    return new SyntaxErrorException(e.kind(), e.msg(), e.filename(), e.lineno(),
        bomColumn(line, e.text(), e.offset()), e.endLineno(),
        e.endLineno() == 1 ? bomColumn(line, e.text(), e.endOffset()) : e.endOffset(), line);
  }

  private static int bomColumn(String withBom, String line, int offset) {
    if (offset <= 0) {
      return offset;
    }
    int chars = Math.min(offset - 1, line.length());
    int bytes = line.substring(0, chars).getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + 1;
    byte[] all = withBom.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String prefix = new String(all, 0, Math.min(bytes, all.length),
        java.nio.charset.StandardCharsets.UTF_8);
    return prefix.codePointCount(0, prefix.length());
  }

  /** Parses one expression (CPython's 'eval' mode). */
  public static Mod.Expression parseExpression(String source, String filename) {
    return parseExpression(source, filename, WarningListener.IGNORE);
  }

  /** Parses one expression, giving {@code sink} the SyntaxWarnings of its literals. */
  public static Mod.Expression parseExpression(String source, String filename,
      WarningListener sink) {
    Source src = new Source(source, filename).asString();
    checkNullBytes(src);
    try {
      return new StatementParser(src, sink).evalInput();
    } catch (StackOverflowError e) {
      throw new SourceTooComplexException();
    }
  }

  private static void checkNullBytes(Source src) {
    int nul = src.text().indexOf('\0');
    if (nul >= 0) {
      throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
          "source code cannot contain null bytes", src.filename(), src.lineOf(nul), 0, 0, 0,
          null);
    }
  }
}
