package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of the str type (the common ones). Each receives the instance as its first
 * argument. list and tuple: {@link ListMethods}; dict: {@link DictMethods}.
 */
final class Methods {
  private Methods() {}

  private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
    t.dict.put(name, new PyBuiltinFunction(name, t, body));
  }

  static void install() {
    // str
    def(Types.STR, "join", (a, k) -> {
      StringBuilder sb = new StringBuilder();
      Object[] items = ListOps.toArray(a[1]);
      for (int i = 0; i < items.length; i++) {
        if (!(items[i] instanceof String s)) {
          throw Errors.typeError("sequence item " + i + ": expected str instance, "
              + Types.typeOf(items[i]).name + " found");
        }
        sb.append(i > 0 ? (String) a[0] : "").append(s);
      }
      return sb.toString();
    });
    def(Types.STR, "upper", (a, k) -> ((String) a[0]).toUpperCase(java.util.Locale.ROOT));
    def(Types.STR, "lower", (a, k) -> ((String) a[0]).toLowerCase(java.util.Locale.ROOT));
    def(Types.STR, "strip", (a, k) -> ((String) a[0]).strip());
    def(Types.STR, "startswith", (a, k) -> ((String) a[0]).startsWith((String) a[1]));
    def(Types.STR, "endswith", (a, k) -> ((String) a[0]).endsWith((String) a[1]));
    def(Types.STR, "replace", (a, k) -> ((String) a[0]).replace((String) a[1], (String) a[2]));
    def(Types.STR, "split", (a, k) -> {
      String s = (String) a[0];
      List<Object> parts = new ArrayList<>();
      if (a.length < 2 || a[1] == PySingleton.NONE) {
        for (String p : s.strip().split("\\s+")) {
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
      } else {
        String sep = (String) a[1];
        if (sep.isEmpty()) {
          throw Errors.valueError("empty separator");
        }
        int i = 0;
        for (int j; (j = s.indexOf(sep, i)) >= 0; i = j + sep.length()) {
          parts.add(s.substring(i, j));
        }
        parts.add(s.substring(i));
      }
      return new PyList(parts.toArray());
    });
  }
}
