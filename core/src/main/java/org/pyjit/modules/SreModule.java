package org.pyjit.modules;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyByteArray;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyMemoryView;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * The {@code _sre} module: pyjit's regular-expression engine ({@link RegexCompiler}, {@link
 * RegexMatcher}) under the {@code re} package (resources org/pyjit/lib/re), which defines
 * the Python-level API (Pattern, Match, error, flags) over the handles made here.
 *
 * <p>Contract of the functions (all positions are code points, or bytes for bytes):
 * <ul>
 * <li>{@code compile(pattern, flags)}: a program handle, or {@code (kind, msg, pos)} for a
 *     bad pattern (kind: 0 re.error, 1 OverflowError, 3 ValueError; pos -1: none).
 * <li>{@code info(h)}: {@code (flags, groups, {name: index})}.
 * <li>{@code match(h, pattern, string, pos, endpos, mode, must_advance)}: mode 0 match,
 *     1 fullmatch, 2 search; None, or a re.Match ({@link SreMatch}, whose .re is pattern).
 * <li>{@code finditer(h, pattern, string, pos, endpos)}: an iterator of re.Match.
 * <li>{@code findall(h, string, pos, endpos)}, {@code split(h, string, maxsplit)}: lists.
 * <li>{@code template(h, repl)}: the parsed replacement {@code [literal, group, literal,
 *     ..., literal]}, or {@code (kind, msg, pos)} (kind 2: IndexError).
 * <li>{@code subn(h, pattern, repl, string, count)}: repl a parsed template (list) or a
 *     callable given each re.Match; returns {@code (result, n)}.
 * <li>{@code deprecated(msg, stacklevel)}: a DeprecationWarning shown for the frame
 *     stacklevel-1 calls out (pyjit has no warnings module of its own yet).
 * </ul>
 * The type errors for subjects are raised here with CPython's messages.
 */
public final class SreModule {
  private SreModule() {}

  static final PyType PROGRAM = new PyType("_sre.Program", true, Types.OBJECT);

  static {
    PROGRAM.baseType = false;
  }

  /** A compiled pattern as the Python layer holds it. */
  static final class Handle extends PyObject {
    final RegexProgram program;

    Handle(RegexProgram program) {
      this.program = program;
    }

    @Override
    public PyType type() {
      return PROGRAM;
    }
  }

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_sre");
    d.put("MAXREPEAT", RegexParser.MAXREPEAT);
    d.put("MAXGROUPS", RegexParser.MAXGROUPS);
    fn(d, "compile", a -> compile(a[0], (int) Ops.asIndex(a[1])));
    fn(d, "info", a -> {
      RegexProgram p = handle(a[0]);
      PyDict names = new PyDict();
      for (Map.Entry<String, Integer> e : p.groupNames.entrySet()) {
        names.put(e.getKey(), (long) e.getValue());
      }
      return PyTuple.of((long) p.flags, (long) p.groups, names);
    });
    fn(d, "match", a -> match(handle(a[0]), a[1], a[2], Ops.asIndex(a[3]),
        Ops.asIndex(a[4]), (int) Ops.asIndex(a[5]), a[6] == Boolean.TRUE));
    fn(d, "finditer", a -> finditer(handle(a[0]), a[1], a[2], Ops.asIndex(a[3]),
        Ops.asIndex(a[4])));
    d.put("Match", SreMatch.TYPE);
    fn(d, "findall", a -> findall(handle(a[0]), a[1], Ops.asIndex(a[2]), Ops.asIndex(a[3])));
    fn(d, "split", a -> split(handle(a[0]), a[1], Ops.asIndex(a[2])));
    fn(d, "template", a -> RegexTemplate.parse(handle(a[0]), a[1]));
    fn(d, "subn", a -> subn(handle(a[0]), a[1], a[2], a[3], Ops.asIndex(a[4])));
    fn(d, "deprecated", a -> {
      org.pyjit.interp.RuntimeWarnings.deprecation((String) a[0], (int) Ops.asIndex(a[1]));
      return PySingleton.NONE;
    });
    return new PyModule("_sre", d);
  }

  private static void fn(PyDict d, String name,
      java.util.function.Function<Object[], Object> body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> body.apply(a)));
  }

  private static RegexProgram handle(Object o) {
    return ((Handle) o).program;
  }

  // ------------------------------------------------------------------ compile

  static Object compile(Object pattern, int flags) {
    pattern = BuiltinSubclasses.unwrap(pattern); // a str or bytes subclass: its value
    int[] cps;
    boolean text;
    if (pattern instanceof String s) {
      cps = s.codePoints().toArray();
      text = true;
    } else {
      byte[] b = bytesOf(pattern);
      if (b == null) {
        throw Errors.typeError("first argument must be string or compiled pattern");
      }
      cps = widen(b);
      text = false;
    }
    try {
      return new Handle(RegexCompiler.compile(cps, text, flags));
    } catch (RegexSyntaxError e) {
      return PyTuple.of((long) e.kind, e.msg, (long) e.pos);
    }
  }

  static byte[] bytesOf(Object o) {
    o = BuiltinSubclasses.unwrap(o);
    if (o instanceof PyBytes b) {
      return b.data;
    }
    if (o instanceof PyByteArray b) {
      return b.toByteArray();
    }
    if (o instanceof PyMemoryView m) {
      return m.toByteArray();
    }
    return null;
  }

  static int[] widen(byte[] b) {
    int[] r = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[i] & 0xff;
    }
    return r;
  }

  // ------------------------------------------------------------------ subjects

  /** A subject as the matcher reads it, and how to cut pieces of it back out. */
  static final class Subject {
    final int[] cps;
    final String str;
    final byte[] bytes;
    /** For a str with characters outside the BMP: each code point's char index. */
    private int[] offsets;

    Subject(int[] cps, String str, byte[] bytes) {
      this.cps = cps;
      this.str = str;
      this.bytes = bytes;
    }

    Object slice(int s, int e) {
      if (str == null) {
        return new PyBytes(java.util.Arrays.copyOfRange(bytes, s, e));
      }
      if (cps.length == str.length()) {
        return str.substring(s, e);
      }
      if (offsets == null) {
        offsets = new int[cps.length + 1];
        int ci = 0;
        for (int i = 0; i < cps.length; i++) {
          offsets[i] = ci;
          ci += Character.charCount(cps[i]);
        }
        offsets[cps.length] = ci;
      }
      return str.substring(offsets[s], offsets[e]);
    }

    int length() {
      return cps.length;
    }
  }

  private static Subject lastSubject;
  private static Object lastSource;

  /** The subject for program p (its conversion of a str kept for the next call). */
  static Subject subject(RegexProgram p, Object o) {
    o = BuiltinSubclasses.unwrap(o);
    if (o instanceof String s) {
      if (!p.text) {
        throw Errors.typeError("cannot use a bytes pattern on a string-like object");
      }
      synchronized (SreModule.class) {
        if (lastSource == s) {
          return lastSubject;
        }
      }
      int n = s.length();
      int[] cps = new int[n];
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
          cps = s.codePoints().toArray(); // outside the BMP: one int per code point
          break;
        }
        cps[i] = c;
      }
      Subject sub = new Subject(cps, s, null);
      synchronized (SreModule.class) {
        lastSource = s;
        lastSubject = sub;
      }
      return sub;
    }
    byte[] b = bytesOf(o);
    if (b == null) {
      throw Errors.typeError("expected string or bytes-like object, got '"
          + Types.typeOf(o).name + "'");
    }
    if (p.text) {
      throw Errors.typeError("cannot use a string pattern on a bytes-like object");
    }
    return new Subject(widen(b), null, b);
  }

  private static int clamp(long v, int len) {
    return (int) Math.max(0, Math.min(v, len));
  }

  // ------------------------------------------------------------------ matching

  /** match/fullmatch/search (mode 0/1/2): a Match, or None. */
  static Object match(RegexProgram p, Object pattern, Object string, long pos, long endpos,
      int mode, boolean mustAdvance) {
    Subject s = subject(p, string);
    int start = clamp(pos, s.length());
    int end = clamp(endpos, s.length());
    RegexMatcher m = new RegexMatcher(p, s.cps, end);
    m.fullMatch = mode == 1;
    m.mustAdvance = mustAdvance;
    boolean found;
    if (mode == 2) {
      found = start <= end && m.search(start);
    } else {
      found = m.match(start);
    }
    return found ? new SreMatch(pattern, p, string, s, start, end, m) : PySingleton.NONE;
  }

  /** finditer: Match objects for the matches left to right, empty ones as sre allows. */
  static Object finditer(RegexProgram p, Object pattern, Object string, long pos,
      long endpos) {
    Subject s = subject(p, string);
    int start = clamp(pos, s.length());
    int end = clamp(endpos, s.length());
    RegexMatcher m = new RegexMatcher(p, s.cps, end);
    return new PyIterator() {
      private int i = start;

      @Override
      public Object next() {
        if (i > end || !m.search(i)) {
          i = end + 1;
          return null;
        }
        SreMatch r = new SreMatch(pattern, p, string, s, start, end, m);
        m.mustAdvance = m.matchEnd == m.matchStart;
        i = m.matchEnd;
        return r;
      }
    };
  }

  private static Object group(RegexMatcher m, Subject s, int g) {
    int a = m.marks[2 * g];
    int b = m.marks[2 * g + 1];
    if (a < 0 || b < a) {
      return s.str != null ? "" : PyBytes.EMPTY;
    }
    return s.slice(a, b);
  }

  private static Object groupOrNone(RegexMatcher m, Subject s, int g) {
    int a = m.marks[2 * g];
    int b = m.marks[2 * g + 1];
    if (a < 0 || b < a) {
      return PySingleton.NONE;
    }
    return s.slice(a, b);
  }

  static Object findall(RegexProgram p, Object string, long pos, long endpos) {
    Subject s = subject(p, string);
    int i = clamp(pos, s.length());
    int end = clamp(endpos, s.length());
    PyList out = new PyList();
    RegexMatcher m = new RegexMatcher(p, s.cps, end);
    while (i <= end) {
      if (!m.search(i)) {
        break;
      }
      if (p.groups == 0) {
        out.append(s.slice(m.matchStart, m.matchEnd));
      } else if (p.groups == 1) {
        out.append(group(m, s, 1));
      } else {
        Object[] t = new Object[p.groups];
        for (int g = 1; g <= p.groups; g++) {
          t[g - 1] = group(m, s, g);
        }
        out.append(PyTuple.of(t));
      }
      m.mustAdvance = m.matchEnd == m.matchStart;
      i = m.matchEnd;
    }
    return out;
  }

  static Object split(RegexProgram p, Object string, long maxsplit) {
    Subject s = subject(p, string);
    PyList out = new PyList();
    int n = s.length();
    RegexMatcher m = new RegexMatcher(p, s.cps, n);
    int last = 0;
    int i = 0;
    long splits = 0;
    long limit = maxsplit == 0 ? Long.MAX_VALUE : maxsplit;
    while (splits < limit && i <= n) {
      if (!m.search(i)) {
        break;
      }
      out.append(s.slice(last, m.matchStart));
      for (int g = 1; g <= p.groups; g++) {
        out.append(groupOrNone(m, s, g));
      }
      last = m.matchEnd;
      splits++;
      m.mustAdvance = m.matchEnd == m.matchStart;
      i = m.matchEnd;
    }
    out.append(s.slice(last, n));
    return out;
  }

  static Object subn(RegexProgram p, Object pattern, Object repl, Object string, long count) {
    Subject s = subject(p, string);
    int n = s.length();
    RegexMatcher m = new RegexMatcher(p, s.cps, n);
    Object[] template = repl instanceof PyList l ? l.toArray() : null;
    StringBuilder sb = s.str != null ? new StringBuilder() : null;
    ByteArrayOutputStream bb = s.str == null ? new ByteArrayOutputStream() : null;
    int last = 0;
    int i = 0;
    long done = 0;
    int items = 0;
    long limit = count == 0 ? Long.MAX_VALUE : count;
    while (done < limit && i <= n) {
      if (!m.search(i)) {
        break;
      }
      if (m.matchStart > last) {
        append(sb, bb, s.slice(last, m.matchStart), items++);
      }
      if (template != null) {
        for (int k = 0; k < template.length; k++) {
          Object piece = template[k];
          if ((k & 1) == 0) {
            append(sb, bb, piece, -1);
          } else {
            int g = (int) (long) (Long) piece;
            int a = m.marks[2 * g];
            int b = m.marks[2 * g + 1];
            if (a >= 0 && b >= a) {
              append(sb, bb, s.slice(a, b), -1);
            }
          }
        }
        items++;
      } else {
        Object matchObj = new SreMatch(pattern, p, string, s, 0, n, m);
        Object r = Ops.call(repl, new Object[] {matchObj}, null);
        if (r != PySingleton.NONE) {
          append(sb, bb, r, items++);
        }
      }
      last = m.matchEnd;
      done++;
      m.mustAdvance = m.matchEnd == m.matchStart;
      i = m.matchEnd;
    }
    if (last < n) {
      append(sb, bb, s.slice(last, n), items);
    }
    Object result;
    if (sb != null) {
      result = sb.toString();
    } else {
      result = new PyBytes(bb.toByteArray());
    }
    return PyTuple.of(result, done);
  }

  private static void append(StringBuilder sb, ByteArrayOutputStream bb, Object piece,
      int item) {
    piece = BuiltinSubclasses.unwrap(piece);
    if (sb != null) {
      if (!(piece instanceof String str)) {
        throw Errors.typeError("sequence item " + Math.max(item, 0)
            + ": expected str instance, " + Types.typeOf(piece).name + " found");
      }
      sb.append(str);
    } else {
      byte[] b = bytesOf(piece);
      if (b == null) {
        throw Errors.typeError("sequence item " + Math.max(item, 0)
            + ": expected a bytes-like object, " + Types.typeOf(piece).name + " found");
      }
      bb.writeBytes(b);
    }
  }
}
