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
  /** Made for a for loop alone (GET_ITER 1): the loop closes it when left early. */
  boolean loopOwned;

  /**
   * POP_ITER: a (for or async for) loop left early drops its own iterator, closing a
   * generator or async generator as CPython's reference counting does.
   */
  static void closeIfLoopOwned(Object it) {
    PyGenerator g = it instanceof PyAsyncGenerator ag ? ag.gen
        : it instanceof PyGenerator pg ? pg : null;
    if (g != null && g.loopOwned) {
      g.close();
    }
  }

  /** GET_ITER 1: a generator not started yet is the loop's own. */
  void ownByLoop() {
    if (!started) {
      loopOwned = true;
    }
  }

  /**
   * An exception unwinds stack[from, to): the suspended generators loops owned there are
   * dropped, so they are closed, as CPython's reference counting closes them. An exception
   * from a finally block of theirs is ignored (CPython reports it as unraisable).
   */
  static void closeOwned(Object[] stack, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      PyGenerator g = stack[i] instanceof PyAsyncGenerator ag ? ag.gen
          : stack[i] instanceof PyGenerator pg ? pg : null;
      if (g != null && g.loopOwned && g.started && !g.finished && !g.running) {
        try {
          g.close();
        } catch (PyException e) {
          // ignored: CPython prints "Exception ignored in" on stderr
        }
      }
    }
  }

  private boolean started;
  private boolean running;
  /** The exception the generator was handling when it yielded, or null. */
  private PyBaseException handledInside;
  private boolean finished;

  /** "generator", "coroutine" or "async generator": what the messages call it. */
  final String kind;

  PyGenerator(Frame frame) {
    this(frame, "generator");
  }

  PyGenerator(Frame frame, String kind) {
    this.frame = frame;
    this.kind = kind;
  }

  boolean isStarted() {
    return started;
  }

  boolean isFinished() {
    return finished;
  }

  /** Marks a frame never started as finished (closing an async generator before its start). */
  void markFinished() {
    finished = true;
  }

  Frame frame() {
    return frame;
  }

  /**
   * The object a suspended {@code yield from} or {@code await} is delegating to (the frame
   * stopped at a YIELD_VALUE 1 of the compiler's send loop, its receiver on top of the
   * stack), or null: CPython's _PyGen_yf.
   */
  Object delegate() {
    if (!started || finished || running || frame.resumeAt < 2) {
      return null;
    }
    int unit = frame.code.code[frame.resumeAt - 1];
    if ((unit & 0xff) != org.pyjit.bytecode.Opcode.YIELD_VALUE.ordinal() || (unit >>> 8) != 1) {
      return null;
    }
    return frame.stack[frame.sp - 1];
  }

  @Override
  public PyType type() {
    return Types.GENERATOR;
  }

  public String name() {
    return frame.code.name;
  }

  /** The generator's data attributes (gi_*, __name__, __qualname__), or null. */
  public Object attribute(String attr) {
    return switch (attr) {
      case "gi_running" -> running;
      case "gi_suspended" -> started && !running && !finished;
      case "gi_frame" -> finished ? PySingleton.NONE : frame.frameObject();
      case "gi_code" -> org.pyjit.runtime.CodeAttributes.wrap(frame.code);
      case "gi_yieldfrom" -> {
        Object d = delegate();
        yield d == null ? PySingleton.NONE : d;
      }
      case "__name__" -> name();
      case "__qualname__" -> qualname();
      default -> null;
    };
  }

  /**
   * Resumes with {@code value}: returns {yielded} when the generator yields, {null, result}
   * when it returns, and throws what it raises.
   */
  Object[] resume(Object value, PyBaseException exc) {
    Object v = step(value, exc, ThreadState.current());
    if (v == RETURNED) {
      Object result = returnValue;
      returnValue = null;
      return new Object[] {null, result};
    }
    return new Object[] {v};
  }

  /** What {@link #step} returns when the generator returned (its value in returnValue). */
  private static final Object RETURNED = new Object();
  private Object returnValue;

  /**
   * {@link #resume} without the result array (a for loop resumes a generator per item):
   * the yielded value, or {@link #RETURNED}.
   */
  private Object step(Object value, PyBaseException exc, ThreadState ts) {
    if (running) {
      throw Errors.valueError(kind + " already executing");
    }
    if (finished) {
      if (exc != null) {
        throw new PyException(exc);
      }
      if (kind.equals("coroutine")) {
        throw Errors.runtimeError("cannot reuse already awaited coroutine");
      }
      returnValue = PySingleton.NONE;
      return RETURNED;
    }
    if (!started && value != PySingleton.NONE && exc == null) {
      throw Errors.typeError("can't send non-None value to a just-started " + kind);
    }
    Object yf = exc != null ? delegate() : null;
    if (yf != null) {
      // throw()/close() go to the delegate first, as CPython's gen_throw does
      Object[] r = throwToDelegate(yf, exc);
      if (r == null) {
        exc = thrownBack;
      } else if (r.length == 1) {
        return r[0];
      } else {
        // the delegate returned: the send loop ends with its value (at its END_SEND)
        int send = frame.code.code[frame.resumeAt - 2];
        frame.stack[frame.sp++] = r[1];
        frame.resumeAt = send >>> 8;
        exc = null;
        value = null;
      }
    }
    if (started && exc == null && value != null) {
      frame.stack[frame.sp++] = value;
    }
    started = true;
    frame.throwIn = exc;
    frame.yielded = false;
    running = true;
    // the exception a suspended generator is handling is its own: sys.exception() in the
    // caller does not see it, and it is back when the generator resumes (gi_exc_state)
    PyBaseException callerHandled = ts.handled;
    PyBaseException callerOuter = ts.outerHandled;
    ts.outerHandled = ts.handled();
    ts.handled = handledInside;
    if (exc != null) {
      exc.contextSet = true; // thrown in, not raised: CPython chains no context to it
    }
    try {
      Object r = Interpreter.run(frame, ts);
      if (frame.yielded) {
        return r;
      }
      finished = true;
      // returned: gi_frame is None, and the frame would keep its last resumer's alive (one
      // that raised keeps it: its traceback's tb_frame.f_back is that caller, as in CPython)
      frame.entered = null;
      returnValue = r;
      return RETURNED;
    } catch (PyException e) {
      finished = true;
      boolean stopAsync = kind.equals("async generator")
          && e.value.type().isSubtypeOf(Types.STOP_ASYNC_ITERATION);
      if (e.value.type().isSubtypeOf(Types.STOP_ITERATION) || stopAsync) {
        PyException re = Errors.runtimeError(kind + " raised "
            + (stopAsync ? "StopAsyncIteration" : "StopIteration"));
        re.value.cause = e.value;
        re.value.context = e.value;
        re.value.contextSet = true;
        re.value.suppressContext = true;
        throw re;
      }
      throw e;
    } finally {
      handledInside = frame.yielded ? ts.handled : null;
      if (frame.yielded) {
        frame.entered = null; // suspended: no f_back until resumed
      }
      ts.handled = callerHandled;
      ts.outerHandled = callerOuter;
      running = false;
    }
  }

  /** The exception to raise in the frame after {@link #throwToDelegate} returned null. */
  private PyBaseException thrownBack;

  /**
   * Passes {@code exc} to the delegate {@code yf}: {yielded} or {null, result} when it
   * yields or returns, or null with {@link #thrownBack} the exception to raise in this frame
   * instead (GeneratorExit after closing the delegate, what the delegate raised, or exc
   * itself when the delegate has no throw method).
   */
  private Object[] throwToDelegate(Object yf, PyBaseException exc) {
    thrownBack = exc;
    running = true;
    try {
      if (exc.type().isSubtypeOf(Types.GENERATOR_EXIT)) {
        PyGenerator g = Coroutines.underlying(yf);
        if (g != null) {
          g.close();
        } else {
          Object close = Ops.getattrOrNull(yf, "close");
          if (close != null) {
            Ops.call(close, new Object[0], null);
          }
        }
        return null;
      }
      PyGenerator g = Coroutines.underlying(yf);
      if (g != null) {
        return g.resume(PySingleton.NONE, exc);
      }
      Object t = Ops.getattrOrNull(yf, "throw");
      if (t == null) {
        return null;
      }
      try {
        return new Object[] {Ops.call(t, new Object[] {exc}, null)};
      } catch (PyException e) {
        if (e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
          org.pyjit.runtime.PyTuple args = e.value.args;
          return new Object[] {null, args.size() > 0 ? args.get(0) : PySingleton.NONE};
        }
        throw e;
      }
    } catch (PyException e) {
      thrownBack = e.value;
      return null;
    } finally {
      running = false;
    }
  }

  /** next(): the next value, or null when the generator is exhausted. */
  public Object next() {
    return next(ThreadState.current());
  }

  /** {@link #next()} on the running thread's state (FOR_ITER_GEN has it: no lookup). */
  Object next(ThreadState ts) {
    Object v = step(PySingleton.NONE, null, ts);
    if (v == RETURNED) {
      returnValue = null;
      return null;
    }
    return v;
  }

  /** generator.send(value), raising StopIteration(result) at the end. */
  public Object send(Object value) {
    Object v = step(value, null, ThreadState.current());
    if (v == RETURNED) {
      Object result = returnValue;
      returnValue = null;
      throw stop(result);
    }
    return v;
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
        throw Errors.runtimeError(kind + " ignored GeneratorExit");
      }
    } catch (PyException e) {
      if (!e.value.type().isSubtypeOf(Types.GENERATOR_EXIT)) {
        throw e;
      }
    }
  }

  /**
   * At the end of a program, closes the suspended generators and coroutines that __main__'s
   * globals still hold, in the dict's order, as CPython does when it clears the module at
   * shutdown (their finally blocks run then). An exception raised by one is ignored, as CPython's finalizer
   * does (it would print "Exception ignored in" on stderr).
   */
  public static void closeAtExit(org.pyjit.runtime.PyDict globals) {
    for (Object[] kv : globals.items()) {
      PyGenerator g = Coroutines.underlying(kv[1]);
      if (g != null && g.started && !g.finished && !g.running) {
        try {
          g.close();
        } catch (PyException e) {
          // ignored, as an exception in a finalizer
        }
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
   * SEND: one step of {@code yield from} (or {@code await}) with the receiver under the sent
   * value on top of {@code stack[0, sp)}. Returns the new stack pointer with the delegate's
   * yielded value on top, or its complement ({@code ~sp}, negative) with the result on top
   * when the send loop ends (the delegate returned, or a plain iterator is exhausted: None).
   * A generator delegate is stepped directly on the loop's thread state, without a result
   * array: nqueens' recursive generator sends once per node of its search tree and once per
   * level for each solution it yields.
   */
  static int send(Object[] stack, int sp, ThreadState ts) {
    Object v = stack[--sp];
    stack[sp] = null;
    Object receiver = stack[sp - 1];
    if (receiver instanceof PyGenerator g) {
      Object y = g.step(v, null, ts);
      if (y != RETURNED) {
        stack[sp] = y;
        return sp + 1;
      }
      stack[sp] = g.returnValue;
      g.returnValue = null;
      return ~(sp + 1);
    }
    Object[] sent = sendTo(receiver, v);
    if (sent == null) {
      stack[sp] = PySingleton.NONE; // exhausted iterator: yield from returns None
      return ~(sp + 1);
    }
    if (sent.length == 1) {
      stack[sp] = sent[0]; // the delegate yielded
      return sp + 1;
    }
    stack[sp] = sent[1]; // the delegate returned
    return ~(sp + 1);
  }

  /**
   * One step of {@code yield from receiver}: {yielded} or {null, result} as
   * {@link #resume}, or null when a plain iterator is exhausted.
   */
  static Object[] sendTo(Object receiver, Object value) {
    PyGenerator g = Coroutines.underlying(receiver);
    if (g != null) {
      return g.resume(value, null);
    }
    try {
      if (receiver instanceof PyAsyncGenerator.Step step) {
        return new Object[] {step.send(value, null)};
      }
      if (value == PySingleton.NONE && receiver instanceof org.pyjit.runtime.PyIterator) {
        Object v = Ops.next(receiver);
        return v == null ? null : new Object[] {v};
      }
      if (value == PySingleton.NONE) {
        // a Python-level __next__: its StopIteration's value is the result (caught below)
        return new Object[] {Ops.call(Ops.getattr(receiver, "__next__"), new Object[0], null)};
      }
      return new Object[] {Ops.call(Ops.getattr(receiver, "send"), new Object[] {value}, null)};
    } catch (PyException e) {
      // the delegate returned: its StopIteration carries the value of the yield from / await
      if (e.value.type().isSubtypeOf(Types.STOP_ITERATION)) {
        org.pyjit.runtime.PyTuple args = e.value.args;
        return new Object[] {null, args.size() > 0 ? args.get(0) : PySingleton.NONE};
      }
      throw e;
    }
  }

  static {
    PyType t = Types.GENERATOR;
    // the gi_* attributes as read-only properties of the type (gi_running and the names are
    // also answered by BuiltinAttributes, before the type's dict)
    for (String name : new String[] {"gi_code", "gi_frame", "gi_running", "gi_suspended",
        "gi_yieldfrom"}) {
      t.dict.put(name, new org.pyjit.runtime.PyProperty(new PyBuiltinFunction(name,
          (a, k) -> ((PyGenerator) a[0]).attribute(name)), null, null));
    }
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
