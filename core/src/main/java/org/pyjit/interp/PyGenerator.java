package org.pyjit.interp;

import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * A generator: a suspended frame. {@link #send} resumes it with a value (the result of the
 * pending yield expression) until it yields again or returns; a return ends it with
 * StopIteration carrying the value; {@link #throwIn} raises an exception at the yield.
 */
public final class PyGenerator extends PyObject {
  private final Frame frame;

  /** gi_running: whether the generator is executing now. */
  public boolean isRunning() {
    return running;
  }

  /** gi_code's qualname: a generator's __qualname__ (its __name__ is {@link #name}). */
  public String qualname() {
    return frame.code.qualname;
  }
  private boolean started;
  private boolean running;
  /** The exception the generator was handling when it yielded, or null. */
  private PyBaseException handledInside;
  private boolean finished;

  PyGenerator(Frame frame) {
    this.frame = frame;
  }

  @Override
  public PyType type() {
    return Types.GENERATOR;
  }

  public String name() {
    return frame.code.name;
  }

  /**
   * Resumes with {@code value}: returns {yielded} when the generator yields, {null, result}
   * when it returns, and throws what it raises.
   */
  Object[] resume(Object value, PyBaseException exc) {
    if (running) {
      throw Errors.valueError("generator already executing");
    }
    if (finished) {
      if (exc != null) {
        throw new PyException(exc);
      }
      return new Object[] {null, PySingleton.NONE};
    }
    if (!started && value != PySingleton.NONE && exc == null) {
      throw Errors.typeError("can't send non-None value to a just-started generator");
    }
    if (started && exc == null) {
      frame.stack[frame.sp++] = value;
    }
    started = true;
    frame.throwIn = exc;
    frame.yielded = false;
    running = true;
    // the exception a suspended generator is handling is its own: sys.exception() in the
    // caller does not see it, and it is back when the generator resumes (gi_exc_state)
    ThreadState ts = ThreadState.current();
    PyBaseException callerHandled = ts.handled;
    PyBaseException callerOuter = ts.outerHandled;
    ts.outerHandled = ts.handled();
    ts.handled = handledInside;
    if (exc != null) {
      exc.contextSet = true; // thrown in, not raised: CPython chains no context to it
    }
    try {
      Object r = Interpreter.run(frame);
      if (frame.yielded) {
        return new Object[] {r};
      }
      finished = true;
      return new Object[] {null, r};
    } catch (PyException e) {
      finished = true;
      if (e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
        PyException re = Errors.runtimeError("generator raised StopIteration");
        re.value.cause = e.value;
        re.value.context = e.value;
        re.value.contextSet = true;
        re.value.suppressContext = true;
        throw re;
      }
      throw e;
    } finally {
      handledInside = frame.yielded ? ts.handled : null;
      ts.handled = callerHandled;
      ts.outerHandled = callerOuter;
      running = false;
    }
  }

  /** next(): the next value, or null when the generator is exhausted. */
  public Object next() {
    Object[] r = resume(PySingleton.NONE, null);
    return r.length == 1 ? r[0] : null;
  }

  /** generator.send(value), raising StopIteration(result) at the end. */
  public Object send(Object value) {
    Object[] r = resume(value, null);
    if (r.length == 1) {
      return r[0];
    }
    throw stop(r[1]);
  }

  /** generator.throw(exc). */
  public Object throwIn(PyBaseException exc) {
    Object[] r = resume(PySingleton.NONE, exc);
    if (r.length == 1) {
      return r[0];
    }
    throw stop(r[1]);
  }

  /** generator.close(): GeneratorExit at the yield; yielding again is a RuntimeError. */
  public void close() {
    if (!started || finished) {
      finished = true;
      return;
    }
    try {
      Object[] r = resume(PySingleton.NONE, new PyBaseException(Types.GENERATOR_EXIT));
      if (r.length == 1) {
        throw Errors.runtimeError("generator ignored GeneratorExit");
      }
    } catch (PyException e) {
      if (!e.value.type().isSubtypeOf(Types.GENERATOR_EXIT)) {
        throw e;
      }
    }
  }

  static PyException stop(Object result) {
    PyBaseException e = result == PySingleton.NONE
        ? new PyBaseException(Types.STOP_ITERATION)
        : new PyBaseException(Types.STOP_ITERATION, result);
    return new PyException(e);
  }

  /**
   * One step of {@code yield from receiver}: {yielded} or {null, result} as
   * {@link #resume}, or null when a plain iterator is exhausted.
   */
  static Object[] sendTo(Object receiver, Object value) {
    if (receiver instanceof PyGenerator g) {
      return g.resume(value, null);
    }
    if (value == PySingleton.NONE) {
      Object v = Ops.next(receiver);
      return v == null ? null : new Object[] {v};
    }
    return new Object[] {Ops.call(Ops.getattr(receiver, "send"), new Object[] {value}, null)};
  }

  static {
    PyType t = Types.GENERATOR;
    t.dict.put("__next__", new PyBuiltinFunction("__next__", t,
        (a, k) -> ((PyGenerator) a[0]).send(PySingleton.NONE)));
    t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, (a, k) -> a[0]));
    t.dict.put("send", new PyBuiltinFunction("send", t,
        (a, k) -> ((PyGenerator) a[0]).send(a[1])));
    t.dict.put("throw", new PyBuiltinFunction("throw", t,
        (a, k) -> ((PyGenerator) a[0]).throwIn(org.pyjit.runtime.Builtins.makeException(a[1]))));
    t.dict.put("close", new PyBuiltinFunction("close", t, (a, k) -> {
      ((PyGenerator) a[0]).close();
      return PySingleton.NONE;
    }));
  }
}
