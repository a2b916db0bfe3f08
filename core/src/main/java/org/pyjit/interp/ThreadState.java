package org.pyjit.interp;

/**
 * Per-thread interpreter state: the exception being handled (sys.exc_info()), the Python
 * call depth and the recursion limit (sys.setrecursionlimit).
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

  org.pyjit.runtime.PyBaseException handled;
  int depth;
  public int recursionLimit = 1000;

  public static ThreadState current() {
    return CURRENT.get();
  }

  public int depth() {
    return depth;
  }
}
