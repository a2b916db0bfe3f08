package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Formats an uncaught exception as CPython prints it: the chain of causes and contexts
 * first, each traceback as "Traceback (most recent call last):" and one
 * {@code File "...", line N, in name} entry per frame with the stripped source line, then
 * {@code Type: message}. Source lines come from {@code lines} (filename to its lines, or
 * null when unknown).
 */
public final class TracebackPrinter {
  private TracebackPrinter() {}

  public static String format(PyBaseException e, Function<String, String[]> lines) {
    StringBuilder sb = new StringBuilder();
    chain(e, lines, sb, new IdentityHashMap<>());
    return sb.toString();
  }

  private static void chain(PyBaseException e, Function<String, String[]> lines,
      StringBuilder sb, Map<PyBaseException, Boolean> seen) {
    seen.put(e, Boolean.TRUE);
    if (e.cause != null && !seen.containsKey(e.cause)) {
      chain(e.cause, lines, sb, seen);
      sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
      chain(e.context, lines, sb, seen);
      sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    one(e, lines, sb);
  }

  private static void one(PyBaseException e, Function<String, String[]> lines,
      StringBuilder sb) {
    if (e.traceback != null) {
      sb.append("Traceback (most recent call last):\n");
      List<PyBaseException.Traceback> frames = new ArrayList<>();
      for (PyBaseException.Traceback t = e.traceback; t != null; t = t.next()) {
        frames.add(t);
      }
      for (PyBaseException.Traceback t : frames) {
        int line = t.line();
        sb.append("  File \"").append(t.code().filename).append("\", line ").append(line)
            .append(", in ").append(t.code().name).append('\n');
        String[] src = lines.apply(t.code().filename);
        if (src != null && line >= 1 && line <= src.length && !src[line - 1].isBlank()) {
          sb.append("    ").append(src[line - 1].strip()).append('\n');
        }
      }
    }
    sb.append(headline(e)).append(suggestion(e)).append('\n');
  }

  /** CPython's ". Did you mean: 'x'?" (and "did you forget to import") for name errors. */
  static String suggestion(PyBaseException e) {
    if (e.dict == null || !(e.dict.getStr("name") instanceof String wrong)) {
      return "";
    }
    FrameInfo frame = null;
    for (PyBaseException.Traceback t = e.traceback; t != null; t = t.next()) {
      frame = t.frame();
    }
    String suggestion = null;
    if (e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
      Object obj = e.dict.getStr("obj");
      if (obj != null) {
        List<String> names = Suggestions.attributeNames(obj);
        boolean hide = !wrong.startsWith("_")
            && !(frame != null && frame.local("self") == obj);
        if (hide) {
          names.removeIf(n -> n.startsWith("_"));
        }
        suggestion = Suggestions.suggest(names, wrong);
      }
    } else if (e.type().isSubtypeOf(Types.NAME_ERROR) && frame != null) {
      Object self = frame.local("self");
      if (self != null && Ops.getattrOrNull(self, wrong) != null) {
        suggestion = "self." + wrong;
      } else {
        List<String> names = new ArrayList<>(frame.localNames());
        for (Object k : frame.globals().keys()) {
          names.add(String.valueOf(k));
        }
        for (Object k : frame.builtins().keys()) {
          names.add(String.valueOf(k));
        }
        suggestion = Suggestions.suggest(names, wrong);
      }
    }
    String out = suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
    if (e.type().isSubtypeOf(Types.NAME_ERROR)
        && Suggestions.stdlibModuleNames().contains(wrong)) {
      out += suggestion == null ? ". Did you forget to import '" + wrong + "'?"
          : " Or did you forget to import '" + wrong + "'?";
    }
    return out;
  }

  /** "Type: message", or just the type's name when the message is empty. */
  public static String headline(PyBaseException e) {
    PyType t = e.type();
    String name = t.module.equals("builtins") || t.module.equals("__main__") ? t.qualname
        : t.module + "." + t.qualname;
    String msg = ObjectRepr.exceptionStr(e);
    return msg.isEmpty() ? name : name + ": " + msg;
  }
}
