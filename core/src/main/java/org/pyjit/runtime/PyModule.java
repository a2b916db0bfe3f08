package org.pyjit.runtime;

/** A module: a name and a dict of globals. */
public final class PyModule extends PyObject {
  public final String name;
  public final PyDict dict;
  /** Made by running Python source (a file or one of pyjit's own), not written in Java. */
  boolean fromSource;

  public PyModule(String name, PyDict dict) {
    this.name = name;
    this.dict = dict;
  }

  @Override
  public PyType type() {
    return Types.MODULE;
  }
}
