package org.pyjit.runtime;

/**
 * sys.displayhook, which the interactive loop calls with the value of each expression
 * statement (CPython's INTRINSIC_PRINT): None is not shown; any other value is written as
 * its repr and a newline to sys.stdout and kept in builtins._ (set to None first, as
 * CPython does, so that the repr cannot see the previous value there).
 */
public final class DisplayHook {
  private DisplayHook() {}

  /** The default hook, also sys.__displayhook__. */
  static final PyBuiltinFunction FUNCTION = new PyBuiltinFunction("displayhook", (a, k) -> {
    if (k != null && k.length > 0) {
      throw Errors.typeError("displayhook() takes no keyword arguments");
    }
    if (a.length != 1) {
      throw Errors.typeError("displayhook() takes exactly one argument (" + a.length
          + " given)");
    }
    show(a[0]);
    return PySingleton.NONE;
  });

  /** INTRINSIC_PRINT: hands the value to whatever sys.displayhook is now. */
  public static Object display(Object value) {
    Object hook = Sys.MODULE.dict.get("displayhook");
    if (hook == null) {
      throw Errors.raise(Types.RUNTIME_ERROR, "lost sys.displayhook");
    }
    if (hook == FUNCTION) {
      show(value);
    } else {
      Ops.call(hook, new Object[] {value}, null);
    }
    return PySingleton.NONE;
  }

  private static void show(Object value) {
    if (value == PySingleton.NONE) {
      return;
    }
    PyDict builtins = Builtins.dict(null);
    builtins.put("_", PySingleton.NONE);
    String text = Ops.repr(value) + "\n";
    Object out = Sys.MODULE.dict.get("stdout");
    if (out == null || out == PySingleton.NONE) {
      throw Errors.raise(Types.RUNTIME_ERROR, "lost sys.stdout");
    }
    if (out == Sys.STDOUT) {
      Builtins.stdout.print(text);
    } else {
      Ops.call(Ops.getattr(out, "write"), new Object[] {text}, null);
    }
    builtins.put("_", value);
  }
}
