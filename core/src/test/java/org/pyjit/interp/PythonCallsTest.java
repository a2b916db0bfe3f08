package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.PyDict;
import org.pyjit.testing.PythonSource;

/**
 * Python-to-Python calls run without Java recursion (CPython 3.11's calls): a chain of
 * them is as deep as the recursion limit allows whatever the Java thread's stack, and the
 * thread's innermost frame and depth are back to the caller's after returns and errors.
 * (What Python code sees, tracebacks included, is checked by tests/programs/recursion.)
 */
class PythonCallsTest {
  private static PyDict run(String src) {
    return PythonSource.run(src);
  }

  /** Runs {@code src} on a new thread with a Java stack of {@code stackBytes}. */
  private static PyDict runOnSmallStack(String src, long stackBytes) throws Exception {
    AtomicReference<PyDict> out = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        out.set(run(src));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", stackBytes);
    t.start();
    t.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    return out.get();
  }

  @Test
  void aDeepChainOfCallsNeedsNoJavaStack() throws Exception {
    // 512 KB of Java stack held a few thousand recursive interpreter calls at most
    PyDict g = runOnSmallStack("""
        import sys
        sys.setrecursionlimit(200000)
        def down(n, acc=0):
            return acc if n == 0 else down(n - 1, acc + 1)
        class Node:
            def __init__(self, depth):
                self.child = Node(depth - 1) if depth else None
        def length(node):
            return 0 if node is None else 1 + length(node.child)
        r1 = down(150000)
        r2 = length(Node(50000))
        """, 512 * 1024);
    assertThat(g.getStr("r1")).isEqualTo(150000L);
    assertThat(g.getStr("r2")).isEqualTo(50001L);
  }

  @Test
  void theLimitIsCheckedOnEveryPushedFrame() throws Exception {
    PyDict g = runOnSmallStack("""
        import sys
        sys.setrecursionlimit(3000)
        def down(n):
            return 0 if n == 0 else 1 + down(n - 1)
        try:
            down(5000)
            r = 'no error'
        except RecursionError as e:
            r = str(e)
        ok = down(2900)
        """, 512 * 1024);
    assertThat(g.getStr("r")).isEqualTo("maximum recursion depth exceeded");
    assertThat(g.getStr("ok")).isEqualTo(2900L);
  }

  @Test
  void theInnermostFrameIsTheCallersAfterReturnsAndErrors() {
    ThreadState ts = ThreadState.current();
    Frame before = ts.frame;
    run("""
        def f(n):
            if n == 3:
                raise ValueError(n)
            return f(n + 1)
        def g():
            try:
                f(0)
            except ValueError:
                return h(5)
        def h(n):
            return n if n == 0 else h(n - 1)
        for i in range(50):
            g()
        """);
    assertThat(ts.frame).isSameAs(before);
    assertThat(ts.depth()).isEqualTo(before == null ? 0 : before.depth);
  }

  @Test
  void anExceptionLeavingThePushedFramesLeavesTheThreadAsItWas() {
    ThreadState ts = ThreadState.current();
    Frame before = ts.frame;
    PyDict g = new PyDict();
    g.put("__name__", "__main__");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Interpreter.runModule(
        CodeGen.compileModule(Parser.parseModule("""
            def f(n):
                if n == 0:
                    raise KeyError(n)
                return f(n - 1)
            f(100)
            """, "<test>"), "<test>"), g))
        .isInstanceOf(org.pyjit.runtime.PyException.class);
    assertThat(ts.frame).isSameAs(before);
  }
}
