package org.pyjit.jit;

/**
 * Whether pyjit's compilers run at all: {@code pyjit -X jit=off} (or the environment's
 * {@code PYTHON_JIT=0}, CPython 3.13's switch for its own JIT) leaves every function to the
 * interpreter, so that one program can be timed and checked with and without native code.
 * With the JIT off, {@code @jit} returns the function it decorates unchanged: nothing is
 * compiled, and no JitError is raised for constructs outside the @jit subset.
 *
 * <p>Set once by the launcher before the program runs; read at each {@code @jit}.
 */
public final class JitOptions {
  private JitOptions() {}

  private static volatile boolean enabled = true;

  public static boolean enabled() {
    return enabled;
  }

  public static void setEnabled(boolean on) {
    enabled = on;
  }

  /**
   * The value of {@code -X jit=VALUE} or {@code PYTHON_JIT}: on/1 or off/0 (any case), or
   * null for anything else, which the launcher reports.
   */
  public static Boolean parse(String value) {
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "on", "1" -> Boolean.TRUE;
      case "off", "0" -> Boolean.FALSE;
      default -> null;
    };
  }
}
