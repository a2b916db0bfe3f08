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
    Source src = new Source(source, filename);
    checkNullBytes(src);
    try {
      return new StatementParser(src, sink).file();
    } catch (StackOverflowError e) {
      throw new SourceTooComplexException();
    }
  }

  /** Decodes source bytes (BOM, PEP 263 coding declaration) and parses them as a module. */
  public static Mod.Module parseModule(byte[] source, String filename) {
    return parseModule(SourceDecoder.decode(source, filename), filename);
  }

  public static Mod.Module parseModule(byte[] source, String filename, WarningListener sink) {
    return parseModule(SourceDecoder.decode(source, filename), filename, sink);
  }

  /** Parses one expression (CPython's 'eval' mode). */
  public static Mod.Expression parseExpression(String source, String filename) {
    Source src = new Source(source, filename);
    checkNullBytes(src);
    try {
      return new StatementParser(src, WarningListener.IGNORE).evalInput();
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
