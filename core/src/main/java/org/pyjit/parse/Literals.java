package org.pyjit.parse;

import java.math.BigInteger;
import java.util.Arrays;
import org.pyjit.ast.Expr;

/**
 * The values of literal tokens, computed as CPython 3.13 computes them.
 *
 * <p>Contract, for the tokenizer and parser:
 *
 * <ul>
 *   <li>{@link #parseNumber} takes the text of a NUMBER token, which the tokenizer has already
 *       checked to be a valid literal, and returns a {@link Long} (an int that fits in 64
 *       bits), a {@link BigInteger} (any other int), a {@link Double} (float; {@code 1e400}
 *       is infinity) or an {@link Expr.Imaginary} (suffix j/J). The only error is CPython's
 *       limit of 4300 digits on decimal int literals.
 *   <li>{@link #decodeStr} and {@link #decodeBytes} take the body of one string token: the
 *       text between the quotes, without prefix or quotes, newlines already normalized to
 *       \n. {@code raw} is true for an r/R prefix. They apply the escapes, and report what
 *       CPython reports for that one token: at most one warning (SyntaxWarning, for the first
 *       invalid escape of the token only, and only when the token decodes), or one error.
 *       Adjacent tokens ('a' 'b') are decoded separately and joined by the caller.
 *   <li>Every problem goes to the {@link LiteralSink}: warnings with the {@code lineno} the
 *       caller gives (the token's first line, as CPython reports them), errors as the
 *       exception the sink builds, which these methods throw. CPython locates such errors
 *       at the whole token, not inside it, so no column is passed in. A null sink drops
 *       warnings and throws errors without a location.
 *   <li>The common cases cost little: a body without a backslash is returned as is, and a
 *       short decimal int is parsed without allocating.
 * </ul>
 *
 * <p>For f-strings: decode each FSTRING_MIDDLE part with {@link #decodeStr} after the parser
 * has turned "{{" and "}}" into braces. When the first invalid escape of such a part is
 * \{ or \}, CPython's tokenizer has already warned and the parser then stays silent about
 * the part; the caller's sink should drop that warning.
 *
 * <p>Surrogates: a Java String cannot keep apart a high and a low surrogate that escapes
 * spell as two code points. {@link #decodeStrValue} therefore returns an
 * {@link Expr.StrCodePoints} whenever an escape produced a surrogate; {@link #decodeStr}
 * returns the String, in which such a pair reads as one character.
 *
 * <p>Error positions in str escapes ("position 0-2") count bytes of the buffer CPython
 * actually decodes, in which each non-ASCII character of the body is spelled as a 10-byte
 * \UXXXXXXXX escape, and a backslash before a non-ASCII character as the 6-byte escape of
 * a backslash; see {@link #bufferOffset}.
 */
public final class Literals {
  private Literals() {}

  /** CPython's default sys.get_int_max_str_digits(): the most digits a decimal int may have. */
  public static final int MAX_STR_DIGITS = 4300;

  // ---- numbers ----

  /** The value of a NUMBER token (see the class contract). */
  public static Object parseNumber(String text, LiteralSink sink) {
    int n = text.length();
    char last = text.charAt(n - 1);
    if (last == 'j' || last == 'J') {
      return new Expr.Imaginary(parseDouble(text.substring(0, n - 1)));
    }
    if (n > 2 && text.charAt(0) == '0') {
      switch (text.charAt(1)) {
        case 'x', 'X' -> {
          return parseRadix(text, 16, 4);
        }
        case 'o', 'O' -> {
          return parseRadix(text, 8, 3);
        }
        case 'b', 'B' -> {
          return parseRadix(text, 2, 1);
        }
        default -> {}
      }
    }
    long v = 0;
    int digits = 0;
    boolean underscores = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0'); // only used while it cannot overflow (<= 18 digits)
        digits++;
      } else if (c == '_') {
        underscores = true;
      } else {
        return parseDouble(text); // '.', 'e' or 'E'
      }
    }
    // A decimal int starting with 0 is all zeros; CPython converts those without the
    // digit limit, however long.
    if (digits <= 18 || text.charAt(0) == '0') {
      return v;
    }
    if (digits > MAX_STR_DIGITS) {
      String msg = "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
          + "conversion: value has " + digits + " digits; use sys.set_int_max_str_digits() "
          + "to increase the limit - Consider hexadecimal for huge integer literals to avoid "
          + "decimal conversion limits.";
      throw error(sink, msg, false);
    }
    return narrow(new BigInteger(underscores ? text.replace("_", "") : text));
  }

  private static Object parseRadix(String text, int radix, int bitsPerDigit) {
    String digits = text.substring(2);
    if (digits.indexOf('_') >= 0) {
      digits = digits.replace("_", "");
    }
    if (digits.length() * bitsPerDigit <= 63) {
      return Long.parseLong(digits, radix);
    }
    return narrow(new BigInteger(digits, radix));
  }

  private static Object narrow(BigInteger b) {
    return b.bitLength() <= 63 ? (Object) b.longValue() : b;
  }

  /** Java's parser rounds correctly, as CPython's does; only underscores need removing. */
  private static double parseDouble(String s) {
    return Double.parseDouble(s.indexOf('_') >= 0 ? s.replace("_", "") : s);
  }

  // ---- str ----

  /** The value of a str token's body (see the class contract). */
  public static String decodeStr(String body, boolean raw, int lineno, LiteralSink sink) {
    Object v = decodeStrValue(body, raw, lineno, sink);
    return v instanceof Expr.StrCodePoints cps
        ? new String(cps.codePoints(), 0, cps.codePoints().length) : (String) v;
  }

  /**
   * The value of a str token's body: a String, or an {@link Expr.StrCodePoints} when an
   * escape produced a surrogate code point, which must stay a code point of its own.
   */
  public static Object decodeStrValue(String body, boolean raw, int lineno, LiteralSink sink) {
    int bs;
    if (raw || (bs = body.indexOf('\\')) < 0) {
      return body;
    }
    java.util.BitSet escapedSurrogates = null; // indices in sb of surrogates from escapes
    int n = body.length();
    StringBuilder sb = new StringBuilder(n);
    sb.append(body, 0, bs);
    int firstInvalid = -1; // index of the character after the backslash
    int i = bs;
    while (i < n) {
      char c = body.charAt(i);
      if (c != '\\') {
        int next = body.indexOf('\\', i);
        if (next < 0) {
          next = n;
        }
        sb.append(body, i, next);
        i = next;
        continue;
      }
      int start = i++;
      if (i >= n) {
        sb.append('\\'); // unreachable from the tokenizer; CPython keeps such a backslash
        break;
      }
      char e = body.charAt(i++);
      switch (e) {
        case '\n' -> {}
        case '\\', '\'', '"' -> sb.append(e);
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000b');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++) {
            v = v * 8 + body.charAt(i++) - '0';
          }
          if (v > 0377 && firstInvalid < 0) {
            firstInvalid = start + 1;
          }
          sb.append((char) v);
        }
        case 'x', 'u', 'U' -> {
          int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          String msg = e == 'x' ? "truncated \\xXX escape"
              : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          long v = 0;
          for (int k = 0; k < count; k++, i++) {
            int d = i < n ? hexDigit(body.charAt(i)) : -1;
            if (d < 0) {
              throw unicodeError(sink, body, start, i, msg);
            }
            v = v * 16 + d;
          }
          if (v > Character.MAX_CODE_POINT) {
            throw unicodeError(sink, body, start, i, "illegal Unicode character");
          }
          if (v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE) {
            if (escapedSurrogates == null) {
              escapedSurrogates = new java.util.BitSet();
            }
            escapedSurrogates.set(sb.length());
          }
          sb.appendCodePoint((int) v);
        }
        case 'N' -> {
          String msg = "malformed \\N character escape";
          if (i >= n || body.charAt(i) != '{') {
            throw unicodeError(sink, body, start, i, msg);
          }
          int close = body.indexOf('}', i + 1);
          if (close < 0) {
            throw unicodeError(sink, body, start, n, msg);
          }
          if (close == i + 1) {
            throw unicodeError(sink, body, start, close, msg);
          }
          int cp = UnicodeNames.lookup(body.substring(i + 1, close));
          i = close + 1;
          if (cp < 0) {
            throw unicodeError(sink, body, start, i, "unknown Unicode character name");
          }
          sb.appendCodePoint(cp);
        }
        default -> {
          if (e >= 0x80) {
            // CPython decodes this as an escaped backslash (backslash-u005c) and then the
            // character: the backslash stays, and it is not an invalid escape.
            sb.append('\\');
            i--;
          } else {
            if (firstInvalid < 0) {
              firstInvalid = start + 1;
            }
            sb.append('\\').append(e);
          }
        }
      }
    }
    if (firstInvalid >= 0) {
      warnInvalidEscape(body, firstInvalid, lineno, sink);
    }
    return escapedSurrogates == null ? sb.toString() : codePoints(sb, escapedSurrogates);
  }

  /** The code points of sb, where the chars at {@code escaped} are code points alone. */
  private static Expr.StrCodePoints codePoints(CharSequence sb, java.util.BitSet escaped) {
    int[] out = new int[sb.length()];
    int n = 0;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (Character.isHighSurrogate(c) && !escaped.get(i) && i + 1 < sb.length()
          && Character.isLowSurrogate(sb.charAt(i + 1)) && !escaped.get(i + 1)) {
        out[n++] = Character.toCodePoint(c, sb.charAt(++i));
      } else {
        out[n++] = c;
      }
    }
    return new Expr.StrCodePoints(java.util.Arrays.copyOf(out, n));
  }

  /**
   * Where body index {@code idx} lands in the buffer CPython decodes a str body from: UTF-8
   * input with every non-ASCII character rewritten as \UXXXXXXXX (10 bytes), and a backslash
   * that starts an escape and is followed by a non-ASCII character (or nothing) rewritten as
   * the escape of a backslash, backslash-u005c (6 bytes). The character right after an
   * escape-starting backslash never starts an escape itself, even when it is a backslash.
   */
  static int bufferOffset(String body, int idx) {
    int n = body.length();
    int p = 0;
    boolean afterEscapeStart = false;
    for (int i = 0; i < idx; ) {
      char c = body.charAt(i);
      if (c == '\\' && !afterEscapeStart) {
        boolean nonAsciiNext = i + 1 >= n || body.charAt(i + 1) >= 0x80;
        p += nonAsciiNext ? 6 : 1;
        afterEscapeStart = !nonAsciiNext;
        i++;
        continue;
      }
      afterEscapeStart = false;
      if (c >= 0x80) {
        p += 10;
        i += Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(body.charAt(i + 1)) ? 2 : 1;
      } else {
        p++;
        i++;
      }
    }
    return p;
  }

  /** CPython's UnicodeDecodeError text for the escape from start to end (body indexes). */
  private static SyntaxErrorException unicodeError(LiteralSink sink, String body, int start,
      int end, String reason) {
    // An escape error always spans the backslash and at least one more byte, so CPython's
    // one-byte wording ("can't decode byte 0x.. in position N") never applies.
    int from = bufferOffset(body, start);
    int to = bufferOffset(body, end);
    return error(sink, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
        + from + "-" + (to - 1) + ": " + reason, true);
  }

  // ---- bytes ----

  /** The value of a bytes token's body (see the class contract). */
  public static byte[] decodeBytes(String body, boolean raw, int lineno, LiteralSink sink) {
    int n = body.length();
    byte[] out = new byte[n];
    int bs = -1;
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c >= 0x80) {
        // CPython checks this for the whole token before looking at any escape.
        throw error(sink, "bytes can only contain ASCII literal characters", true);
      }
      if (c == '\\' && bs < 0) {
        bs = i;
      }
      out[i] = (byte) c;
    }
    if (raw || bs < 0) {
      return out;
    }
    int w = bs; // escapes only ever shrink the text, so decoding in place is safe
    int firstInvalid = -1;
    int i = bs;
    while (i < n) {
      char c = body.charAt(i);
      if (c != '\\') {
        out[w++] = (byte) c;
        i++;
        continue;
      }
      int start = i++;
      if (i >= n) {
        throw error(sink, "(value error) Trailing \\ in string", true); // unreachable
      }
      char e = body.charAt(i++);
      switch (e) {
        case '\n' -> {}
        case '\\', '\'', '"' -> out[w++] = (byte) e;
        case 'a' -> out[w++] = 7;
        case 'b' -> out[w++] = '\b';
        case 'f' -> out[w++] = '\f';
        case 'n' -> out[w++] = '\n';
        case 'r' -> out[w++] = '\r';
        case 't' -> out[w++] = '\t';
        case 'v' -> out[w++] = 11;
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++) {
            v = v * 8 + body.charAt(i++) - '0';
          }
          if (v > 0377 && firstInvalid < 0) {
            firstInvalid = start + 1;
          }
          out[w++] = (byte) v; // CPython keeps the low 8 bits of \400..\777
        }
        case 'x' -> {
          int d1 = i + 1 < n ? hexDigit(body.charAt(i)) : -1;
          int d2 = i + 1 < n ? hexDigit(body.charAt(i + 1)) : -1;
          if (d1 < 0 || d2 < 0) {
            throw error(sink, "(value error) invalid \\x escape at position " + start, true);
          }
          out[w++] = (byte) (d1 * 16 + d2);
          i += 2;
        }
        default -> {
          if (firstInvalid < 0) {
            firstInvalid = start + 1;
          }
          out[w++] = '\\';
          out[w++] = (byte) e;
        }
      }
    }
    if (firstInvalid >= 0) {
      warnInvalidEscape(body, firstInvalid, lineno, sink);
    }
    return w == n ? out : Arrays.copyOf(out, w);
  }

  // ---- shared ----

  /** at is the index of the character after the backslash. */
  private static void warnInvalidEscape(String body, int at, int lineno, LiteralSink sink) {
    char c = body.charAt(at);
    // Only \400..\777 are invalid octal escapes; they always have three digits.
    String msg = c >= '4' && c <= '7'
        ? "invalid octal escape sequence '\\" + body.substring(at, at + 3) + "'"
        : "invalid escape sequence '\\" + c + "'";
    if (sink != null) {
      sink.warning("SyntaxWarning", msg, lineno);
    }
  }

  private static SyntaxErrorException error(LiteralSink sink, String msg, boolean withColumns) {
    if (sink != null) {
      return sink.error(msg, withColumns);
    }
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, null, 0, 0, 0,
        0, null);
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
