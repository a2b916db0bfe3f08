package org.pyjit.runtime;

/**
 * str.format and str.format_map: the replacement-field grammar of CPython 3.13 (PEP 3101).
 *
 * <p>Contract: {@code {field!conv:spec}} where field is an argument (auto-numbered when
 * empty, an index when it is all decimal digits, else a keyword) followed by {@code .attr}
 * and {@code [key]} parts (a key of decimal digits is an int); the conversion is r, s or a;
 * the spec may itself contain fields, two levels deep at most; {@code {{} and {@code }}}
 * are literal braces. The grammar is read by {@link FormatMarkup} (which string.Formatter
 * reads too, through {@code _string}); here the fields are looked up, converted and each
 * value formatted by {@link Builtins#format}. The errors are CPython's, raised in the same
 * order (a field's lookup happens when the parser reaches it, so text before a bad field
 * has no effect but the error).
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
    FormatMarkup m = new FormatMarkup(s, start, end);
    while (m.next()) {
      sb.append(s, m.literalStart, m.literalEnd);
      if (!m.hasField) {
        continue;
      }
      Object value = fieldValue(s, m.nameStart, m.nameEnd, args, kwargs, num);
      value = convert(value, m.conversion);
      String spec;
      if (m.specNested) {
        StringBuilder inner = new StringBuilder();
        build(inner, s, m.specStart, m.specEnd, args, kwargs, depth - 1, num);
        spec = inner.toString();
      } else {
        spec = s.substring(m.specStart, m.specEnd);
      }
      sb.append(formatValue(value, spec));
    }
  }

  private static String formatValue(Object value, String spec) {
    try {
      return Builtins.format(value, spec);
    } catch (org.pyjit.runtime.format.FormatError e) {
      throw Errors.from(e);
    }
  }

  /** The value after !r, !s or !a (conversion 0: none); CPython's error for another. */
  public static Object convert(Object v, int conversion) {
    return switch (conversion) {
      case 0 -> v;
      case 'r' -> Ops.repr(v);
      case 's' -> Ops.str(v);
      case 'a' -> Builtins.ascii(v);
      default -> throw Errors.valueError(conversion > 32 && conversion < 127
          ? "Unknown conversion specifier " + (char) conversion
          : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
    };
  }

  private static Object fieldValue(String s, int start, int end, Object[] args, Object kwargs,
      Numbering num) {
    int i = FormatMarkup.firstPartEnd(s, start, end);
    long index = FormatMarkup.integer(s, start, i);
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
    FormatMarkup.Parts parts = new FormatMarkup.Parts(s, i, end);
    while (parts.next()) {
      if (parts.isAttribute) {
        obj = Ops.getattr(obj, parts.text());
      } else {
        obj = Ops.getitem(obj, parts.index == -1 ? parts.text() : (Object) parts.index);
      }
    }
    return obj;
  }
}
