package org.pyjit.jit.exec;

/** A trace could not be compiled; the caller falls back to the uop interpreter. */
public final class TraceCompileException extends Exception {
  public TraceCompileException(String message) {
    super(message);
  }

  public TraceCompileException(String message, Throwable cause) {
    super(message, cause);
  }
}
