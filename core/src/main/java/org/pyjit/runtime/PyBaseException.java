package org.pyjit.runtime;

import org.pyjit.bytecode.CodeObject;

/**
 * An exception object (an instance of BaseException or a subclass): its args, and what
 * raising it recorded: the traceback, the cause ({@code raise ... from}) and the context (the
 * exception being handled when it was raised).
 */
public class PyBaseException extends PyInstance {
  public PyTuple args = PyTuple.EMPTY;
  public Traceback traceback;
  public PyBaseException cause;
  public PyBaseException context;
  public boolean suppressContext;
  /**
   * For a SyntaxError raised from source text: the File/line/caret lines CPython prints
   * above its headline (the parser's own report), or null.
   */
  public String syntaxLocation;
  /** Whether the context was already taken from the handled exception when first raised. */
  public boolean contextSet;

  /**
   * One frame of a traceback, outermost first: the code, the instruction that was running,
   * and the frame's namespaces (for "Did you mean" suggestions).
   */
  public record Traceback(CodeObject code, int instruction, FrameInfo frame, Traceback next) {
    public int line() {
      return code.lineOf(instruction);
    }
  }

  public PyBaseException(PyType type) {
    super(type);
  }

  public PyBaseException(PyType type, Object... args) {
    super(type);
    this.args = PyTuple.of(args);
  }

  /** Records that the exception passed through {@code code} at {@code instruction}. */
  public void addTraceback(CodeObject code, int instruction, FrameInfo frame) {
    traceback = new Traceback(code, instruction, frame, traceback);
  }
}
