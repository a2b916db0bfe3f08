package org.pyjit.runtime;

/**
 * The builtins exit and quit, which CPython's site module adds: their repr tells how to
 * leave the interactive prompt, and calling one raises SystemExit with the given code.
 */
final class Quitter {
  private Quitter() {}

  private static final PyType TYPE = new PyType("Quitter", true, Types.OBJECT);

  static {
    TYPE.module = "_sitebuiltins";
    TYPE.dict.put("__repr__", new PyBuiltinFunction("__repr__", TYPE,
        (a, k) -> "Use " + ((Instance) a[0]).name + "() or Ctrl-D (i.e. EOF) to exit"));
    TYPE.dict.put("__call__", new PyBuiltinFunction("__call__", TYPE, (a, k) -> {
      if (k != null && k.length > 0 || a.length > 2) {
        throw Errors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but "
            + a.length + " were given");
      }
      throw new PyException(new PyBaseException(Types.SYSTEM_EXIT,
          a.length > 1 ? a[1] : PySingleton.NONE));
    }));
  }

  private static final class Instance extends PyInstance {
    final String name;

    Instance(String name) {
      super(TYPE);
      this.name = name;
    }
  }

  static PyInstance of(String name) {
    return new Instance(name);
  }
}
