package org.pyjit.runtime;

/**
 * The Java carrier of a raised Python exception. The exception itself is a
 * {@link PyBaseException}; this wrapper has no Java stack trace (Python's traceback is
 * recorded in the exception object as frames unwind).
 */
public final class PyException extends RuntimeException {
  public final PyBaseException value;

  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.value = value;
  }

  @Override
  public String getMessage() {
    return value.type().name + ": " + Ops.strOrRepr(value);
  }
}
