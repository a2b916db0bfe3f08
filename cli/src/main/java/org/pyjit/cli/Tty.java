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

  /**
   * Whether standard output's descriptor is a terminal, without the C library: where
   * /proc/self/fd/N leads. isatty() through the foreign linker costs its stub's generation
   * (some 30 ms) on every start, and every program asks this; when /proc cannot tell, the
   * answer is yes, which keeps the stream unbuffered as a terminal's.
   */
  static boolean isTerminalByProc(int fd) {
    try {
      String target = new java.io.File("/proc/self/fd/" + fd).getCanonicalPath();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (java.io.IOException | SecurityException e) {
      return true;
    }
  }
}
