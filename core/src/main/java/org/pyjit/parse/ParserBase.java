package org.pyjit.parse;

import java.util.Arrays;
import org.pyjit.ast.Pos;

/**
 * The token buffer and error machinery under the recursive-descent parser.
 *
 * <p>Tokens are pulled from the {@link Tokenizer} lazily into an array, so the parser can
 * mark and reset (backtrack) cheaply, as CPython's PEG parser does. The index of the
 * furthest token ever looked at is kept: as in CPython, a generic "invalid syntax" is
 * reported at that token. Alternatives that do not match throw the preallocated
 * {@link #BACKTRACK}; an error that CPython reports with a specific message is thrown
 * directly as a {@link SyntaxErrorException}.
 *
 * <p>Recursion depth is bounded ({@link #MAX_DEPTH}), so that absurdly nested input gives
 * CPython's "too complex" error instead of a Java StackOverflowError.
 */
abstract class ParserBase {
  /**
   * Nesting depth at which the parser gives up. CPython's PEG parser stops at 6000 rule
   * levels; a unary operator or 'not' costs one level here, a lambda two, which puts the
   * limits where CPython 3.13 puts them (5900 unary minus parse, 6000 do not).
   */
  static final int MAX_DEPTH = 5995;

  /** Thrown when an alternative does not match; carries no data and no stack trace. */
  static final class Backtrack extends RuntimeException {
    Backtrack() {
      super(null, null, false, false);
    }
  }

  static final Backtrack BACKTRACK = new Backtrack();

  /**
   * An error raised by the tokenizer while the parser fetched a token. It is final: unlike
   * the parser's own errors it is not re-checked against the rest of the input.
   */
  static final class TokenizerError extends RuntimeException {
    final SyntaxErrorException error;

    TokenizerError(SyntaxErrorException error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  final Source src;
  final Tokenizer tokenizer;
  private Token[] toks = new Token[256];
  private int fill;
  /** Index of the next token to consume. */
  int p;
  /** Furthest token index ever fetched. */
  int furthest;
  int depth;
  /**
   * Interactive input (the REPL): the end of the text is where the user stopped typing,
   * not the end of the source, so errors are not checked against "the rest".
   */
  boolean interactive;
  /**
   * Above 0 while looking ahead for one of CPython's specialized error messages, which
   * CPython finds in a second pass that never asks the user for more input.
   */
  int errorPass;
  /** The end of interactive input inside brackets as an error pass saw it, or null. */
  private Token stoppedAt;
  /** Depth of f-string replacement fields being parsed (errors there get "f-string: "). */
  int fstringDepth;

  final WarningListener warnings;

  ParserBase(Source src, WarningListener warnings) {
    this.src = src;
    this.warnings = warnings;
    this.tokenizer = new Tokenizer(src, warnings);
  }

  /**
   * Where {@link Literals} reports on the literal token {@code t}: warnings go to the
   * listener, errors are located at the whole token, as CPython locates them.
   */
  final LiteralSink literalSink(Token t) {
    return new LiteralSink() {
      @Override
      public void warning(String category, String message, int lineno) {
        warnings.warning(category, message, lineno);
      }

      @Override
      public SyntaxErrorException error(String message, boolean withColumns) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, message,
            src.filename(), t.line(), withColumns ? src.charCol(t.line(), t.start()) : 0,
            t.endLine(), withColumns ? src.charCol(t.endLine(), t.end()) : 0,
            src.lineText(t.line()));
      }
    };
  }

  // ------------------------------------------------------------------ tokens

  final Token tok(int i) {
    while (i >= fill) {
      if (fill == toks.length) {
        toks = Arrays.copyOf(toks, fill * 2);
      }
      if (fill > 0 && toks[fill - 1].kind() == TokenKind.ENDMARKER) {
        toks[fill] = toks[fill - 1];
        fill++;
        continue;
      }
      Token t;
      try {
        t = tokenizer.next();
      } catch (SyntaxErrorException e) {
        throw new TokenizerError(e);
      }
      if (t.kind() == TokenKind.ERRORTOKEN && t.text().isEmpty()) {
        if (interactive && errorPass > 0) {
          // CPython's second pass reads no further interactive input: the input just ends
          t = stoppedAt =
              new Token(TokenKind.ENDMARKER, "", t.line(), t.start(), t.endLine(), t.end());
        } else {
          // fetching the end of input inside brackets is itself the error, as in CPython
          throw new TokenizerError(unclosedBracket());
        }
      }
      toks[fill++] = t;
    }
    if (toks[i] == stoppedAt && errorPass == 0) {
      // what an error pass took for the end is more input to wait for in a normal one
      throw new TokenizerError(unclosedBracket());
    }
    if (i > furthest) {
      furthest = i;
    }
    return toks[i];
  }

  final Token peek() {
    return tok(p);
  }

  final Token peek(int ahead) {
    return tok(p + ahead);
  }

  final TokenKind kind() {
    return tok(p).kind();
  }

  final TokenKind kind(int ahead) {
    return tok(p + ahead).kind();
  }

  final boolean at(TokenKind k) {
    return tok(p).kind() == k;
  }

  /** True if the current token is the NAME {@code word} (a soft keyword). */
  final boolean atSoft(String word) {
    Token t = tok(p);
    return t.kind() == TokenKind.NAME && t.text().equals(word);
  }

  final Token next() {
    Token t = tok(p);
    p++;
    return t;
  }

  final boolean accept(TokenKind k) {
    if (tok(p).kind() == k) {
      p++;
      return true;
    }
    return false;
  }

  final Token expect(TokenKind k) {
    Token t = tok(p);
    if (t.kind() != k) {
      throw BACKTRACK;
    }
    p++;
    return t;
  }

  /**
   * The items of a separated list whose first item has been parsed: while {@code sep}
   * follows, parses another item, except that a separator followed by a token for which
   * {@code ends} holds is a trailing separator and ends the list.
   */
  final <T> java.util.List<T> separated(T first, TokenKind sep,
      java.util.function.Predicate<TokenKind> ends, java.util.function.Supplier<T> item) {
    java.util.List<T> items = new java.util.ArrayList<>();
    items.add(first);
    while (accept(sep)) {
      if (ends.test(kind())) {
        break;
      }
      items.add(item.get());
    }
    return items;
  }

  /** For {@link #separated}: lists that cannot end with a separator. */
  static boolean never(TokenKind k) {
    return false;
  }

  /** The last consumed token. */
  final Token last() {
    return toks[p - 1];
  }

  /**
   * The line an error at {@code t} is reported on: the end of input is on the last line that
   * has characters, as CPython's tokenizer counts lines.
   */
  /**
   * The offset CPython gives an error at the end of input on {@code line}: the length in
   * characters of that line with its newline (implicit in a string without one) for a
   * string, 0 for a file.
   */
  final int eofColumn(int line) {
    if (!src.fromString()) {
      return 0;
    }
    String text = src.lineText(line);
    return text.codePointCount(0, text.length()) + (text.endsWith("\n") ? 0 : 1);
  }

  final int errorLine(Token t) {
    return t.start() >= src.length() && t.kind() != TokenKind.NEWLINE ? tokenizer.eofLine()
        : t.line();
  }

  /**
   * Whether parsing needed a token past the end of the input, outside error passes: for
   * interactive input, the user has not finished typing.
   */
  final boolean neededMoreInput() {
    Token t = toks[furthest];
    return t != null && t != stoppedAt && t.start() >= src.length();
  }

  /** Furthest token ever fetched (what a generic error points at). */
  final Token furthestToken() {
    return tok(furthest);
  }

  final void enter() {
    if (++depth > MAX_DEPTH) {
      throw tooComplex();
    }
  }

  final void leave() {
    depth--;
  }

  RuntimeException tooComplex() {
    return new SourceTooComplexException();
  }

  // ------------------------------------------------------------------ positions

  final Pos pos(Token start, Token end) {
    return new Pos(start.line(), src.byteCol(start.line(), start.start()), end.endLine(),
        src.byteCol(end.endLine(), end.end()));
  }

  /**
   * The last consumed token that is not a NEWLINE, INDENT or DEDENT: where a node ends, as
   * in CPython (_PyPegen_get_last_nonnwhitespace_token).
   */
  final Token lastSignificant() {
    int i = p - 1;
    while (i > 0) {
      TokenKind k = toks[i].kind();
      if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
        break;
      }
      i--;
    }
    return toks[i];
  }

  /** From the start of {@code start} to the end of the last significant token. */
  final Pos posFrom(Token start) {
    return pos(start, lastSignificant());
  }

  final Pos posFrom(Pos start) {
    Token end = lastSignificant();
    return new Pos(start.lineno(), start.colOffset(), end.endLine(),
        src.byteCol(end.endLine(), end.end()));
  }

  // ------------------------------------------------------------------ errors

  /** A SyntaxError spanning from the start of {@code a} to the end of {@code b}. */
  final SyntaxErrorException errorAt(Token a, Token b, String msg) {
    return errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, a, b, msg);
  }

  final SyntaxErrorException errorAt(SyntaxErrorException.Kind kind, Token a, Token b,
      String msg) {
    // the implicit NEWLINE at the end of input has no width; CPython gives it one char
    int end = b.end() == b.start() ? b.end() + 1 : b.end();
    return error(kind, a.line(), a.start(), b.endLine(), end, msg);
  }

  /** An error located at the furthest token fetched, as CPython's RAISE_SYNTAX_ERROR. */
  final SyntaxErrorException errorAtFurthest(String msg) {
    Token t = furthestToken();
    return errorAt(t, t, msg);
  }

  /** An IndentationError as CPython reports it: a column and end offset -1. */
  final SyntaxErrorException indentationError(int line, int offset, String msg) {
    return new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR, msg,
        src.filename(), line, offset, line, -1, src.lineText(line));
  }

  /** A SyntaxError from char offset {@code start} on {@code line} to {@code end}. */
  final SyntaxErrorException error(SyntaxErrorException.Kind kind, int line, int start,
      int endLine, int end, String msg) {
    return new SyntaxErrorException(kind, msg, src.filename(), line, src.charCol(line, start),
        endLine, src.charCol(endLine, end), src.lineText(line));
  }

  /** A SyntaxError over the source range of a node. */
  final SyntaxErrorException errorAt(Pos a, Pos b, String msg) {
    return errorAtPos(SyntaxErrorException.Kind.SYNTAX_ERROR, a, b, msg);
  }

  final SyntaxErrorException errorAtPos(SyntaxErrorException.Kind kind, Pos a, Pos b,
      String msg) {
    int start = offsetOfByteCol(a.lineno(), a.colOffset());
    int end = offsetOfByteCol(b.endLineno(), b.endColOffset());
    return error(kind, a.lineno(), start, b.endLineno(), end, msg);
  }

  /** Converts a UTF-8 byte column back to a char offset in the source. */
  final int offsetOfByteCol(int line, int byteCol) {
    int s = src.lineStart(line);
    String t = src.text();
    int bytes = 0;
    int i = s;
    while (bytes < byteCol && i < t.length()) {
      char c = t.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
      i++;
    }
    return i;
  }

  /**
   * The error for a parse that failed without a specific message, decided as CPython's
   * _PyPegen_set_syntax_error does: end of input inside brackets, an unexpected
   * INDENT/DEDENT, or "invalid syntax" at the furthest token, which a tokenizer error
   * further on (or a bracket left open before that token's line) overrides if
   * {@code checkRest} (not for interactive input, whose rest is not typed yet).
   */
  final SyntaxErrorException genericError(boolean checkRest) {
    Token t = furthestToken();
    if (t.kind() == TokenKind.INDENT) {
      return unexpectedIndent(t);
    }
    if (t.kind() == TokenKind.DEDENT) {
      return indentationError(errorLine(t), src.charCol(t.line(), t.start()) - 1,
          "unexpected unindent");
    }
    SyntaxErrorException generic = t.kind() == TokenKind.ENDMARKER
        // the end marker has no column in CPython
        ? new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "invalid syntax",
            src.filename(), errorLine(t), 0, errorLine(t), 0, src.lineText(errorLine(t)))
        : errorAt(t, t, "invalid syntax");
    return checkRest ? checkRestOfSource(generic) : generic;
  }

  /** CPython reports it at the column where the indented statement starts, 1-based as is. */
  final SyntaxErrorException unexpectedIndent(Token indent) {
    return indentationError(indent.line(), indent.end() - src.lineStart(indent.line()),
        "unexpected indent");
  }

  /**
   * CPython's last look at an error found by the parser
   * (_PyPegen_tokenize_full_source_to_check_for_errors): the rest of the input is
   * tokenized, and an error the tokenizer raises there replaces {@code err}, unless it is
   * one CPython signals through the tokenizer's state or the tokenizer is inside an
   * f-string; input ending inside a bracket opened on a line before the furthest token read
   * replaces it too.
   */
  final SyntaxErrorException checkRestOfSource(SyntaxErrorException err) {
    int errLine = furthestToken().line();
    try {
      while (true) {
        Token t = tokenizer.next();
        if (t.kind() == TokenKind.ENDMARKER) {
          return err;
        }
        if (t.kind() == TokenKind.ERRORTOKEN && t.text().isEmpty()) {
          if (tokenizer.level() > 0 && errLine > tokenizer.openBracketLine()) {
            return unclosedBracket();
          }
          return err;
        }
      }
    } catch (SyntaxErrorException e) {
      if (Tokenizer.isStateError(e) || tokenizer.inFString()) {
        return err;
      }
      return e.markFromTokenizer();
    }
  }

  final SyntaxErrorException unclosedBracket() {
    int line = tokenizer.openBracketLine();
    int off = tokenizer.openBracketOffset();
    int col = src.charCol(line, off);
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        "'" + tokenizer.openBracket() + "' was never closed", src.filename(), line, col, line,
        0, src.lineText(line));
  }
}
