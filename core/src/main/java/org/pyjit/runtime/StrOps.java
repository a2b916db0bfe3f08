package org.pyjit.runtime;

/** Operations on str values that need more than a line. */
public final class StrOps {
  private StrOps() {}

  /** s[key] by code point, for an index or a slice. */
  static Object getitem(String s, Object key) {
    int n = StrMethods.cpLen(s);
    boolean bmp = n == s.length();
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
    if (!Ops.isInt(key)
        && !(key instanceof PyInstance && Types.typeOf(key).lookup("__index__") != null)) {
      // unlike lists, CPython's message for str does not mention slices
      throw Errors.typeError("string indices must be integers, not '" + Types.typeOf(key).name
          + "'");
    }
    long i = Ops.asIndex(key);
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
}
