package org.pyjit.jit.basic;

import org.pyjit.runtime.Errors;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * The built-in {@code pyjit} module: {@code jit}, the decorator that compiles a numeric
 * function to native code per combination of argument types ({@link JitFunction}), and
 * {@code JitError}, the exception raised at the first call of a function that uses
 * something outside the compiled subset.
 */
public final class PyjitModule {
  private PyjitModule() {}

  /** pyjit.JitError, a subclass of Exception. */
  public static final PyType JIT_ERROR = jitErrorType();

  private static PyModule module;

  private static PyType jitErrorType() {
    PyType t = new PyType("JitError", true, Types.EXCEPTION);
    t.module = "pyjit";
    t.hasInstanceDict = true;
    return t;
  }

  /** The module object (created on first import). */
  public static synchronized PyModule module() {
    if (module == null) {
      PyDict d = new PyDict();
      d.put("__name__", "pyjit");
      d.put("__doc__", "pyjit's compilers: @jit compiles a numeric function to native code.");
      d.put("JitError", JIT_ERROR);
      d.put("jit", new PyBuiltinFunction("jit", (a, k) -> {
        if (k != null && k.length > 0 || a.length != 1) {
          throw Errors.typeError("jit() takes exactly one argument (a function)");
        }
        return decorate(a[0]);
      }));
      module = new PyModule("pyjit", d);
    }
    return module;
  }

  /** {@code jit(f)}: the dispatching callable of a Python function. */
  static Object decorate(Object f) {
    if (!(f instanceof PyFunction fn)) {
      throw Errors.typeError("jit() expects a function, not "
          + Types.typeOf(f).name);
    }
    if (!org.pyjit.jit.JitOptions.enabled()) {
      return fn; // -X jit=off: the interpreter runs it, as CPython runs the plain function
    }
    String q = fn.qualname;
    int dot = q.lastIndexOf('.');
    if (dot > 0 && !q.substring(0, dot).endsWith("<locals>")) {
      // what @jit returns is not a method descriptor: called on an instance it would miss
      // self, so a method is refused where it is decorated
      throw jitError("@jit on a method (" + q + ") is not supported (line "
          + fn.code.firstlineno + ")");
    }
    return new JitFunction(fn).callable();
  }

  /** The Python exception for a compile-time refusal. */
  static PyException jitError(String message) {
    return Errors.raise(JIT_ERROR, message);
  }
}
