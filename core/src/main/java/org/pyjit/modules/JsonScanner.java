package org.pyjit.modules;

import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.NativeRecursion;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * The JSON decoder's scanner (json.decoder.JSONDecoder.scan_once): one JSON value parsed
 * from a str at a code-point index, returning the value and the index after it, with
 * CPython 3.13's C scanner's behaviour: the same error messages at the same positions
 * (raised as the decoder's JSONDecodeError class, handed in by json.decoder), StopIteration(idx)
 * where no value starts (the decoder turns it into "Expecting value"), the context's hooks
 * (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant) and strict.
 *
 * <p>Contract: indexes seen by Python are code points; the scan itself runs on the UTF-16
 * string, so a string with characters outside the BMP has its indexes converted at entry
 * and exit ({@link #cp}). Nesting deeper than CPython's C recursion limit raises its
 * RecursionError, never a Java stack overflow.
 */
final class JsonScanner {
  private final Object errorClass;
  private final boolean strict;
  private final Object objectHook;
  private final Object pairsHook;
  private final Object parseFloat;
  private final Object parseInt;
  private final Object parseConstant;
  private final boolean floatIsFloat;
  private final boolean intIsInt;
  private String s;
  private int n;
  private boolean bmp;

  JsonScanner(Object context, Object errorClass) {
    this(errorClass, Ops.truth(Ops.getattr(context, "strict")),
        Ops.getattr(context, "object_hook"), Ops.getattr(context, "object_pairs_hook"),
        Ops.getattr(context, "parse_float"), Ops.getattr(context, "parse_int"),
        Ops.getattr(context, "parse_constant"));
  }

  /** A scanner for strings only (scanstring). */
  JsonScanner(Object errorClass, boolean strict) {
    this(errorClass, strict, PySingleton.NONE, PySingleton.NONE, Types.FLOAT, Types.INT,
        PySingleton.NONE);
  }

  private JsonScanner(Object errorClass, boolean strict, Object objectHook, Object pairsHook,
      Object parseFloat, Object parseInt, Object parseConstant) {
    this.errorClass = errorClass;
    this.strict = strict;
    this.objectHook = noneToNull(objectHook);
    this.pairsHook = noneToNull(pairsHook);
    this.parseFloat = parseFloat;
    this.parseInt = parseInt;
    this.parseConstant = parseConstant;
    this.floatIsFloat = parseFloat == Types.FLOAT;
    this.intIsInt = parseInt == Types.INT;
  }

  private static Object noneToNull(Object o) {
    return o == PySingleton.NONE ? null : o;
  }

  /** scan_once(s, idx): (value, end) with code-point indexes. */
  PyTuple scanOnce(String str, long idx) {
    if (idx < 0) {
      throw Errors.valueError("idx cannot be negative");
    }
    int i = enter(str, idx);
    try {
      int[] end = new int[1];
      Object v = value(i, end);
      return PyTuple.of(v, (long) cp(end[0]));
    } finally {
      s = null;
    }
  }

  /** scanstring(s, end): the string after the quote at code point end - 1, and its end. */
  PyTuple scanString(String str, long idx) {
    int i = enter(str, idx);
    try {
      int[] end = new int[1];
      String v = string(i, end);
      return PyTuple.of(v, (long) cp(end[0]));
    } finally {
      s = null;
    }
  }

  /** Starts a scan of str: the UTF-16 index of code point idx (past the end: n + 1). */
  private int enter(String str, long idx) {
    s = str;
    n = str.length();
    int cps = str.codePointCount(0, n);
    bmp = cps == n;
    if (idx >= cps) {
      return (int) Math.min(n + (idx - cps), Integer.MAX_VALUE);
    }
    return bmp ? (int) idx : str.offsetByCodePoints(0, (int) idx);
  }

  /** The code-point index of UTF-16 index {@code i}. */
  private int cp(int i) {
    return bmp ? i : s.codePointCount(0, Math.min(i, n)) + Math.max(0, i - n);
  }

  private PyException error(String msg, int pos) {
    Object e = Calls.call(errorClass, new Object[] {msg, s, (long) cp(pos)}, null);
    return new PyException(Builtins.makeException(e));
  }

  private PyException stop(int pos) {
    return new PyException(new PyBaseException(Types.STOP_ITERATION,
        new Object[] {(long) cp(pos)}));
  }

  private int skipWs(int i) {
    while (i < n) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  private boolean at(int i, String word) {
    return s.startsWith(word, i);
  }

  private Object value(int i, int[] end) {
    if (i >= n) {
      throw stop(i);
    }
    char c = s.charAt(i);
    switch (c) {
      case '"' -> {
        return string(i + 1, end);
      }
      case '{' -> {
        NativeRecursion.enter(" while decoding a JSON object from a unicode string");
        try {
          return object(i + 1, end);
        } finally {
          NativeRecursion.exit();
        }
      }
      case '[' -> {
        NativeRecursion.enter(" while decoding a JSON array from a unicode string");
        try {
          return array(i + 1, end);
        } finally {
          NativeRecursion.exit();
        }
      }
      case 'n' -> {
        if (at(i, "null")) {
          end[0] = i + 4;
          return PySingleton.NONE;
        }
      }
      case 't' -> {
        if (at(i, "true")) {
          end[0] = i + 4;
          return Boolean.TRUE;
        }
      }
      case 'f' -> {
        if (at(i, "false")) {
          end[0] = i + 5;
          return Boolean.FALSE;
        }
      }
      case 'N' -> {
        if (at(i, "NaN")) {
          end[0] = i + 3;
          return Calls.call(parseConstant, new Object[] {"NaN"}, null);
        }
      }
      case 'I' -> {
        if (at(i, "Infinity")) {
          end[0] = i + 8;
          return Calls.call(parseConstant, new Object[] {"Infinity"}, null);
        }
      }
      case '-' -> {
        if (at(i, "-Infinity")) {
          end[0] = i + 9;
          return Calls.call(parseConstant, new Object[] {"-Infinity"}, null);
        }
      }
      default -> { }
    }
    return number(i, end);
  }

  private Object number(int start, int[] end) {
    int i = start;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    } else if (i < n && s.charAt(i) == '0') {
      i++;
    } else {
      throw stop(start);
    }
    boolean isFloat = false;
    if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int e = i + 1;
      if (e < n && (s.charAt(e) == '-' || s.charAt(e) == '+')) {
        e++;
      }
      int digits = e;
      while (e < n && isDigit(s.charAt(e))) {
        e++;
      }
      if (e > digits) {
        isFloat = true;
        i = e;
      }
    }
    end[0] = i;
    String text = s.substring(start, i);
    if (isFloat) {
      return floatIsFloat ? (Object) Double.parseDouble(text)
          : Calls.call(parseFloat, new Object[] {text}, null);
    }
    if (!intIsInt) {
      return Calls.call(parseInt, new Object[] {text}, null);
    }
    if (text.length() <= 18) {
      return Long.parseLong(text);
    }
    return Ops.call(Types.INT, new Object[] {text}, null);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object object(int i, int[] end) {
    PyDict dict = pairsHook == null ? new PyDict() : null;
    PyList pairs = pairsHook == null ? null : new PyList();
    i = skipWs(i);
    if (i >= n || s.charAt(i) != '}') {
      while (true) {
        if (i >= n || s.charAt(i) != '"') {
          throw error("Expecting property name enclosed in double quotes", i);
        }
        String key = string(i + 1, end);
        i = skipWs(end[0]);
        if (i >= n || s.charAt(i) != ':') {
          throw error("Expecting ':' delimiter", i);
        }
        i = skipWs(i + 1);
        Object v = value(i, end);
        if (dict != null) {
          dict.put(key, v);
        } else {
          pairs.append(PyTuple.of(key, v));
        }
        i = skipWs(end[0]);
        if (i < n && s.charAt(i) == '}') {
          break;
        }
        if (i >= n || s.charAt(i) != ',') {
          throw error("Expecting ',' delimiter", i);
        }
        int comma = i;
        i = skipWs(i + 1);
        if (i < n && s.charAt(i) == '}') {
          throw error("Illegal trailing comma before end of object", comma);
        }
      }
    }
    end[0] = i + 1;
    if (pairs != null) {
      return Calls.call(pairsHook, new Object[] {pairs}, null);
    }
    return objectHook == null ? dict : Calls.call(objectHook, new Object[] {dict}, null);
  }

  private Object array(int i, int[] end) {
    PyList list = new PyList();
    i = skipWs(i);
    if (i >= n || s.charAt(i) != ']') {
      while (true) {
        list.append(value(i, end));
        i = skipWs(end[0]);
        if (i < n && s.charAt(i) == ']') {
          break;
        }
        if (i >= n || s.charAt(i) != ',') {
          throw error("Expecting ',' delimiter", i);
        }
        int comma = i;
        i = skipWs(i + 1);
        if (i < n && s.charAt(i) == ']') {
          throw error("Illegal trailing comma before end of array", comma);
        }
      }
    }
    end[0] = i + 1;
    return list;
  }

  /** The string whose opening quote is at {@code i - 1}; end[0] gets the index after it. */
  String string(int i, int[] end) {
    int begin = i - 1;
    StringBuilder sb = null;
    int chunk = i;
    while (true) {
      int j = chunk;
      char c = 0;
      while (j < n) {
        c = s.charAt(j);
        if (c == '"' || c == '\\') {
          break;
        }
        if (c < 0x20 && strict) {
          throw error("Invalid control character at", j);
        }
        j++;
      }
      if (j >= n) {
        throw error("Unterminated string starting at", begin);
      }
      if (c == '"') {
        end[0] = j + 1;
        if (sb == null) {
          return s.substring(chunk, j);
        }
        return sb.append(s, chunk, j).toString();
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      sb.append(s, chunk, j);
      j++; // past the backslash
      if (j >= n) {
        throw error("Unterminated string starting at", begin);
      }
      char e = s.charAt(j);
      if (e != 'u') {
        char out = switch (e) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '/' -> '/';
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> throw error("Invalid \\escape", j - 1);
        };
        sb.append(out);
        chunk = j + 1;
        continue;
      }
      // a surrogate pair's two escapes give its two UTF-16 units, as Java strings hold it
      sb.append((char) hex4(j + 1, j));
      chunk = j + 5;
    }
  }

  /** Four hex digits at {@code i}; a bad or missing one is reported at {@code u}. */
  private int hex4(int i, int u) {
    if (i + 4 >= n) { // the four digits and at least one character after them
      throw error("Invalid \\uXXXX escape", u);
    }
    int v = 0;
    for (int k = i; k < i + 4; k++) {
      char c = s.charAt(k);
      int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
      if (c < '0' || (c > '9' && (d < 10 || d > 15))) {
        throw error("Invalid \\uXXXX escape", u);
      }
      v = v * 16 + d;
    }
    return v;
  }
}
