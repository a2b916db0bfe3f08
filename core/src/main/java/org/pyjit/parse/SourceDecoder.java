package org.pyjit.parse;

import java.nio.charset.StandardCharsets;

/** STUB: turns source bytes into text: UTF-8 BOM, PEP 263 coding declarations. */
public final class SourceDecoder {
  private SourceDecoder() {}

  public static String decode(byte[] source, String filename) {
    return new String(source, StandardCharsets.UTF_8);
  }
}
