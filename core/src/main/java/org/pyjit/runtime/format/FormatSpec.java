package org.pyjit.runtime.format;

/**
 * A parsed format spec: the mini-language of format(), str.format and f-strings,
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}.
 *
 * <p>Contract: {@link #parse} accepts and rejects exactly the specs CPython 3.13's
 * parse_internal_render_format_spec does, with its messages, and resolves what CPython
 * resolves there: the default alignment of the kind of value, and the '0' flag (a fill of
 * '0' when no fill is given, and '=' alignment for numbers when no alignment is). The checks
 * that depend on the value's type (a sign for a str, a precision for an int...) belong to the
 * formatters, which take a parsed spec so that the interpreter may parse a constant spec once.
 * A spec is immutable; it remembers its text and the type name for the formatters' messages.
 */
public final class FormatSpec {
  /** The fill character (a code point); ' ' when not given. */
  public final int fill;
  /** '<', '>', '^' or '=', the default for the kind of value when not given. */
  public final char align;
  /** '+', '-', ' ', or 0 when not given. */
  public final char sign;
  /** 'z': a negative zero (after rounding) is printed without its sign. */
  public final boolean noNegZero;
  /** '#': the alternate form. */
  public final boolean alternate;
  /** The minimum width in code points, or -1 when not given. */
  public final long width;
  /** ',' or '_', or 0 when not given. */
  public final char grouping;
  /** The precision, or -1 when not given. */
  public final long precision;
  /**
   * The presentation type, a code point: the default for the kind of value when not given
   * ('d' for int, 's' for str, 0 for float and complex). An explicit U+0000 is kept as 0,
   * which float and complex take as no type and int and str reject, as CPython does.
   */
  public final int type;
  /** Python's name of the value's type, for messages ("int", "bool", "float"...). */
  public final String typeName;

  private FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
      long width, char grouping, long precision, int type, String typeName) {
    this.fill = fill;
    this.align = align;
    this.sign = sign;
    this.noNegZero = noNegZero;
    this.alternate = alternate;
    this.width = width;
    this.grouping = grouping;
    this.precision = precision;
    this.type = type;
    this.typeName = typeName;
  }

  /**
   * Parses {@code spec} for a value whose type's default presentation type is
   * {@code defaultType} ('d' for int and bool, 's' for str, 0 for float and complex) and
   * whose Python type name is {@code typeName}.
   *
   * @throws FormatError ValueError with CPython's message for an invalid spec
   */
  public static FormatSpec parse(String spec, int defaultType, String typeName) {
    char defaultAlign = defaultType == 's' ? '<' : '>';
    int n = spec.length();
    int pos = 0;
    int fill = ' ';
    char align = defaultAlign;
    boolean fillGiven = false;
    boolean alignGiven = false;
    if (n > 0) {
      int first = spec.codePointAt(0);
      int next = Character.charCount(first);
      if (next < n && isAlign(spec.charAt(next))) {
        fill = first;
        align = spec.charAt(next);
        fillGiven = alignGiven = true;
        pos = next + 1;
      } else if (isAlign(first)) {
        align = (char) first;
        alignGiven = true;
        pos = 1;
      }
    }
    char sign = 0;
    if (pos < n) {
      char c = spec.charAt(pos);
      if (c == '+' || c == '-' || c == ' ') {
        sign = c;
        pos++;
      }
    }
    boolean noNegZero = false;
    if (pos < n && spec.charAt(pos) == 'z') {
      noNegZero = true;
      pos++;
    }
    boolean alternate = false;
    if (pos < n && spec.charAt(pos) == '#') {
      alternate = true;
      pos++;
    }
    if (!fillGiven && pos < n && spec.charAt(pos) == '0') {
      fill = '0';
      if (!alignGiven && defaultAlign == '>') {
        align = '=';
      }
      pos++;
    }
    long width = -1;
    int end = digitsEnd(spec, pos);
    if (end > pos) {
      width = digitsValue(spec, pos, end);
      pos = end;
    }
    char grouping = 0;
    if (pos < n && spec.charAt(pos) == ',') {
      grouping = ',';
      pos++;
    }
    if (pos < n && spec.charAt(pos) == '_') {
      if (grouping != 0) {
        throw FormatError.valueError("Cannot specify both ',' and '_'.");
      }
      grouping = '_';
      pos++;
    }
    if (pos < n && spec.charAt(pos) == ',' && grouping == '_') {
      throw FormatError.valueError("Cannot specify both ',' and '_'.");
    }
    long precision = -1;
    if (pos < n && spec.charAt(pos) == '.') {
      pos++;
      end = digitsEnd(spec, pos);
      if (end == pos) {
        throw FormatError.valueError("Format specifier missing precision");
      }
      precision = digitsValue(spec, pos, end);
      pos = end;
    }
    int type = defaultType;
    if (pos < n) {
      type = spec.codePointAt(pos);
      if (pos + Character.charCount(type) < n) {
        throw FormatError.valueError(
            "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
      }
    }
    if (grouping != 0) {
      switch (type) {
        case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
        case 'b', 'o', 'x', 'X' -> {
          if (grouping != '_') {
            throw cannotGroup(grouping, type);
          }
        }
        default -> throw cannotGroup(grouping, type);
      }
    }
    return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision,
        type, typeName);
  }

  private static boolean isAlign(int c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  }

  /** The end of the run of decimal digits (any Unicode Nd, as CPython takes) at pos. */
  private static int digitsEnd(String spec, int pos) {
    int n = spec.length();
    while (pos < n) {
      int cp = spec.codePointAt(pos);
      if (UnicodeChars.decimal(cp) < 0) {
        break;
      }
      pos += Character.charCount(cp);
    }
    return pos;
  }

  /** The value of the digits in [start, end), which must fit in a Py_ssize_t. */
  private static long digitsValue(String spec, int start, int end) {
    long acc = 0;
    for (int i = start; i < end; ) {
      int cp = spec.codePointAt(i);
      int d = UnicodeChars.decimal(cp);
      if (acc > (Long.MAX_VALUE - d) / 10) {
        throw FormatError.valueError("Too many decimal digits in format string");
      }
      acc = acc * 10 + d;
      i += Character.charCount(cp);
    }
    return acc;
  }

  private static FormatError cannotGroup(char grouping, int type) {
    return FormatError.valueError("Cannot specify '" + grouping + "' with " + quoted(type) + ".");
  }

  /** A type code in quotes as CPython's messages show it: printable ASCII as itself. */
  static String quoted(int type) {
    if (type > 32 && type < 128) {
      return "'" + (char) type + "'";
    }
    return "'\\x" + Integer.toHexString(type) + "'";
  }

  /** The error for a type code the value's formatter does not know. */
  FormatError unknownType() {
    return FormatError.valueError(
        "Unknown format code " + quoted(type) + " for object of type '" + typeName + "'");
  }

  /** The width as an int; a width no string could have is CPython's MemoryError. */
  int widthOrMinus1() {
    if (width > Layout.MAX_LENGTH) {
      throw FormatError.memoryError();
    }
    return (int) width;
  }
}
