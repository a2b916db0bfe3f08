package org.pyjit.runtime;

/**
 * Raising Python exceptions from Java: each method returns the {@link PyException} to
 * throw ({@code throw Errors.typeError(...)}), so that the compiler sees the throw.
 */
public final class Errors {
  private Errors() {}

  public static PyException raise(PyType type, String message) {
    return new PyException(new PyBaseException(type, message));
  }

  /**
   * OSError(errno, strerror, ...args): the subclass for the errno (FileNotFoundError for 2...)
   * with its filename(s) when {@code args} has them (filename, or filename, None, filename2).
   */
  public static PyException osError(long errno, String strerror, Object... args) {
    Object[] a = new Object[2 + args.length];
    a[0] = errno;
    a[1] = strerror;
    System.arraycopy(args, 0, a, 2, args.length);
    return new PyException(Constructors.osError(Types.OS_ERROR, a));
  }

  public static PyException typeError(String message) {
    return raise(Types.TYPE_ERROR, message);
  }

  public static PyException valueError(String message) {
    return raise(Types.VALUE_ERROR, message);
  }

  public static PyException indexError(String message) {
    return raise(Types.INDEX_ERROR, message);
  }

  public static PyException keyError(Object key) {
    return new PyException(new PyBaseException(Types.KEY_ERROR, key));
  }

  public static PyException attributeError(String message) {
    return raise(Types.ATTRIBUTE_ERROR, message);
  }

  /** NameError, remembering the name for CPython's "Did you mean" suggestion. */
  public static PyException nameError(String name) {
    PyException e = raise(Types.NAME_ERROR, "name '" + name + "' is not defined");
    e.value.dict.put("name", name);
    return e;
  }

  public static PyException zeroDivision(String message) {
    return raise(Types.ZERO_DIVISION_ERROR, message);
  }

  public static PyException overflow(String message) {
    return raise(Types.OVERFLOW_ERROR, message);
  }

  public static PyException runtimeError(String message) {
    return raise(Types.RUNTIME_ERROR, message);
  }

  public static PyException stopIteration() {
    return new PyException(new PyBaseException(Types.STOP_ITERATION));
  }

  /** "unsupported operand type(s) for +: 'int' and 'str'". */
  public static PyException unsupportedOperands(String op, Object a, Object b) {
    return typeError("unsupported operand type(s) for " + op + ": '"
        + Types.typeOf(a).messageName() + "' and '" + Types.typeOf(b).messageName() + "'");
  }

  /** The Python exception for an error of the runtime.format formatters and parsers. */
  public static PyException from(org.pyjit.runtime.format.FormatError e) {
    PyType t = Types.EXCEPTIONS.getOrDefault(e.pythonType(), Types.VALUE_ERROR);
    return raise(t, e.getMessage());
  }
}
