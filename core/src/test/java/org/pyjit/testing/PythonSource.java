package org.pyjit.testing;

import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.PyDict;

/** Runs Python source as a {@code __main__} module for Java unit tests. */
public final class PythonSource {
  private PythonSource() {}

  /** Runs {@code src} in a fresh {@code __main__} namespace and returns that namespace. */
  public static PyDict run(String src) {
    return run(src, new PyDict());
  }

  /**
   * Runs {@code src} as {@code __main__} in {@code globals} (which may hold names the test
   * provides) and returns it.
   */
  public static PyDict run(String src, PyDict globals) {
    globals.put("__name__", "__main__");
    Interpreter.runModule(CodeGen.compileModule(Parser.parseModule(src, "<test>"), "<test>"),
        globals);
    return globals;
  }
}
