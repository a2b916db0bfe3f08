package org.pyjit.parse;

import org.pyjit.ast.Mod;

/** STUB: the Python 3.13 parser. */
public final class Parser {
  private Parser() {}

  /** Parses a whole module (CPython's 'exec' mode). */
  public static Mod.Module parseModule(String source, String filename) {
    throw new UnsupportedOperationException("parser not written yet");
  }

  /** Decodes source bytes (BOM, PEP 263 coding declaration) and parses them as a module. */
  public static Mod.Module parseModule(byte[] source, String filename) {
    return parseModule(SourceDecoder.decode(source, filename), filename);
  }
}
