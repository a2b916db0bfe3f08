package org.pyjit.parse;

/**
 * The source nests deeper than the parser can follow. CPython raises
 * {@code MemoryError: Parser stack overflowed - Python source too complex to parse}.
 */
public final class SourceTooComplexException extends RuntimeException {
  public static final String MESSAGE = "Parser stack overflowed - Python source too complex to parse";

  public SourceTooComplexException() {
    super(MESSAGE, null, false, false);
  }
}
