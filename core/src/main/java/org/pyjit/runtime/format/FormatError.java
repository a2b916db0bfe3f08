package org.pyjit.runtime.format;

/**
 * A Python exception raised by a formatting or parsing function of this package, carried as
 * the name of its Python class ("ValueError", "TypeError", "OverflowError", "MemoryError")
 * and CPython's message, for the interpreter to raise as that class.
 *
 * <p>It has no stack trace: it is an expected outcome of bad input, thrown often in some
 * programs (int() on user data inside try), and the Java frames would say nothing useful.
 */
public final class FormatError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;

  public FormatError(String pythonType, String message) {
    super(message, null, false, false);
    this.pythonType = pythonType;
  }

  /** The Python exception class name, e.g. "ValueError". */
  public String pythonType() {
    return pythonType;
  }

  static FormatError valueError(String message) {
    return new FormatError("ValueError", message);
  }

  static FormatError typeError(String message) {
    return new FormatError("TypeError", message);
  }

  static FormatError overflowError(String message) {
    return new FormatError("OverflowError", message);
  }

  /** What CPython raises when asked for a string it cannot allocate. */
  static FormatError memoryError() {
    return new FormatError("MemoryError", "");
  }

  @Override
  public String toString() {
    return pythonType + ": " + getMessage();
  }
}
