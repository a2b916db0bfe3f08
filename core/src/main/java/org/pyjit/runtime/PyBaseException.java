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

  /**
   * Implicit chaining when this exception is raised while {@code handled} is being handled
   * (CPython's _PyErr_SetObject): the handled exception becomes the context, replacing any
   * earlier one, after a cycle back to this exception is cut out of the handled one's
   * context chain (so raising a caught exception again cannot make a loop).
   */
  public void chainTo(PyBaseException handled) {
    if (handled == null || handled == this) {
      return;
    }
    PyBaseException o = handled;
    PyBaseException slow = handled;
    boolean advanceSlow = false;
    for (PyBaseException c = o.context; c != null; c = o.context) {
      if (c == this) {
        o.context = null;
        break;
      }
      o = c;
      if (o == slow) {
        break; // a cycle already there, not through this exception
      }
      if (advanceSlow) {
        slow = slow.context;
      }
      advanceSlow = !advanceSlow;
    }
    context = handled;
  }

  /** Records that the exception passed through {@code code} at {@code instruction}. */
  public void addTraceback(CodeObject code, int instruction, FrameInfo frame) {
    traceback = new Traceback(code, instruction, frame, traceback);
  }
}
