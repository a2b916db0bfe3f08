package org.pyjit.interp;

/**
 * Per-thread interpreter state: the exception being handled (sys.exc_info()), the innermost
 * running frame (whose {@link Frame#depth} is the Python call depth) and the recursion limit
 * (sys.setrecursionlimit).
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

  /**
   * The exception the innermost exception-state owner is handling: the running generator
   * (each has its own, as CPython's gi_exc_state) or else the thread; PUSH_EXC_INFO and
   * POP_EXCEPT save and restore it.
   */
  org.pyjit.runtime.PyBaseException handled;
  /** What the callers of the running generators are handling (used when it is null). */
  org.pyjit.runtime.PyBaseException outerHandled;
  /** The innermost running frame (for zero-argument super()). */
  Frame frame;
  public int recursionLimit = 1000;
  /**
   * Where {@code Interpreter.loop} starts the frame it is given: passed here, not read from
   * the frame, because a frame just pushed was zeroed by a vector store that a load of one
   * of its fields cannot be forwarded from (a stall at every call), and not as a parameter,
   * which would take the loop's one-byte local slots from its stack pointer and stack.
   */
  int resumeAt;

  public static ThreadState current() {
    return CURRENT.get();
  }

  /** The number of running Python frames (the recursion limit counts them). */
  public int depth() {
    return frame == null ? 0 : frame.depth;
  }

  /** The function of the innermost running Python frame, or null at module level. */
  public org.pyjit.runtime.PyFunction currentFunction() {
    return frame == null ? null : frame.function;
  }

  /**
   * The exception being handled (sys.exception(), a bare raise, implicit chaining), or
   * null: the innermost generator's, else its caller's, as CPython's topmost exception.
   */
  public org.pyjit.runtime.PyBaseException handled() {
    return handled != null ? handled : outerHandled;
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
