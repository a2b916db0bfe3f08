package org.pyjit.jit.uop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written traces of tests/traces/, shared by the tests that run them (one copy). */
public final class Traces {
  private Traces() {}

  /** The text of tests/traces/NAME.uops (tests run in the module's directory). */
  public static String source(String name) {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    try {
      return Files.readString(root.resolve("tests/traces/" + name + ".uops"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sum of i * i for i in range(n): docs/internals/tier2.md's example. */
  public static Trace squares() {
    return TraceParser.parse(source("squares"));
  }
}
