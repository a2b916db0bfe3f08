package org.pyjit.runtime;

import java.nio.file.Path;

/**
 * The program's current directory as os.chdir sets it. The JVM cannot change its process's
 * directory safely (its own code resolves relative paths against user.dir, fixed at start),
 * so pyjit keeps the directory here and resolves every relative path a program gives to
 * open() and the os functions against it. Each program starts in the process's directory
 * ({@link #reset}, called with sys.argv's set-up).
 */
public final class WorkingDirectory {
  private WorkingDirectory() {}

  private static final String START = System.getProperty("user.dir");
  private static volatile String current = START;

  /** os.getcwd(). */
  public static String get() {
    return current;
  }

  /** Sets the directory (already checked to exist); {@code dir} is absolute and normalized. */
  public static void set(String dir) {
    current = dir;
  }

  static void reset() {
    current = START;
  }

  /** {@code path} resolved against the current directory (unchanged when absolute). */
  public static Path resolve(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() || current.equals(START) ? p : Path.of(current).resolve(p);
  }
}
