package org.pyjit.runtime;

/** None, NotImplemented and Ellipsis: objects with one instance and a fixed repr. */
public final class PySingleton extends PyObject {
  public static final PySingleton NONE = new PySingleton("None");
  public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented");
  public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis");

  private final String repr;

  private PySingleton(String repr) {
    this.repr = repr;
  }

  @Override
  public PyType type() {
    return this == NONE ? Types.NONE_TYPE
        : this == NOT_IMPLEMENTED ? Types.NOT_IMPLEMENTED_TYPE : Types.ELLIPSIS_TYPE;
  }

  public String repr() {
    return repr;
  }

  @Override
  public String toString() {
    return repr;
  }
}
