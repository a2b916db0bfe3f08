package org.pyjit.modules;

import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Sys;
import org.pyjit.runtime.TracebackPrinter;
import org.pyjit.runtime.Types;

/**
 * {@code _pyjit_traceback}: what the library's traceback, warnings and linecache modules
 * need of the interpreter: its own traceback printer (so that traceback.format_exception
 * prints exactly what an uncaught exception prints, carets and chains included) and the
 * source lines it reads (library modules included, which live in the jar).
 */
public final class TracebackSupport {
  private TracebackSupport() {}

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_pyjit_traceback");
    d.put("format", new PyBuiltinFunction("format", (a, k) -> {
      if (a.length != 2) {
        throw Errors.typeError("format() takes exactly 2 arguments");
      }
      PyBaseException e = exception(a[0]);
      if (org.pyjit.runtime.Ops.truth(a[1])) {
        return TracebackPrinter.format(e, LINES);
      }
      // without the chain: the cause and context hidden while it is printed
      PyBaseException cause = e.cause;
      PyBaseException context = e.context;
      e.cause = null;
      e.context = null;
      try {
        return TracebackPrinter.format(e, LINES);
      } finally {
        e.cause = cause;
        e.context = context;
      }
    }));
    d.put("format_only", new PyBuiltinFunction("format_only", (a, k) ->
        TracebackPrinter.formatExceptionOnly(exception(ArgParser.exactlyOne("format_only", a,
            k, 0)))));
    d.put("entries", new PyBuiltinFunction("entries", (a, k) -> {
      Object tb = ArgParser.exactlyOne("entries", a, k, 0);
      PyList out = new PyList();
      if (tb instanceof org.pyjit.runtime.PyTraceback t) {
        for (Object[] e : TracebackPrinter.entries(t.entry, LINES)) {
          out.append(org.pyjit.runtime.PyTuple.of(e));
        }
      } else if (tb != PySingleton.NONE) {
        throw Errors.typeError("expected a traceback, got " + Types.typeOf(tb).name);
      }
      return out;
    }));
    d.put("source_lines", new PyBuiltinFunction("source_lines", (a, k) -> {
      Object f = ArgParser.exactlyOne("source_lines", a, k, 0);
      if (!(f instanceof String name)) {
        return PySingleton.NONE;
      }
      String[] lines = Sys.sourceLines.apply(name);
      if (lines == null) {
        return PySingleton.NONE;
      }
      PyList out = new PyList();
      for (int i = 0; i < lines.length; i++) {
        // the file's lines with their newline, the last one only when the file ends in one
        if (i == lines.length - 1 && lines[i].isEmpty()) {
          break;
        }
        out.append(i < lines.length - 1 ? lines[i] + "\n" : lines[i]);
      }
      return out;
    }));
    return new PyModule("_pyjit_traceback", d);
  }

  /**
   * Source lines for the traceback module: a {@code <...>} name (an example doctest runs,
   * code a program compiled) is asked of linecache.getlines when linecache is loaded, as
   * CPython's traceback does, so that a hook placed there (doctest's) shows its lines; every
   * other name reads the file as the uncaught-exception printer does.
   */
  private static final java.util.function.Function<String, String[]> LINES = name -> {
    if (name.startsWith("<") && name.endsWith(">")
        && Sys.MODULES.get("linecache") instanceof PyModule cache) {
      Object getlines = cache.dict.get("getlines");
      if (getlines != null) {
        Object got = org.pyjit.runtime.Ops.call(getlines, new Object[] {name}, null);
        if (got instanceof PyList list && list.size() > 0) {
          String[] lines = new String[list.size()];
          for (int i = 0; i < lines.length; i++) {
            String line = list.get(i) instanceof String text ? text : "";
            lines[i] = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
          }
          return lines;
        }
      }
    }
    return Sys.sourceLines.apply(name);
  };

  private static PyBaseException exception(Object o) {
    if (o instanceof PyBaseException e) {
      return e;
    }
    throw Errors.typeError("Exception expected for value, " + Types.typeOf(o).name + " found");
  }
}
