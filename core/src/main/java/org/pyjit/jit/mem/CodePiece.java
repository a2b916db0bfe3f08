package org.pyjit.jit.mem;

import java.util.function.Function;

/**
 * One function of a batch given to {@link CodeArena#installAll}: its name (for perf and
 * dumps), its exact size in bytes, and how to produce its bytes once the addresses are known.
 * {@code linkAt} receives the final address of every piece of the batch, in the batch's
 * order, so that pieces can call one another with rel32; it must return at least {@code size}
 * bytes, of which the first {@code size} are the code (a linker may reuse a larger buffer).
 */
public record CodePiece(String name, int size, Function<long[], byte[]> linkAt) {
  public CodePiece {
    if (name == null || linkAt == null) {
      throw new NullPointerException("name and linkAt are required");
    }
    if (size <= 0) {
      throw new IllegalArgumentException("code size must be positive: " + size);
    }
  }
}
