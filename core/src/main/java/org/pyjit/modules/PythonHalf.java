package org.pyjit.modules;

import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Calls;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * What the Java engines under library modules written in Python share (_binascii under
 * binascii.py, _zlib, _hashlib, _subprocess): their functions take positional arguments the
 * Python half has already checked, their errors are raised as the error class the Python half
 * defines and hands in through {@code _init(cls)}, and the objects they hand out are opaque
 * handles.
 */
final class PythonHalf {
  private PythonHalf() {}

  /** A function of positional arguments only (keywords are not looked at). */
  interface Fixed {
    Object call(Object[] a);
  }

  static void fn(PyDict d, String name, Fixed body) {
    d.put(name, new PyBuiltinFunction(name, (a, k) -> body.call(a)));
  }

  /**
   * The type of the opaque handles a Java half gives its Python half (a running process, a
   * digest, a zlib stream): a built-in type named {@code module.name}.
   */
  static PyType handleType(String name, String module) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.module = module;
    return t;
  }

    /** A module's error class: {@code initial} until the Python half's {@code _init}. */
  static final class ErrorClass {
    private Object cls;

    ErrorClass(PyDict d, Object initial) {
      cls = initial;
      fn(d, "_init", a -> {
        cls = a[0];
        return PySingleton.NONE;
      });
    }

    /** An instance of the class with this message, to throw. */
    PyException error(String message) {
      Object e = Calls.call(cls, new Object[] {message}, null);
      return new PyException(Builtins.makeException(e));
    }
  }
}
