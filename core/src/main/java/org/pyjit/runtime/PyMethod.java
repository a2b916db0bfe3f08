package org.pyjit.runtime;

/** A function bound to an instance: calling it passes the instance first. */
public final class PyMethod extends PyObject {
  public final Object function;
  public final Object self;

  public PyMethod(Object function, Object self) {
    this.function = function;
    this.self = self;
  }

  @Override
  public PyType type() {
    return function instanceof PyBuiltinFunction ? Types.BUILTIN_FUNCTION : Types.METHOD;
  }
}
