package org.pyjit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Sys;

/**
 * What the benchmarks share: bench/interp's programs (copied into the jar as resources by
 * the pom) and running a code object as the launcher would, in a fresh __main__.
 */
final class Programs {
  private Programs() {}

  static byte[] source(String name) {
    try (InputStream in = Programs.class.getResourceAsStream("/programs/" + name + ".py")) {
      if (in == null) {
        throw new IllegalArgumentException("no program " + name + " in bench/interp/programs");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CodeObject compile(String source, String file) {
    return CodeGen.compileModule(Parser.parseModule(source, file), file, source);
  }

  /** Runs code in a fresh __main__ and returns its globals; the program's output is dropped. */
  static PyDict run(CodeObject code) {
    PyDict globals = new PyDict();
    globals.put("__name__", "__main__");
    globals.put("__doc__", PySingleton.NONE);
    globals.put("__builtins__", Sys.MODULES.get("builtins"));
    globals.put("__spec__", PySingleton.NONE);
    globals.put("__package__", PySingleton.NONE);
    Sys.MODULES.put("__main__", new PyModule("__main__", globals));
    Interpreter.runModule(code, globals);
    return globals;
  }

  static {
    Builtins.stdout = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
  }
}
