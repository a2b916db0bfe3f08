package org.pyjit.parse;

/**
 * Receives the compile-time warnings found while reading source (SyntaxWarning for invalid
 * escape sequences and for numbers directly followed by a keyword), with the line CPython
 * reports them on.
 */
@FunctionalInterface
public interface WarningListener {
  /** Drops every warning. */
  WarningListener IGNORE = (category, message, lineno) -> {};

  void warning(String category, String message, int lineno);
}
