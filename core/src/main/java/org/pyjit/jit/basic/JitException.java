package org.pyjit.jit.basic;

/**
 * A construct outside the {@code @jit} subset, or a type the compiler cannot give a value:
 * the message names it and its line ("... (line N)"). It becomes {@code pyjit.JitError} at
 * the Python boundary.
 */
public final class JitException extends RuntimeException {
  public JitException(String message) {
    super(message, null, false, false);
  }

  /** "what (line N)". */
  public static JitException at(int line, String what) {
    return new JitException(what + " (line " + line + ")");
  }
}
