package org.pyjit.runtime;

/** Operations on str values that need more than a line. */
public final class StrOps {
  private StrOps() {}

  /** s[key] by code point, for an index or a slice. */
  static Object getitem(String s, Object key) {
    boolean bmp = s.length() == s.codePointCount(0, s.length());
    int n = bmp ? s.length() : s.codePointCount(0, s.length());
    if (key instanceof PySlice sl) {
      long[] r = sl.indices(n);
      if (r[2] == 1 && bmp) {
        return s.substring((int) r[0], (int) (r[0] + r[3]));
      }
      int[] cps = bmp ? null : s.codePoints().toArray();
      StringBuilder sb = new StringBuilder((int) r[3]);
      long j = r[0];
      for (long i = 0; i < r[3]; i++, j += r[2]) {
        if (bmp) {
          sb.append(s.charAt((int) j));
        } else {
          sb.appendCodePoint(cps[(int) j]);
        }
      }
      return sb.toString();
    }
    long i = Ops.asIndexFor(key, "string");
    if (i < 0) {
      i += n;
    }
    if (i < 0 || i >= n) {
      throw Errors.indexError("string index out of range");
    }
    if (bmp) {
      return String.valueOf(s.charAt((int) i));
    }
    int off = s.offsetByCodePoints(0, (int) i);
    return new String(Character.toChars(s.codePointAt(off)));
  }

  /** template % args: the common conversions (s, r, d, i, f, %); the full set comes later. */
  static Object percent(String template, Object args) {
    Object[] items = args instanceof PyTuple t ? t.items : new Object[] {args};
    StringBuilder sb = new StringBuilder();
    int k = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      if (++i >= template.length()) {
        throw Errors.valueError("incomplete format");
      }
      char conv = template.charAt(i);
      if (conv == '%') {
        sb.append('%');
        continue;
      }
      if (k >= items.length) {
        throw Errors.typeError("not enough arguments for format string");
      }
      Object v = items[k++];
      switch (conv) {
        case 's' -> sb.append(Ops.str(v));
        case 'r' -> sb.append(Ops.repr(v));
        case 'd', 'i' -> sb.append(Ops.str(Ops.asInt(v instanceof Double d
            ? (Object) (long) (double) d : v)));
        case 'f' -> sb.append(String.format("%.6f", Ops.toDouble(v)));
        default -> throw Errors.valueError("unsupported format character '" + conv + "' (0x"
            + Integer.toHexString(conv) + ") at index " + i);
      }
    }
    if (k < items.length) {
      throw Errors.typeError("not all arguments converted during string formatting");
    }
    return sb.toString();
  }
}
