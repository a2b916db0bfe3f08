package org.pyjit.interp;

import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PyProperty;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * An async generator ({@code async def} with yield). Its frame is a {@link PyGenerator} of
 * kind "async generator" whose own yields are wrapped ({@link Wrapped}, made by
 * CALL_INTRINSIC_1 INTRINSIC_ASYNC_GEN_WRAP) so that they can be told from the values its
 * awaits pass out to the event loop. {@code __anext__}/{@code asend} and
 * {@code athrow}/{@code aclose} return a {@link Step}: an awaitable that resumes the frame,
 * passes unwrapped values out, and ends with StopIteration(the yielded value) at a yield.
 */
public final class PyAsyncGenerator extends PyObject {
  static final PyType TYPE = new PyType("async_generator", true, Types.OBJECT);
  static final PyType ASEND = new PyType("async_generator_asend", true, Types.OBJECT);
  static final PyType ATHROW = new PyType("async_generator_athrow", true, Types.OBJECT);

  final PyGenerator gen;
  /** A step is under way (suspended in an await of the generator): CPython's ag_running_async. */
  boolean runningAsync;

  PyAsyncGenerator(PyGenerator gen) {
    this.gen = gen;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** A value yielded by the async generator itself (not by an await inside it). */
  record Wrapped(Object value) {}

  Step asend(Object value) {
    return new Step(this, ASEND, value, null);
  }

  /**
   * One awaited step of the generator: asend (exc null), athrow (exc given) or aclose
   * ({@link #closing}, exc a GeneratorExit).
   */
  static final class Step extends PyObject {
    private final PyAsyncGenerator agen;
    private final PyType type;
    private final Object sendValue;
    private final PyBaseException exc;
    private final boolean closing;
    private boolean started;
    private boolean done;

    Step(PyAsyncGenerator agen, PyType type, Object sendValue, PyBaseException exc) {
      this(agen, type, sendValue, exc, false);
    }

    Step(PyAsyncGenerator agen, PyType type, Object sendValue, PyBaseException exc,
        boolean closing) {
      this.agen = agen;
      this.type = type;
      this.sendValue = sendValue;
      this.exc = exc;
      this.closing = closing;
    }

    @Override
    public PyType type() {
      return type;
    }

    Object send(Object value, PyBaseException thrown) {
      if (done) {
        throw Errors.runtimeError(type == ASEND
            ? "cannot reuse already awaited __anext__()/asend()"
            : "cannot reuse already awaited aclose()/athrow()");
      }
      if (!started && agen.runningAsync) {
        throw Errors.runtimeError((type == ASEND ? "anext" : closing ? "aclose" : "athrow")
            + "(): asynchronous generator is already running");
      }
      agen.runningAsync = true;
      try {
        return step(value, thrown); // it returns only when an await inside suspends
      } catch (PyException e) {
        agen.runningAsync = false;
        throw e;
      }
    }

    /** close() of the awaitable: GeneratorExit into the generator if it is under way. */
    void close() {
      if (done) {
        return;
      }
      try {
        send(PySingleton.NONE, new PyBaseException(Types.GENERATOR_EXIT));
      } catch (PyException e) {
        PyType t = e.value.type();
        if (t.isSubtypeOf(Types.STOP_ITERATION) || t.isSubtypeOf(Types.STOP_ASYNC_ITERATION)
            || t.isSubtypeOf(Types.GENERATOR_EXIT)) {
          done = true;
          return;
        }
        throw e;
      }
      throw Errors.runtimeError("coroutine ignored GeneratorExit");
    }

    private Object step(Object value, PyBaseException thrown) {
      PyGenerator g = agen.gen;
      Object[] r;
      try {
        if (!started) {
          started = true;
          if (exc == null) {
            r = g.resume(value == PySingleton.NONE ? sendValue : value, thrown);
          } else {
            if (closing && (!g.isStarted() || g.isFinished())) {
              g.markFinished();
              done = true;
              throw PyGenerator.stop(PySingleton.NONE);
            }
            if (g.isFinished()) {
              done = true;
              throw PyGenerator.stop(PySingleton.NONE); // athrow() of an exhausted generator
            }
            r = g.resume(PySingleton.NONE, exc);
          }
        } else {
          r = g.resume(value, thrown);
        }
      } catch (PyException e) {
        done = true;
        if (closing && (e.value.type().isSubtypeOf(Types.GENERATOR_EXIT)
            || e.value.type().isSubtypeOf(Types.STOP_ASYNC_ITERATION))) {
          throw PyGenerator.stop(PySingleton.NONE);
        }
        throw e;
      }
      if (r.length == 1) {
        if (r[0] instanceof Wrapped w) {
          done = true;
          if (closing) {
            throw Errors.runtimeError("async generator ignored GeneratorExit");
          }
          throw PyGenerator.stop(w.value());
        }
        return r[0]; // an await inside passes a value out to whoever drives the coroutine
      }
      done = true;
      if (closing) {
        throw PyGenerator.stop(PySingleton.NONE);
      }
      throw new PyException(new PyBaseException(Types.STOP_ASYNC_ITERATION));
    }
  }

  private static Object attribute(PyGenerator g, String name) {
    return switch (name) {
      case "ag_running" -> g.isRunning();
      case "ag_suspended" -> g.isStarted() && !g.isRunning() && !g.isFinished();
      case "ag_frame" -> g.isFinished() ? PySingleton.NONE : g.frame().frameObject();
      case "ag_code" -> org.pyjit.runtime.CodeAttributes.wrap(g.frame().code);
      case "ag_await" -> {
        Object d = g.delegate();
        yield d == null ? PySingleton.NONE : d;
      }
      case "__name__" -> g.name();
      case "__qualname__" -> g.qualname();
      default -> null;
    };
  }

  private static PyBaseException thrown(Object[] a) {
    return Builtins.makeException(a[1]);
  }

  static {
    PyType t = TYPE;
    for (String name : new String[] {"ag_running", "ag_suspended", "ag_frame", "ag_code",
        "ag_await", "__name__", "__qualname__"}) {
      t.dict.put(name, new PyProperty(new PyBuiltinFunction(name,
          (a, k) -> attribute(((PyAsyncGenerator) a[0]).gen, name)), null, null));
    }
    t.dict.put("__aiter__", new PyBuiltinFunction("__aiter__", t, (a, k) -> a[0]));
    t.dict.put("__anext__", new PyBuiltinFunction("__anext__", t,
        (a, k) -> ((PyAsyncGenerator) a[0]).asend(PySingleton.NONE)));
    t.dict.put("asend", new PyBuiltinFunction("asend", t,
        (a, k) -> ((PyAsyncGenerator) a[0]).asend(a[1])));
    t.dict.put("athrow", new PyBuiltinFunction("athrow", t,
        (a, k) -> new Step((PyAsyncGenerator) a[0], ATHROW, null, thrown(a))));
    t.dict.put("aclose", new PyBuiltinFunction("aclose", t,
        (a, k) -> new Step((PyAsyncGenerator) a[0], ATHROW, null,
            new PyBaseException(Types.GENERATOR_EXIT), true)));
    for (PyType st : new PyType[] {ASEND, ATHROW}) {
      st.dict.put("send", new PyBuiltinFunction("send", st,
          (a, k) -> ((Step) a[0]).send(a[1], null)));
      st.dict.put("__next__", new PyBuiltinFunction("__next__", st,
          (a, k) -> ((Step) a[0]).send(PySingleton.NONE, null)));
      st.dict.put("throw", new PyBuiltinFunction("throw", st,
          (a, k) -> ((Step) a[0]).send(PySingleton.NONE, thrown(a))));
      st.dict.put("close", new PyBuiltinFunction("close", st, (a, k) -> {
        ((Step) a[0]).close();
        return PySingleton.NONE;
      }));
      st.dict.put("__iter__", new PyBuiltinFunction("__iter__", st, (a, k) -> a[0]));
      st.dict.put("__await__", new PyBuiltinFunction("__await__", st, (a, k) -> a[0]));
    }
  }
}
