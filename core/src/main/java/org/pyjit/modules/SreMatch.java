package org.pyjit.modules;

import java.math.BigInteger;
import java.util.Map;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyClassMethod;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PyProperty;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * re.Match: the result of a successful match, in Java so that making one and reading its
 * groups costs no interpreted code (a tokenizer makes one per token). It keeps the group
 * slots the matcher left, the Pattern object (Python, for {@code .re} and {@code expand}'s
 * template cache) and the subject. Methods and attributes are CPython's, with its messages.
 */
final class SreMatch extends PyObject {
  static final PyType TYPE = new PyType("Match", true, Types.OBJECT);

  final Object pattern;
  final RegexProgram program;
  final Object string;
  final SreModule.Subject subject;
  final int pos;
  final int endpos;
  final int[] marks;
  final int lastIndex;

  SreMatch(Object pattern, RegexProgram program, Object string, SreModule.Subject subject,
      int pos, int endpos, RegexMatcher m) {
    this.pattern = pattern;
    this.program = program;
    this.string = string;
    this.subject = subject;
    this.pos = pos;
    this.endpos = endpos;
    this.marks = m.marks.clone();
    this.lastIndex = m.lastIndex;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  int start(int g) {
    int s = marks[2 * g];
    return s < 0 || marks[2 * g + 1] < s ? -1 : s;
  }

  int end(int g) {
    return start(g) < 0 ? -1 : marks[2 * g + 1];
  }

  /** Group g's text, or dflt when it did not take part. */
  Object get(int g, Object dflt) {
    int s = marks[2 * g];
    int e = marks[2 * g + 1];
    if (s < 0 || e < s) {
      return dflt;
    }
    return subject.slice(s, e);
  }

  /** sre's group lookup: an index (int or __index__), else a name; IndexError otherwise. */
  int index(Object g) {
    long i = -1;
    if (g instanceof Long || g instanceof Boolean || g instanceof BigInteger
        || !(g instanceof String) && Types.typeOf(g).lookup("__index__") != null) {
      try {
        i = Ops.asIndex(g);
      } catch (PyException e) {
        i = -1; // too large for an index: no such group
      }
    } else if (g instanceof String name) {
      Integer n = program.groupNames.get(name);
      i = n == null ? -1 : n;
    }
    if (i < 0 || i > program.groups) {
      throw Errors.raise(Types.INDEX_ERROR, "no such group");
    }
    return (int) i;
  }

  private Object lastGroup() {
    if (lastIndex < 0) {
      return PySingleton.NONE;
    }
    for (Map.Entry<String, Integer> e : program.groupNames.entrySet()) {
      if (e.getValue() == lastIndex) {
        return e.getKey();
      }
    }
    return PySingleton.NONE;
  }

  private Object span(int g) {
    return PyTuple.of((long) start(g), (long) end(g));
  }

  private String repr() {
    String m = Ops.repr(get(0, PySingleton.NONE));
    if (m.codePointCount(0, m.length()) > 50) {
      m = m.substring(0, m.offsetByCodePoints(0, 50));
    }
    return "<re.Match object; span=(" + start(0) + ", " + end(0) + "), match=" + m + ">";
  }

  /** Match.expand and sub's templates: pieces from Pattern._template, groups filled in. */
  Object expand(Object template) {
    Object pieces = Ops.call(Ops.getattr(pattern, "_template"), new Object[] {template}, null);
    Object[] p = ((org.pyjit.runtime.PyList) pieces).toArray();
    boolean text = subject.str != null;
    StringBuilder sb = new StringBuilder();
    java.io.ByteArrayOutputStream bb = new java.io.ByteArrayOutputStream();
    for (int k = 0; k < p.length; k++) {
      Object piece = (k & 1) == 0 ? p[k] : get((int) (long) (Long) p[k], null);
      if (piece == null) {
        continue;
      }
      if (text) {
        if (!(piece instanceof String s)) {
          throw Errors.typeError("sequence item " + k + ": expected str instance, "
              + Types.typeOf(piece).name + " found");
        }
        sb.append(s);
      } else {
        byte[] b = SreModule.bytesOf(piece);
        if (b == null) {
          throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, "
              + Types.typeOf(piece).name + " found");
        }
        bb.writeBytes(b);
      }
    }
    return text ? sb.toString() : new PyBytes(bb.toByteArray());
  }

  // ------------------------------------------------------------------ the type's dict

  private static SreMatch self(Object o) {
    if (o instanceof SreMatch m) {
      return m;
    }
    throw Errors.typeError("descriptor requires a 're.Match' object but received a '"
        + Types.typeOf(o).name + "'");
  }

  private static void method(String name, PyBuiltinFunction.Body body) {
    TYPE.dict.put(name, new PyBuiltinFunction(name, TYPE, body));
  }

  private static void property(String name, java.util.function.Function<SreMatch, Object> f) {
    TYPE.dict.put(name, new PyProperty(new PyBuiltinFunction(name,
        (a, k) -> f.apply(self(a[0]))), PySingleton.NONE, PySingleton.NONE));
  }

  private static PyException noKeywords(String name) {
    return Errors.typeError("Match." + name + "() takes no keyword arguments");
  }

  /** The one optional argument of start/end/span/groups/groupdict (keyword name given). */
  private static Object optional(String name, String kw, Object[] a, String[] k, Object dflt) {
    int npos = a.length - (k == null ? 0 : k.length);
    if (a.length > 2) {
      throw Errors.typeError(name + " expected at most 1 argument, got " + (a.length - 1));
    }
    if (k != null && k.length > 0) {
      if (kw == null) {
        throw noKeywords(name);
      }
      if (!k[0].equals(kw)) {
        throw Errors.typeError(name + "() got an unexpected keyword argument '" + k[0] + "'");
      }
      return a[a.length - 1];
    }
    return npos > 1 ? a[1] : dflt;
  }

  static {
    TYPE.module = "re";
    TYPE.qualname = "Match";
    TYPE.baseType = false;
    TYPE.constructor = (cls, a, k) -> {
      throw Errors.typeError("cannot create 're.Match' instances");
    };
    method("group", (a, k) -> {
      if (k != null && k.length > 0) {
        throw noKeywords("group");
      }
      SreMatch m = self(a[0]);
      if (a.length == 1) {
        return m.get(0, PySingleton.NONE);
      }
      if (a.length == 2) {
        return m.get(m.index(a[1]), PySingleton.NONE);
      }
      Object[] r = new Object[a.length - 1];
      for (int i = 1; i < a.length; i++) {
        r[i - 1] = m.get(m.index(a[i]), PySingleton.NONE);
      }
      return PyTuple.of(r);
    });
    method("__getitem__", (a, k) -> {
      SreMatch m = self(a[0]);
      return m.get(m.index(a[1]), PySingleton.NONE);
    });
    method("groups", (a, k) -> {
      SreMatch m = self(a[0]);
      Object dflt = optional("groups", "default", a, k, PySingleton.NONE);
      Object[] r = new Object[m.program.groups];
      for (int g = 1; g <= r.length; g++) {
        r[g - 1] = m.get(g, dflt);
      }
      return PyTuple.of(r);
    });
    method("groupdict", (a, k) -> {
      SreMatch m = self(a[0]);
      Object dflt = optional("groupdict", "default", a, k, PySingleton.NONE);
      PyDict d = new PyDict();
      for (Map.Entry<String, Integer> e : m.program.groupNames.entrySet()) {
        d.put(e.getKey(), m.get(e.getValue(), dflt));
      }
      return d;
    });
    method("start", (a, k) -> {
      SreMatch m = self(a[0]);
      return (long) m.start(m.index(optional("start", null, a, k, 0L)));
    });
    method("end", (a, k) -> {
      SreMatch m = self(a[0]);
      return (long) m.end(m.index(optional("end", null, a, k, 0L)));
    });
    method("span", (a, k) -> {
      SreMatch m = self(a[0]);
      return m.span(m.index(optional("span", null, a, k, 0L)));
    });
    method("expand", (a, k) -> {
      if (a.length != 2) {
        throw Errors.typeError("Match.expand() takes exactly one argument (" + (a.length - 1)
            + " given)");
      }
      return self(a[0]).expand(a[1]);
    });
    method("__repr__", (a, k) -> self(a[0]).repr());
    method("__copy__", (a, k) -> self(a[0]));
    method("__deepcopy__", (a, k) -> self(a[0]));
    TYPE.dict.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction(
        "__class_getitem__", (a, k) -> Ops.call(Types.typeOf(Ops.getitem(Types.LIST, Types.INT)),
            new Object[] {a[0], a[1]}, null))));
    property("re", m -> m.pattern);
    property("string", m -> m.string);
    property("pos", m -> (long) m.pos);
    property("endpos", m -> (long) m.endpos);
    property("lastindex", m -> m.lastIndex < 0 ? PySingleton.NONE : (Object) (long) m.lastIndex);
    property("lastgroup", SreMatch::lastGroup);
    property("regs", m -> {
      Object[] r = new Object[m.program.groups + 1];
      for (int g = 0; g < r.length; g++) {
        r[g] = m.span(g);
      }
      return PyTuple.of(r);
    });
  }
}
