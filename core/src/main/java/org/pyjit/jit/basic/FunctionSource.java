package org.pyjit.jit.basic;

import java.util.List;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Stmt;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SyntaxErrorException;
import org.pyjit.runtime.PyFunction;
import org.pyjit.runtime.Sys;

/**
 * Finds the FunctionDef of a Python function: its code object names the file and the first
 * line, which in 3.13 is the line of the first decorator; the file's source (as the
 * traceback printer sees it) is parsed again and searched for the def of that name
 * starting on that line.
 */
final class FunctionSource {
  private FunctionSource() {}

  static Stmt.FunctionDef find(PyFunction fn) {
    String[] lines = Sys.sourceLines.apply(fn.code.filename);
    if (lines == null) {
      throw new JitException("the source of " + fn.name + " (" + fn.code.filename
          + ") cannot be read");
    }
    Mod.Module mod;
    try {
      mod = Parser.parseModule(String.join("\n", lines), fn.code.filename);
    } catch (SyntaxErrorException e) {
      throw new JitException("the source of " + fn.name + " has changed and no longer "
          + "parses");
    }
    Stmt.FunctionDef def = search(mod.body(), fn.code.name, fn.code.firstlineno);
    if (def == null) {
      throw new JitException("the definition of " + fn.name + " is not at line "
          + fn.code.firstlineno + " of " + fn.code.filename);
    }
    return def;
  }

  /** The first def of {@code name} whose first line (decorators included) is {@code line}. */
  static Stmt.FunctionDef search(List<Stmt> body, String name, int line) {
    for (Stmt s : body) {
      Stmt.FunctionDef found = switch (s) {
        case Stmt.FunctionDef d -> {
          int first = d.decoratorList().isEmpty() ? d.pos().lineno()
              : Math.min(d.pos().lineno(), d.decoratorList().getFirst().pos().lineno());
          // CPython 3.13 starts a decorated function at its first decorator; accept both
          boolean here = first == line || d.pos().lineno() == line;
          yield d.name().equals(name) && here ? d : search(d.body(), name, line);
        }
        case Stmt.ClassDef c -> search(c.body(), name, line);
        case Stmt.If i -> firstOf(search(i.body(), name, line), i.orelse(), name, line);
        case Stmt.For f -> firstOf(search(f.body(), name, line), f.orelse(), name, line);
        case Stmt.While w -> firstOf(search(w.body(), name, line), w.orelse(), name, line);
        case Stmt.With w -> search(w.body(), name, line);
        case Stmt.Try t -> {
          Stmt.FunctionDef d = search(t.body(), name, line);
          for (Stmt.ExceptHandler h : t.handlers()) {
            d = d != null ? d : search(h.body(), name, line);
          }
          d = d != null ? d : search(t.orelse(), name, line);
          yield d != null ? d : search(t.finalbody(), name, line);
        }
        default -> null;
      };
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Stmt.FunctionDef firstOf(Stmt.FunctionDef d, List<Stmt> other, String name,
      int line) {
    return d != null ? d : search(other, name, line);
  }
}
