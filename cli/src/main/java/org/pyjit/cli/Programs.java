package org.pyjit.cli;

import java.io.PrintStream;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SyntaxErrorException;

/** Runs a Python program. Until the interpreter exists it only parses it. */
final class Programs {
  private Programs() {}

  static int runFile(byte[] source, String filename, PrintStream out, PrintStream err) {
    try {
      Parser.parseModule(source, filename);
    } catch (SyntaxErrorException e) {
      err.print(e.format());
      return 1;
    }
    return notImplemented(err);
  }

  static int runSource(String source, String filename, PrintStream out, PrintStream err) {
    try {
      Parser.parseModule(source, filename);
    } catch (SyntaxErrorException e) {
      err.print(e.format());
      return 1;
    }
    return notImplemented(err);
  }

  private static int notImplemented(PrintStream err) {
    err.println("pyjit: the program parsed, but execution is not implemented yet"
        + " (try --dump ast)");
    return 2;
  }
}
