package org.pyjit.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.pyjit.runtime.Interrupts;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The process's SIGINT handling, as CPython's: Ctrl-C sets the interrupt flag
 * ({@link Interrupts}) and the running Python code raises KeyboardInterrupt; after an
 * uncaught KeyboardInterrupt the process ends by SIGINT itself, so that a calling shell
 * sees the interrupt (status 130) and stops too.
 *
 * <p>Why sun.misc.Signal: it is the JDK's supported-but-unsupported API for this (module
 * jdk.unsupported, exported, no warning at run time on JDK 25), and it runs the handler
 * on a Java thread through the JVM's own signal dispatch. jdk.internal.misc.Signal is not
 * exported; installing a native handler with FFM's sigaction would need native access
 * (a warning without --enable-native-access), would bypass the JVM's signal chaining, and
 * an upcall from inside a signal handler is not async-signal-safe.
 *
 * <p>It is used directly, not by reflection: reaching it through reflection and a
 * java.lang.reflect.Proxy cost about 17 ms of CPU at every start (the proxy class is
 * generated, which the AOT cache cannot keep), as much as the rest of {@code -c pass}.
 * The price is javac's warning at each use of a sun.* class, which nothing suppresses
 * under --release (as the restricted-method warnings of FFM calls elsewhere).
 *
 * <p>As in CPython, a SIGINT that the parent made ignored stays ignored: the JVM then
 * keeps SIG_IGN and installs nothing.
 */
final class Sigint {
  private Sigint() {}

  /** Makes Ctrl-C raise KeyboardInterrupt in the running Python code. */
  static void install() {
    try {
      Signal.handle(new Signal("INT"), signal -> Interrupts.signal());
    } catch (RuntimeException e) {
      // no SIGINT here, or the JVM keeps it (-Xrs): Ctrl-C then ends the process as before
    }
  }

  /**
   * Ends the process by SIGINT with its default action, as CPython does after an uncaught
   * KeyboardInterrupt; returns only if that did not end it. sun.misc.Signal.raise refuses a
   * signal without a Java handler, so the C library's raise() sends it (through FFM, as
   * {@link Tty} calls isatty).
   */
  static void exitBySigint() {
    try {
      Signal.handle(new Signal("INT"), SignalHandler.SIG_DFL);
      Linker linker = Linker.nativeLinker();
      MethodHandle raise = linker.downcallHandle(
          linker.defaultLookup().find("raise").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
      int sigint = 2; // the same number on Linux and macOS
      int failed = (int) raise.invokeExact(sigint);
    } catch (Throwable e) {
      // the caller exits with status 130 instead
    }
  }
}
