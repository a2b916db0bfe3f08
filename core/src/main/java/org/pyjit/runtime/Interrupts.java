package org.pyjit.runtime;

/**
 * Ctrl-C as CPython handles it: the SIGINT handler (installed by the launcher, which owns
 * the process's signals; core has none of its own) only calls {@link #signal()}, which
 * sets a flag; the running Python code raises KeyboardInterrupt where it next checks the
 * flag. The interpreter checks it where CPython's eval breaker is checked: at backward
 * jumps and at RESUME (function entry, and resumption of a generator), so every loop and
 * every recursion reaches a check soon. A thread blocked reading standard input
 * ({@link InterruptibleInput}) is woken to raise it at once, as CPython's read sees EINTR.
 *
 * <p>The flag is one static volatile field: on x86-64 reading it is a plain load, so the
 * checks in the interpreter loop cost one load and one untaken branch. There is one flag
 * per process because, as in CPython, only the main thread handles signals.
 */
public final class Interrupts {
  private Interrupts() {}

  /** A SIGINT arrived that no running code has turned into a KeyboardInterrupt yet. */
  public static volatile boolean pending;

  /** Called by the SIGINT handler (from the JVM's signal thread). */
  public static void signal() {
    pending = true;
    InterruptibleInput.wakeReaders();
  }

  /** The KeyboardInterrupt to throw for the pending signal, which it consumes. */
  public static PyException raise() {
    pending = false;
    return new PyException(new PyBaseException(Types.KEYBOARD_INTERRUPT));
  }
}
