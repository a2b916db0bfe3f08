package org.pyjit.jit.uop;

/** A trace that breaks a rule of docs/internals/tier2.md (or text that is not a trace). */
public final class InvalidTraceException extends RuntimeException {
  public InvalidTraceException(String message) {
    super(message);
  }
}
