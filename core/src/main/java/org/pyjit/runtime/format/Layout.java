package org.pyjit.runtime.format;

/**
 * Padding and digit grouping shared by the format() formatters, as CPython's
 * calc_number_widths, fill_number and calc_padding lay a field out.
 *
 * <p>A number field is {@code <lpad><sign><prefix><spad><grouped digits><rest><rpad>}: only
 * one of the three paddings is used, chosen by the alignment; the rest is the decimal point
 * and everything after it (or the character of 'c'). With fill '0' and '=' alignment the
 * padding goes into the digits instead, as leading zeros that take part in the grouping, so
 * that {@code format(1234, "09,")} is {@code 0,001,234}: grouped zeros are added until the
 * field is at least the width, and a separator never leads.
 */
final class Layout {
  private Layout() {}

  /** The longest string built; CPython would fail to allocate a longer one as well. */
  static final int MAX_LENGTH = Integer.MAX_VALUE - 16;

  /** Appends {@code count} copies of a code point. */
  static void fill(StringBuilder sb, int fill, int count) {
    if (count > 0) {
      sb.repeat(fill, count);
    }
  }

  /**
   * Appends s (of {@code length} code points) padded to {@code width} (-1: none) with
   * {@code fill}, aligned '<', '>', '^' (or '=', which is '<' here).
   */
  static void padded(StringBuilder sb, CharSequence s, int length, int fill, char align,
      int width) {
    int pad = width - length;
    if (pad <= 0) {
      sb.append(s);
      return;
    }
    int left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    fill(sb, fill, left);
    sb.append(s);
    fill(sb, fill, pad - left);
  }

  /**
   * Appends a number field. The digits are s[digitsStart, digitsEnd) (ASCII, possibly none),
   * the rest is s[digitsEnd, end). {@code signOption} is the spec's sign ('+', ' ' or else
   * only '-' for negatives); {@code separator} is ',' or '_' (0: no grouping) every
   * {@code groupSize} digits.
   */
  static void number(StringBuilder sb, char signOption, char separator, int groupSize,
      int fill, char align, int width, boolean negative, String prefix, CharSequence s,
      int digitsStart, int digitsEnd, int end) {
    char sign = negative ? '-' : signOption == '+' ? '+' : signOption == ' ' ? ' ' : 0;
    int restLength = Character.codePointCount(s, digitsEnd, end);
    int nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + restLength;
    int digits = digitsEnd - digitsStart;
    int positions = digits;
    int grouped = 0;
    if (digits > 0) {
      long minWidth = fill == '0' && align == '=' ? (long) width - nonDigits : 0;
      if (minWidth > digits) {
        positions = separator == 0 ? (int) minWidth : positionsFor(minWidth, groupSize);
        positions = Math.max(positions, digits);
      }
      grouped = positions + (separator != 0 ? (positions - 1) / groupSize : 0);
    }
    long total = (long) nonDigits + grouped;
    int pad = width > total ? (int) (width - total) : 0;
    if (total + pad > MAX_LENGTH) {
      throw FormatError.memoryError();
    }
    int left = 0;
    int middle = 0;
    int right = 0;
    switch (align) {
      case '<' -> right = pad;
      case '^' -> {
        left = pad / 2;
        right = pad - left;
      }
      case '=' -> middle = pad;
      default -> left = pad;
    }
    fill(sb, fill, left);
    if (sign != 0) {
      sb.append(sign);
    }
    sb.append(prefix);
    fill(sb, fill, middle);
    if (separator == 0 && positions == digits) {
      sb.append(s, digitsStart, digitsEnd);
    } else {
      int zeros = positions - digits;
      for (int i = 0; i < positions; i++) {
        if (separator != 0 && i > 0 && (positions - i) % groupSize == 0) {
          sb.append(separator);
        }
        sb.append(i < zeros ? '0' : s.charAt(digitsStart + i - zeros));
      }
    }
    sb.append(s, digitsEnd, end);
    fill(sb, fill, right);
  }

  /**
   * The fewest digit positions whose grouped length reaches {@code minWidth}: separators sit
   * between groups, so P positions take P + (P - 1) / g characters.
   */
  private static int positionsFor(long minWidth, int g) {
    long p = Math.max(1, minWidth - minWidth / (g + 1));
    while (p + (p - 1) / g < minWidth) {
      p++;
    }
    while (p > 1 && (p - 1) + (p - 2) / g >= minWidth) {
      p--;
    }
    return (int) p;
  }
}
