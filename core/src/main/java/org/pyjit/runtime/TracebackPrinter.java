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

  /**
   * A source of lines that knows each code object's own text, for code compiled from text
   * that is no file: the interactive prompt's statements all have the file name
   * {@code <stdin>}, each with its own lines.
   */
  public interface ByCode extends Function<String, String[]> {
    String[] lines(org.pyjit.bytecode.CodeObject code);
  }

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
      String lastFile = null;
      int lastLine = -1;
      String lastName = null;
      int count = 0;
      for (PyBaseException.Traceback t : frames) {
        int line = t.line();
        String file = t.code().filename;
        String name = t.code().name;
        if (!file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
          repeated(sb, count);
          lastFile = file;
          lastLine = line;
          lastName = name;
          count = 0;
        }
        count++;
        if (count > RECURSIVE_CUTOFF) {
          continue;
        }
        sb.append("  File \"").append(file).append("\", line ").append(line)
            .append(", in ").append(name).append('\n');
        String[] src = lines instanceof ByCode c ? c.lines(t.code()) : lines.apply(file);
        if (src != null) {
          int[] pos = t.code().positions;
          int i = t.instruction();
          boolean known = pos != null && 3 * i + 2 < pos.length && pos[3 * i + 1] >= 0
              && t.code().lines[i] == line;
          sb.append(known
              ? SourceCarets.render(src, line, pos[3 * i], pos[3 * i + 1], pos[3 * i + 2])
              : SourceCarets.render(src, line, line, -1, -1));
        }
      }
      repeated(sb, count);
    }
    if (e.syntaxLocation != null && e.dict.getStr("msg") instanceof String msg) {
      sb.append(e.syntaxLocation).append(e.type().qualname).append(": ").append(msg)
          .append('\n');
      return;
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

  /** CPython shows a frame repeated in a row at most this many times. */
  private static final int RECURSIVE_CUTOFF = 3;

  private static void repeated(StringBuilder sb, int count) {
    if (count > RECURSIVE_CUTOFF) {
      int more = count - RECURSIVE_CUTOFF;
      sb.append("  [Previous line repeated ").append(more).append(" more time")
          .append(more > 1 ? "s" : "").append("]\n");
    }
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
