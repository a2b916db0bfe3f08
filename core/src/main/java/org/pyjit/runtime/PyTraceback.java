package org.pyjit.runtime;

/**
 * A traceback object as Python code sees it ({@code exc.__traceback__}, the third argument
 * of {@code __exit__}): a view of one entry of an exception's recorded
 * {@link PyBaseException.Traceback} chain, with tb_lineno and tb_next.
 */
public final class PyTraceback extends PyObject {
  final PyBaseException.Traceback entry;

  PyTraceback(PyBaseException.Traceback entry) {
    this.entry = entry;
  }

  /** The traceback object of an exception, or None when it has not been raised. */
  public static Object of(PyBaseException e) {
    return e.traceback == null ? PySingleton.NONE : new PyTraceback(e.traceback);
  }

  Object attribute(String name) {
    return switch (name) {
      case "tb_lineno" -> (long) entry.code().lines[entry.instruction()];
      case "tb_lasti" -> 2L * entry.instruction();
      case "tb_next" -> entry.next() == null ? PySingleton.NONE : new PyTraceback(entry.next());
      default -> null;
    };
  }

  @Override
  public PyType type() {
    return Types.TRACEBACK;
  }
}
