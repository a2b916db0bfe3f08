package org.pyjit.runtime;

/**
 * An instance of BaseExceptionGroup or a subclass: besides the args the constructor was
 * given, the message and the exceptions tuple it checked and kept, which {@code .message},
 * {@code .exceptions}, str(), split() and the traceback printer read (args may be mutated
 * afterwards without changing them, as in CPython). Made only by
 * {@link ExceptionGroups#create}.
 */
public final class PyExceptionGroup extends PyBaseException {
  public final Object message;
  public final PyTuple exceptions;

  PyExceptionGroup(PyType type, Object message, PyTuple exceptions) {
    super(type);
    this.message = message;
    this.exceptions = exceptions;
  }
}
