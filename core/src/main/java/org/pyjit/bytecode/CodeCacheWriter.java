package org.pyjit.bytecode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pyjit.Version;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.parse.WarningListener;

/**
 * The build step that compiles pyjit's library ahead of time: for every {@code NAME.py}
 * under the directory given (target/classes/org/pyjit/lib, run by core's pom in
 * process-classes), writes {@code NAME.pyjc} beside it ({@link CodeObjectWriter}'s format),
 * compiled as the importer compiles it ({@link #compile}).
 *
 * <p>Contract. A module that does not compile, whose compilation warns (the importer shows
 * a SyntaxWarning only when it compiles), or that holds a constant the format cannot write
 * gets no file and a line on stderr: the importer compiles it at run time as before. A
 * stale {@code .pyjc} of such a module is deleted. Exits non-zero only on an I/O error.
 */
public final class CodeCacheWriter {
  private CodeCacheWriter() {}

  /** The file's extension. */
  public static final String SUFFIX = ".pyjc";

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CodeCacheWriter LIBRARY-DIRECTORY");
      System.exit(2);
    }
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      sources = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    int written = 0;
    for (Path source : sources) {
      Path target = cacheFile(source);
      byte[] bytes = Files.readAllBytes(source);
      byte[] file = fileFor(bytes, source.toString());
      if (file == null) {
        Files.deleteIfExists(target);
        continue;
      }
      Files.write(target, file);
      written++;
    }
    System.out.println("pyjit code cache: " + written + " of " + sources.size()
        + " library modules compiled");
  }

  /** {@code NAME.pyjc} beside {@code NAME.py}. */
  static Path cacheFile(Path source) {
    String name = source.getFileName().toString();
    return source.resolveSibling(name.substring(0, name.length() - 3) + SUFFIX);
  }

  /** The {@code .pyjc} bytes of {@code source}, or null (and why on stderr) if it has none. */
  static byte[] fileFor(byte[] source, String filename) {
    boolean[] warned = {false};
    WarningListener warnings = (category, message, lineno) -> {
      System.err.println(filename + ":" + lineno + ": " + category + ": " + message
          + " (not cached: the importer shows it when it compiles)");
      warned[0] = true;
    };
    try {
      CodeObject code = compile(source, filename, warnings);
      return warned[0] ? null
          : CodeObjectWriter.write(code, CodeObjectReader.sourceHash(source),
              Version.PYJIT_VERSION);
    } catch (RuntimeException e) {
      System.err.println(filename + ": not cached: " + e);
      return null;
    }
  }

  /** Compiles a module's source as the importer does. */
  public static CodeObject compile(byte[] source, String filename, WarningListener warnings) {
    return CodeGen.compileModule(Parser.parseImported(source, filename, warnings), filename,
        null, warnings);
  }
}
