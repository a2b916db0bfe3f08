package org.pyjit.runtime;

/**
 * A traceback object as Python code sees it ({@code exc.__traceback__}, the third argument
 * of {@code __exit__}): a view of one entry of an exception's recorded
 * {@link PyBaseException.Traceback} chain, with tb_lineno and tb_next.
 */
public final class PyTraceback extends PyObject {
  public final PyBaseException.Traceback entry;

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
      case "tb_frame" -> {
        PyObject fo = entry.frame() == null ? null : entry.frame().frameObject();
        yield fo != null ? fo : new FrameView(entry);
      }
      default -> null;
    };
  }

  /**
   * The frame object of a traceback entry ({@code tb.tb_frame}): its code, the line it was
   * at, and its namespaces, for an entry that kept no interpreter frame (an interpreter
   * frame's own frame object is tb_frame otherwise).
   */
  public static final class FrameView extends PyObject {
    private final PyBaseException.Traceback entry;

    FrameView(PyBaseException.Traceback entry) {
      this.entry = entry;
    }

    Object attribute(String name) {
      FrameInfo f = entry.frame();
      return switch (name) {
        case "f_code" -> new CodeAttributes.Code(entry.code());
        case "f_lineno" -> (long) entry.line();
        case "f_lasti" -> 2L * entry.instruction();
        case "f_globals" -> f == null ? null : f.globals();
        case "f_builtins" -> f == null ? null : f.builtins();
        case "f_locals" -> f == null ? null : locals(f);
        default -> null;
      };
    }

    private static PyDict locals(FrameInfo f) {
      PyDict d = new PyDict();
      for (String n : f.localNames()) {
        Object v = f.local(n);
        if (v != null) {
          d.put(n, v);
        }
      }
      return d;
    }

    @Override
    public PyType type() {
      return Types.FRAME;
    }
  }

  @Override
  public PyType type() {
    return Types.TRACEBACK;
  }
}
