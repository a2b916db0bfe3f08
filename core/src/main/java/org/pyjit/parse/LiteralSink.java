package org.pyjit.parse;

/** Receives the warnings (SyntaxWarning, DeprecationWarning) raised while reading literals. */
public interface LiteralSink {
  /** A sink that drops every warning. */
  LiteralSink IGNORE = (category, message, lineno) -> {};

  void warning(String category, String message, int lineno);
}
