package org.pyjit.interp;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.Types;

/**
 * The coroutine instructions' work (GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR,
 * BEFORE_ASYNC_WITH), with CPython 3.13's TypeError messages, and the making of coroutines and
 * async generators when their functions are called. A coroutine or async generator is a
 * {@link PyGenerator} (the suspended frame) wrapped in {@link PyCoroutine} or
 * {@link PyAsyncGenerator}, so that the generator-only paths (for loops, yield from) never
 * take one for a generator.
 */
public final class Coroutines {
  private Coroutines() {}

  /**
   * Runs one of the coroutine instructions (kept out of the interpreter's loop, whose size
   * matters) on the value stack; returns the new stack pointer.
   */
  static int execute(int unit, Object[] stack, int sp) {
    int arg = unit >>> 8;
    switch (org.pyjit.bytecode.Opcode.of(unit & 0xff)) {
      case GET_AWAITABLE -> stack[sp - 1] = awaitable(stack[sp - 1], arg);
      case GET_AITER -> {
        stack[sp - 1] = aiter(stack[sp - 1]);
        if (arg == 1 && stack[sp - 1] instanceof PyAsyncGenerator ag) {
          ag.gen.ownByLoop(); // see PyGenerator.closeIfLoopOwned
        }
      }
      case GET_ANEXT -> {
        stack[sp] = anext(stack[sp - 1]);
        return sp + 1;
      }
      case BEFORE_ASYNC_WITH -> {
        return beforeAsyncWith(stack, sp);
      }
      case END_ASYNC_FOR -> {
        endAsyncFor(stack[sp - 1]);
        stack[sp - 1] = null;
        stack[sp - 2] = null;
        return sp - 2;
      }
      default -> throw new IllegalStateException("not a coroutine instruction: " + unit);
    }
    return sp;
  }

  /** What calling a function whose code is a generator, coroutine or async generator makes. */
  static Object make(Frame f) {
    CodeObject co = f.code;
    if (co.has(CodeObject.CO_COROUTINE)) {
      return new PyCoroutine(new PyGenerator(f, "coroutine"));
    }
    if (co.has(CodeObject.CO_ASYNC_GENERATOR)) {
      return new PyAsyncGenerator(new PyGenerator(f, "async generator"));
    }
    return new PyGenerator(f);
  }

  /** The frame behind a generator or coroutine, or null for any other object. */
  static PyGenerator underlying(Object o) {
    if (o instanceof PyGenerator g) {
      return g;
    } else if (o instanceof PyCoroutine c) {
      return c.gen;
    } else if (o instanceof PyCoroutine.Wrapper w) {
      return w.coro.gen;
    }
    return null;
  }

  /** GET_AWAITABLE: the iterator an await drives ({@code where}: 0 await, 1 __aenter__, 2 __aexit__). */
  static Object awaitable(Object o, int where) {
    if (o instanceof PyCoroutine c) {
      if (c.gen.delegate() != null) {
        throw Errors.runtimeError("coroutine is being awaited already");
      }
      return c;
    }
    Object await = Ops.getattrOrNull(o, "__await__");
    if (await == null || o instanceof PyAsyncGenerator) {
      String name = Types.typeOf(o).name;
      throw Errors.typeError(switch (where) {
        case 1 -> "'async with' received an object from __aenter__ that does not implement"
            + " __await__: " + name;
        case 2 -> "'async with' received an object from __aexit__ that does not implement"
            + " __await__: " + name;
        default -> "object " + name + " can't be used in 'await' expression";
      });
    }
    Object it = Ops.call(await, new Object[0], null);
    if (it instanceof PyCoroutine) {
      throw Errors.typeError("__await__() returned a coroutine");
    }
    if (!(it instanceof PyGenerator) && Ops.getattrOrNull(it, "__next__") == null) {
      throw Errors.typeError("__await__() returned non-iterator of type '"
          + Types.typeOf(it).name + "'");
    }
    return it;
  }

  /** GET_AITER: obj.__aiter__(), which must have __anext__. */
  static Object aiter(Object o) {
    Object aiter = Ops.getattrOrNull(o, "__aiter__");
    if (aiter == null) {
      throw Errors.typeError("'async for' requires an object with __aiter__ method, got "
          + Types.typeOf(o).name);
    }
    Object it = Ops.call(aiter, new Object[0], null);
    if (Ops.getattrOrNull(it, "__anext__") == null) {
      throw Errors.typeError("'async for' received an object from __aiter__ that does not"
          + " implement __anext__: " + Types.typeOf(it).name);
    }
    return it;
  }

  /** GET_ANEXT: the awaitable of aiter.__anext__(). */
  static Object anext(Object aiter) {
    if (aiter instanceof PyAsyncGenerator ag) {
      return ag.asend(org.pyjit.runtime.PySingleton.NONE);
    }
    Object anext = Ops.getattrOrNull(aiter, "__anext__");
    if (anext == null) {
      throw Errors.typeError("'async for' requires an iterator with __anext__ method, got "
          + Types.typeOf(aiter).name);
    }
    Object next = Ops.call(anext, new Object[0], null);
    try {
      return awaitable(next, 0);
    } catch (PyException e) {
      if (e.value.type() == Types.TYPE_ERROR) {
        PyException te = Errors.typeError("'async for' received an invalid object from"
            + " __anext__: " + Types.typeOf(next).name);
        te.value.cause = e.value;
        te.value.context = e.value;
        te.value.contextSet = true;
        te.value.suppressContext = true;
        throw te;
      }
      throw e;
    }
  }

  /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else is re-raised. */
  static void endAsyncFor(Object exc) {
    PyBaseException e = (PyBaseException) exc;
    if (!e.type().isSubtypeOf(Types.STOP_ASYNC_ITERATION)) {
      throw new Interpreter.Reraise(e);
    }
  }

  /** BEFORE_ASYNC_WITH: stack [mgr] becomes [bound __aexit__, mgr.__aenter__()]. */
  static int beforeAsyncWith(Object[] stack, int sp) {
    Object mgr = stack[sp - 1];
    Object enter = Ops.getattrOrNull(mgr, "__aenter__");
    Object exit = enter == null ? null : Ops.getattrOrNull(mgr, "__aexit__");
    if (enter == null || exit == null) {
      throw Errors.typeError("'" + Types.typeOf(mgr).name + "' object does not support the"
          + " asynchronous context manager protocol"
          + (enter == null ? "" : " (missed __aexit__ method)"));
    }
    stack[sp - 1] = exit;
    stack[sp] = Ops.call(enter, new Object[0], null);
    return sp + 1;
  }

  static final org.pyjit.runtime.PyType ANEXT_AWAITABLE =
      new org.pyjit.runtime.PyType("anext_awaitable", true, Types.OBJECT);

  /**
   * anext(aiterator, default): awaits aiterator.__anext__() and gives {@code dflt} when
   * that raises StopAsyncIteration (CPython's anext_awaitable).
   */
  public static Object anextWithDefault(Object aiter, Object dflt) {
    Object anext = Ops.getattrOrNull(aiter, "__anext__");
    if (anext == null) {
      throw Errors.typeError("'" + Types.typeOf(aiter).name + "' object is not an async iterator");
    }
    return new AnextAwaitable(Ops.call(anext, new Object[0], null), dflt);
  }

  static final class AnextAwaitable extends org.pyjit.runtime.PyObject {
    private final Object awaitable;
    private final Object dflt;
    private Object iterator;

    AnextAwaitable(Object awaitable, Object dflt) {
      this.awaitable = awaitable;
      this.dflt = dflt;
    }

    @Override
    public org.pyjit.runtime.PyType type() {
      return ANEXT_AWAITABLE;
    }

    Object step(Object value, PyBaseException exc) {
      if (iterator == null) {
        iterator = awaitable(awaitable, 0);
      }
      try {
        if (exc != null) {
          PyGenerator g = underlying(iterator);
          if (g != null) {
            return g.throwIn(exc);
          }
          if (iterator instanceof PyAsyncGenerator.Step st) {
            return st.send(org.pyjit.runtime.PySingleton.NONE, exc);
          }
          Object t = Ops.getattrOrNull(iterator, "throw");
          if (t == null) {
            throw new PyException(exc);
          }
          return Ops.call(t, new Object[] {exc}, null);
        }
        Object[] r = PyGenerator.sendTo(iterator, value);
        if (r == null) {
          throw PyGenerator.stop(org.pyjit.runtime.PySingleton.NONE);
        }
        if (r.length == 1) {
          return r[0];
        }
        throw PyGenerator.stop(r[1]);
      } catch (PyException e) {
        if (e.value.type().isSubtypeOf(Types.STOP_ASYNC_ITERATION)) {
          throw PyGenerator.stop(dflt);
        }
        throw e;
      }
    }
  }

  static {
    org.pyjit.runtime.PyType t = ANEXT_AWAITABLE;
    t.dict.put("send", new org.pyjit.runtime.PyBuiltinFunction("send", t,
        (a, k) -> ((AnextAwaitable) a[0]).step(a[1], null)));
    t.dict.put("__next__", new org.pyjit.runtime.PyBuiltinFunction("__next__", t,
        (a, k) -> ((AnextAwaitable) a[0]).step(org.pyjit.runtime.PySingleton.NONE, null)));
    t.dict.put("throw", new org.pyjit.runtime.PyBuiltinFunction("throw", t,
        (a, k) -> ((AnextAwaitable) a[0]).step(org.pyjit.runtime.PySingleton.NONE,
            org.pyjit.runtime.Builtins.makeException(a[1]))));
    t.dict.put("close", new org.pyjit.runtime.PyBuiltinFunction("close", t,
        (a, k) -> org.pyjit.runtime.PySingleton.NONE));
    t.dict.put("__iter__", new org.pyjit.runtime.PyBuiltinFunction("__iter__", t, (a, k) -> a[0]));
    t.dict.put("__await__", new org.pyjit.runtime.PyBuiltinFunction("__await__", t,
        (a, k) -> a[0]));
  }
}
