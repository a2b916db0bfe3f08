package org.pyjit.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyjit.Version;
import org.pyjit.bytecode.CodeCacheWriter;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.CodeObjectReader;
import org.pyjit.compiler.CodeGen;

/**
 * pyjit's own standard library, written in Python for pyjit: sources kept as resources
 * under org/pyjit/lib/ (a package is a directory with an __init__.py) and found through one
 * entry at the end of sys.path, {@link #ROOT}, as CPython finds its library in
 * python313.zip: the path of pyjit's jar (or classes directory) followed by /org/pyjit/lib.
 * A path under ROOT is read from the resources, so a library module's __file__, its
 * package's __path__ and its tracebacks name it as a zip-imported module is named, and a
 * module of the same name next to a script shadows it, as in CPython.
 */
public final class Library {
  private Library() {}

  private static final String RESOURCES = "/org/pyjit/lib";

  /** The sys.path entry of the library. */
  public static final String ROOT = root();

  private static String root() {
    // the jar or directory this class came from, read from its own resource URL: pyjit's
    // jar is on the boot class path, where classes have no code source
    try {
      String self = Library.class.getResource("Library.class").toString();
      String container;
      if (self.startsWith("jar:")) {
        container = Path.of(java.net.URI.create(self.substring(4, self.indexOf("!/"))))
            .toString();
      } else {
        String classFile = "/" + Library.class.getName().replace('.', '/') + ".class";
        container = Path.of(java.net.URI.create(self)).toString();
        container = container.substring(0, container.length() - classFile.length());
      }
      return container + RESOURCES;
    } catch (RuntimeException e) {
      return "<pyjit-lib>"; // no location (an unusual class loader): still a unique entry
    }
  }

  /** The resource name of {@code path} when it lies under {@link #ROOT}, else null. */
  private static String resource(String path) {
    return path.startsWith(ROOT + "/") ? RESOURCES + path.substring(ROOT.length()) : null;
  }

  /** Whether {@code path} is the library's root or lies under it (in the jar). */
  public static boolean inLibrary(String path) {
    return path.equals(ROOT) || path.startsWith(ROOT + "/");
  }

  /** Whether {@code file} is a regular file, in the library or on disk. */
  public static boolean isFile(Path file) {
    String r = resource(file.toString());
    return r != null ? Library.class.getResource(r) != null : Files.isRegularFile(file);
  }

  /**
   * Whether {@code dir} is a directory on disk: a portion of a namespace package (pyjit's
   * library, read from the resources, has none).
   */
  public static boolean isDirectory(Path dir) {
    return resource(dir.toString()) == null && Files.isDirectory(dir);
  }

  /**
   * The code object of library module {@code file} (a path under {@link #ROOT}) made at
   * build time from {@code source} (docs/internals/imports.md, "A cache of compiled library
   * code"), or null: not in the
   * library, no {@code .pyjc} beside it, one made from another source or by another pyjit,
   * or the compiler's options are not the defaults. The caller then compiles the source.
   */
  public static CodeObject compiled(String file, byte[] source, String filename) {
    String r = resource(file);
    return r == null ? null : compiledResource(r, source, filename);
  }

  /** {@link #compiled} for the resource {@code r} (see {@link #resourceOf}). */
  public static CodeObject compiledResource(String r, byte[] source, String filename) {
    if (!r.endsWith(".py") || !CodeGen.optimizing()) {
      return null;
    }
    byte[] cached;
    try (InputStream in = Library.class.getResourceAsStream(
        r.substring(0, r.length() - 3) + CodeCacheWriter.SUFFIX)) {
      if (in == null) {
        return null;
      }
      cached = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    return CodeObjectReader.read(cached, source, filename, Version.PYJIT_VERSION);
  }

  /** The resource name of library module {@code name}'s source (for a frozen module). */
  public static String resourceOf(String name) {
    return RESOURCES + "/" + name + ".py";
  }

  /** The bytes of {@code file}, in the library or on disk. */
  public static byte[] read(Path file) throws IOException {
    String r = resource(file.toString());
    if (r == null) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = Library.class.getResourceAsStream(r)) {
      if (in == null) {
        throw new java.io.FileNotFoundException(file.toString());
      }
      return in.readAllBytes();
    }
  }
}
