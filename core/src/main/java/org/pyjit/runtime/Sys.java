package org.pyjit.runtime;

/** The sys module's standard streams (the rest of sys comes with the import system). */
public final class Sys {
  private Sys() {}

  static final PyType TEXT_IO = new PyType("TextIOWrapper", true, Types.OBJECT);
  public static final PyInstance STDOUT = new PyInstance(TEXT_IO);
  public static final PyInstance STDERR = new PyInstance(TEXT_IO);

  static {
    TEXT_IO.module = "_io";
    TEXT_IO.dict.put("write", new PyBuiltinFunction("write", TEXT_IO, (a, k) -> {
      String s = (String) a[1];
      (a[0] == STDERR ? Builtins.stderr : Builtins.stdout).print(s);
      return (long) s.length();
    }));
    TEXT_IO.dict.put("flush", new PyBuiltinFunction("flush", TEXT_IO, (a, k) -> {
      (a[0] == STDERR ? Builtins.stderr : Builtins.stdout).flush();
      return PySingleton.NONE;
    }));
  }
}
