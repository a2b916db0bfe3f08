package org.pyjit.runtime;

/** classmethod(f): looked up on a class or instance, binds the class. */
public final class PyClassMethod extends PyObject {
  public final Object function;
  /** Its __dict__, made at first use ({@link BuiltinDunders#wrapperDict}); null before. */
  PyDict dict;

  public PyClassMethod(Object function) {
    this.function = function;
  }

  @Override
  public PyType type() {
    return Types.CLASSMETHOD;
  }
}
