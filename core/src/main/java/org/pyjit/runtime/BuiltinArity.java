package org.pyjit.runtime;

/**
 * The argument-count and keyword checks CPython makes before running some built-in functions
 * and constructors, with its messages, for the built-ins whose bodies here would otherwise
 * accept extra arguments silently or fail with another message. CPython has three families
 * of messages, after how a built-in parses its arguments:
 * <ul>
 *   <li>positional-only (_PyArg_CheckPositional): "getattr expected at least 2 arguments,
 *       got 1", "bool() takes no keyword arguments";
 *   <li>METH_O: "hex() takes exactly one argument (0 given)";
 *   <li>Argument Clinic with keywords: "pow() takes at most 3 arguments (4 given)",
 *       "enumerate() got an unexpected keyword argument 'x'".
 * </ul>
 * Only the counts and names are checked here; the bodies still read the arguments.
 */
final class BuiltinArity {
  private BuiltinArity() {}

  /**
   * Whether a call without keywords has between min and max arguments: the common case,
   * answered without the parsers' allocations (these checks run on every call).
   */
  private static boolean fits(Object[] a, String[] k, int skip, int min, int max) {
    int n = a.length - skip;
    return k == null && n >= min && n <= max;
  }

  /** The checks of built-in functions, by name; unknown names pass. */
  static void checkFunction(String name, Object[] a, String[] k) {
    switch (name) {
      case "getattr" -> {
        if (!fits(a, k, 0, 2, 3)) {
          ArgParser.positional(name, name, a, k, 0, 2, 3);
        }
      }
      case "hasattr" -> {
        if (!fits(a, k, 0, 2, 2)) {
          ArgParser.positional(name, name, a, k, 0, 2, 2);
        }
      }
      case "next", "format" -> {
        if (!fits(a, k, 0, 1, 2)) {
          ArgParser.positional(name, name, a, k, 0, 1, 2);
        }
      }
      case "any", "all", "bin", "oct", "hex" -> {
        if (!fits(a, k, 0, 1, 1)) {
          ArgParser.exactlyOne(name, a, k, 0);
        }
      }
      case "pow" -> {
        if (!fits(a, k, 0, 2, 3)) {
          ArgParser.keywords(name, a, k, 0, new String[] {"base", "exp", "mod"}, 0, 2);
        }
      }
      case "sum" -> {
        if (!fits(a, k, 0, 1, 2)) {
          ArgParser.keywords(name, a, k, 0, new String[] {"iterable", "start"}, 1, 1);
        }
      }
      case "enumerate" -> {
        if (a.length == 0) { // enumerate's own vectorcall, without the position
          throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        if (!fits(a, k, 0, 1, 2)) {
          ArgParser.keywords(name, a, k, 0, new String[] {"iterable", "start"}, 0, 1);
        }
      }
      case "map", "filter" -> {
        if (ArgParser.nkw(k) > 0) {
          throw Errors.typeError(name + "() takes no keyword arguments");
        }
      }
      case "zip" -> {
        int nk = ArgParser.nkw(k);
        if (nk > 1) {
          throw Errors.typeError("zip() takes at most 1 keyword argument (" + nk + " given)");
        }
        if (nk == 1 && !k[0].equals("strict")) {
          throw ArgParser.unexpectedKeyword(name, k[0], "strict");
        }
      }
      default -> { }
    }
  }

  /** The checks of calling the built-in type t itself (not a subclass of it). */
  static void checkConstructor(PyType t, Object[] a, String[] k) {
    if (k == null && a.length <= 1) { // every rule's usual call
      if (a.length == 0 && (t == Types.CLASSMETHOD || t == Types.STATICMETHOD)) {
        ArgParser.positional(t.name, t.name, a, k, 0, 1, 1);
      }
      return;
    }
    if (t == Types.BOOL) {
      ArgParser.positional("bool", "bool", a, k, 0, 0, 1);
    } else if (t == Types.SET || t == Types.FROZENSET) {
      ArgParser.positional(t.name, t.name, a, k, 0, 0, 1);
    } else if (t == Types.CLASSMETHOD || t == Types.STATICMETHOD) {
      ArgParser.positional(t.name, t.name, a, k, 0, 1, 1);
    } else if (t == Types.STR) {
      int npos = a.length - ArgParser.nkw(k);
      if (npos > 3) {
        throw Errors.typeError("str expected at most 3 arguments, got " + npos);
      }
      ArgParser.keywords("str", a, k, 0, new String[] {"object", "encoding", "errors"}, 0, 0);
    } else if (t == Types.BYTES || t == Types.BYTEARRAY) {
      ArgParser.keywords(t.name, a, k, 0, new String[] {"source", "encoding", "errors"}, 0, 0);
    } else if (t == Types.PROPERTY) {
      ArgParser.keywords("property", a, k, 0, new String[] {"fget", "fset", "fdel", "doc"}, 0,
          0);
    } else if (t == Types.RANGE || t == Types.SUPER) {
      if (ArgParser.nkw(k) > 0) {
        throw Errors.typeError(t.name + "() takes no keyword arguments");
      }
      if (t == Types.SUPER && a.length > 2) {
        throw Errors.typeError("super() expected at most 2 arguments, got " + a.length);
      }
    }
  }

  // ------------------------------------------------------------------ methods

  private static final int NOARGS = -1;
  private static final int ONE = -2;
  private static final int VARARGS = -3;

  /** {min, max} positional arguments, or one of NOARGS, ONE (METH_O), VARARGS; by name. */
  private static final java.util.Map<String, int[]> SET_METHODS = new java.util.HashMap<>();
  private static final java.util.Map<String, int[]> BYTES_METHODS = new java.util.HashMap<>();
  /** The bytes and bytearray methods with keyword parameters, all optional. */
  private static final java.util.Map<String, String[]> BYTES_KEYWORDS =
      new java.util.HashMap<>();

  static {
    for (String n : new String[] {"clear", "copy", "pop"}) {
      SET_METHODS.put(n, new int[] {NOARGS});
    }
    for (String n : new String[] {"add", "discard", "remove", "isdisjoint", "issubset",
        "issuperset", "symmetric_difference", "symmetric_difference_update"}) {
      SET_METHODS.put(n, new int[] {ONE});
    }
    for (String n : new String[] {"difference", "difference_update", "intersection",
        "intersection_update", "union", "update"}) {
      SET_METHODS.put(n, new int[] {VARARGS});
    }
    for (String n : new String[] {"capitalize", "isalnum", "isalpha", "isascii", "isdigit",
        "islower", "isspace", "istitle", "isupper", "lower", "swapcase", "title", "upper",
        "clear", "copy", "reverse"}) {
      BYTES_METHODS.put(n, new int[] {NOARGS});
    }
    for (String n : new String[] {"join", "partition", "rpartition", "removeprefix",
        "removesuffix", "zfill", "append", "extend", "remove"}) {
      BYTES_METHODS.put(n, new int[] {ONE});
    }
    for (String n : new String[] {"center", "ljust", "rjust"}) {
      BYTES_METHODS.put(n, new int[] {1, 2});
    }
    for (String n : new String[] {"count", "find", "index", "rfind", "rindex", "startswith",
        "endswith"}) {
      BYTES_METHODS.put(n, new int[] {1, 3});
    }
    for (String n : new String[] {"strip", "lstrip", "rstrip", "pop"}) {
      BYTES_METHODS.put(n, new int[] {0, 1});
    }
    BYTES_METHODS.put("insert", new int[] {2, 2});
    BYTES_KEYWORDS.put("expandtabs", new String[] {"tabsize"});
    BYTES_KEYWORDS.put("split", new String[] {"sep", "maxsplit"});
    BYTES_KEYWORDS.put("rsplit", new String[] {"sep", "maxsplit"});
    BYTES_KEYWORDS.put("splitlines", new String[] {"keepends"});
    BYTES_KEYWORDS.put("hex", new String[] {"sep", "bytes_per_sep"});
  }


  /** The rule of bytes.translate(table, /, delete=b''). */
  private static final String[] TRANSLATE = {"table", "delete"};

  /**
   * The rule {@link #checkMethod} applies to b, a set, frozenset, bytes or bytearray method:
   * its positional counts (int[]), its keyword names (String[]), or null for no check. Looked
   * up once per method (PyBuiltinFunction.arityRule), not at every call.
   */
  static Object methodRule(PyBuiltinFunction b) {
    boolean set = b.owner == Types.SET || b.owner == Types.FROZENSET;
    int[] rule = (set ? SET_METHODS : BYTES_METHODS).get(b.name);
    if (rule != null || set) {
      return rule;
    }
    String[] names = BYTES_KEYWORDS.get(b.name);
    return names != null ? names : b.name.equals("translate") ? TRANSLATE : null;
  }

  /**
   * The argument checks of the set, frozenset, bytes and bytearray methods whose bodies read
   * their arguments without them (CPython: "set.add() takes exactly one argument (0 given)",
   * "bytes.center() takes no keyword arguments", "count expected at most 3 arguments"), by
   * the method's {@link #methodRule}.
   */
  static void checkMethod(PyBuiltinFunction b, Object[] a, String[] k) {
    if (b.arityRule instanceof String[] names) {
      if (names == TRANSLATE) {
        if (!fits(a, k, 1, 1, 2)) {
          ArgParser.keywords(b.name, a, k, 1, names, 1, 1);
        }
      } else if (!fits(a, k, 1, 0, names.length)) {
        ArgParser.keywords(b.name, a, k, 1, names, 0, 0);
      }
      return;
    }
    int[] rule = (int[]) b.arityRule;
    if (k == null) { // the usual calls, without building the message's name
      int n = a.length - 1;
      if (rule[0] == VARARGS || rule[0] == NOARGS && n == 0 || rule[0] == ONE && n == 1
          || rule[0] >= 0 && n >= rule[0] && n <= rule[1]) {
        return;
      }
    }
    String qualname = b.owner.name + "." + b.name;
    switch (rule[0]) {
      case NOARGS -> ArgParser.noArgs(qualname, a, k, 1);
      case ONE -> ArgParser.exactlyOne(qualname, a, k, 1);
      case VARARGS -> {
        if (ArgParser.nkw(k) > 0) {
          throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
      }
      default -> ArgParser.positional(b.name, qualname, a, k, 1, rule[0], rule[1]);
    }
  }
}
