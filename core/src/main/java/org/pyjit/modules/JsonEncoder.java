package org.pyjit.modules;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.NativeRecursion;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Repr;
import org.pyjit.runtime.Sorting;
import org.pyjit.runtime.Types;

/**
 * The one-shot JSON encoder (json.encoder.JSONEncoder.encode's c_make_encoder): a whole
 * value written into one StringBuilder, with CPython 3.13's C encoder's behaviour: the
 * order of type tests (None, bools, str, int, float, list/tuple, dict, then default()),
 * key coercion (str, float by repr, bools and None as JSON words, int by int's repr; others
 * skipped with skipkeys or a TypeError), sort_keys sorting (key, value) pairs, indentation,
 * separators, NaN/Infinity (or allow_nan's ValueError), "Circular reference detected" when
 * markers are kept, and CPython's C recursion limit.
 *
 * <p>Strings are escaped here when the encoder given is one of {@link JsonModule}'s own
 * (ascii or not); any other encoder callable is called for each string, as CPython does.
 */
final class JsonEncoder {
  private final IdentityHashMap<Object, Boolean> markers;
  private final Object defaultFn;
  private final Object encoder;
  /** 1: escape to ASCII, 0: escape only what JSON requires, -1: call {@link #encoder}. */
  private final int escaping;
  private final String indent;
  private final String keySep;
  private final String itemSep;
  private final boolean sortKeys;
  private final boolean skipKeys;
  private final boolean allowNan;

  JsonEncoder(Object[] a) {
    markers = a[0] == PySingleton.NONE ? null : new IdentityHashMap<>();
    defaultFn = a[1];
    encoder = a[2];
    escaping = encoder == JsonModule.ENCODE_ASCII ? 1 : encoder == JsonModule.ENCODE ? 0 : -1;
    indent = a[3] == PySingleton.NONE ? null : str(a[3], "make_encoder() argument 4");
    keySep = str(a[4], "make_encoder() argument 5");
    itemSep = str(a[5], "make_encoder() argument 6");
    sortKeys = Ops.truth(a[6]);
    skipKeys = Ops.truth(a[7]);
    allowNan = Ops.truth(a[8]);
  }

  private static String str(Object o, String what) {
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof String s) {
      return s;
    }
    throw Errors.typeError(what + " must be str, not " + Types.typeOf(o).name);
  }

  /** The encoding of {@code o} at indentation {@code level}. */
  String encode(Object o, int level) {
    StringBuilder sb = new StringBuilder();
    value(o, level, sb);
    return sb.toString();
  }

  private void value(Object o, int level, StringBuilder sb) {
    if (o == PySingleton.NONE) {
      sb.append("null");
    } else if (o instanceof Boolean b) {
      sb.append(b ? "true" : "false");
    } else if (o instanceof String s) {
      string(s, sb);
    } else if (o instanceof Long l) {
      sb.append(l.longValue());
    } else if (o instanceof Double d) {
      sb.append(floatText(d));
    } else if (o instanceof PyList || o instanceof PyTuple) {
      NativeRecursion.enter(" while encoding a JSON object");
      try {
        array(o, level, sb);
      } finally {
        NativeRecursion.exit();
      }
    } else if (o instanceof PyDict d) {
      NativeRecursion.enter(" while encoding a JSON object");
      try {
        dict(d, level, sb);
      } finally {
        NativeRecursion.exit();
      }
    } else {
      Object v = BuiltinSubclasses.unwrap(o);
      if (v instanceof String s) {
        string(s, sb);
      } else if (v instanceof Long || v instanceof BigInteger) {
        sb.append(Ops.repr(v)); // int's repr: its limit on digits included
      } else if (v instanceof Double d) {
        sb.append(floatText(d));
      } else {
        viaDefault(o, level, sb);
      }
    }
  }

  private void viaDefault(Object o, int level, StringBuilder sb) {
    NativeRecursion.enter(" while encoding a JSON object");
    try {
      enterMarker(o);
      Object replacement = Calls.call(defaultFn, new Object[] {o}, null);
      value(replacement, level, sb);
      exitMarker(o);
    } finally {
      NativeRecursion.exit();
    }
  }

  private void enterMarker(Object o) {
    if (markers != null && markers.put(o, Boolean.TRUE) != null) {
      throw Errors.valueError("Circular reference detected");
    }
  }

  private void exitMarker(Object o) {
    if (markers != null) {
      markers.remove(o);
    }
  }

  private String floatText(double d) {
    if (Double.isFinite(d)) {
      return Repr.floatRepr(d);
    }
    if (!allowNan) {
      throw Errors.valueError("Out of range float values are not JSON compliant: "
          + Repr.floatRepr(d));
    }
    return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
  }

  private void string(String s, StringBuilder sb) {
    if (escaping < 0) {
      Object r = Calls.call(encoder, new Object[] {s}, null);
      Object v = BuiltinSubclasses.unwrap(r);
      if (!(v instanceof String e)) {
        throw Errors.typeError("encoder() must return a string, not " + Types.typeOf(r).name);
      }
      sb.append(e);
    } else {
      escape(s, escaping == 1, sb);
    }
  }

  /** s as a JSON string literal, quotes included. */
  static void escape(String s, boolean ascii, StringBuilder sb) {
    sb.append('"');
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= ' ' && c != '"' && c != '\\' && (c < 0x7f || !ascii)) {
        continue;
      }
      sb.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          sb.append("\\u");
          String h = Integer.toHexString(c);
          for (int k = h.length(); k < 4; k++) {
            sb.append('0');
          }
          sb.append(h);
        }
      }
    }
    sb.append(s, run, n).append('"');
  }

  private void newline(int level, StringBuilder sb) {
    sb.append('\n');
    for (int i = 0; i < level; i++) {
      sb.append(indent);
    }
  }

  private void array(Object seq, int level, StringBuilder sb) {
    Object[] items;
    int n;
    if (seq instanceof PyList l) {
      n = l.size();
      if (n == 0) {
        sb.append("[]");
        return;
      }
      items = null;
    } else {
      items = ((PyTuple) seq).items;
      n = items.length;
      if (n == 0) {
        sb.append("[]");
        return;
      }
    }
    enterMarker(seq);
    sb.append('[');
    if (indent != null) {
      level++;
      newline(level, sb);
    }
    for (int i = 0; ; i++) {
      // a list may change size while default() or a hook runs: re-read it each time
      if (items == null) {
        PyList l = (PyList) seq;
        if (i >= l.size()) {
          break;
        }
        if (i > 0) {
          separator(level, sb);
        }
        value(l.get(i), level, sb);
      } else {
        if (i >= n) {
          break;
        }
        if (i > 0) {
          separator(level, sb);
        }
        value(items[i], level, sb);
      }
    }
    if (indent != null) {
      newline(level - 1, sb);
    }
    sb.append(']');
    exitMarker(seq);
  }

  private void separator(int level, StringBuilder sb) {
    sb.append(itemSep);
    if (indent != null) {
      newline(level, sb);
    }
  }

  private void dict(PyDict d, int level, StringBuilder sb) {
    if (d.size() == 0) {
      sb.append("{}");
      return;
    }
    enterMarker(d);
    sb.append('{');
    if (indent != null) {
      level++;
      newline(level, sb);
    }
    java.util.List<Object[]> pairs = d.getClass() == PyDict.class ? d.items() : itemsOf(d);
    if (sortKeys) {
      Object[] tuples = new Object[pairs.size()];
      for (int i = 0; i < tuples.length; i++) {
        tuples[i] = PyTuple.of(pairs.get(i));
      }
      Sorting.sort(tuples, null, false);
      for (int i = 0; i < tuples.length; i++) {
        pairs.set(i, ((PyTuple) tuples[i]).items);
      }
    }
    boolean first = true;
    for (Object[] kv : pairs) {
      String key = key(kv[0]);
      if (key == null) {
        continue;
      }
      if (!first) {
        separator(level, sb);
      }
      first = false;
      string(key, sb);
      sb.append(keySep);
      value(kv[1], level, sb);
    }
    if (indent != null) {
      newline(level - 1, sb);
    }
    sb.append('}');
    exitMarker(d);
  }

  /** The pairs of a dict subclass's items() (which it may override, as OrderedDict can). */
  private static java.util.List<Object[]> itemsOf(PyDict d) {
    Object view = Calls.call(Ops.getattr(d, "items"), new Object[0], null);
    PyList list = (PyList) Calls.call(Types.LIST, new Object[] {view}, null);
    java.util.List<Object[]> pairs = new java.util.ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof PyTuple t) || t.size() != 2) {
        throw Errors.valueError("items must return 2-tuples");
      }
      pairs.add(new Object[] {t.get(0), t.get(1)});
    }
    return pairs;
  }

  /** A dict key as the str JSON writes, or null to skip it. */
  private String key(Object k) {
    if (k instanceof String s) {
      return s;
    }
    Object v = BuiltinSubclasses.unwrap(k);
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return floatText(d);
    }
    if (v instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (v == PySingleton.NONE) {
      return "null";
    }
    if (v instanceof Long || v instanceof BigInteger) {
      return Ops.repr(v);
    }
    if (skipKeys) {
      return null;
    }
    throw Errors.typeError("keys must be str, int, float, bool or None, not "
        + Types.typeOf(k).name);
  }
}
