package org.pyjit.jit.stencil;

/**
 * A trace that cannot be emitted with these stencils (a value that does not fit its hole, a
 * missing stencil, a helper that is not found). The caller falls back to the interpreter.
 */
public final class StencilException extends RuntimeException {
  public StencilException(String message) {
    super(message);
  }
}
