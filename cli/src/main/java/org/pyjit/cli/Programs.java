package org.pyjit.cli;

import java.io.PrintStream;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;
import org.pyjit.parse.SourceTooComplexException;
import org.pyjit.parse.SyntaxErrorException;

/**
 * Runs a Python program. Until the interpreter exists it only parses it, reporting syntax
 * errors and warnings exactly as CPython does; a program that parses is reported as not
 * executable yet (exit status 2).
 */
final class Programs {
  private Programs() {}

  /** A script file, named in messages as CPython names it (see Main.scriptName). */
  static int runFile(byte[] source, String filename, PrintStream out, PrintStream err) {
    return compile(() -> Parser.parseModule(source, filename,
        new WarningPrinter(err, filename, () -> SourceDecoder.decode(source, filename))), err);
  }

  /** Source given as text: -c CODE ({@code <string>}) or standard input ({@code <stdin>}). */
  static int runSource(String source, String filename, PrintStream out, PrintStream err) {
    return compile(() -> Parser.parseModule(source, filename,
        new WarningPrinter(err, filename, null)), err);
  }

  private static int compile(Runnable parse, PrintStream err) {
    try {
      parse.run();
    } catch (SyntaxErrorException e) {
      err.print(e.format());
      return 1;
    } catch (SourceTooComplexException e) {
      err.println("MemoryError: " + e.getMessage());
      return 1;
    }
    err.println("pyjit: the program parsed, but execution is not implemented yet"
        + " (try --dump ast)");
    return 2;
  }
}
