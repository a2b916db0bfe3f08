package org.pyjit.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Proxy;
import org.pyjit.runtime.Interrupts;

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
 * an upcall from inside a signal handler is not async-signal-safe. It is reached by
 * reflection only because javac warns at every use of a sun.* class, with no way to
 * suppress it (JLine reaches it the same way).
 *
 * <p>As in CPython, a SIGINT that the parent made ignored stays ignored: the JVM then
 * keeps SIG_IGN and installs nothing.
 */
final class Sigint {
  private Sigint() {}

  /** Makes Ctrl-C raise KeyboardInterrupt in the running Python code. */
  static void install() {
    try {
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object handler = Proxy.newProxyInstance(Sigint.class.getClassLoader(),
          new Class<?>[] {handlerType}, (proxy, method, args) -> {
            if (method.getName().equals("handle")) {
              Interrupts.signal();
              return null;
            }
            return switch (method.getName()) { // Object's methods, should anyone ask
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> "pyjit SIGINT handler";
            };
          });
      handle(handler);
    } catch (ReflectiveOperationException | RuntimeException e) {
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
      handle(Class.forName("sun.misc.SignalHandler").getField("SIG_DFL").get(null));
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

  /** sun.misc.Signal.handle(new Signal("INT"), handler). */
  private static void handle(Object handler) throws ReflectiveOperationException {
    Class<?> signal = Class.forName("sun.misc.Signal");
    signal.getMethod("handle", signal, Class.forName("sun.misc.SignalHandler"))
        .invoke(null, intSignal(), handler);
  }

  private static Object intSignal() throws ReflectiveOperationException {
    return Class.forName("sun.misc.Signal").getConstructor(String.class).newInstance("INT");
  }
}
