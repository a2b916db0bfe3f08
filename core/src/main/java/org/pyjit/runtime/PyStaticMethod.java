package org.pyjit.runtime;

/** staticmethod(f): looked up on a class or instance, is the plain function. */
public final class PyStaticMethod extends PyObject {
  public final Object function;
  /** Its __dict__, made at first use ({@link BuiltinDunders#wrapperDict}); null before. */
  PyDict dict;

  public PyStaticMethod(Object function) {
    this.function = function;
  }

  @Override
  public PyType type() {
    return Types.STATICMETHOD;
  }
}
