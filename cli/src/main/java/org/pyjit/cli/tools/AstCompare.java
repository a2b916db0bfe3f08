package org.pyjit.cli.tools;

import java.util.Set;
import org.pyjit.ast.AstDump;
import org.pyjit.ast.Mod;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SyntaxErrorException;

/**
 * The Java half of {@code tools/ast-compare/run}: checks pyjit's parser against CPython
 * 3.13's {@code ast.dump(ast.parse(bytes))} for every file that cpython_dump.py listed.
 *
 * <p>Usage: {@code AstCompare --root STDLIB_DIR --expected CACHE_DIR [--attributes]
 * [--jobs N] [--timeout SECONDS] [--results-out FILE] [--only RELPATH]...}; the options,
 * output and exit status are {@link StdlibCompare}'s.
 *
 * <p>Contract: a file passes when pyjit's {@code AstDump.dump(Parser.parseModule(bytes,
 * path))} equals CPython's dump (with --attributes, including every node's position), or
 * when CPython rejected the file and pyjit throws {@link SyntaxErrorException} (messages
 * are not compared here). Everything else fails: a different dump, acceptance of a file
 * CPython rejects, rejection of a file CPython accepts, any other Throwable
 * (StackOverflowError included) and a timeout.
 */
public final class AstCompare {
  private AstCompare() {}

  public static void main(String[] args) {
    StdlibCompare.exit(() -> StdlibCompare.run("AstCompare", args, Set.of("--attributes"),
        flags -> checker(flags.contains("--attributes")), System.out, System.err));
  }

  private static StdlibCompare.Checker checker(boolean attributes) {
    return (e, file, source, want) -> {
      String got;
      try {
        Mod.Module m = Parser.parseModule(source, file.toString());
        if (m == null) {
          return "parseModule returned null";
        }
        got = AstDump.dump(m, attributes);
      } catch (SyntaxErrorException ex) {
        if (!e.cpythonAccepts()) {
          return null;
        }
        return "pyjit rejects, CPython accepts: " + ex.headline() + " (line " + ex.lineno()
            + ", offset " + ex.offset() + ")";
      }
      if (!e.cpythonAccepts()) {
        return "pyjit accepts, CPython rejects: " + e.message();
      }
      return want.equals(got) ? null : StdlibCompare.firstDifference(want, got);
    };
  }
}
