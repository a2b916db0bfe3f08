package org.pyjit.cli.tools;

import java.util.List;
import java.util.Set;
import org.pyjit.ast.Mod;
import org.pyjit.compiler.SymtableDump;
import org.pyjit.compiler.Symtable;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;
import org.pyjit.parse.SyntaxErrorException;

/**
 * The Java half of {@code tools/symtable-compare/run}: checks pyjit's symbol tables against
 * CPython 3.13's {@code symtable} module and code objects for every file cpython_dump.py
 * listed.
 *
 * <p>Usage: {@code SymtableCompare --root STDLIB_DIR --expected CACHE_DIR [--jobs N]
 * [--timeout SECONDS] [--results-out FILE] [--only RELPATH]...}; the options, output and exit
 * status are {@link StdlibCompare}'s.
 *
 * <p>Contract: a file CPython accepts passes when {@link SymtableDump#tables} of pyjit's
 * table equals CPython's dump of the tables (the format is documented in cpython_dump.py)
 * and {@link SymtableDump#checkCodeObjects} finds no problem with CPython's code objects.
 * A file CPython fails to parse
 * passes when pyjit's parser rejects it; a file whose symbol table CPython rejects passes
 * when pyjit raises the same SyntaxError (message, line, offset, end line, end offset).
 */
public final class SymtableCompare {
  private SymtableCompare() {}

  public static void main(String[] args) {
    StdlibCompare.exit(() -> StdlibCompare.run("SymtableCompare", args, Set.of(),
        flags -> SymtableCompare::check, System.out, System.err));
  }

  static String check(StdlibCompare.Entry e, java.nio.file.Path file, byte[] source,
      String want) {
    Mod.Module m;
    try {
      m = Parser.parseModule(source, e.rel());
    } catch (SyntaxErrorException ex) {
      if (e.status().equals("parse")) {
        return null;
      }
      return "pyjit's parser rejects, CPython " + (e.cpythonAccepts() ? "accepts" : "parses")
          + ": " + describe(ex);
    }
    if (e.status().equals("parse")) {
      return "pyjit parses, CPython's parser rejects: " + e.message();
    }
    Symtable st;
    try {
      st = Symtable.build(m, e.rel(), SourceDecoder.decode(source, e.rel()));
    } catch (SyntaxErrorException ex) {
      if (e.cpythonAccepts()) {
        return "pyjit rejects, CPython accepts: " + describe(ex);
      }
      String got = describe(ex);
      return got.equals(e.message()) ? null
          : "different error: CPython «" + e.message() + "» pyjit «" + got + "»";
    }
    if (!e.cpythonAccepts()) {
      return "pyjit accepts, CPython rejects: " + e.message();
    }
    int codeAt = want.indexOf("\ncode");
    String wantTables = codeAt < 0 ? want : want.substring(0, codeAt + 1);
    String got = SymtableDump.tables(st);
    if (!wantTables.equals(got)) {
      return StdlibCompare.firstDifference(wantTables, got);
    }
    if (codeAt < 0) {
      return null;
    }
    List<String> problems = SymtableDump.checkCodeObjects(st, want.substring(codeAt + 1));
    if (problems.isEmpty()) {
      return null;
    }
    return "code objects: " + problems.size() + " problem(s), first: " + problems.get(0);
  }

  /** CPython's message format in files.tsv. */
  static String describe(SyntaxErrorException ex) {
    return ex.kind().pyName + ": " + ex.msg() + " (line " + ex.lineno() + ", offset "
        + ex.offset() + ", end " + ex.endLineno() + ", "
        + (ex.endOffset() == 0 ? "None" : String.valueOf(ex.endOffset())) + ")";
  }

}
