package org.pyjit.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.pyjit.ast.Mod;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.interp.PyGenerator;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;
import org.pyjit.parse.SourceTooComplexException;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.ModuleSpecs;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTraceback;
import org.pyjit.runtime.Sys;
import org.pyjit.runtime.TracebackPrinter;
import org.pyjit.runtime.Types;

/**
 * Runs a Python program as CPython's main does: parse (syntax errors and warnings as
 * CPython prints them, exit status 1), compile, run in a fresh __main__ module with the
 * given streams as sys.stdout/sys.stderr. An uncaught exception prints CPython's traceback
 * and exits 1; SystemExit exits with its code. A construct the compiler does not support
 * yet is reported in one line with exit status 2.
 */
final class Programs {
  private Programs() {}

  /**
   * Whether the program ended by an uncaught KeyboardInterrupt, for which the process ends
   * by SIGINT ({@link Sigint#exitBySigint}), not merely with status 130 as sys.exit(130).
   */
  static volatile boolean endedByKeyboardInterrupt;

  /** sys.argv and sys.path[0] as CPython sets them for the program. */
  static void setArgv(java.util.List<String> argv, String scriptDir) {
    org.pyjit.runtime.Sys.setArgv(argv, scriptDir);
  }

  /**
   * How a program runs: normally, or before the interactive prompt ({@code -i}), where it
   * runs in the given __main__ namespace and an uncaught SystemExit is reported with a
   * traceback like any other exception instead of ending the process, as CPython does.
   */
  record Mode(PyDict globals, boolean inspect, boolean preset) {
    Mode(PyDict globals, boolean inspect) {
      this(globals, inspect, false);
    }

    static Mode normal() {
      return new Mode(null, false);
    }
  }

  /** A script file, named in messages as CPython names it (see Main.scriptName). */
  static int runFile(byte[] source, String filename, PrintStream out, PrintStream err) {
    return runFile(source, filename, Mode.normal(), out, err);
  }

  static int runFile(byte[] source, String filename, Mode mode, PrintStream out,
      PrintStream err) {
    return run(new Input(filename, source, null), mode, out, err);
  }

  /** Source given as text: -c CODE ({@code <string>}) or standard input ({@code <stdin>}). */
  static int runSource(String source, String filename, PrintStream out, PrintStream err) {
    return runSource(source, filename, Mode.normal(), out, err);
  }

  static int runSource(String source, String filename, Mode mode, PrintStream out,
      PrintStream err) {
    return run(new Input(filename, null, source), mode, out, err);
  }

  /**
   * A program's source: a file's bytes (decoded when parsed) or text given as such. Both
   * kinds go through the same lambdas in {@link #run}, so that the AOT cache's training run
   * (a file) links them for -c too: spinning a lambda class at run time cost a few ms.
   */
  private static final class Input {
    final String filename;
    final byte[] bytes;
    final String given;
    String decoded;

    Input(String filename, byte[] bytes, String given) {
      this.filename = filename;
      this.bytes = bytes;
      this.given = given;
    }

    Mod.Module parse(WarningPrinter warnings) {
      if (bytes == null) {
        return Parser.parseModule(given, filename, warnings);
      }
      decoded = SourceDecoder.decode(bytes, filename);
      return Parser.parseModule(bytes, filename, warnings);
    }

    /**
     * The text tracebacks show: a file's decoded text (null until decoded), -c code, and
     * nothing for standard input, as CPython 3.13 (SyntaxErrors show both).
     */
    String shown() {
      return bytes != null ? decoded : filename.equals("<string>") ? given : null;
    }
  }

  private static int run(Input input, Mode mode, PrintStream out, PrintStream err) {
    String filename = input.filename;
    java.util.function.Supplier<String> sourceText = input::shown;
    String givenSource = input.given;
    WarningPrinter warnings = new WarningPrinter(err, filename,
        input.bytes != null ? sourceText : null);
    Mod.Module tree;
    try {
      tree = input.parse(warnings);
    } catch (SyntaxErrorException e) {
      err.print(e.format());
      return 1;
    } catch (SourceTooComplexException e) {
      err.println("MemoryError: " + e.getMessage());
      return 1;
    }
    CodeObject code;
    try {
      code = CodeGen.compileModule(tree, filename,
          givenSource != null ? givenSource : sourceText.get(), warnings);
    } catch (CodeGen.Unsupported e) {
      err.println("pyjit: " + e.getMessage());
      return 2;
    } catch (SyntaxErrorException e) { // the symbol table's errors (CPython's compile time)
      err.print(e.format());
      return 1;
    }
    PrintStream savedOut = Builtins.stdout;
    PrintStream savedErr = Builtins.stderr;
    Builtins.stdout = out;
    Builtins.stderr = err;
    try {
      Sys.sourceLines = sourceLines(filename, sourceText);
      PyDict globals = mode.globals() != null ? mode.globals() : new PyDict();
      if (!mode.preset()) {
        // __main__'s attributes in CPython's order; a file's loader reads it, -c and standard
        // input have the built-in importer's
        globals.put("__name__", "__main__");
        globals.put("__doc__", PySingleton.NONE);
        globals.put("__package__", PySingleton.NONE);
        boolean file = input.bytes != null && !filename.equals("<stdin>");
        globals.put("__loader__", file ? ModuleSpecs.sourceLoader("__main__", filename)
            : ModuleSpecs.BUILTIN_IMPORTER);
        globals.put("__spec__", PySingleton.NONE);
        globals.put("__builtins__", Sys.MODULES.get("builtins"));
        if (!filename.equals("<string>")) {
          globals.put("__file__", filename);
          globals.put("__cached__", PySingleton.NONE);
        }
        Sys.resetModules();
      }
      Sys.MODULES.put("__main__", new PyModule("__main__", globals));
      startWarnings();
      Interpreter.runModule(code, globals);
      PyGenerator.closeAtExit(globals); // (not yet after an uncaught exception)
      org.pyjit.runtime.WeakRefs.atExit(); // weakref.finalize's atexit hook
      out.flush();
      return 0;
    } catch (PyException e) {
      out.flush();
      return uncaught(e.value, filename, sourceText, mode.inspect(), err);
    } catch (OutOfMemoryError e) {
      out.flush();
      err.println("MemoryError");
      return 1;
    } catch (RuntimeException | Error e) {
      // a bug in pyjit, not in the program: one line, the Java trace only on request
      out.flush();
      if (Boolean.getBoolean("pyjit.debug")) {
        e.printStackTrace(err);
      }
      err.println("pyjit: internal error: " + e);
      return 70;
    } finally {
      Builtins.stdout = savedOut;
      Builtins.stderr = savedErr;
    }
  }

  /**
   * Imports the warnings module when there are warning options (-W, PYTHONWARNINGS), as
   * CPython does at start-up: its import reads sys.warnoptions into its filters (reporting
   * the invalid ones on stderr), which the interpreter's own warnings then go through.
   */
  private static void startWarnings() {
    if (Sys.module().dict.getStr("warnoptions") instanceof org.pyjit.runtime.PyList w
        && w.size() > 0 && Sys.MODULES.getStr("warnings") == null) {
      org.pyjit.runtime.Importer.gcdImport("warnings");
    }
  }

  /**
   * {@code pyjit -m NAME}: module NAME (a package's NAME.__main__) found on sys.path as
   * CPython's runpy finds it, its parent packages imported, then run as __main__ with the
   * module's spec, loader, file and package; sys.argv[0] is its file. What cannot be run is
   * reported in runpy's words, status 1.
   */
  static int runModule(String name, java.util.List<String> args, PrintStream out,
      PrintStream err) {
    java.util.List<String> argv = new java.util.ArrayList<>();
    argv.add("-m");
    argv.addAll(args);
    setArgv(argv, System.getProperty("user.dir"));
    PrintStream savedOut = Builtins.stdout;
    PrintStream savedErr = Builtins.stderr;
    Builtins.stdout = out;
    Builtins.stderr = err;
    Object spec;
    try {
      Sys.resetModules();
      startWarnings();
      spec = org.pyjit.runtime.MainModule.spec(name);
    } catch (org.pyjit.runtime.MainModule.Error e) {
      out.flush();
      err.println("pyjit: " + e.getMessage());
      return 1;
    } catch (PyException e) {
      out.flush();
      return uncaught(e.value, "<frozen runpy>", () -> null, false, err);
    } finally {
      Builtins.stdout = savedOut;
      Builtins.stderr = savedErr;
    }
    String file = Ops.str(Ops.getattr(spec, "origin"));
    byte[] source;
    try {
      source = org.pyjit.runtime.Library.read(java.nio.file.Path.of(file));
    } catch (java.io.IOException e) {
      err.println("pyjit: No code object available for " + name);
      return 1;
    }
    argv.set(0, file);
    org.pyjit.runtime.PyList argvList = new org.pyjit.runtime.PyList();
    argv.forEach(argvList::append);
    Sys.module().dict.put("argv", argvList);
    PyModule main = new PyModule("__main__", ModuleSpecs.mainDict(spec));
    return runFile(source, file, new Mode(main.dict, false, true), out, err);
  }

  /** The source lines tracebacks show: the program's own text, other files from disk. */
  private static java.util.function.Function<String, String[]> sourceLines(String filename,
      java.util.function.Supplier<String> sourceText) {
    Map<String, String[]> cache = new HashMap<>();
    java.util.function.Function<String, String[]> disk = Sys.sourceLines;
    return f -> cache.computeIfAbsent(f, name -> {
      if (!name.equals(filename)) {
        return name.startsWith("<") ? null : disk.apply(name);
      }
      String text = sourceText.get();
      return text == null ? null : text.split("\r\n|\r|\n", -1);
    });
  }

  private static int uncaught(PyBaseException e, String filename,
      java.util.function.Supplier<String> sourceText, boolean inspect, PrintStream err) {
    if (e.type().isSubtypeOf(Types.SYSTEM_EXIT) && !inspect) {
      return exitStatus(e, err);
    }
    java.util.function.Function<String, String[]> lines = sourceLines(filename, sourceText);
    Object hook = Sys.MODULES.getStr("sys") instanceof PyModule sys
        ? sys.dict.getStr("excepthook") : null;
    if (hook == null) {
      err.println("sys.excepthook is missing");
      err.print(TracebackPrinter.format(e, lines));
    } else if (hook == Sys.EXCEPTHOOK && Sys.stderrIsStandard()) {
      err.print(TracebackPrinter.format(e, lines));
    } else {
      // a program's own hook, as CPython's PyErr_PrintEx calls it
      PrintStream savedErr = Builtins.stderr;
      Builtins.stderr = err;
      try {
        Ops.call(hook, new Object[] {e.type(), e, PyTraceback.of(e)}, null);
      } catch (PyException failed) {
        if (failed.value.type().isSubtypeOf(Types.SYSTEM_EXIT)) {
          return uncaught(failed.value, filename, sourceText, inspect, err);
        }
        err.flush();
        err.print("Error in sys.excepthook:\n");
        err.print(TracebackPrinter.format(failed.value, lines));
        err.print("\nOriginal exception was:\n");
        err.print(TracebackPrinter.format(e, lines));
      } finally {
        Builtins.stderr = savedErr;
      }
    }
    err.flush();
    // CPython ends by SIGINT after an uncaught KeyboardInterrupt: status 128 + 2 in a shell
    if (e.type().isSubtypeOf(Types.KEYBOARD_INTERRUPT) && !inspect) {
      endedByKeyboardInterrupt = true;
      return 130;
    }
    return 1;
  }

  /**
   * The exit status for an uncaught SystemExit, as CPython computes it: None is 0, an int
   * is itself, anything else is printed to stderr and gives 1.
   */
  static int exitStatus(PyBaseException e, PrintStream err) {
    Object code = e.args.size() == 0 ? PySingleton.NONE
        : e.args.size() == 1 ? e.args.get(0) : e.args;
    if (code == PySingleton.NONE) {
      return 0;
    }
    if (Ops.isInt(code)) {
      if (code instanceof java.math.BigInteger) { // CPython's failed PyLong_AsLong: -1
        err.println("Exception ignored on threading shutdown:");
        err.println("OverflowError: Python int too large to convert to C long");
        return 255;
      }
      return (int) Ops.asIndex(code);
    }
    err.println(Ops.str(code));
    return 1;
  }
}
