package org.pyjit.runtime;

/** classmethod(f): looked up on a class or instance, binds the class. */
public final class PyClassMethod extends PyObject {
  public final Object function;

  public PyClassMethod(Object function) {
    this.function = function;
  }

  @Override
  public PyType type() {
    return Types.CLASSMETHOD;
  }
}
