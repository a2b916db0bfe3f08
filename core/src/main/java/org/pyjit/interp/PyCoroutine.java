package org.pyjit.interp;

import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PyProperty;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * A coroutine (what calling an {@code async def} function without yield makes): its frame is a
 * {@link PyGenerator} of kind "coroutine" driven by send/throw/close, by an await in another
 * coroutine, or through the iterator {@code __await__()} returns (coroutine_wrapper). It is
 * not iterable itself.
 */
public final class PyCoroutine extends PyObject {
  static final PyType TYPE = new PyType("coroutine", true, Types.OBJECT);
  static final PyType WRAPPER_TYPE = new PyType("coroutine_wrapper", true, Types.OBJECT);

  final PyGenerator gen;

  PyCoroutine(PyGenerator gen) {
    this.gen = gen;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** coroutine.__await__(): an iterator over the same frame. */
  static final class Wrapper extends PyObject {
    final PyCoroutine coro;

    Wrapper(PyCoroutine coro) {
      this.coro = coro;
    }

    @Override
    public PyType type() {
      return WRAPPER_TYPE;
    }
  }

  private static PyGenerator gen(Object self) {
    return Coroutines.underlying(self);
  }

  private static Object attribute(PyGenerator g, String name) {
    return switch (name) {
      case "cr_running" -> g.isRunning();
      case "cr_suspended" -> g.isStarted() && !g.isRunning() && !g.isFinished();
      case "cr_frame" -> g.isFinished() ? PySingleton.NONE : g.frame().frameObject();
      case "cr_code" -> org.pyjit.runtime.CodeAttributes.wrap(g.frame().code);
      case "cr_await" -> {
        Object d = g.delegate();
        yield d == null ? PySingleton.NONE : d;
      }
      case "cr_origin" -> PySingleton.NONE;
      case "__name__" -> g.name();
      case "__qualname__" -> g.qualname();
      default -> null;
    };
  }

  /** The methods shared by generator-like types: send, throw, close. */
  static void addFrameMethods(PyType t) {
    t.dict.put("send", new PyBuiltinFunction("send", t, (a, k) -> gen(a[0]).send(a[1])));
    t.dict.put("throw", new PyBuiltinFunction("throw", t,
        (a, k) -> gen(a[0]).throwIn(Builtins.makeException(a[1]))));
    t.dict.put("close", new PyBuiltinFunction("close", t, (a, k) -> {
      gen(a[0]).close();
      return PySingleton.NONE;
    }));
  }

  static {
    PyType t = TYPE;
    for (String name : new String[] {"cr_running", "cr_suspended", "cr_frame", "cr_code",
        "cr_await", "cr_origin", "__name__", "__qualname__"}) {
      t.dict.put(name, new PyProperty(new PyBuiltinFunction(name,
          (a, k) -> attribute(gen(a[0]), name)), null, null));
    }
    addFrameMethods(t);
    t.dict.put("__await__", new PyBuiltinFunction("__await__", t,
        (a, k) -> new Wrapper((PyCoroutine) a[0])));
    PyType w = WRAPPER_TYPE;
    addFrameMethods(w);
    w.dict.put("__next__", new PyBuiltinFunction("__next__", w,
        (a, k) -> gen(a[0]).send(PySingleton.NONE)));
    w.dict.put("__iter__", new PyBuiltinFunction("__iter__", w, (a, k) -> a[0]));
  }
}
