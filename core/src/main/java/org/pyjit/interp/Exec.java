package org.pyjit.interp;

import org.pyjit.ast.Mod;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceTooComplexException;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.PyBaseException;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * The builtins eval(), exec() and compile(). eval and exec take source text (parsed in
 * 'eval' or 'exec' mode) or a code object made by compile(), and run it as a module-like
 * body whose names go through the given locals and globals, defaulting to the caller's (a
 * function's locals are a snapshot, as in CPython). compile() makes code objects in the
 * 'exec', 'eval' and 'single' modes (of the flags, only CO_FUTURE_ANNOTATIONS is
 * honoured, given or inherited from the calling code; the others are accepted and ignored). A syntax error in the text is raised as Python's SyntaxError.
 */
public final class Exec {
  private Exec() {}

  public static Object eval(Object[] a, String[] k) {
    return run("eval", a, k);
  }

  public static Object exec(Object[] a, String[] k) {
    run("exec", a, k);
    return PySingleton.NONE;
  }

  private static Object run(String mode, Object[] a, String[] k) {
    // eval(source, /, globals=None, locals=None), exec(..., *, closure=None) as CPython 3.13
    int npos = a.length - (k == null ? 0 : k.length);
    if (mode.equals("exec") && npos > 3) {
      throw Errors.typeError("exec() takes at most 3 positional arguments (" + npos
          + " given)");
    }
    Object[] v = org.pyjit.runtime.ArgParser.keywords(mode, a, k, 0, mode.equals("exec")
        ? new String[] {"source", "globals", "locals", "closure"}
        : new String[] {"source", "globals", "locals"}, 1, 1);
    a = new Object[] {v[0], v[1] == null ? PySingleton.NONE : v[1],
        v[2] == null ? PySingleton.NONE : v[2]};
    CodeObject compiled = org.pyjit.runtime.CodeAttributes.unwrap(a[0]);
    String source = a[0] instanceof String s ? s
        : a[0] instanceof org.pyjit.runtime.PyBytes b ? sourceText(b.data, "<string>") : null;
    if (source == null && compiled == null) {
      throw Errors.typeError(mode + "() arg 1 must be a string, bytes or code object");
    }
    Object g = a.length > 1 ? a[1] : PySingleton.NONE;
    Object l = a.length > 2 ? a[2] : PySingleton.NONE;
    if (g != PySingleton.NONE && !(g instanceof PyDict)) {
      throw Errors.typeError(mode + "() globals must be a dict, not " + Types.typeOf(g).name);
    }
    PyDict globals;
    PyDict locals;
    Frame caller = ThreadState.current().frame;
    if (g == PySingleton.NONE) {
      if (caller == null) {
        throw Errors.raise(Types.SYSTEM_ERROR, mode + "(): no globals");
      }
      globals = caller.globals;
      locals = l instanceof PyDict d ? d : callerLocals(caller);
    } else {
      globals = (PyDict) g;
      locals = l instanceof PyDict d ? d : globals;
      if (globals.getStr("__builtins__") == null) { // as CPython: the builtins' dict
        globals.put("__builtins__", Builtins.dict(globals));
      }
    }
    CodeObject code = compiled != null ? compiled
        : compile(mode.equals("eval") ? stripEval(source) : source, mode, "<string>",
            inheritedFutureFlags());
    return Interpreter.run(new Frame(code, globals, builtinsOf(globals), locals, null, null));
  }

  /**
   * The builtins the code runs with: as CPython, the globals' {@code __builtins__}, a dict or
   * a module's dict ({@code eval(s, {"__builtins__": {}})} has none).
   */
  private static PyDict builtinsOf(PyDict globals) {
    Object b = globals.getStr("__builtins__");
    if (b instanceof PyDict d) {
      return d;
    }
    if (b instanceof org.pyjit.runtime.PyModule m) {
      return m.dict;
    }
    return Builtins.dict(globals);
  }

  private static PyDict callerLocals(Frame f) {
    if (f.locals != null) {
      return f.locals;
    }
    PyDict d = new PyDict();
    for (String name : f.localNames()) {
      d.put(name, f.local(name));
    }
    return d;
  }

  /** eval() ignores leading spaces and tabs (and trailing whitespace) of its text. */
  private static String stripEval(String source) {
    int i = 0;
    while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    return source.substring(i).stripTrailing();
  }

  /**
   * An expression to evaluate. CPython's eval grammar reports an error at the end of the
   * text (its end marker has no column there) at offset 0.
   */
  private static Mod.Expression parseEval(String source, String filename,
      org.pyjit.parse.WarningListener warnings) {
    try {
      return Parser.parseExpression(source, filename, warnings);
    } catch (SyntaxErrorException e) {
      if (e.text() != null && e.lineno() == e.endLineno()
          && e.offset() > e.text().codePointCount(0, e.text().length())) {
        throw new SyntaxErrorException(e.kind(), e.msg(), e.filename(), e.lineno(), 0,
            e.endLineno(), 0, e.text());
      }
      throw e;
    }
  }

  private static String sourceText(byte[] b, String filename) {
    try {
      return org.pyjit.parse.SourceDecoder.decode(b, filename);
    } catch (SyntaxErrorException e) {
      throw syntaxError(e);
    }
  }

  /**
   * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code
   * object for exec() and eval().
   */
  public static Object compile(Object[] a, String[] k) {
    Object[] v = org.pyjit.runtime.ArgParser.keywords("compile", a, k, 0, new String[] {
        "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
        0, 3);
    String filename = filenameOf(v[1]);
    if (!(v[2] instanceof String mode)) {
      throw Errors.typeError("compile() argument 'mode' must be str, not "
          + Types.typeOf(v[2]).name);
    }
    if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
      throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
    }
    String source = v[0] instanceof String s ? s
        : v[0] instanceof org.pyjit.runtime.PyBytes b ? sourceText(b.data, filename)
        : v[0] instanceof org.pyjit.runtime.PyByteArray b
            ? sourceText(b.toByteArray(), filename) : null;
    if (source == null) {
      throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
    }
    int futureFlags = v[3] == null ? 0 : (int) (org.pyjit.runtime.Ops.asIndex(v[3])
        & org.pyjit.compiler.CodeFlags.CO_FUTURE_ANNOTATIONS);
    if (v[4] == null || !org.pyjit.runtime.Ops.truth(v[4])) {
      futureFlags |= inheritedFutureFlags();
    }
    return org.pyjit.runtime.CodeAttributes.wrap(compile(source, mode, filename, futureFlags));
  }

  private static String filenameOf(Object f) {
    if (f instanceof String s) {
      return s;
    }
    if (f instanceof org.pyjit.runtime.PyBytes b) {
      return new String(b.data, java.nio.charset.StandardCharsets.UTF_8);
    }
    Object p = org.pyjit.runtime.Ops.callDunder(f, "__fspath__");
    if (p instanceof String s) {
      return s;
    }
    throw Errors.typeError("expected str, bytes or os.PathLike object, not "
        + Types.typeOf(f).name);
  }

  private static CodeObject compile(String source, String mode, String filename) {
    return compile(source, mode, filename, 0);
  }

  /**
   * The future import of the calling Python code, which exec(), eval() and compile() (unless
   * dont_inherit) apply to the source they compile, as CPython does from the caller's
   * co_flags.
   */
  private static int inheritedFutureFlags() {
    Frame f = ThreadState.current().frame;
    return f == null ? 0 : f.code.flags & org.pyjit.compiler.CodeFlags.CO_FUTURE_ANNOTATIONS;
  }

  /** {@code futureFlags}: CO_FUTURE_ANNOTATIONS if given or inherited, else 0. */
  private static CodeObject compile(String source, String mode, String filename,
      int futureFlags) {
    if (source.indexOf('\0') >= 0) {
      // a SyntaxError without a location, as CPython's
      PyBaseException exc = new PyBaseException(Types.SYNTAX_ERROR,
          "source code string cannot contain null bytes");
      exc.dict.put("msg", "source code string cannot contain null bytes");
      for (String field : new String[] {"filename", "lineno", "offset", "text", "end_lineno",
          "end_offset"}) {
        exc.dict.put(field, PySingleton.NONE);
      }
      throw new PyException(exc);
    }
    org.pyjit.parse.WarningListener warnings = warningsTo(filename);
    Object tree;
    try {
      tree = switch (mode) {
        case "eval" -> parseEval(source, filename, warnings);
        case "single" -> singleStatement(source, filename, warnings);
        default -> Parser.parseModuleString(source, filename, warnings);
      };
    } catch (SyntaxErrorException e) {
      throw syntaxError(e, source, !mode.equals("exec"));
    } catch (SourceTooComplexException e) {
      throw Errors.raise(Types.MEMORY_ERROR, e.getMessage());
    }
    try {
      return switch (mode) {
        case "eval" -> CodeGen.compileExpression((Mod.Expression) tree, filename, warnings,
            futureFlags);
        case "single" -> CodeGen.compileInteractive((Mod.Interactive) tree, filename, source,
            warnings, futureFlags);
        default -> CodeGen.compileModule((Mod.Module) tree, filename, source, warnings,
            futureFlags);
      };
    } catch (SyntaxErrorException e) {
      // the symbol table's and compiler's errors: CPython reads their line from the file
      // named (PyErr_ProgramTextObject), so a string compiled as "<string>" has no text
      throw syntaxError(new SyntaxErrorException(e.kind(), e.msg(), e.filename(), e.lineno(),
          e.offset(), e.endLineno(), e.endOffset(), fileLine(filename, e.lineno())), null);
    } catch (SourceTooComplexException e) {
      throw Errors.raise(Types.MEMORY_ERROR, e.getMessage());
    } catch (CodeGen.Unsupported e) {
      throw Errors.raise(Types.SYSTEM_ERROR, "pyjit: " + e.getMessage());
    }
  }

  /**
   * Where the SyntaxWarnings of compile(), exec() and eval() go: sys.stderr, as CPython's
   * default filter shows them ({@code <string>:1: SyntaxWarning: ...}, every time, with the
   * line only when the file named exists); once the program has imported the warnings
   * module, its warn_explicit, so that its filters apply.
   */
  public static org.pyjit.parse.WarningListener warningsTo(String filename) {
    return (category, message, lineno) -> {
      if (RuntimeWarnings.warningsModule() instanceof org.pyjit.runtime.PyModule w
          && w.dict.getStr("warn_explicit") instanceof Object warnExplicit
          && org.pyjit.runtime.Builtins.dict(null).getStr(category) instanceof Object cls) {
        // the program's filters decide (no registry: shown every time, as CPython's); a
        // SyntaxWarning made an error is raised as a SyntaxError, as CPython's compiler does
        try {
          org.pyjit.runtime.Ops.call(warnExplicit, new Object[] {message, cls, filename,
              (long) lineno}, null);
        } catch (org.pyjit.runtime.PyException e) {
          if (e.value.type() != cls || !category.equals("SyntaxWarning")) {
            throw e;
          }
          throw new org.pyjit.runtime.PyException((org.pyjit.runtime.PyBaseException)
              org.pyjit.runtime.Ops.call(org.pyjit.runtime.Types.SYNTAX_ERROR, new Object[] {
                  message, org.pyjit.runtime.PyTuple.of(filename, (long) lineno, 0L,
                      PySingleton.NONE)}, null));
        }
        return;
      }
      String line = fileLine(filename, lineno);
      String text = filename + ":" + lineno + ": " + category + ": " + message + "\n"
          + (line == null || line.isBlank() ? "" : "  " + line.strip() + "\n");
      Object err = org.pyjit.runtime.Sys.module().dict.getStr("stderr");
      if (err != null && err != PySingleton.NONE) {
        org.pyjit.runtime.Ops.call(org.pyjit.runtime.Ops.getattr(err, "write"),
            new Object[] {text}, null);
      }
    };
  }

  /** Line {@code lineno} of the file {@code filename} with its newline, or null. */
  private static String fileLine(String filename, int lineno) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(filename);
      if (lineno < 1 || !org.pyjit.runtime.Library.isFile(p)) {
        return null;
      }
      String[] lines = sourceText(org.pyjit.runtime.Library.read(p), filename)
          .split("(?<=\r\n|\r(?!\n)|\n)", -1);
      return lineno <= lines.length && !lines[lineno - 1].isEmpty() ? lines[lineno - 1] : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * 'single' mode: one statement, simple statements on one line separated by ';' or one
   * compound statement, as CPython's interactive grammar.
   */
  private static Mod.Interactive singleStatement(String source, String filename,
      org.pyjit.parse.WarningListener warnings) {
    java.util.List<org.pyjit.ast.Stmt> body;
    try {
      body = Parser.parseModuleString(source, filename, warnings).body();
    } catch (SyntaxErrorException e) {
      // CPython parses one statement and then only looks for more text: an error past a
      // first simple statement is "multiple statements found", whatever the rest is
      java.util.List<org.pyjit.ast.Stmt> before = statementsBefore(source, filename, e.lineno());
      if (before == null || before.isEmpty() || isCompound(before.getFirst())) {
        throw e;
      }
      throw multipleStatements(source, filename, before.getFirst());
    }
    if (body.size() > 1 && isCompound(body.getFirst())) {
      // statement_newline: a compound statement must be followed by an empty line
      throw invalidSyntaxAt(source, filename, body.get(1));
    }
    if (body.size() > 1) {
      int line = body.getFirst().pos().lineno();
      boolean oneLine = body.stream().allMatch(s -> s.pos().lineno() == line
          && s.pos().endLineno() == line);
      if (!oneLine) {
        throw multipleStatements(source, filename, body.getFirst());
      }
    }
    return new Mod.Interactive(body);
  }

  /** The statements of the lines before {@code line}, or null when they do not parse. */
  private static java.util.List<org.pyjit.ast.Stmt> statementsBefore(String source,
      String filename, int line) {
    String[] lines = source.split("(?<=\r\n|\r(?!\n)|\n)", -1);
    if (line <= 1 || line > lines.length) {
      return null;
    }
    String prefix = String.join("", java.util.Arrays.asList(lines).subList(0, line - 1));
    try {
      return Parser.parseModuleString(prefix, filename,
          org.pyjit.parse.WarningListener.IGNORE).body();
    } catch (SyntaxErrorException | SourceTooComplexException e) {
      return null;
    }
  }

  private static boolean isCompound(org.pyjit.ast.Stmt s) {
    return s instanceof org.pyjit.ast.Stmt.If || s instanceof org.pyjit.ast.Stmt.For
        || s instanceof org.pyjit.ast.Stmt.AsyncFor || s instanceof org.pyjit.ast.Stmt.While
        || s instanceof org.pyjit.ast.Stmt.FunctionDef
        || s instanceof org.pyjit.ast.Stmt.AsyncFunctionDef
        || s instanceof org.pyjit.ast.Stmt.ClassDef || s instanceof org.pyjit.ast.Stmt.With
        || s instanceof org.pyjit.ast.Stmt.AsyncWith || s instanceof org.pyjit.ast.Stmt.Try
        || s instanceof org.pyjit.ast.Stmt.TryStar || s instanceof org.pyjit.ast.Stmt.Match;
  }

  /** "invalid syntax" at the first token of {@code s} (a name's width, else one char). */
  private static SyntaxErrorException invalidSyntaxAt(String source, String filename,
      org.pyjit.ast.Stmt s) {
    int line = s.pos().lineno();
    String[] lines = source.split("(?<=\r\n|\r(?!\n)|\n)", -1);
    String text = lines.length >= line ? lines[line - 1] : "";
    int col = Math.min(s.pos().colOffset(), text.length());
    int end = col;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      end++;
    }
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "invalid syntax",
        filename, line, col + 1, line, Math.max(end, col + 1) + 1, text);
  }

  /** CPython's error, reported just after the first statement, where its parser stopped. */
  private static SyntaxErrorException multipleStatements(String source, String filename,
      org.pyjit.ast.Stmt first) {
    int line = first.pos().lineno();
    int col = first.pos().endLineno() == line ? first.pos().endColOffset() + 1 : 1;
    String[] lines = source.split("\r\n|\r|\n", -1);
    String text = lines.length >= line ? lines[line - 1] : null;
    return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
        "multiple statements found while compiling a single statement", filename, line,
        col, line, col + 1, text);
  }

  /** Python's SyntaxError (or subclass) for a parser error, with its location attributes. */
  public static PyException syntaxError(SyntaxErrorException e) {
    return syntaxError(e, null, false);
  }

  /** As {@link #syntaxError(SyntaxErrorException, String, boolean)} for a file's source. */
  public static PyException syntaxError(SyntaxErrorException e, String source) {
    return syntaxError(e, source, false);
  }

  /**
   * As {@link #syntaxError(SyntaxErrorException)}, knowing the source: CPython's text is the
   * line with its newline (one is added at the end of the source), except for the
   * tokenizer's errors inside a line (strings, brackets), whose line stops where the
   * tokenizer had read, which is the newline added at the end only for the last line. The
   * eval and single modes of compile() add no newline ({@code asIs}): the last line's text is
   * then as the string ends.
   */
  public static PyException syntaxError(SyntaxErrorException e, String source, boolean asIs) {
    int lines = source == null ? 0 : source.split("\r\n|\r|\n", -1).length
        - (source.endsWith("\n") || source.endsWith("\r") ? 1 : 0);
    boolean cutLine = e.msg().endsWith("was never closed")
        ? source != null && e.lineno() < lines
        : e.fromTokenizer() && e.kind() == SyntaxErrorException.Kind.SYNTAX_ERROR;
    String line = e.text() == null ? null : e.text().endsWith("\n")
        ? e.text().substring(0, e.text().length() - 1) : e.text();
    boolean lastUnended = asIs && source != null && e.lineno() == lines
        && !(source.endsWith("\n") || source.endsWith("\r"));
    Object text = line == null ? PySingleton.NONE : cutLine || lastUnended ? line : line + "\n";
    org.pyjit.runtime.PyType t = Types.EXCEPTIONS.getOrDefault(e.kind().pyName,
        Types.SYNTAX_ERROR);
    PyBaseException exc = new PyBaseException(t, e.msg(), PyTuple.of(e.filename(),
        (long) e.lineno(), (long) e.offset(), text, (long) e.endLineno(), (long) e.endOffset()));
    exc.dict.put("msg", e.msg());
    exc.dict.put("filename", e.filename());
    exc.dict.put("lineno", (long) e.lineno());
    exc.dict.put("offset", (long) e.offset());
    exc.dict.put("text", text);
    exc.dict.put("end_lineno", (long) e.endLineno());
    exc.dict.put("end_offset", (long) e.endOffset());
    String report = e.format();
    int last = report.lastIndexOf('\n', report.length() - 2);
    exc.syntaxLocation = last < 0 ? "" : report.substring(0, last + 1);
    return new PyException(exc);
  }
}
