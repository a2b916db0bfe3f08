package org.pyjit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Shared plumbing of the corpus tests: finding the repository root, listing cases and
 * running {@link Main#run} on one of them.
 *
 * <p>The expected outputs were made by running CPython from the repository root with
 * relative paths (tests/syntax-errors/regen.py). CPython prints the script path made
 * absolute, and regen.py cuts the root prefix from its stderr; cases are therefore passed
 * to pyjit by the same relative path, with the working directory at the repository root
 * (cli/pom.xml sets surefire's workingDirectory), and the same prefix is cut from pyjit's
 * stderr. Cutting it works whether or not pyjit makes the path absolute.
 */
final class Corpus {
  private Corpus() {}

  /** The repository root: the nearest directory at or above the working one with tests/. */
  static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("tests/syntax-errors"))) {
        return p;
      }
    }
    throw new IllegalStateException("no tests/syntax-errors above " + dir);
  }

  /** The .py files under tests/NAME, as paths relative to the root, sorted. */
  static List<String> cases(String name) {
    Path root = root();
    try (Stream<Path> files = Files.walk(root.resolve("tests").resolve(name))) {
      return files.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> !p.getFileName().toString().equals("regen.py"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The programs under tests/NAME, as paths relative to the root, sorted: like {@link #cases}
   * but without helper modules, i.e. files with a name or a directory (below tests/NAME)
   * starting with "_", which programs import and which are not run by themselves.
   */
  static List<String> programs(String name) {
    String top = "tests/" + name + "/";
    return cases(name).stream().filter(rel -> {
      for (String part : rel.substring(top.length()).split("/")) {
        if (part.startsWith("_")) {
          return false;
        }
      }
      return true;
    }).toList();
  }

  /** The path a case must be passed by: relative to the working directory. */
  static String argPath(String rel) {
    Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    return cwd.equals(root()) ? rel : cwd.relativize(root().resolve(rel)).toString();
  }

  static String read(String rel) {
    try {
      return Files.readString(root().resolve(rel), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String rel) {
    return Files.exists(root().resolve(rel));
  }

  /** What one run of pyjit did. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs pyjit with {@code stdin} as its standard input. */
  static Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, new ByteArrayInputStream(stdin), o, e);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        stripRoot(err.toString(StandardCharsets.UTF_8)));
  }

  /** Cuts the absolute root prefix from paths, as regen.py did with CPython's stderr. */
  static String stripRoot(String s) {
    String cwd = System.getProperty("user.dir");
    String root = root().toString();
    for (String prefix : List.of(cwd + "/", root + "/")) {
      s = s.replace(prefix, "");
    }
    return s;
  }
}
