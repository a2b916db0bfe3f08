package org.pyjit.modules;

/**
 * A bad pattern or replacement template, reported by the parser: becomes Python's
 * {@code re.PatternError(msg, pattern, pos)} (pos -1: none), or with {@link #kind} another
 * Python exception CPython raises there (OverflowError, IndexError, ValueError).
 */
final class RegexSyntaxError extends RuntimeException {
  static final int PATTERN = 0;
  static final int OVERFLOW = 1;
  static final int INDEX = 2;
  static final int VALUE = 3;

  final String msg;
  final int pos;
  final int kind;

  RegexSyntaxError(String msg, int pos) {
    this(msg, pos, PATTERN);
  }

  RegexSyntaxError(String msg, int pos, int kind) {
    super(msg, null, false, false);
    this.msg = msg;
    this.pos = pos;
    this.kind = kind;
  }
}
