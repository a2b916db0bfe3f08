package org.pyjit.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Pos;

/**
 * String literals: adjacent STRING and f-string tokens concatenated into one Constant or
 * JoinedStr, as CPython's _PyPegen_concatenate_strings does. Literal text of f-strings is
 * merged across pieces and empty text dropped; replacement fields become FormattedValue
 * nodes, with the {@code =} debug text as a literal before them and conversion 'r' by
 * default in that case. Bytes and str pieces cannot be mixed.
 */
abstract class StringParser extends ExprParser {
  StringParser(Source src, WarningListener sink) {
    super(src, sink);
  }

  /**
   * Collects the values of a JoinedStr (or one Constant), merging adjacent literal text.
   * Text is kept as code points from the first piece in which an escape made a surrogate,
   * so that such surrogates stay apart (see {@link Expr.StrCodePoints}).
   */
  private final class Parts {
    final List<Expr> values = new ArrayList<>();
    StringBuilder text;
    int[] codePoints; // non-null once in code-point mode
    int count;
    Pos textStart;
    Pos textEnd;

    /** Appends a piece of a token: a String or an {@link Expr.StrCodePoints}. */
    void literal(Object piece, Token from, Token to) {
      literal(piece, pos(from, to));
    }

    /** Appends a piece found at {@code where}. */
    void literal(Object piece, Pos where) {
      if (piece instanceof String s && s.isEmpty()) {
        return;
      }
      if (text == null && codePoints == null) {
        text = new StringBuilder();
        textStart = where;
      }
      if (piece instanceof Expr.StrCodePoints cps && codePoints == null) {
        codePoints = text.codePoints().toArray();
        count = codePoints.length;
        text = null;
      }
      if (codePoints != null) {
        int[] add = piece instanceof Expr.StrCodePoints cps ? cps.codePoints()
            : ((String) piece).codePoints().toArray();
        if (count + add.length > codePoints.length) {
          codePoints = java.util.Arrays.copyOf(codePoints, Math.max(16, 2 * (count + add.length)));
        }
        System.arraycopy(add, 0, codePoints, count, add.length);
        count += add.length;
      } else {
        text.append((String) piece);
      }
      textEnd = where;
    }

    boolean isEmpty() {
      return text == null && codePoints == null;
    }

    /** The text so far: a String, or StrCodePoints if a String would merge a surrogate pair. */
    Object value() {
      if (codePoints == null) {
        return text == null ? "" : text.toString();
      }
      for (int i = 0; i + 1 < count; i++) {
        if (Character.isHighSurrogate((char) codePoints[i]) && codePoints[i] <= 0xFFFF
            && Character.isLowSurrogate((char) codePoints[i + 1]) && codePoints[i + 1] <= 0xFFFF) {
          return new Expr.StrCodePoints(java.util.Arrays.copyOf(codePoints, count));
        }
      }
      return new String(codePoints, 0, count);
    }

    void value(Expr e) {
      flush();
      values.add(e);
    }

    void flush() {
      if (!isEmpty()) {
        values.add(new Expr.Constant(value(), null, Pos.span(textStart, textEnd)));
        text = null;
        codePoints = null;
        count = 0;
      }
    }
  }

  @Override
  final Expr strings() {
    Token first = peek();
    boolean anyF = false;
    boolean anyBytes = false;
    boolean anyStr = false;
    Parts parts = new Parts();
    ByteArrayOutputStream bytes = null;
    while (at(TokenKind.STRING) || at(TokenKind.FSTRING_START)) {
      Token t = peek();
      if (t.kind() == TokenKind.FSTRING_START) {
        anyF = true;
        anyStr = true;
        if (anyBytes) {
          throw mixError(first);
        }
        fstring(parts);
        continue;
      }
      next();
      String text = t.text();
      int prefixLen = 0;
      boolean raw = false;
      boolean isBytes = false;
      while (text.charAt(prefixLen) != '\'' && text.charAt(prefixLen) != '"') {
        char c = Character.toLowerCase(text.charAt(prefixLen));
        raw |= c == 'r';
        isBytes |= c == 'b';
        prefixLen++;
      }
      int q = text.length() - prefixLen >= 6 && text.startsWith(
          String.valueOf(text.charAt(prefixLen)).repeat(3), prefixLen) ? 3 : 1;
      String body = text.substring(prefixLen + q, text.length() - q);
      if (isBytes) {
        if (anyStr) {
          throw mixError(first);
        }
        anyBytes = true;
        if (bytes == null) {
          bytes = new ByteArrayOutputStream();
        }
        bytes.writeBytes(Literals.decodeBytes(body, raw, t.line(), literalSink(t)));
      } else {
        if (anyBytes) {
          throw mixError(first);
        }
        anyStr = true;
        parts.literal(Literals.decodeStrValue(body, raw, t.line(), literalSink(t)), t, t);
      }
    }
    Pos pos = posFrom(first);
    if (anyBytes) {
      return new Expr.Constant(new Expr.Bytes(bytes.toByteArray()), null, pos);
    }
    if (!anyF) {
      String kind = Character.toLowerCase(first.text().charAt(0)) == 'u' ? "u" : null;
      return new Expr.Constant(parts.value(), kind, pos);
    }
    parts.flush();
    return new Expr.JoinedStr(parts.values, pos);
  }

  private SyntaxErrorException mixError(Token first) {
    // CPython raises it after reading all the pieces and one token more
    while (at(TokenKind.STRING) || at(TokenKind.FSTRING_START)) {
      if (at(TokenKind.STRING)) {
        next();
      } else {
        skipFString();
      }
    }
    peek();
    return errorAtFurthest("cannot mix bytes and nonbytes literals");
  }

  private void skipFString() {
    int depth = 0;
    do {
      TokenKind k = next().kind();
      if (k == TokenKind.FSTRING_START) {
        depth++;
      } else if (k == TokenKind.FSTRING_END) {
        depth--;
      } else if (k == TokenKind.ENDMARKER) {
        return;
      }
    } while (depth > 0);
  }

  /** One f-string, from FSTRING_START to FSTRING_END, appended to {@code parts}. */
  private void fstring(Parts parts) {
    Token start = next();
    boolean raw = start.text().toLowerCase().indexOf('r') >= 0;
    while (!at(TokenKind.FSTRING_END)) {
      Token t = peek();
      if (t.kind() == TokenKind.FSTRING_MIDDLE) {
        next();
        parts.literal(decodeMiddle(t, raw), t, t);
      } else if (t.kind() == TokenKind.LBRACE) {
        replacementField(parts, raw);
      } else {
        throw BACKTRACK;
      }
    }
    next();
  }

  private Object decodeMiddle(Token t, boolean raw) {
    if (raw || t.text().indexOf('\\') < 0) {
      return t.text();
    }
    return Literals.decodeStrValue(t.text(), false, t.line(), literalSink(t));
  }

  /**
   * The source text of a replacement field up to and including its '=' and the spaces
   * after it, as the {@code =} specifier shows it: comments are left out, as in CPython.
   */
  private String debugText(int from, int to) {
    String t = src.text().substring(from, to);
    if (t.indexOf('#') < 0) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t.length());
    int i = from;
    for (int k = 0; i < to; k++) {
      // copy the tokens verbatim, and the gaps between them without comments
      Token tk = findTokenAt(i, to);
      int gapEnd = tk == null ? to : tk.start();
      String gap = src.text().substring(i, gapEnd);
      int hash = gap.indexOf('#');
      while (hash >= 0) {
        int nl = gap.indexOf('\n', hash);
        gap = gap.substring(0, hash) + (nl < 0 ? "" : gap.substring(nl));
        hash = gap.indexOf('#');
      }
      sb.append(gap);
      if (tk == null) {
        break;
      }
      sb.append(src.text(), tk.start(), Math.min(tk.end(), to));
      i = tk.end();
    }
    return sb.toString();
  }

  /** The first token starting at or after {@code offset} and before {@code limit}. */
  private Token findTokenAt(int offset, int limit) {
    for (int i = p - 1; i >= 0; i--) {
      Token t = tok(i);
      if (t.start() < offset) {
        Token next = tok(i + 1);
        return next.start() >= offset && next.start() < limit ? next : null;
      }
    }
    return null;
  }

  /**
   * Inside a replacement field, the next token must be one of {@code allowed}; otherwise
   * CPython's "f-string: expecting ..." (or "Perhaps you forgot a comma?" when another
   * expression follows the field's expression directly).
   */
  private void expectFieldPart(String msg, Expr value, TokenKind... allowed) {
    TokenKind k = kind();
    for (TokenKind a : allowed) {
      if (k == a) {
        return;
      }
    }
    if (k == TokenKind.FSTRING_END || k == TokenKind.FSTRING_MIDDLE
        || k == TokenKind.ENDMARKER || (k == TokenKind.ERRORTOKEN && peek().text().isEmpty())) {
      return; // reported as a missing '}' (or an unclosed '{') below
    }
    if (value != null && startsExpression(k)) {
      missingComma(value);
    }
    Token t = peek();
    throw errorAt(t, t, msg);
  }

  /** '{' expression ['='] ['!' NAME] [':' format_spec] '}'. */
  private void replacementField(Parts parts, boolean raw) {
    Token lbrace = expect(TokenKind.LBRACE);
    fstringDepth++;
    int savedBrackets = bracketDepth;
    bracketDepth = 1;
    try {
      Token t = peek();
      switch (t.kind()) {
        case RBRACE, EXCLAMATION, COLON, EQUAL -> throw errorAt(t, t,
            "f-string: valid expression required before '" + t.text() + "'");
        case LAMBDA -> {
          int mark = p;
          next();
          while (!at(TokenKind.COLON) && !at(TokenKind.RBRACE) && !at(TokenKind.FSTRING_END)
              && !at(TokenKind.ENDMARKER)) {
            next();
          }
          Token colon = peek();
          p = mark;
          throw errorAt(t, colon,
              "f-string: lambda expressions are not allowed without parentheses");
        }
        default -> { }
      }
      Expr value;
      try {
        value = at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
      } catch (Backtrack b) {
        if (at(TokenKind.FSTRING_END) || at(TokenKind.FSTRING_MIDDLE)) {
          Token bad = peek();
          throw errorAt(bad, bad, "f-string: expecting '}'");
        }
        throw b;
      }
      expectFieldPart("f-string: expecting '=', or '!', or ':', or '}'", value,
          TokenKind.EQUAL, TokenKind.EXCLAMATION, TokenKind.COLON, TokenKind.RBRACE);
      boolean debug = false;
      if (accept(TokenKind.EQUAL)) {
        Token after = peek();
        // the text between the braces up to the '=' and its spaces, where it stands
        parts.literal(debugText(lbrace.end(), after.start()),
            new Pos(lbrace.line(), src.byteCol(lbrace.line(), lbrace.end()), after.line(),
                src.byteCol(after.line(), after.start())));
        debug = true;
        expectFieldPart("f-string: expecting '!', or ':', or '}'", null,
            TokenKind.EXCLAMATION, TokenKind.COLON, TokenKind.RBRACE);
      }
      int conversion = -1;
      if (at(TokenKind.EXCLAMATION)) {
        Token bang = next();
        Token name = peek();
        if (name.kind() != TokenKind.NAME && !name.kind().isKeyword()) {
          throw errorAt(name, name, "f-string: missing conversion character");
        }
        if (name.start() != bang.end()) {
          throw errorAt(bang, name,
              "f-string: conversion type must come right after the exclamanation mark");
        }
        next();
        conversion = switch (name.text()) {
          case "s" -> 's';
          case "r" -> 'r';
          case "a" -> 'a';
          default -> throw errorAt(name, name, "f-string: invalid conversion character '"
              + name.text() + "': expected 's', 'r', or 'a'");
        };
        expectFieldPart("f-string: expecting ':' or '}'", null, TokenKind.COLON,
            TokenKind.RBRACE);
      }
      Expr spec = null;
      if (at(TokenKind.COLON)) {
        Token colon = next();
        Parts specParts = new Parts();
        while (!at(TokenKind.RBRACE)) {
          Token s = peek();
          if (s.kind() == TokenKind.FSTRING_MIDDLE) {
            next();
            specParts.literal(decodeMiddle(s, raw), s, s);
          } else if (s.kind() == TokenKind.LBRACE) {
            replacementField(specParts, raw);
          } else if (s.kind() == TokenKind.ERRORTOKEN && s.text().isEmpty()) {
            throw BACKTRACK; // end of input with the '{' open
          } else {
            throw errorAt(s, s, "f-string: expecting '}'");
          }
        }
        specParts.flush();
        spec = new Expr.JoinedStr(specParts.values, pos(colon, last()));
      }
      if (!at(TokenKind.RBRACE)) {
        Token bad = peek();
        if (bad.kind() == TokenKind.FSTRING_END || bad.kind() == TokenKind.FSTRING_MIDDLE
            || bad.kind() == TokenKind.NEWLINE || bad.kind() == TokenKind.ENDMARKER) {
          throw errorAt(bad, bad, "f-string: expecting '}'");
        }
        throw BACKTRACK;
      }
      Token rbrace = next();
      if (debug && conversion == -1 && spec == null) {
        conversion = 'r';
      }
      parts.value(new Expr.FormattedValue(value, conversion, spec, pos(lbrace, rbrace)));
    } finally {
      bracketDepth = savedBrackets;
      fstringDepth--;
    }
  }
}
