package org.pyjit.interp;

/**
 * Per-thread interpreter state: the exception being handled (sys.exc_info()), the Python
 * call depth and the recursion limit (sys.setrecursionlimit).
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

  org.pyjit.runtime.PyBaseException handled;
  int depth;
  /** The innermost running frame (for zero-argument super()). */
  Frame frame;
  public int recursionLimit = 1000;

  public static ThreadState current() {
    return CURRENT.get();
  }

  public int depth() {
    return depth;
  }

  /** The function of the innermost running Python frame, or null at module level. */
  public org.pyjit.runtime.PyFunction currentFunction() {
    return frame == null ? null : frame.function;
  }

  /** The exception being handled (sys.exception()), or null. */
  public org.pyjit.runtime.PyBaseException handled() {
    return handled;
  }

  /** The innermost running Python frame (for globals(), locals(), vars() and dir()). */
  public Frame currentFrame() {
    return frame;
  }

  /** Local slot {@code i} of the innermost running frame. */
  public Object currentLocal(int i) {
    Object v = frame.fast[i];
    return v instanceof org.pyjit.runtime.PyCell c ? c.value : v;
  }
}
