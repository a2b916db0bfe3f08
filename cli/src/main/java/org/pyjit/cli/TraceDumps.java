package org.pyjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pyjit.jit.exec.TraceDump;
import org.pyjit.jit.stencil.CopyAndPatch;
import org.pyjit.jit.stencil.StencilException;
import org.pyjit.jit.uop.InvalidTraceException;
import org.pyjit.jit.uop.TraceParser;

/**
 * {@code --dump asm FILE...}: each FILE is a trace in the text form of docs/internals/tier2.md;
 * prints it and the machine code the copy-and-patch backend makes of it (installed in the
 * code arena, at the address shown), or why it could not. A file that cannot be read
 * or parsed is reported on stderr (exit code 1) and the others are still dumped.
 */
final class TraceDumps {
  private TraceDumps() {}

  static int asm(List<String> files, PrintStream out, PrintStream err) {
    if (files.isEmpty()) {
      err.println("pyjit: --dump asm needs at least one FILE");
      return 2;
    }
    int status = 0;
    for (String file : files) {
      try {
        out.print(TraceDump.asm(TraceParser.parse(Files.readString(Path.of(file))), CopyAndPatch.INSTANCE));
      } catch (IOException e) {
        err.println("pyjit: can't open file '" + file + "': " + e.getMessage());
        status = 1;
      } catch (InvalidTraceException | StencilException e) {
        err.println("pyjit: " + file + ": " + e.getMessage());
        status = 1;
      }
    }
    return status;
  }
}
