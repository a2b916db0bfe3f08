package org.pyjit.runtime;

/**
 * A Python object that is not represented by a plain Java value. The runtime's value model:
 * int is a {@link Long} (or a {@link java.math.BigInteger} exactly when it does not fit in
 * 64 bits), float a {@link Double}, bool a {@link Boolean}, str a {@link String}; every
 * other object, None included, is a PyObject. {@link Types#typeOf} gives any value's type.
 */
public abstract class PyObject {
  public abstract PyType type();
}
