package org.pyjit.interp;

import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * A frame as Python code sees it (a generator's gi_frame): a view of an interpreter
 * {@link Frame} with f_code, f_globals, f_lineno and f_locals (fast locals are not exposed yet).
 */
public final class PyFrameObject extends PyObject {
  static final PyType TYPE = new PyType("frame", true, Types.OBJECT);

  static {
    TYPE.baseType = false;
    for (String name : new String[] {"f_code", "f_globals", "f_lineno"}) {
      TYPE.dict.put(name, new org.pyjit.runtime.PyProperty(new org.pyjit.runtime.PyBuiltinFunction(
          name, (a, k) -> ((PyFrameObject) a[0]).attribute(name)), null, null));
    }
  }

  private final Frame frame;

  PyFrameObject(Frame frame) {
    this.frame = frame;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  /** The data attribute {@code name}, or null. */
  public Object attribute(String name) {
    return switch (name) {
      case "f_code" -> org.pyjit.runtime.CodeAttributes.wrap(frame.code);
      case "f_globals" -> frame.globals;
      case "f_lineno" -> (long) frame.code.lines[Math.max(0, Math.min(frame.pc,
          frame.code.lines.length - 1))];
      default -> null;
    };
  }
}
