package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.InterruptibleInput;
import org.pyjit.runtime.Interrupts;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.TracebackPrinter;
import org.pyjit.runtime.Types;
import org.pyjit.testing.PythonSource;

/**
 * Ctrl-C inside the engine: a pending interrupt becomes a KeyboardInterrupt where CPython's
 * eval breaker would raise it (backward jumps, function entry), catchable by Python code,
 * and consumed once raised; a blocked read of standard input is woken by it and loses no
 * input. (The SIGINT handler itself and the process's exit are tested in the CLI.)
 */
class InterruptsTest {
  @AfterEach
  void clear() {
    Interrupts.pending = false;
  }

  private static PyDict run(String src) {
    PyDict globals = new PyDict();
    // ctrl_c() stands for a SIGINT arriving while Python code runs
    globals.put("ctrl_c", new PyBuiltinFunction("ctrl_c", (a, k) -> {
      Interrupts.signal();
      return PySingleton.NONE;
    }));
    return PythonSource.run(src, globals);
  }

  @Test
  void aPendingInterruptStopsALoopAtItsBackwardJump() {
    assertThatThrownBy(() -> run("""
        n = 0
        while True:
            n += 1
            if n == 5:
                ctrl_c()
        """)).isInstanceOfSatisfying(PyException.class, e -> {
          assertThat(e.value.type()).isSameAs(Types.KEYBOARD_INTERRUPT);
          assertThat(e.value.args.size()).isZero();
          // raised at the loop's backward jump, located at its test as CPython's
          assertThat(TracebackPrinter.format(e.value, f -> null))
              .contains("line 2, in <module>");
        });
    assertThat(Interrupts.pending).as("consumed").isFalse();
  }

  @Test
  void aPendingInterruptIsRaisedOnEnteringAFunction() {
    assertThatThrownBy(() -> run("""
        def f():
            return 1
        ctrl_c()
        f()
        """)).isInstanceOfSatisfying(PyException.class, e ->
            assertThat(TracebackPrinter.format(e.value, f -> null))
                .contains("line 4, in <module>").contains("line 1, in f"));
  }

  @Test
  void aPendingInterruptIsRaisedOnEnteringAFunctionAtASpecializedCallSite() {
    // the calls are pushed frames (CALL_PY_EXACT_ARGS), which start after their RESUME
    // unless an interrupt is pending: it is raised at the callee's entry all the same
    assertThatThrownBy(() -> run("""
        def f(n):
            return n
        def g(n):
            if n == 3:
                ctrl_c()
            return 0 if n == 0 else g(n - 1)
        for i in range(10):
            if i == 8:
                g(5)
            f(i)
        """)).isInstanceOfSatisfying(PyException.class, e -> {
          assertThat(e.value.type()).isSameAs(Types.KEYBOARD_INTERRUPT);
          String tb = TracebackPrinter.format(e.value, f -> null);
          assertThat(tb).contains("line 9, in <module>").contains("line 6, in g")
              .endsWith("line 3, in g\nKeyboardInterrupt\n"); // g(2)'s entry
        });
    assertThat(Interrupts.pending).as("consumed").isFalse();
    assertThatThrownBy(() -> run("""
        def f(n):
            return n
        for i in range(10):
            if i == 8:
                ctrl_c()
            f(i)
        """)).isInstanceOfSatisfying(PyException.class, e ->
            assertThat(TracebackPrinter.format(e.value, f -> null))
                .contains("line 6, in <module>").endsWith("line 1, in f\nKeyboardInterrupt\n"));
  }

  @Test
  void aPendingInterruptIsRaisedWhereAGeneratorResumesAndAtAClosuresEntry() {
    // a generator resumed, and a closure's pushed frame (COPY_FREE_VARS, RESUME), start after
    // their RESUME only when no interrupt is pending: otherwise it is raised there
    assertThatThrownBy(() -> run("""
        def gen():
            yield 1
            yield 2
        g = gen()
        next(g)
        ctrl_c()
        next(g)
        """)).isInstanceOfSatisfying(PyException.class, e -> {
          assertThat(e.value.type()).isSameAs(Types.KEYBOARD_INTERRUPT);
          assertThat(TracebackPrinter.format(e.value, f -> null))
              .contains("line 7, in <module>").endsWith("line 2, in gen\nKeyboardInterrupt\n");
        });
    assertThat(Interrupts.pending).as("consumed").isFalse();
    assertThatThrownBy(() -> run("""
        def make(k):
            return lambda v: v + k
        add = make(3)
        for i in range(10):
            if i == 8:
                ctrl_c()
            add(i)
        """)).isInstanceOfSatisfying(PyException.class, e ->
            assertThat(TracebackPrinter.format(e.value, f -> null))
                .contains("line 7, in <module>").endsWith("line 2, in <lambda>\nKeyboardInterrupt\n"));
    assertThat(Interrupts.pending).as("consumed").isFalse();
  }

  @Test
  void pythonCodeCatchesItAndGoesOn() {
    PyDict g = run("""
        def f():
            return 1
        try:
            ctrl_c()
            f()
            r = 'not raised'
        except KeyboardInterrupt as e:
            r = 'caught ' + type(e).__name__
        n = 0
        for i in range(3):
            n += 1
        """);
    assertThat(g.get("r")).isEqualTo("caught KeyboardInterrupt");
    assertThat(g.get("n")).isEqualTo(3L); // raised once only
  }

  @Test
  void aSignalWakesABlockedReadWhichLosesNothing() throws Exception {
    PipedOutputStream writer = new PipedOutputStream();
    InterruptibleInput in = new InterruptibleInput(new PipedInputStream(writer));
    CompletableFuture<Throwable> blocked = CompletableFuture.supplyAsync(() -> {
      try {
        in.read(new byte[16], 0, 16);
        return null;
      } catch (Throwable e) {
        return e;
      }
    });
    Thread.sleep(200); // the reader is waiting for input
    assertThat(blocked).isNotDone();
    Interrupts.signal();
    Throwable t = blocked.get(10, TimeUnit.SECONDS);
    assertThat(t).isInstanceOf(PyException.class);
    assertThat(((PyException) t).value.type()).isSameAs(Types.KEYBOARD_INTERRUPT);
    // what the abandoned read receives later goes to the next read
    writer.write("line\n".getBytes(StandardCharsets.UTF_8));
    writer.flush();
    byte[] b = new byte[16];
    int n = in.read(b, 0, 16);
    assertThat(new String(b, 0, n, StandardCharsets.UTF_8)).isEqualTo("line\n");
    writer.close();
    assertThat(in.read(b, 0, 16)).isEqualTo(-1);
  }
}
