package org.pyjit.interp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.InteractiveInput;
import org.pyjit.parse.SourceTooComplexException;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.parse.WarningListener;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Sys;
import org.pyjit.runtime.TracebackPrinter;
import org.pyjit.runtime.Types;

/**
 * The engine side of the interactive prompt, CPython's classic REPL without the terminal:
 * the front end reads a line, {@link #push}es it and shows {@link #prompt} for the next one.
 * Lines gather until {@link InteractiveInput} says they form a statement, which is compiled
 * in 'single' mode (expression values go to sys.displayhook) and run in the console's
 * globals. SyntaxErrors and uncaught exceptions are printed as CPython prints them and the
 * session goes on; SystemExit is the one exception that leaves {@link #push}, for the front
 * end to exit with its status.
 *
 * <p>As in CPython 3.13, every statement is its own {@code <stdin>} with lines counted from
 * 1, tracebacks show each frame's line from the statement that defined its code, and errors
 * of the compiler (after parsing) name the statement {@code <stdin>-N}, N counting the
 * statements run so far from 0.
 */
public final class InteractiveConsole {
  private static final String FILENAME = "<stdin>";

  private final PyDict globals;
  private final PrintStream err;
  private final WarningListener warnings;
  private final Function<String, String[]> fileLines;
  private final List<String> pending = new ArrayList<>();
  /** Each statement's code objects (nested ones too) to the lines of that statement. */
  private final Map<CodeObject, String[]> sources = new IdentityHashMap<>();
  private int statements;

  /**
   * @param globals the namespace statements run in (a __main__ module's dict)
   * @param err where errors and tracebacks go (the program's stderr)
   * @param warnings where SyntaxWarnings of a statement go
   * @param fileLines the lines of source files, for tracebacks through code that came from
   *     a file (the script of {@code -i}); may answer null
   */
  public InteractiveConsole(PyDict globals, PrintStream err, WarningListener warnings,
      Function<String, String[]> fileLines) {
    this.globals = globals;
    this.err = err;
    this.warnings = warnings;
    this.fileLines = fileLines;
    PyDict sys = Sys.module().dict;
    if (sys.get("ps1") == null) {
      sys.put("ps1", ">>> ");
    }
    if (sys.get("ps2") == null) {
      sys.put("ps2", "... ");
    }
  }

  /** The prompt for the next line: str() of sys.ps1, or of sys.ps2 inside a statement. */
  public String prompt() {
    Object p = Sys.module().dict.get(pending.isEmpty() ? "ps1" : "ps2");
    if (p == null) {
      return "";
    }
    try {
      return Ops.str(p);
    } catch (PyException e) {
      return "";
    }
  }

  /** Tab completions of the dotted name {@code text} in this session (see Completions). */
  public List<String> completions(String text) {
    return Completions.of(text, globals);
  }

  /** Forgets the unfinished statement (KeyboardInterrupt at the prompt). */
  public void reset() {
    pending.clear();
  }

  /**
   * Adds one line (without its newline). When it completes a statement, runs it.
   *
   * @throws PyException only for SystemExit, which should end the session
   */
  public void push(String line) {
    pending.add(line);
    InteractiveInput.Result r;
    try {
      r = InteractiveInput.classify(pending, FILENAME);
    } catch (SourceTooComplexException e) {
      pending.clear();
      err.println("MemoryError: " + e.getMessage());
      return;
    }
    switch (r) {
      case InteractiveInput.Incomplete i -> { }
      case InteractiveInput.Invalid inv -> {
        pending.clear();
        printSyntaxError(inv.error());
      }
      case InteractiveInput.Complete c -> {
        pending.clear();
        run(c);
      }
    }
    err.flush();
  }

  /**
   * End of input in the middle of a statement: CPython's REPL takes what was typed as the
   * whole statement, so an open block ends and runs, and an open bracket is an error.
   *
   * @return whether a statement was pending (the front end then prompts once more)
   * @throws PyException only for SystemExit
   */
  public boolean endOfInput() {
    if (pending.isEmpty()) {
      return false;
    }
    StringBuilder sb = new StringBuilder();
    for (String l : pending) {
      sb.append(l).append('\n');
    }
    pending.clear();
    String source = sb.toString();
    org.pyjit.ast.Mod.Module m;
    try {
      m = org.pyjit.parse.Parser.parseModule(source, FILENAME);
    } catch (SyntaxErrorException e) {
      printSyntaxError(e);
      return true;
    } catch (SourceTooComplexException e) {
      err.println("MemoryError: " + e.getMessage());
      return true;
    }
    run(new InteractiveInput.Complete(new org.pyjit.ast.Mod.Interactive(m.body()), source));
    return true;
  }

  private void run(InteractiveInput.Complete c) {
    String errorName = FILENAME + "-" + statements++;
    CodeObject code;
    try {
      // parsed again only to report its SyntaxWarnings once (classify ignores them)
      org.pyjit.parse.Parser.parseModule(c.source(), FILENAME, warnings);
    } catch (SyntaxErrorException e) {
      printSyntaxError(e);
      return;
    }
    try {
      code = CodeGen.compileInteractive(c.tree(), FILENAME, c.source());
    } catch (SyntaxErrorException e) {
      printSyntaxError(new SyntaxErrorException(e.kind(), e.msg(), errorName, e.lineno(),
          e.offset(), e.endLineno(), e.endOffset(), e.text()));
      return;
    } catch (CodeGen.Unsupported e) {
      err.println("pyjit: " + e.getMessage());
      return;
    } catch (org.pyjit.compiler.CompilerRecursionException e) {
      err.println("RecursionError: " + e.getMessage());
      return;
    }
    register(code, c.source().split("\n", -1));
    PrintStream out = Builtins.stdout;
    try {
      Interpreter.runModule(code, globals);
    } catch (PyException e) {
      if (e.value.type().isSubtypeOf(Types.SYSTEM_EXIT)) {
        throw e;
      }
      out.flush();
      printException(e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      out.flush();
      err.println(e instanceof OutOfMemoryError ? "MemoryError"
          : "RecursionError: maximum recursion depth exceeded");
    } catch (RuntimeException | Error e) {
      // a bug in pyjit, not in the statement: one line, and the session goes on
      out.flush();
      if (Boolean.getBoolean("pyjit.debug")) {
        e.printStackTrace(err);
      }
      err.println("pyjit: internal error: " + e);
    }
    out.flush();
  }

  /** Prints an uncaught exception's traceback with the source lines the REPL knows. */
  private void printException(PyException e) {
    remember(e.value);
    err.print(TracebackPrinter.format(e.value, new TracebackPrinter.ByCode() {
      @Override
      public String[] lines(CodeObject code) {
        String[] l = sources.get(code);
        return l != null ? l : apply(code.filename);
      }

      @Override
      public String[] apply(String file) {
        return fileLines == null ? null : fileLines.apply(file);
      }
    }));
    err.flush();
  }

  /** sys.last_exc and the older last_type/last_value/last_traceback, as PyErr_Print sets. */
  private static void remember(org.pyjit.runtime.PyBaseException e) {
    PyDict sys = Sys.module().dict;
    sys.put("last_exc", e);
    sys.put("last_type", e.type());
    sys.put("last_value", e);
    sys.put("last_traceback", Ops.getattr(e, "__traceback__"));
  }

  /** Prints a SyntaxError found before running, remembered like any uncaught exception. */
  private void printSyntaxError(SyntaxErrorException e) {
    remember(Exec.syntaxError(e).value);
    err.print(e.format());
  }

  private void register(CodeObject code, String[] lines) {
    sources.put(code, lines);
    for (Object k : code.consts) {
      if (k instanceof CodeObject inner) {
        register(inner, lines);
      }
    }
  }

  /** A fresh __main__ namespace for a session without a script. */
  public static PyDict mainGlobals() {
    PyDict g = new PyDict();
    g.put("__name__", "__main__");
    g.put("__doc__", PySingleton.NONE);
    g.put("__builtins__", Sys.MODULES.get("builtins"));
    g.put("__spec__", PySingleton.NONE);
    g.put("__package__", PySingleton.NONE);
    Sys.MODULES.put("__main__", new org.pyjit.runtime.PyModule("__main__", g));
    return g;
  }
}
