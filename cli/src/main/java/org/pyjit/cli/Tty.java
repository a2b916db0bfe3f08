package org.pyjit.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Whether a file descriptor is a terminal: the C library's isatty(), which is what CPython
 * asks to choose between the interactive prompt and reading standard input as a script.
 * (Java's System.console() answers for stdin and stdout together.)
 */
final class Tty {
  private Tty() {}

  static boolean isatty(int fd) {
    try {
      Linker linker = Linker.nativeLinker();
      MethodHandle isatty = linker.downcallHandle(
          linker.defaultLookup().find("isatty").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
      return (int) isatty.invokeExact(fd) == 1;
    } catch (Throwable e) {
      java.io.Console c = System.console();
      return c != null && c.isTerminal();
    }
  }
}
