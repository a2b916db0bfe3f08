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

  /** The checks of built-in functions, by name; unknown names pass. */
  static void checkFunction(String name, Object[] a, String[] k) {
    switch (name) {
      case "getattr" -> ArgParser.positional(name, name, a, k, 0, 2, 3);
      case "hasattr" -> ArgParser.positional(name, name, a, k, 0, 2, 2);
      case "next", "format" -> ArgParser.positional(name, name, a, k, 0, 1, 2);
      case "any", "all", "bin", "oct", "hex" -> ArgParser.exactlyOne(name, a, k, 0);
      case "pow" -> ArgParser.keywords(name, a, k, 0, new String[] {"base", "exp", "mod"}, 0, 2);
      case "sum" -> ArgParser.keywords(name, a, k, 0, new String[] {"iterable", "start"}, 1, 1);
      case "enumerate" -> {
        if (a.length == 0) { // enumerate's own vectorcall, without the position
          throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        ArgParser.keywords(name, a, k, 0, new String[] {"iterable", "start"}, 0, 1);
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
}
