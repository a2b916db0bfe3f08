package org.pyjit.runtime;

/**
 * str.format and str.format_map: the replacement-field grammar of CPython 3.13 (PEP 3101).
 *
 * <p>Contract: {@code {field!conv:spec}} where field is an argument (auto-numbered when
 * empty, an index when it is all decimal digits, else a keyword) followed by {@code .attr}
 * and {@code [key]} parts (a key of decimal digits is an int); the conversion is r, s or a;
 * the spec may itself contain fields, two levels deep at most; {@code {{} and {@code }}}
 * are literal braces. Each value is formatted by {@link Builtins#format}. The errors are
 * CPython's, raised in the same order (a field's lookup happens when the parser reaches it,
 * so text before a bad field has no effect but the error).
 *
 * <p>Positions are UTF-16 offsets: every character the grammar looks at is ASCII, so a
 * surrogate pair can never be split in the middle of a token.
 */
public final class StrFormatter {
  private StrFormatter() {}

  /** The automatic numbering state shared by a format string and its nested specs. */
  private static final class Numbering {
    int state; // 0: not yet decided, 1: automatic, 2: manual
    int next;
  }

  /**
   * template.format(*args, **kwargs); args null means format_map, whose mapping is
   * {@code kwargs} (any object with __getitem__; null: no keywords).
   */
  public static String format(String template, Object[] args, Object kwargs) {
    StringBuilder sb = new StringBuilder(template.length() + 16);
    build(sb, template, 0, template.length(), args, kwargs, 2, new Numbering());
    return sb.toString();
  }

  private static void build(StringBuilder sb, String s, int start, int end, Object[] args,
      Object kwargs, int depth, Numbering num) {
    if (depth <= 0) {
      throw Errors.valueError("Max string recursion exceeded");
    }
    int i = start;
    while (i < end) {
      // literal text up to the next brace
      int j = i;
      char c = 0;
      while (j < end) {
        c = s.charAt(j);
        if (c == '{' || c == '}') {
          break;
        }
        j++;
      }
      sb.append(s, i, j);
      if (j >= end) {
        return;
      }
      boolean atEnd = j + 1 >= end;
      if (c == '}' && (atEnd || s.charAt(j + 1) != '}')) {
        throw Errors.valueError("Single '}' encountered in format string");
      }
      if (c == '{' && atEnd) {
        throw Errors.valueError("Single '{' encountered in format string");
      }
      if (s.charAt(j + 1) == c) {
        sb.append(c);
        i = j + 2;
        continue;
      }
      i = field(sb, s, j + 1, end, args, kwargs, depth, num);
    }
  }

  /** Parses and renders the field starting after '{' at {@code i}; returns where it ended. */
  private static int field(StringBuilder sb, String s, int i, int end, Object[] args,
      Object kwargs, int depth, Numbering num) {
    int nameStart = i;
    char c = 0;
    while (i < end) {
      c = s.charAt(i++);
      if (c == '{') {
        throw Errors.valueError("unexpected '{' in field name");
      }
      if (c == '[') {
        while (i < end && s.charAt(i) != ']') {
          i++;
        }
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        break;
      }
    }
    int nameEnd = i - 1;
    char conversion = 0;
    int specStart = i;
    int specEnd = i;
    boolean nested = false;
    if (c == '!' || c == ':') {
      if (c == '!') {
        if (i >= end) {
          throw Errors.valueError("end of string while looking for conversion specifier");
        }
        conversion = s.charAt(i++);
        if (i < end) {
          char d = s.charAt(i++);
          if (d == '}') {
            render(sb, s, nameStart, nameEnd, conversion, null, args, kwargs, depth, num);
            return i;
          }
          if (d != ':') {
            throw Errors.valueError("expected ':' after conversion specifier");
          }
        }
      }
      specStart = i;
      int count = 1;
      boolean closed = false;
      while (i < end) {
        char d = s.charAt(i++);
        if (d == '{') {
          nested = true;
          count++;
        } else if (d == '}') {
          if (--count == 0) {
            closed = true;
            break;
          }
        }
      }
      if (!closed) {
        throw Errors.valueError("unmatched '{' in format spec");
      }
      specEnd = i - 1;
    } else if (c != '}') {
      throw Errors.valueError("expected '}' before end of string");
    } else {
      nameEnd = i - 1;
    }
    String spec;
    Object value = fieldValue(s, nameStart, nameEnd, args, kwargs, num);
    value = convert(value, conversion);
    if (nested) {
      StringBuilder inner = new StringBuilder();
      build(inner, s, specStart, specEnd, args, kwargs, depth - 1, num);
      spec = inner.toString();
    } else {
      spec = s.substring(specStart, specEnd);
    }
    sb.append(formatValue(value, spec));
    return i;
  }

  private static void render(StringBuilder sb, String s, int nameStart, int nameEnd,
      char conversion, String spec, Object[] args, Object kwargs, int depth, Numbering num) {
    Object value = convert(fieldValue(s, nameStart, nameEnd, args, kwargs, num), conversion);
    sb.append(formatValue(value, spec == null ? "" : spec));
  }

  private static String formatValue(Object value, String spec) {
    try {
      return Builtins.format(value, spec);
    } catch (org.pyjit.runtime.format.FormatError e) {
      throw Errors.from(e);
    }
  }

  private static Object convert(Object v, char conversion) {
    return switch (conversion) {
      case 0 -> v;
      case 'r' -> Ops.repr(v);
      case 's' -> Ops.str(v);
      case 'a' -> Builtins.ascii(v);
      default -> throw Errors.valueError(conversion > 32 && conversion < 127
          ? "Unknown conversion specifier " + conversion
          : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
    };
  }

  /** The decimal value of s[start:end] if it is all decimal digits, else -1. */
  private static long integer(String s, int start, int end) {
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

  private static Object fieldValue(String s, int start, int end, Object[] args, Object kwargs,
      Numbering num) {
    int i = start;
    while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
      i++;
    }
    long index = integer(s, start, i);
    boolean empty = i == start;
    boolean numeric = empty || index != -1;
    if (numeric) {
      if (num.state == 0) {
        num.state = empty ? 1 : 2;
      }
      if (num.state == 2 && empty) {
        throw Errors.valueError(
            "cannot switch from manual field specification to automatic field numbering");
      }
      if (num.state == 1 && !empty) {
        throw Errors.valueError(
            "cannot switch from automatic field numbering to manual field specification");
      }
      if (empty) {
        index = num.next++;
      }
    }
    Object obj;
    if (index == -1) {
      String key = s.substring(start, i);
      if (kwargs == null) {
        throw Errors.keyError(key);
      }
      obj = Ops.getitem(kwargs, key);
    } else {
      if (args == null) {
        throw Errors.valueError("Format string contains positional fields");
      }
      if (index >= args.length) {
        throw Errors.indexError("Replacement index " + index
            + " out of range for positional args tuple");
      }
      obj = args[(int) index];
    }
    while (i < end) {
      char c = s.charAt(i++);
      int partStart = i;
      if (c == '.') {
        while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
          i++;
        }
        if (i == partStart) {
          throw Errors.valueError("Empty attribute in format string");
        }
        obj = Ops.getattr(obj, s.substring(partStart, i));
      } else if (c == '[') {
        while (i < end && s.charAt(i) != ']') {
          i++;
        }
        if (i >= end) {
          throw Errors.valueError("Missing ']' in format string");
        }
        int partEnd = i++;
        if (partEnd == partStart) {
          throw Errors.valueError("Empty attribute in format string");
        }
        long k = integer(s, partStart, partEnd);
        obj = Ops.getitem(obj, k == -1 ? s.substring(partStart, partEnd) : (Object) k);
      } else {
        throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj;
  }
}
