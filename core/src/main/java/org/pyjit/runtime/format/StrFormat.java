package org.pyjit.runtime.format;

/**
 * format(str, spec), as CPython 3.13: fill, alignment, width, and precision as truncation,
 * all counted in code points (a Python str's characters), never in UTF-16 units.
 *
 * <p>Contract: the result and the errors (ValueError with CPython's message for a sign, 'z',
 * '#', '=' alignment or a type other than 's') are CPython's. An empty spec returns the
 * string itself. For a str subclass the interpreter parses with its type name:
 * {@code format(s, FormatSpec.parse(spec, 's', name))}.
 */
public final class StrFormat {
  private StrFormat() {}

  /** format(s, spec) for a str. */
  public static String format(String s, String spec) {
    if (spec.isEmpty()) {
      return s;
    }
    return format(s, FormatSpec.parse(spec, 's', "str"));
  }

  /** format(s, spec) for a str, spec parsed with default type 's'. */
  public static String format(String s, FormatSpec spec) {
    if (spec.type != 's') {
      throw spec.unknownType();
    }
    if (spec.sign != 0) {
      throw FormatError.valueError(spec.sign == ' '
          ? "Space not allowed in string format specifier"
          : "Sign not allowed in string format specifier");
    }
    if (spec.noNegZero) {
      throw FormatError.valueError(
          "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec.alternate) {
      throw FormatError.valueError(
          "Alternate form (#) not allowed in string format specifier");
    }
    if (spec.align == '=') {
      throw FormatError.valueError("'=' alignment not allowed in string format specifier");
    }
    int width = spec.widthOrMinus1();
    int end = s.length();
    int length = s.codePointCount(0, end);
    if (spec.precision >= 0 && length > spec.precision) {
      length = (int) spec.precision;
      end = s.offsetByCodePoints(0, length);
    }
    if (width <= length) {
      return end == s.length() ? s : s.substring(0, end);
    }
    StringBuilder sb = new StringBuilder(width + end - length);
    Layout.padded(sb, s.subSequence(0, end), length, spec.fill, spec.align, width);
    return sb.toString();
  }
}
