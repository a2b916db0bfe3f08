package org.pyjit.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Formats an uncaught exception as CPython 3.13 prints it (its traceback module's
 * {@code print_exception} with {@code compact=True}): the chain of causes and contexts
 * first, each traceback as "Traceback (most recent call last):" and one
 * {@code File "...", line N, in name} entry per frame with the source line and carets, then
 * {@code Type: message} and the exception's notes. An exception group is drawn as a box:
 * "Exception Group Traceback", then each member (at most 15, nested at most 10 deep) under a
 * numbered separator, its lines prefixed with "| " and indented by nesting depth. Source
 * lines come from {@code lines} (filename to its lines, or null when unknown).
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

  private static final String CAUSE_MESSAGE =
      "\nThe above exception was the direct cause of the following exception:\n\n";
  private static final String CONTEXT_MESSAGE =
      "\nDuring handling of the above exception, another exception occurred:\n\n";
  private static final int MAX_GROUP_WIDTH = 15;
  private static final int MAX_GROUP_DEPTH = 10;

  /**
   * One exception to print with the chained exceptions and group members to print with it
   * (traceback.TracebackException): each exception is shown once, the first time the
   * breadth of the walk below reaches it.
   */
  private static final class Node {
    final PyBaseException exc;
    Node cause;
    Node context;
    List<Node> members;

    Node(PyBaseException exc, Map<PyBaseException, Boolean> seen) {
      this.exc = exc;
      seen.put(exc, Boolean.TRUE);
    }
  }

  /** TracebackException's constructor: the same walk order, so the same one-time choices. */
  private static Node tree(PyBaseException top) {
    Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    Node root = new Node(top, seen);
    ArrayDeque<Node> queue = new ArrayDeque<>();
    queue.addLast(root);
    while (!queue.isEmpty()) {
      Node n = queue.pollLast();
      PyBaseException e = n.exc;
      if (e.cause != null && !seen.containsKey(e.cause)) {
        n.cause = new Node(e.cause, seen);
      }
      if (n.cause == null && !e.suppressContext && e.context != null
          && !seen.containsKey(e.context)) {
        n.context = new Node(e.context, seen);
      }
      if (e instanceof PyExceptionGroup g) {
        n.members = new ArrayList<>();
        for (Object x : g.exceptions.items) {
          n.members.add(new Node((PyBaseException) x, seen));
        }
      }
      if (n.cause != null) {
        queue.addLast(n.cause);
      }
      if (n.context != null) {
        queue.addLast(n.context);
      }
      if (n.members != null) {
        queue.addAll(n.members);
      }
    }
    return root;
  }

  /** The box drawing state (traceback._ExceptionPrintContext). */
  private static final class Printer {
    final StringBuilder sb = new StringBuilder();
    final Function<String, String[]> lines;
    int depth;
    boolean needClose;

    Printer(Function<String, String[]> lines) {
      this.lines = lines;
    }

    String indent() {
      return " ".repeat(2 * depth);
    }

    /** Every line of {@code text} behind the indent and, inside a group, the margin. */
    void emit(String text, char margin) {
      if (text.isEmpty()) {
        return;
      }
      String prefix = depth > 0 ? indent() + margin + " " : "";
      int i = 0;
      while (i < text.length()) {
        int nl = text.indexOf('\n', i);
        int stop = nl < 0 ? text.length() : nl + 1;
        sb.append(prefix).append(text, i, stop);
        i = stop;
      }
    }

    void emit(String text) {
      emit(text, '|');
    }

    void print(Node top) {
      List<Node> chain = new ArrayList<>();
      List<String> messages = new ArrayList<>();
      for (Node n = top; n != null; ) {
        chain.add(n);
        if (n.cause != null) {
          messages.add(CAUSE_MESSAGE);
          n = n.cause;
        } else if (n.context != null) {
          messages.add(CONTEXT_MESSAGE);
          n = n.context;
        } else {
          messages.add(null);
          n = null;
        }
      }
      for (int k = chain.size() - 1; k >= 0; k--) {
        if (k < chain.size() - 1) {
          emit(messages.get(k));
        }
        one(chain.get(k));
      }
    }

    private void one(Node n) {
      PyBaseException e = n.exc;
      String stack = stack(e, lines);
      if (n.members == null) {
        if (!stack.isEmpty()) {
          emit("Traceback (most recent call last):\n");
          emit(stack);
        }
        emit(exceptionOnly(e));
        return;
      }
      if (depth > MAX_GROUP_DEPTH) {
        emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
        return;
      }
      boolean toplevel = depth == 0;
      if (toplevel) {
        depth++;
      }
      if (!stack.isEmpty()) {
        emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        emit(stack);
      }
      emit(exceptionOnly(e));
      int count = n.members.size();
      int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
      needClose = false;
      for (int i = 0; i < shown; i++) {
        boolean last = i == shown - 1;
        if (last) {
          needClose = true; // the closing line may be drawn by a nested group
        }
        boolean truncated = i >= MAX_GROUP_WIDTH;
        sb.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
            .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
        depth++;
        if (!truncated) {
          print(n.members.get(i));
        } else {
          int remaining = count - MAX_GROUP_WIDTH;
          emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && needClose) {
          sb.append(indent()).append("+------------------------------------\n");
          needClose = false;
        }
        depth--;
      }
      if (toplevel) {
        depth = 0;
      }
    }
  }

  public static String format(PyBaseException e, Function<String, String[]> lines) {
    Printer p = new Printer(lines);
    p.print(tree(e));
    return p.sb.toString();
  }

  /** "Type: message" and the notes (traceback.format_exception_only's text). */
  public static String formatExceptionOnly(PyBaseException e) {
    return exceptionOnly(e);
  }

  /**
   * Each entry of a traceback chain from {@code first} on, outermost first, as
   * {filename, line, function name, source text}: the source text is what a traceback shows
   * under the entry's "File" line (the source line and its carets), "" without source.
   */
  public static List<Object[]> entries(PyBaseException.Traceback first,
      Function<String, String[]> lines) {
    List<Object[]> out = new ArrayList<>();
    for (PyBaseException.Traceback t = first; t != null; t = t.next()) {
      int line = t.line();
      String file = t.code().filename;
      String[] src = lines.apply(file);
      String text = "";
      if (src != null) {
        int[] pos = t.code().positions;
        int i = t.instruction();
        boolean known = pos != null && 3 * i + 2 < pos.length && pos[3 * i + 1] >= 0
            && t.code().lines[i] == line;
        text = known ? SourceCarets.render(src, line, pos[3 * i], pos[3 * i + 1], pos[3 * i + 2])
            : SourceCarets.render(src, line, line, -1, -1);
      }
      out.add(new Object[] {file, (long) line, t.code().name, text});
    }
    return out;
  }

  /** The traceback entries of {@code e}, outermost first; empty when it has none. */
  private static String stack(PyBaseException e, Function<String, String[]> lines) {
    StringBuilder sb = new StringBuilder();
    if (e.traceback != null) {
      List<PyBaseException.Traceback> frames = new ArrayList<>();
      for (PyBaseException.Traceback t = e.traceback; t != null; t = t.next()) {
        frames.add(t);
      }
      frames = limited(frames);
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
    return sb.toString();
  }

  /**
   * The most recent {@code sys.tracebacklimit} entries when it is set to an int, cut as
   * CPython's {@code frames[len(frames) - limit:]} (so a limit above the count wraps
   * around as a negative slice start does; a negative limit counts as 0).
   */
  private static List<PyBaseException.Traceback> limited(List<PyBaseException.Traceback> f) {
    Object limit = Sys.MODULE.dict.getStr("tracebacklimit");
    if (limit == null || !Ops.isInt(limit)) {
      return f;
    }
    long n = limit instanceof java.math.BigInteger big
        ? (big.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, Ops.asIndex(limit));
    long start = f.size() - n;
    if (start < 0) {
      start = Math.max(0, start + f.size());
    }
    return f.subList((int) Math.min(start, f.size()), f.size());
  }

  /** "Type: message" (or the SyntaxError's location and message), then the notes. */
  private static String exceptionOnly(PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    if (e.syntaxLocation != null && e.dict.getStr("msg") instanceof String msg) {
      sb.append(e.syntaxLocation).append(e.type().qualname).append(": ").append(msg)
          .append('\n');
    } else if (e.type().isSubtypeOf(Types.SYNTAX_ERROR)) {
      int mark = sb.length();
      try {
        syntaxError(e, sb);
      } catch (PyException | StackOverflowError failed) { // fields that str() cannot show
        sb.setLength(mark);
        sb.append(headline(e)).append('\n');
      }
    } else {
      sb.append(headline(e)).append(suggestion(e)).append('\n');
    }
    Object notes = e.dict == null ? null : e.dict.getStr("__notes__");
    if (notes instanceof PyList || notes instanceof PyTuple) {
      for (Object note : ListOps.toArray(notes)) {
        String text = safe(note, "note", false);
        for (String line : text.split("\n", -1)) {
          sb.append(line).append('\n');
        }
      }
    } else if (notes != null) {
      sb.append(safe(notes, "__notes__", true)).append('\n');
    }
    return sb.toString();
  }

  /**
   * A SyntaxError made by Python code, from its attributes (traceback's
   * _format_syntax_error): the File line, the stripped text with carets from offset to
   * end_offset, then "Type: msg" (the parser's own errors carry their report instead).
   */
  private static void syntaxError(PyBaseException e, StringBuilder sb) {
    Object filename = field(e, "filename");
    Object lineno = field(e, "lineno");
    Object endLineno = field(e, "end_lineno");
    Object text = field(e, "text");
    Object offset = field(e, "offset");
    Object endOffset = field(e, "end_offset");
    Object msg = field(e, "msg");
    String suffix = "";
    if (lineno != PySingleton.NONE) {
      sb.append("  File \"").append(Ops.truth(filename) ? Ops.str(filename) : "<string>")
          .append("\", line ").append(Ops.str(lineno)).append('\n');
    } else if (filename != PySingleton.NONE) {
      suffix = " (" + Ops.str(filename) + ")";
    }
    if (text instanceof String t) {
      String rtext = t.replaceAll("\n+$", "");
      String ltext = rtext.replaceAll("^[ \n\f]+", "");
      int spaces = len(rtext) - len(ltext);
      if (!Ops.isInt(offset)) {
        sb.append("    ").append(ltext).append('\n');
      } else {
        long off = clamped(offset);
        long endOff;
        boolean sameLine = lineno == PySingleton.NONE ? endLineno == PySingleton.NONE
            : endLineno != PySingleton.NONE && Ops.str(lineno).equals(Ops.str(endLineno));
        if (sameLine) {
          endOff = Ops.isInt(endOffset) && clamped(endOffset) != 0 ? clamped(endOffset) : off;
        } else {
          endOff = len(rtext) + 1;
        }
        if (!t.isEmpty() && off > len(t)) {
          off = len(rtext) + 1;
        }
        if (!t.isEmpty() && endOff > len(t)) {
          endOff = len(rtext) + 1;
        }
        if (off >= endOff || endOff < 0) {
          endOff = off + 1;
        }
        long colno = off - 1 - spaces;
        long endColno = endOff - 1 - spaces;
        sb.append("    ").append(ltext).append('\n');
        if (colno >= 0) {
          StringBuilder caretspace = new StringBuilder();
          int[] cps = ltext.codePoints().limit(colno).toArray();
          for (int cp : cps) {
            caretspace.appendCodePoint(Character.isWhitespace(cp) ? cp : ' ');
          }
          sb.append("    ").append(caretspace).append("^".repeat((int) Math.max(0,
              endColno - colno))).append('\n');
        }
      }
    }
    sb.append(typeName(e)).append(": ")
        .append(Ops.truth(msg) ? Ops.str(msg) : "<no detail available>").append(suffix)
        .append('\n');
  }

  /** An int as a long, ints beyond 64 bits clamped (they only ever compare as too large). */
  private static long clamped(Object i) {
    if (i instanceof java.math.BigInteger b) {
      return b.signum() > 0 ? Long.MAX_VALUE / 2 : Long.MIN_VALUE / 2;
    }
    return Ops.asIndex(i);
  }

  private static Object field(PyBaseException e, String name) {
    Object v = Ops.getattrOrNull(e, name);
    return v == null ? PySingleton.NONE : v;
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  /** str() or repr() of a value, or CPython's placeholder when that raises. */
  private static String safe(Object o, String what, boolean repr) {
    try {
      return repr ? Ops.repr(o) : Ops.str(o);
    } catch (PyException | StackOverflowError ex) {
      return "<" + what + " " + (repr ? "repr" : "str") + "() failed>";
    }
  }

  /** CPython's ". Did you mean: 'x'?" (and "did you forget to import") for name errors. */
  static String suggestion(PyBaseException e) {
    if (e.type().isSubtypeOf(Types.IMPORT_ERROR) && e.dict != null
        && e.dict.getStr("name_from") instanceof String wrong
        && e.dict.getStr("name") instanceof String module
        && Sys.MODULES.getStr(module) instanceof Object m) {
      // from m import x: the names of module m, as CPython's traceback module suggests them
      List<String> names = Suggestions.attributeNames(m);
      if (!wrong.startsWith("_")) {
        names.removeIf(n -> n.startsWith("_"));
      }
      String near = Suggestions.suggest(names, wrong);
      return near == null ? "" : ". Did you mean: '" + near + "'?";
    }
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
    String name = typeName(e);
    String msg = safe(e, "exception", false);
    return msg.isEmpty() ? name : name + ": " + msg;
  }

  /** The exception's class as tracebacks name it: qualified unless builtin or __main__. */
  private static String typeName(PyBaseException e) {
    PyType t = e.type();
    // __module__ as the class says now (a class body or a later assignment may set it)
    Object mod = t.builtin ? t.module : t.dict.getStr("__module__");
    if (mod == null) {
      mod = t.module;
    }
    String name = mod.equals("builtins") || mod.equals("__main__") ? t.qualname
        : (mod instanceof String m ? m : "<unknown>") + "." + t.qualname;
    return name;
  }
}
