package org.pyjit.runtime.collect;

/**
 * A table changed under an iterator in a way CPython reports with RuntimeError; the message
 * is CPython's, so the interpreter raises RuntimeError(getMessage()). Thrown often enough in
 * loops that mutate what they iterate to make a stack trace not worth its cost.
 */
public final class ChangedDuringIteration extends RuntimeException {
  public static final String SET_SIZE = "Set changed size during iteration";
  public static final String DICT_SIZE = "dictionary changed size during iteration";
  public static final String DICT_KEYS = "dictionary keys changed during iteration";
  public static final String DICT_UPDATE = "dict mutated during update";

  public ChangedDuringIteration(String message) {
    super(message, null, false, false);
  }
}
