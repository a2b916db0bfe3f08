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
 * The builtins eval() and exec() on source strings: the text is parsed ('eval' or 'exec'
 * mode) and compiled as a module-like body whose names go through the given locals and
 * globals, defaulting to the caller's (a function's locals are a snapshot, as in CPython).
 * A syntax error in the text is raised as Python's SyntaxError.
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
    if (k != null && k.length > 0) {
      throw Errors.typeError(mode + "() takes no keyword arguments");
    }
    if (a.length < 1 || a.length > 3) {
      throw Errors.typeError(mode + " expected at most 3 arguments, got " + a.length);
    }
    if (!(a[0] instanceof String source)) {
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
    }
    CodeObject code = compile(mode.equals("eval") ? source.strip() : source, mode);
    return Interpreter.run(new Frame(code, globals, Builtins.dict(globals), locals, null, null));
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

  private static CodeObject compile(String source, String mode) {
    try {
      if (mode.equals("eval")) {
        Mod.Expression e = Parser.parseExpression(source, "<string>");
        return CodeGen.compileExpression(e, "<string>");
      }
      return CodeGen.compileModule(Parser.parseModule(source, "<string>"), "<string>");
    } catch (SyntaxErrorException e) {
      throw syntaxError(e);
    } catch (SourceTooComplexException e) {
      throw Errors.raise(Types.MEMORY_ERROR, e.getMessage());
    } catch (CodeGen.Unsupported e) {
      throw Errors.raise(Types.SYSTEM_ERROR, "pyjit: " + e.getMessage());
    }
  }

  /** Python's SyntaxError (or subclass) for a parser error, with its location attributes. */
  public static PyException syntaxError(SyntaxErrorException e) {
    org.pyjit.runtime.PyType t = Types.EXCEPTIONS.getOrDefault(e.kind().pyName,
        Types.SYNTAX_ERROR);
    Object text = e.text() == null ? PySingleton.NONE : e.text();
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
