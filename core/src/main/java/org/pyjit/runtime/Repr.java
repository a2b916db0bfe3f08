package org.pyjit.runtime;

/**
 * CPython's repr() of the builtin literal types, character for character.
 * INTERIM version (being replaced by the complete one).
 */
public final class Repr {
  private Repr() {}

  public static String str(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == q || c == '\\') {
        sb.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else if (c >= 0x80 && !printable(c)) {
        sb.append(c < 0x100 ? String.format("\\x%02x", c)
            : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
      } else {
        sb.appendCodePoint(c);
      }
    }
    return sb.append(q).toString();
  }

  static boolean printable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> cp == ' ';
      default -> true;
    };
  }

  public static String bytes(byte[] b) {
    boolean sq = false;
    boolean dq = false;
    for (byte x : b) {
      sq |= x == '\'';
      dq |= x == '"';
    }
    char q = sq && !dq ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(q);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }

  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    java.math.BigDecimal bd = new java.math.BigDecimal(Double.toString(d));
    String digits = bd.unscaledValue().abs().toString().replaceAll("0+$", "");
    if (digits.isEmpty()) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    int exp = bd.precision() - bd.scale() - 1; // decimal exponent of the first digit
    String sign = d < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = new java.math.BigDecimal(new java.math.BigInteger(digits),
          digits.length() - 1 - exp).toPlainString();
      if (plain.indexOf('.') < 0) {
        plain += ".0";
      }
      return sign + plain;
    }
    String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
        + Math.abs(exp);
  }

  public static String complexRepr(double real, double imag) {
    String im = floatRepr(imag);
    if (im.endsWith(".0")) {
      im = im.substring(0, im.length() - 2);
    }
    return im + "j";
  }
}
