package org.pyjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pyjit.ast.AstDump;
import org.pyjit.ast.AstMermaid;
import org.pyjit.ast.Mod;
import org.pyjit.bytecode.Disassembler;
import org.pyjit.compiler.CodeGen;
import org.pyjit.jit.exec.TraceDump;
import org.pyjit.jit.uop.InvalidTraceException;
import org.pyjit.jit.uop.TraceParser;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;
import org.pyjit.parse.SourceTooComplexException;
import org.pyjit.parse.SyntaxErrorException;

/**
 * {@code --dump KIND FILE...}: prints one compiler stage per file instead of running it.
 * A file that does not parse gets CPython's SyntaxError report on stderr, the other files
 * are still dumped, and the exit code is 1.
 */
final class Dumps {
  private Dumps() {}

  static int run(String kind, List<String> files, PrintStream out, PrintStream err) {
    if (kind.equals("asm")) {
      return TraceDumps.asm(files, out, err);
    }
    if (!List.of("ast", "ast-attrs", "ast-mermaid", "bytecode", "uops").contains(kind)) {
      err.println("pyjit: unknown --dump kind '" + kind
          + "' (known: ast, ast-attrs, ast-mermaid, bytecode, uops, asm)");
      return 2;
    }
    if (files.isEmpty()) {
      err.println("pyjit: --dump " + kind + " needs at least one FILE");
      return 2;
    }
    if (kind.equals("uops")) {
      return dumpTraces(files, out, err);
    }
    int status = 0;
    for (String file : files) {
      Mod.Module tree;
      try {
        byte[] bytes = Files.readAllBytes(Path.of(file));
        tree = Parser.parseModule(bytes, file,
            new WarningPrinter(err, file, () -> SourceDecoder.decode(bytes, file)));
      } catch (IOException e) {
        err.println("pyjit: can't open file '" + file + "': " + e.getMessage());
        status = 1;
        continue;
      } catch (SyntaxErrorException e) {
        err.print(e.format());
        status = 1;
        continue;
      } catch (SourceTooComplexException e) {
        err.println("MemoryError: " + e.getMessage());
        status = 1;
        continue;
      }
      switch (kind) {
        case "ast" -> out.println(AstDump.dump(tree));
        case "ast-attrs" -> out.println(AstDump.dump(tree, true));
        case "bytecode" -> {
          try {
            out.print(Disassembler.disassemble(CodeGen.compileModule(tree, file)));
          } catch (CodeGen.Unsupported e) {
            err.println("pyjit: " + e.getMessage());
            status = 2;
          }
        }
        default -> out.print(AstMermaid.render(tree));
      }
    }
    return status;
  }

  /**
   * {@code --dump uops FILE...}: each FILE is a trace in the text form of
   * docs/internals/tier2.md; prints it as parsed (normalized). A trace that does not parse
   * is reported as {@code pyjit: FILE: line N: ...} and the exit code is 1.
   */
  private static int dumpTraces(List<String> files, PrintStream out, PrintStream err) {
    int status = 0;
    for (String file : files) {
      try {
        out.print(TraceDump.uops(TraceParser.parse(Files.readString(Path.of(file)))));
      } catch (IOException e) {
        err.println("pyjit: can't open file '" + file + "': " + e.getMessage());
        status = 1;
      } catch (InvalidTraceException e) {
        err.println("pyjit: " + file + ": " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }
}
