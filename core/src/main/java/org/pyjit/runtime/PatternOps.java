package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The run-time checks of match statements (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
 * MATCH_CLASS), with CPython 3.13's rules: str, bytes and bytearray are not sequences here;
 * class patterns use __match_args__, and the builtin types that match themselves take one
 * positional subpattern matched against the subject.
 */
public final class PatternOps {
  private PatternOps() {}

  public static boolean isSequence(Object o) {
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange) {
      return true;
    }
    return o instanceof PyInstance i
        && (i.type().isSubtypeOf(Types.LIST) || i.type().isSubtypeOf(Types.TUPLE));
  }

  public static boolean isMapping(Object o) {
    return o instanceof PyDict
        || o instanceof PyInstance i && i.type().isSubtypeOf(Types.DICT);
  }

  /** The values of {@code keys} in the mapping, as a tuple, or null when one is missing. */
  public static Object matchKeys(Object subject, PyTuple keys) {
    Object[] values = new Object[keys.size()];
    List<Object> seen = new ArrayList<>();
    Object get = subject instanceof PyDict ? null : Ops.getattr(subject, "get");
    Object dummy = new PyInstance(Types.OBJECT);
    for (int i = 0; i < values.length; i++) {
      Object k = keys.get(i);
      for (Object s : seen) {
        if (Ops.eq(s, k)) {
          throw Errors.valueError("mapping pattern checks duplicate key (" + Ops.repr(k) + ")");
        }
      }
      seen.add(k);
      Object v = subject instanceof PyDict d ? d.get(k)
          : Ops.call(get, new Object[] {k, dummy}, null);
      if (v == null || v == dummy) {
        return PySingleton.NONE;
      }
      values[i] = v;
    }
    return PyTuple.of(values);
  }

  private static boolean matchesSelf(PyType t) {
    for (PyType s : new PyType[] {Types.BOOL, Types.BYTES, Types.DICT, Types.FLOAT,
        Types.FROZENSET, Types.INT, Types.LIST, Types.SET, Types.STR, Types.TUPLE}) {
      if (t.isSubtypeOf(s)) {
        return true;
      }
    }
    return false;
  }

  /** The attributes a class pattern names, as a tuple, or None when it does not match. */
  public static Object matchClass(Object subject, Object cls, int nargs, PyTuple kwNames) {
    if (!(cls instanceof PyType type)) {
      throw Errors.typeError("called match pattern must be a class");
    }
    if (!Builtins.isinstance(subject, type)) {
      return PySingleton.NONE;
    }
    List<Object> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    if (nargs > 0) {
      Object matchArgs = Ops.getattrOrNull(type, "__match_args__");
      if (matchArgs == null) {
        if (!matchesSelf(type)) {
          throw Errors.typeError(type.name + "() accepts 0 positional sub-patterns ("
              + nargs + " given)");
        }
        if (nargs > 1) {
          throw Errors.typeError(type.name + "() accepts 1 positional sub-pattern ("
              + nargs + " given)");
        }
        out.add(subject);
      } else {
        if (!(matchArgs instanceof PyTuple names)) {
          throw Errors.typeError(type.name + ".__match_args__ must be a tuple (got "
              + Types.typeOf(matchArgs).name + ")");
        }
        if (nargs > names.size()) {
          throw Errors.typeError(type.name + "() accepts " + names.size()
              + " positional sub-pattern" + (names.size() == 1 ? "" : "s") + " (" + nargs
              + " given)");
        }
        for (int i = 0; i < nargs; i++) {
          if (!(names.get(i) instanceof String name)) {
            throw Errors.typeError("__match_args__ elements must be strings (got "
                + Types.typeOf(names.get(i)).name + ")");
          }
          Object v = attribute(subject, name, seen, type);
          if (v == null) {
            return PySingleton.NONE;
          }
          out.add(v);
        }
      }
    }
    for (int i = 0; i < kwNames.size(); i++) {
      Object v = attribute(subject, (String) kwNames.get(i), seen, type);
      if (v == null) {
        return PySingleton.NONE;
      }
      out.add(v);
    }
    return PyTuple.of(out.toArray());
  }

  private static Object attribute(Object subject, String name, List<String> seen, PyType t) {
    if (seen.contains(name)) {
      throw Errors.typeError(t.name + "() got multiple sub-patterns for attribute '"
          + name + "'");
    }
    seen.add(name);
    try {
      return Ops.getattrOrNull(subject, name);
    } catch (PyException e) {
      if (Builtins.isinstance(e.value, Types.ATTRIBUTE_ERROR)) {
        return null;
      }
      throw e;
    }
  }
}
