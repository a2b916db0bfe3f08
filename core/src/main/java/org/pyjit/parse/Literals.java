package org.pyjit.parse;

import java.math.BigInteger;
import org.pyjit.ast.Expr;

/** TEMPORARY minimal literal decoding; replaced by the complete implementation. */
final class Literals {
  private Literals() {}

  static Object parseNumber(String text) {
    String t = text.replace("_", "");
    char last = t.charAt(t.length() - 1);
    if (last == 'j' || last == 'J') {
      return new Expr.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
    }
    if (t.length() > 1 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
      int radix = switch (Character.toLowerCase(t.charAt(1))) {
        case 'x' -> 16;
        case 'o' -> 8;
        default -> 2;
      };
      BigInteger b = new BigInteger(t.substring(2), radix);
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
      return Double.parseDouble(t);
    }
    BigInteger b = new BigInteger(t);
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  static String decodeStr(String body, boolean raw, LiteralSink sink, int line, int col,
      String filename, String lineText) {
    if (raw || body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        sb.append(c);
        continue;
      }
      char d = body.charAt(++i);
      switch (d) {
        case '\n' -> { }
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case '\\' -> sb.append('\\');
        case '\'' -> sb.append('\'');
        case '"' -> sb.append('"');
        case 'a' -> sb.append('\007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'v' -> sb.append('\013');
        case 'x' -> {
          sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'U' -> {
          sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
          i += 8;
        }
        case 'N' -> {
          int close = body.indexOf('}', i);
          sb.appendCodePoint(Character.codePointOf(body.substring(i + 2, close)));
          i = close;
        }
        default -> {
          if (d >= '0' && d <= '7') {
            int v = d - '0';
            int k = 1;
            while (k < 3 && i + 1 < body.length() && body.charAt(i + 1) >= '0'
                && body.charAt(i + 1) <= '7') {
              v = v * 8 + body.charAt(++i) - '0';
              k++;
            }
            sb.append((char) v);
          } else {
            sb.append('\\').append(d);
          }
        }
      }
    }
    return sb.toString();
  }

  static byte[] decodeBytes(String body, boolean raw, LiteralSink sink, int line, int col,
      String filename, String lineText) {
    String s = decodeStr(body, raw, sink, line, col, filename, lineText);
    byte[] b = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      b[i] = (byte) s.charAt(i);
    }
    return b;
  }
}
