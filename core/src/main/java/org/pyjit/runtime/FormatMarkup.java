package org.pyjit.runtime;

/**
 * The replacement-field grammar of str.format (PEP 3101), as a cursor over a format string:
 * the one parser behind str.format ({@link StrFormatter}) and the {@code _string} module
 * that string.Formatter is written on.
 *
 * <p>Contract: each {@link #next} reads one piece of {@code s[start:end]}: literal text up to
 * the next brace (a doubled brace ends the literal and is part of it, the second one
 * skipped), then, if a single {@code {} follows, the field {@code {name!conv:spec}} up to its
 * closing brace. Nothing is looked up or converted here. Errors are CPython's ValueErrors,
 * raised when the cursor reaches the bad piece (so the pieces before it are read first, as
 * CPython's iterator yields them). Positions are UTF-16 offsets: every character the grammar
 * looks at is ASCII, so a surrogate pair is never split in the middle of a token.
 */
public final class FormatMarkup {
  private final String s;
  private final int end;
  private int pos;

  /** The literal text of the last piece: s[literalStart:literalEnd] (may be empty). */
  public int literalStart;
  public int literalEnd;
  /** Whether the last piece has a field after its literal text. */
  public boolean hasField;
  /** The field's name: s[nameStart:nameEnd] (empty for automatic numbering). */
  public int nameStart;
  public int nameEnd;
  /** The conversion's code point after '!', 0 when there is none. */
  public int conversion;
  /** The format spec: s[specStart:specEnd] (empty when there is none). */
  public int specStart;
  public int specEnd;
  /** Whether the spec holds fields of its own (it is formatted before it is used). */
  public boolean specNested;

  public FormatMarkup(String s, int start, int end) {
    this.s = s;
    this.pos = start;
    this.end = end;
  }

  public String source() {
    return s;
  }

  /** Reads the next piece; false at the end of the string. */
  public boolean next() {
    if (pos >= end) {
      return false;
    }
    hasField = false;
    conversion = 0;
    specNested = false;
    int start = pos;
    char c = 0;
    boolean brace = false;
    while (pos < end) {
      c = s.charAt(pos++);
      if (c == '{' || c == '}') {
        brace = true;
        break;
      }
    }
    boolean atEnd = pos >= end;
    if (brace && c == '}' && (atEnd || s.charAt(pos) != '}')) {
      throw Errors.valueError("Single '}' encountered in format string");
    }
    if (brace && c == '{' && atEnd) {
      throw Errors.valueError("Single '{' encountered in format string");
    }
    literalStart = start;
    literalEnd = pos;
    if (!brace) {
      return true;
    }
    if (s.charAt(pos) == c) { // a doubled brace: one of them is literal text
      pos++;
      return true;
    }
    literalEnd--;
    hasField = true;
    field();
    return true;
  }

  /** The field after its '{' (CPython's parse_field). */
  private void field() {
    nameStart = pos;
    char c = 0;
    while (pos < end) {
      c = s.charAt(pos++);
      if (c == '{') {
        throw Errors.valueError("unexpected '{' in field name");
      }
      if (c == '[') { // an index may hold any character but ']'
        while (pos < end && s.charAt(pos) != ']') {
          pos++;
        }
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        break;
      }
    }
    nameEnd = pos - 1;
    specStart = specEnd = pos;
    if (c != '!' && c != ':') {
      if (c != '}') {
        throw Errors.valueError("expected '}' before end of string");
      }
      return;
    }
    if (c == '!') {
      if (pos >= end) {
        throw Errors.valueError("end of string while looking for conversion specifier");
      }
      conversion = s.codePointAt(pos);
      pos += Character.charCount(conversion);
      if (pos < end) {
        char d = s.charAt(pos++);
        if (d == '}') {
          specStart = specEnd = pos;
          return;
        }
        if (d != ':') {
          throw Errors.valueError("expected ':' after conversion specifier");
        }
      }
    }
    specStart = pos;
    int depth = 1;
    while (pos < end) {
      char d = s.charAt(pos++);
      if (d == '{') {
        specNested = true;
        depth++;
      } else if (d == '}' && --depth == 0) {
        specEnd = pos - 1;
        return;
      }
    }
    throw Errors.valueError("unmatched '{' in format spec");
  }

  /** Where the first part of field name s[start:end] ends: at its first '.' or '['. */
  public static int firstPartEnd(String s, int start, int end) {
    int i = start;
    while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
      i++;
    }
    return i;
  }

  /**
   * The decimal value of s[start:end] if it is all (Unicode) decimal digits, else -1;
   * ValueError past a Py_ssize_t as in CPython.
   */
  public static long integer(String s, int start, int end) {
    if (start >= end) {
      return -1;
    }
    long acc = 0;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int d = StrMethods.isDecimal(cp) ? Character.digit(cp, 10) : -1;
      if (d < 0) {
        return -1;
      }
      if (acc > (Long.MAX_VALUE - d) / 10) {
        throw Errors.valueError("Too many decimal digits in format string");
      }
      acc = acc * 10 + d;
    }
    return acc;
  }

  /**
   * The parts of a field name after its first: {@code .attr} and {@code [key]}, each read by
   * {@link #next} (CPython's FieldNameIterator).
   */
  public static final class Parts {
    private final String s;
    private final int end;
    private int pos;
    /** Whether the last part is an attribute (else an index). */
    public boolean isAttribute;
    /** The last part's text: s[partStart:partEnd]. */
    public int partStart;
    public int partEnd;
    /** The last index part's value when it is all decimal digits, else -1. */
    public long index;

    public Parts(String s, int start, int end) {
      this.s = s;
      this.pos = start;
      this.end = end;
    }

    public String text() {
      return s.substring(partStart, partEnd);
    }

    /** Reads the next part; false at the end of the name. */
    public boolean next() {
      if (pos >= end) {
        return false;
      }
      char c = s.charAt(pos++);
      partStart = pos;
      index = -1;
      if (c == '.') {
        isAttribute = true;
        pos = firstPartEnd(s, pos, end);
        partEnd = pos;
      } else if (c == '[') {
        isAttribute = false;
        while (pos < end && s.charAt(pos) != ']') {
          pos++;
        }
        if (pos >= end) {
          throw Errors.valueError("Missing ']' in format string");
        }
        partEnd = pos++;
        index = integer(s, partStart, partEnd);
      } else {
        throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      if (partStart == partEnd) {
        throw Errors.valueError("Empty attribute in format string");
      }
      return true;
    }
  }
}
