package org.pyjit.parse;

import java.text.Normalizer;
import java.util.ArrayDeque;
import org.pyjit.runtime.UnicodeVersion;

/**
 * Python 3.13's lexical grammar, producing tokens one at a time on demand (the parser pulls
 * them), so that errors surface in the same order as in CPython's tokenizer.
 *
 * <p>What it does as CPython does: INDENT/DEDENT from a stack of indentation columns
 * measured twice (tabs to multiples of 8, and tabs as 1) to detect TabError; blank and
 * comment-only lines and newlines inside brackets produce nothing; backslash continuation;
 * an implicit NEWLINE before the end when the last line has none; bracket matching with
 * CPython's messages and its limit of 200 nested brackets; numbers validated with CPython's
 * messages; identifiers checked against Unicode XID and NFKC-normalized; f-strings as in
 * PEP 701, with a stack of modes: literal text (FSTRING_MIDDLE), replacement-field
 * expressions (ordinary tokens), and format specs.
 *
 * <p>Errors are thrown as {@link SyntaxErrorException}. At end of input with brackets still
 * open it returns an {@link TokenKind#ERRORTOKEN} and leaves the "never closed" report to
 * the parser, which knows whether an earlier error takes precedence.
 */
public final class Tokenizer {
  static final int MAX_LEVEL = 200;
  /** CPython's MAXINDENT: at most 100 indentation levels. */
  private static final int MAX_INDENT = 100;
  /** CPython's MAX_EXPR_NESTING: replacement fields nested in format specs, per f-string. */
  private static final int MAX_FIELD_NESTING = 3;
  private static final int TAB_SIZE = 8;

  /**
   * Errors that CPython's tokenizer signals through its state (tok->done) instead of
   * raising: they never override an earlier parser error.
   */
  private static final java.util.Set<String> STATE_ERRORS = java.util.Set.of(
      "unindent does not match any outer indentation level",
      "inconsistent use of tabs and spaces in indentation",
      "too many levels of indentation",
      "unexpected character after line continuation character",
      "unexpected EOF while parsing");

  /**
   * Whether {@code e} says the input ended inside a bracket, a triple-quoted string or
   * after a line continuation (what more input could still close).
   */
  static boolean endedInside(SyntaxErrorException e) {
    String m = e.msg();
    return m.endsWith("' was never closed") || m.startsWith("unterminated triple-quoted")
        || m.equals("unexpected EOF while parsing");
  }

  /** Whether {@code e} is an error CPython reports through the tokenizer's state. */
  static boolean isStateError(SyntaxErrorException e) {
    return STATE_ERRORS.contains(e.msg());
  }

  /** Whether the tokenizer is inside an f-string. */
  boolean inFString() {
    return !frames.isEmpty();
  }

  /**
   * The line CPython's tokenizer reports at the end of input: the last line that has
   * characters, not the empty one after a final newline.
   */
  int eofLine() {
    return n > 0 && s.charAt(n - 1) == '\n' ? line - 1 : line;
  }

  private final Source source;
  private final String s;
  private final int n;
  private final WarningListener sink;

  private int pos;
  private int line = 1;
  private boolean atBol = true;

  private int[] indents = new int[16];
  private int[] altIndents = new int[16];
  private int indentTop;

  private final ArrayDeque<Token> pending = new ArrayDeque<>();

  // bracket stack: the bracket char, its line and offset
  private final char[] parenChar = new char[MAX_LEVEL + 1];
  private final int[] parenLine = new int[MAX_LEVEL + 1];
  private final int[] parenOffset = new int[MAX_LEVEL + 1];
  private int level;

  /** Whether the last token produced on the current logical line was something. */
  private boolean lineHasTokens;

  /** f-string state: a stack of frames, innermost last. */
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();

  /** An f-string being tokenized, or a replacement field inside one. */
  private static final class Frame {
    final boolean field; // false: the f-string itself (literal mode)
    // f-string frame
    char quote;
    boolean triple;
    boolean raw;
    int startLine;
    int startOffset;
    // field frame
    int baseLevel; // bracket level just inside this field's '{'
    boolean inSpec; // after the top-level ':' of the field
    Frame fstring; // the enclosing f-string frame

    Frame(boolean field) {
      this.field = field;
    }
  }

  public Tokenizer(Source source, WarningListener sink) {
    this.source = source;
    this.s = source.text();
    this.n = s.length();
    this.sink = sink;
  }

  public Source source() {
    return source;
  }

  /** Current bracket nesting depth (brackets opened and not yet closed). */
  public int level() {
    return level;
  }

  /** Character of the innermost open bracket. */
  public char openBracket() {
    return parenChar[level - 1];
  }

  public int openBracketLine() {
    return parenLine[level - 1];
  }

  public int openBracketOffset() {
    return parenOffset[level - 1];
  }

  // ------------------------------------------------------------------ errors

  SyntaxErrorException error(String msg, int offset) {
    return error(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, offset, -1);
  }

  SyntaxErrorException error(SyntaxErrorException.Kind kind, String msg, int offset,
      int endOffset) {
    int ln = source.lineOf(Math.min(offset, Math.max(0, n)));
    int col = source.charCol(ln, offset);
    int endCol = endOffset < 0 ? col : source.charCol(ln, endOffset);
    return new SyntaxErrorException(kind, msg, source.filename(), ln, col, ln, endCol,
        source.lineText(ln));
  }

  // ------------------------------------------------------------------ main entry

  /** The next token. After ENDMARKER it keeps returning ENDMARKER. */
  public Token next() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    Frame top = frames.peekLast();
    if (top != null && (!top.field || top.inSpec)) {
      return fstringLiteral(top);
    }
    return normal();
  }

  private Token make(TokenKind kind, String text, int start, int end) {
    lineHasTokens = true;
    return new Token(kind, text, line, start, line, end);
  }

  private Token normal() {
    while (true) {
      if (atBol) {
        atBol = false;
        Token t = indentation();
        if (t != null) {
          return t;
        }
      }
      // skip whitespace
      while (pos < n) {
        char c = s.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\f') {
          pos++;
        } else {
          break;
        }
      }
      if (pos >= n) {
        return endOfInput();
      }
      char c = s.charAt(pos);
      if (c == '#') {
        while (pos < n && s.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        int start = pos;
        pos++;
        if (level > 0 || !lineHasTokens) {
          line++;
          if (level == 0) {
            atBol = true;
          }
          continue;
        }
        Token t = new Token(TokenKind.NEWLINE, "\n", line, start, line, pos);
        line++;
        atBol = true;
        lineHasTokens = false;
        return t;
      }
      if (c == '\\') {
        if (pos + 1 < n && s.charAt(pos + 1) == '\n') {
          pos += 2;
          line++;
          if (pos >= n) {
            throw eofAfterBackslash(pos - 2);
          }
          continue;
        }
        if (pos + 1 >= n) {
          throw eofAfterBackslash(pos);
        }
        SyntaxErrorException e = error("unexpected character after line continuation character",
            pos + 1);
        throw new SyntaxErrorException(e.kind(), e.msg(), e.filename(), e.lineno(), e.offset(),
            e.endLineno(), 0, e.text());
      }
      return token(c);
    }
  }

  /** CPython reports it after the (possibly implicit) newline that follows the backslash. */
  private SyntaxErrorException eofAfterBackslash(int backslash) {
    int ln = source.lineOf(backslash);
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        "unexpected EOF while parsing", source.filename(), ln,
        source.charCol(ln, backslash) + 2, ln, -1, source.lineText(ln));
  }

  private Token endOfInput() {
    if (level > 0) {
      return new Token(TokenKind.ERRORTOKEN, "", line, n, line, n);
    }
    if (lineHasTokens) {
      lineHasTokens = false;
      return new Token(TokenKind.NEWLINE, "", line, n, line, n);
    }
    if (indentTop > 0) {
      indentTop--;
      return new Token(TokenKind.DEDENT, "", line, n, line, n);
    }
    return new Token(TokenKind.ENDMARKER, "", line, n, line, n);
  }

  /** Measures the indentation of a new line and returns INDENT/DEDENT tokens if due. */
  private Token indentation() {
    int col = 0;
    int altCol = 0;
    int p = pos;
    while (p < n) {
      char c = s.charAt(p);
      if (c == ' ') {
        col++;
        altCol++;
      } else if (c == '\t') {
        col = (col / TAB_SIZE + 1) * TAB_SIZE;
        altCol++;
      } else if (c == '\f') {
        col = 0;
        altCol = 0;
      } else {
        break;
      }
      p++;
    }
    // blank lines, comment-only lines and the end of input change no indentation
    if (p >= n) {
      pos = p;
      return null;
    }
    char c = s.charAt(p);
    if (c == '#' || c == '\n') {
      pos = p;
      return null;
    }
    if (level > 0) {
      pos = p;
      return null;
    }
    pos = p;
    int cur = indents[indentTop];
    if (col == cur) {
      if (altCol != altIndents[indentTop]) {
        throw tabError(p);
      }
      return null;
    }
    if (col > cur) {
      if (altCol <= altIndents[indentTop]) {
        throw tabError(p);
      }
      if (indentTop + 1 >= MAX_INDENT) {
        throw new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR,
            "too many levels of indentation", source.filename(), line, 1, line, 0,
            source.lineText(line));
      }
      if (indentTop + 1 == indents.length) {
        indents = java.util.Arrays.copyOf(indents, indents.length * 2);
        altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
      }
      indentTop++;
      indents[indentTop] = col;
      altIndents[indentTop] = altCol;
      return new Token(TokenKind.INDENT, s.substring(source.lineStart(line), p), line,
          source.lineStart(line), line, p);
    }
    int dedents = 0;
    while (indentTop > 0 && col < indents[indentTop]) {
      indentTop--;
      dedents++;
    }
    if (col != indents[indentTop]) {
      String lineText = source.lineText(line);
      int len = lineText.endsWith("\n") ? lineText.length() : lineText.length() + 1;
      throw new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR,
          "unindent does not match any outer indentation level", source.filename(), line,
          lineText.codePointCount(0, len - 1) + 1, line, -1, lineText);
    }
    if (altCol != altIndents[indentTop]) {
      throw tabError(p);
    }
    for (int i = 1; i < dedents; i++) {
      pending.add(new Token(TokenKind.DEDENT, "", line, p, line, p));
    }
    return new Token(TokenKind.DEDENT, "", line, p, line, p);
  }

  private SyntaxErrorException tabError(int p) {
    int ln = line;
    return new SyntaxErrorException(SyntaxErrorException.Kind.TAB_ERROR,
        "inconsistent use of tabs and spaces in indentation", source.filename(), ln, 1, ln, 0,
        source.lineText(ln));
  }

  // ------------------------------------------------------------------ tokens

  private Token token(char c) {
    int start = pos;
    if (isIdentStart(c)) {
      return nameOrString(start);
    }
    if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < n && isDigit(s.charAt(pos + 1)))) {
      return number(start);
    }
    if (c == '"' || c == '\'') {
      return string(start, start);
    }
    return operator(c, start);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean isIdentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80
        || (c >= '0' && c <= '9');
  }

  private Token nameOrString(int start) {
    int p = start;
    boolean ascii = true;
    while (p < n && isIdentChar(s.charAt(p))) {
      if (s.charAt(p) >= 0x80) {
        ascii = false;
      }
      p++;
    }
    // string prefixes: r u b f and their combinations, directly followed by a quote
    if (p < n && (s.charAt(p) == '"' || s.charAt(p) == '\'') && p - start <= 2 && ascii
        && isStringPrefix(s, start, p)) {
      pos = p;
      return string(start, p);
    }
    String id = s.substring(start, p);
    if (!ascii) {
      id = checkIdentifier(id, start);
    }
    pos = p;
    TokenKind kind = ascii ? TokenKind.keywordOrName(id) : TokenKind.NAME;
    return make(kind, id, start, p);
  }

  static boolean isStringPrefix(String s, int from, int to) {
    boolean r = false;
    boolean b = false;
    boolean u = false;
    boolean f = false;
    for (int i = from; i < to; i++) {
      switch (Character.toLowerCase(s.charAt(i))) {
        case 'r' -> {
          if (r) {
            return false;
          }
          r = true;
        }
        case 'b' -> {
          if (b) {
            return false;
          }
          b = true;
        }
        case 'u' -> {
          if (u) {
            return false;
          }
          u = true;
        }
        case 'f' -> {
          if (f) {
            return false;
          }
          f = true;
        }
        default -> {
          return false;
        }
      }
    }
    if (u && (r || b || f)) {
      return false;
    }
    return !(b && f);
  }

  /** Validates a non-ASCII identifier (XID rules) and returns it NFKC-normalized. */
  private String checkIdentifier(String id, int start) {
    String norm = Normalizer.normalize(id, Normalizer.Form.NFKC);
    int i = 0;
    boolean first = true;
    while (i < norm.length()) {
      int cp = norm.codePointAt(i);
      boolean ok = first ? isXidStart(cp) : isXidContinue(cp);
      if (!ok) {
        // report the offending character as it appears in the original text
        int bad = firstInvalid(id);
        int cpBad = id.codePointAt(bad);
        if (!org.pyjit.runtime.Repr.isPrintable(cpBad)) {
          throw error(String.format("invalid non-printable character U+%04X", cpBad),
              start + bad);
        }
        throw error(String.format("invalid character '%s' (U+%04X)",
            new String(Character.toChars(cpBad)), cpBad), start + bad);
      }
      first = false;
      i += Character.charCount(cp);
    }
    return norm;
  }

  private int firstInvalid(String id) {
    int i = 0;
    boolean first = true;
    while (i < id.length()) {
      int cp = id.codePointAt(i);
      String nf = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      boolean ok = !nf.isEmpty();
      for (int j = 0; j < nf.length() && ok; ) {
        int c2 = nf.codePointAt(j);
        ok = (first && j == 0) ? isXidStart(c2) : isXidContinue(c2);
        j += Character.charCount(c2);
      }
      if (!ok) {
        return i;
      }
      first = false;
      i += Character.charCount(cp);
    }
    return 0;
  }

  static boolean isXidStart(int cp) {
    return cp == '_' || Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F
        && !UnicodeVersion.isUnassigned(cp);
  }

  static boolean isXidContinue(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
        && cp != 0x2E2F && !UnicodeVersion.isUnassigned(cp);
  }

  // ------------------------------------------------------------------ numbers

  private Token number(int start) {
    int p = start;
    char c = s.charAt(p);
    if (c == '0' && p + 1 < n && "xXoObB".indexOf(s.charAt(p + 1)) >= 0) {
      char k = Character.toLowerCase(s.charAt(p + 1));
      String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
      p += 2;
      int digits = 0;
      while (true) {
        if (p < n && s.charAt(p) == '_') {
          p++;
        }
        if (p < n && isRadixDigit(s.charAt(p), k)) {
          while (p < n && isRadixDigit(s.charAt(p), k)) {
            p++;
            digits++;
          }
          if (p < n && s.charAt(p) == '_') {
            continue;
          }
          break;
        }
        // no digit where one is needed
        if (p < n && isDigit(s.charAt(p)) && k != 'x') {
          throw error(String.format("invalid digit '%c' in %s literal", s.charAt(p), kind), p);
        }
        throw error("invalid " + kind + " literal", p - 1);
      }
      if (p < n && isDigit(s.charAt(p)) && k != 'x') {
        throw error(String.format("invalid digit '%c' in %s literal", s.charAt(p), kind), p);
      }
      verifyEnd(p, kind, start);
      pos = p;
      return make(TokenKind.NUMBER, s.substring(start, p), start, p);
    }
    boolean isFloat = false;
    if (c != '.') {
      boolean leadingZero = c == '0';
      p = decimalTail(p);
      if (leadingZero) {
        // all zeros is fine ("00"); other digits need a fraction, exponent or j
        boolean nonZero = false;
        for (int i = start; i < p; i++) {
          char d = s.charAt(i);
          if (d != '0' && d != '_') {
            nonZero = true;
          }
        }
        if (nonZero && !(p < n && (s.charAt(p) == '.' || s.charAt(p) == 'e'
            || s.charAt(p) == 'E' || s.charAt(p) == 'j' || s.charAt(p) == 'J'))) {
          int firstNonZero = start;
          while (s.charAt(firstNonZero) == '0' || s.charAt(firstNonZero) == '_') {
            firstNonZero++;
          }
          throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix"
                  + " for octal integers",
              source.filename(), line, source.charCol(line, start), line,
              source.charCol(line, firstNonZero), source.lineText(line));
        }
      }
    }
    if (p < n && s.charAt(p) == '.') {
      isFloat = true;
      p++;
      if (p < n && isDigit(s.charAt(p))) {
        p = decimalTail(p);
      }
    }
    if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
      int e = p;
      p++;
      if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
        p++;
        if (p >= n || !isDigit(s.charAt(p))) {
          throw error("invalid decimal literal", p - 1);
        }
      } else if (p >= n || !isDigit(s.charAt(p))) {
        // "1e" : the number ends before the e, which is then an invalid suffix
        verifyEnd(e, "decimal", start);
        pos = e;
        return make(TokenKind.NUMBER, s.substring(start, e), start, e);
      }
      p = decimalTail(p);
      isFloat = true;
    }
    if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
      p++;
      verifyEnd(p, "imaginary", start);
    } else {
      verifyEnd(p, "decimal", start);
    }
    pos = p;
    return make(TokenKind.NUMBER, s.substring(start, p), start, p);
  }

  private static boolean isRadixDigit(char c, char kind) {
    return switch (kind) {
      case 'x' -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      case 'o' -> c >= '0' && c <= '7';
      default -> c == '0' || c == '1';
    };
  }

  /** Digits with single underscores between them, starting at a digit. */
  private int decimalTail(int p) {
    while (true) {
      while (p < n && isDigit(s.charAt(p))) {
        p++;
      }
      if (p < n && s.charAt(p) == '_') {
        if (p + 1 < n && isDigit(s.charAt(p + 1))) {
          p++;
          continue;
        }
        throw error("invalid decimal literal", p);
      }
      return p;
    }
  }

  /**
   * CPython's check that a number is not directly followed by an identifier character: a
   * keyword that may legally follow (and, else, for, if, in, is, not, or) only warns.
   */
  private void verifyEnd(int p, String kind, int start) {
    if (p >= n) {
      return;
    }
    char c = s.charAt(p);
    boolean kw = switch (c) {
      case 'a' -> s.startsWith("nd", p + 1);
      case 'e' -> s.startsWith("lse", p + 1);
      case 'f' -> s.startsWith("or", p + 1);
      case 'i' -> p + 1 < n && "fns".indexOf(s.charAt(p + 1)) >= 0;
      case 'o' -> s.startsWith("r", p + 1);
      case 'n' -> s.startsWith("ot", p + 1);
      default -> false;
    };
    if (kw) {
      sink.warning("SyntaxWarning", "invalid " + kind + " literal", line);
      return;
    }
    if (c < 0x80 && isIdentChar(c)) {
      throw error("invalid " + kind + " literal", p - 1);
    }
  }

  // ------------------------------------------------------------------ strings

  /** Scans a string literal whose prefix starts at {@code start} and quote at {@code q}. */
  private Token string(int start, int q) {
    boolean fstring = false;
    boolean raw = false;
    for (int i = start; i < q; i++) {
      char c = Character.toLowerCase(s.charAt(i));
      fstring |= c == 'f';
      raw |= c == 'r';
    }
    char quote = s.charAt(q);
    boolean triple = q + 2 < n && s.charAt(q + 1) == quote && s.charAt(q + 2) == quote;
    int bodyStart = q + (triple ? 3 : 1);
    if (fstring) {
      Frame f = new Frame(false);
      f.quote = quote;
      f.triple = triple;
      f.raw = raw;
      f.startLine = line;
      f.startOffset = start;
      frames.addLast(f);
      pos = bodyStart;
      return make(TokenKind.FSTRING_START, s.substring(start, bodyStart), start, bodyStart);
    }
    int startLine = line;
    int p = bodyStart;
    while (true) {
      if (p >= n) {
        throw unterminated(start, q, triple, quote, eofLine());
      }
      char c = s.charAt(p);
      if (c == '\\') {
        if (p + 1 < n && s.charAt(p + 1) == '\n') {
          line++;
        }
        p += 2;
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          throw unterminated(start, q, false, quote, line);
        }
        line++;
        p++;
        continue;
      }
      if (c == quote) {
        if (!triple) {
          p++;
          break;
        }
        if (p + 2 < n && s.charAt(p + 1) == quote && s.charAt(p + 2) == quote) {
          p += 3;
          break;
        }
      }
      p++;
    }
    if (p > n) {
      throw unterminated(start, q, triple, quote, eofLine());
    }
    pos = p;
    lineHasTokens = true;
    return new Token(TokenKind.STRING, s.substring(start, p), startLine, start, line, p);
  }

  private SyntaxErrorException unterminated(int start, int q, boolean triple, char quote,
      int detectedLine) {
    // inside an f-string replacement field, an unterminated string that uses the
    // f-string's own quotes means the field's '}' is missing
    Frame top = frames.peekLast();
    if (top != null && top.field) {
      Frame fs = top.fstring;
      if (fs.quote == quote && fs.triple == triple) {
        line = source.lineOf(q);
        return error("f-string: expecting '}'", q);
      }
    }
    String what = triple ? "unterminated triple-quoted string literal"
        : "unterminated string literal";
    int ln = source.lineOf(start);
    int col = source.charCol(ln, start);
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        what + " (detected at line " + detectedLine + ")", source.filename(), ln, col, ln, col,
        source.lineText(ln));
  }

  // ------------------------------------------------------------------ f-strings

  /** Literal text of an f-string, or of a format spec; then the token that ends it. */
  private Token fstringLiteral(Frame top) {
    Frame fs = top.field ? top.fstring : top;
    boolean spec = top.field;
    int start = pos;
    int startLine = line;
    StringBuilder text = null; // only allocated when braces are doubled
    int p = pos;
    while (true) {
      if (p >= n) {
        if (spec) {
          // the field's '{' is still open: reported as never closed
          pos = p;
          if (p > start) {
            return literalToken(text, start, p, startLine);
          }
          return new Token(TokenKind.ERRORTOKEN, "", line, n, line, n);
        }
        throw unterminatedFString(fs);
      }
      char c = s.charAt(p);
      if (c == fs.quote && (!fs.triple
          || (p + 2 < n && s.charAt(p + 1) == fs.quote && s.charAt(p + 2) == fs.quote))) {
        if (spec) {
          throw error("f-string: expecting '}'", p);
        }
        if (p > start) {
          pos = p;
          return literalToken(text, start, p, startLine);
        }
        int end = p + (fs.triple ? 3 : 1);
        frames.removeLast();
        pos = end;
        lineHasTokens = true;
        return new Token(TokenKind.FSTRING_END, s.substring(p, end), line, p, line, end);
      }
      if (c == '\n') {
        if (!fs.triple) {
          if (spec) {
            throw error("f-string: newlines are not allowed in format specifiers for single"
                + " quoted f-strings", p);
          }
          throw unterminatedFString(fs);
        }
        line++;
        p++;
        if (text != null) {
          text.append('\n');
        }
        continue;
      }
      if (c == '\\') {
        if (p + 1 < n) {
          char d = s.charAt(p + 1);
          if (!fs.raw && d == 'N' && p + 2 < n && s.charAt(p + 2) == '{') {
            // \N{NAME}: its braces are part of the escape, not a replacement field
            int close = s.indexOf('}', p + 3);
            int nl = s.indexOf('\n', p + 3);
            if (close >= 0 && (nl < 0 || close < nl)) {
              if (text != null) {
                text.append(s, p, close + 1);
              }
              p = close + 1;
              continue;
            }
          }
          if (d != '{' && d != '}') {
            if (d == '\n') {
              line++;
            }
            if (text != null) {
              text.append(c).append(d);
            }
            p += 2;
            continue;
          }
        }
        if (text != null) {
          text.append(c);
        }
        p++;
        continue;
      }
      if (c == '{') {
        if (!spec && p + 1 < n && s.charAt(p + 1) == '{') {
          if (text == null) {
            text = new StringBuilder().append(s, start, p);
          }
          text.append('{');
          p += 2;
          continue;
        }
        if (p > start) {
          pos = p;
          return literalToken(text, start, p, startLine);
        }
        return openField(fs, p);
      }
      if (c == '}') {
        if (!spec && p + 1 < n && s.charAt(p + 1) == '}') {
          if (text == null) {
            text = new StringBuilder().append(s, start, p);
          }
          text.append('}');
          p += 2;
          continue;
        }
        if (!spec) {
          throw error("f-string: single '}' is not allowed", p);
        }
        if (p > start) {
          pos = p;
          return literalToken(text, start, p, startLine);
        }
        // end of the replacement field whose format spec this was
        return closeField(p);
      }
      if (text != null) {
        text.append(c);
      }
      p++;
    }
  }

  private Token literalToken(StringBuilder text, int start, int end, int startLine) {
    lineHasTokens = true;
    return new Token(TokenKind.FSTRING_MIDDLE,
        text == null ? s.substring(start, end) : text.toString(), startLine, start, line, end);
  }

  private SyntaxErrorException unterminatedFString(Frame fs) {
    String what = fs.triple ? "unterminated triple-quoted f-string literal"
        : "unterminated f-string literal";
    int ln = fs.startLine;
    int col = source.charCol(ln, fs.startOffset);
    int detected = pos >= n || frames.isEmpty() ? eofLine() : line;
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        what + " (detected at line " + detected + ")", source.filename(), ln, col, ln, col,
        source.lineText(ln));
  }

  private Token openField(Frame fs, int p) {
    int fields = 0;
    for (java.util.Iterator<Frame> it = frames.descendingIterator(); it.hasNext(); ) {
      Frame f = it.next();
      if (!f.field) {
        break;
      }
      fields++;
    }
    if (fields >= MAX_FIELD_NESTING) {
      // CPython points one character before the '{'
      throw error("f-string: expressions nested too deeply", p - 1);
    }
    pushBracket('{', p);
    Frame field = new Frame(true);
    field.fstring = fs;
    field.baseLevel = level;
    frames.addLast(field);
    pos = p + 1;
    return make(TokenKind.LBRACE, "{", p, p + 1);
  }

  private Token closeField(int p) {
    frames.removeLast();
    level--;
    pos = p + 1;
    return make(TokenKind.RBRACE, "}", p, p + 1);
  }

  // ------------------------------------------------------------------ operators

  private void pushBracket(char c, int p) {
    if (level >= MAX_LEVEL) {
      throw error("too many nested parentheses", p);
    }
    parenChar[level] = c;
    parenLine[level] = line;
    parenOffset[level] = p;
    level++;
  }

  private Token operator(char c, int start) {
    Frame top = frames.peekLast();
    boolean fieldTop = top != null && top.field && level == top.baseLevel;
    switch (c) {
      case '(', '[', '{' -> {
        pushBracket(c, start);
        pos = start + 1;
        return make(c == '(' ? TokenKind.LPAR : c == '[' ? TokenKind.LSQB : TokenKind.LBRACE,
            String.valueOf(c), start, start + 1);
      }
      case ')', ']', '}' -> {
        if (fieldTop && c == '}') {
          return closeField(start);
        }
        if (level == 0) {
          throw error("unmatched '" + c + "'", start);
        }
        char open = parenChar[level - 1];
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want) {
          if (top != null && top.field && level == top.baseLevel) {
            throw error("f-string: unmatched '" + c + "'", start);
          }
          String msg = parenLine[level - 1] == line
              ? String.format("closing parenthesis '%c' does not match opening parenthesis '%c'",
                  c, open)
              : String.format("closing parenthesis '%c' does not match opening parenthesis '%c'"
                  + " on line %d", c, open, parenLine[level - 1]);
          throw error(msg, start);
        }
        level--;
        pos = start + 1;
        return make(c == ')' ? TokenKind.RPAR : c == ']' ? TokenKind.RSQB : TokenKind.RBRACE,
            String.valueOf(c), start, start + 1);
      }
      case ':' -> {
        if (fieldTop) {
          // the top-level ':' of a replacement field starts its format spec, even before '='
          top.inSpec = true;
          pos = start + 1;
          return make(TokenKind.COLON, ":", start, start + 1);
        }
        return op(start, ":=", TokenKind.COLONEQUAL, ":", TokenKind.COLON);
      }
      case '!' -> {
        if (peek(start + 1) == '=') {
          return fixed(start, 2, TokenKind.NOTEQUAL);
        }
        return fixed(start, 1, TokenKind.EXCLAMATION);
      }
      case ',' -> {
        return fixed(start, 1, TokenKind.COMMA);
      }
      case ';' -> {
        return fixed(start, 1, TokenKind.SEMI);
      }
      case '~' -> {
        return fixed(start, 1, TokenKind.TILDE);
      }
      case '.' -> {
        if (peek(start + 1) == '.' && peek(start + 2) == '.') {
          return fixed(start, 3, TokenKind.ELLIPSIS);
        }
        return fixed(start, 1, TokenKind.DOT);
      }
      case '+' -> {
        return op(start, "+=", TokenKind.PLUSEQUAL, "+", TokenKind.PLUS);
      }
      case '-' -> {
        if (peek(start + 1) == '>') {
          return fixed(start, 2, TokenKind.RARROW);
        }
        return op(start, "-=", TokenKind.MINEQUAL, "-", TokenKind.MINUS);
      }
      case '*' -> {
        if (peek(start + 1) == '*') {
          return peek(start + 2) == '=' ? fixed(start, 3, TokenKind.DOUBLESTAREQUAL)
              : fixed(start, 2, TokenKind.DOUBLESTAR);
        }
        return op(start, "*=", TokenKind.STAREQUAL, "*", TokenKind.STAR);
      }
      case '/' -> {
        if (peek(start + 1) == '/') {
          return peek(start + 2) == '=' ? fixed(start, 3, TokenKind.DOUBLESLASHEQUAL)
              : fixed(start, 2, TokenKind.DOUBLESLASH);
        }
        return op(start, "/=", TokenKind.SLASHEQUAL, "/", TokenKind.SLASH);
      }
      case '%' -> {
        return op(start, "%=", TokenKind.PERCENTEQUAL, "%", TokenKind.PERCENT);
      }
      case '&' -> {
        return op(start, "&=", TokenKind.AMPEREQUAL, "&", TokenKind.AMPER);
      }
      case '|' -> {
        return op(start, "|=", TokenKind.VBAREQUAL, "|", TokenKind.VBAR);
      }
      case '^' -> {
        return op(start, "^=", TokenKind.CIRCUMFLEXEQUAL, "^", TokenKind.CIRCUMFLEX);
      }
      case '@' -> {
        return op(start, "@=", TokenKind.ATEQUAL, "@", TokenKind.AT);
      }
      case '=' -> {
        return op(start, "==", TokenKind.EQEQUAL, "=", TokenKind.EQUAL);
      }
      case '<' -> {
        if (peek(start + 1) == '<') {
          return peek(start + 2) == '=' ? fixed(start, 3, TokenKind.LEFTSHIFTEQUAL)
              : fixed(start, 2, TokenKind.LEFTSHIFT);
        }
        return op(start, "<=", TokenKind.LESSEQUAL, "<", TokenKind.LESS);
      }
      case '>' -> {
        if (peek(start + 1) == '>') {
          return peek(start + 2) == '=' ? fixed(start, 3, TokenKind.RIGHTSHIFTEQUAL)
              : fixed(start, 2, TokenKind.RIGHTSHIFT);
        }
        return op(start, ">=", TokenKind.GREATEREQUAL, ">", TokenKind.GREATER);
      }
      default -> {
        if (c < 0x20 || c == 0x7f) {
          int cp = c;
          throw error(String.format("invalid non-printable character U+%04X", cp), start);
        }
        // '$', '?', '`': no token starts here; the parser reports invalid syntax
        pos = start + 1;
        return make(TokenKind.ERRORTOKEN, String.valueOf(c), start, start + 1);
      }
    }
  }

  private char peek(int p) {
    return p < n ? s.charAt(p) : '\0';
  }

  private Token fixed(int start, int len, TokenKind kind) {
    pos = start + len;
    return make(kind, kind.text, start, start + len);
  }

  private Token op(int start, String two, TokenKind twoKind, String one, TokenKind oneKind) {
    if (peek(start + 1) == two.charAt(1)) {
      return fixed(start, 2, twoKind);
    }
    return fixed(start, 1, oneKind);
  }


}
