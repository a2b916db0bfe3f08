package org.pyjit.jit.mem;

import java.lang.foreign.Arena;
import java.lang.ref.Cleaner;

/**
 * Releases one piece of installed code or data exactly once, from {@code close()} or from the
 * {@link Cleaner} when its owner became unreachable. The piece's Java view is a segment of a
 * shared {@link Arena}: closing that arena first makes any later use from Java throw
 * IllegalStateException instead of touching freed pages, and fails while a downcall that was
 * given that segment ({@link InstalledCode#guardedEntry()}) is running, since the linker holds
 * its scope: code entered that way is never freed under a thread inside it.
 */
final class Release implements Runnable {
  static final Cleaner CLEANER = Cleaner.create();

  private final Arena scope;
  private final CodeBlock block;
  private boolean done;

  Release(Arena scope, CodeBlock block) {
    this.scope = scope;
    this.block = block;
  }

  /** Closes the scope; throws IllegalStateException (and releases nothing) while it is in use. */
  synchronized void closeScope() {
    if (!done && scope.scope().isAlive()) {
      scope.close();
    }
  }

  @Override
  public synchronized void run() {
    if (done) {
      return;
    }
    try {
      closeScope();
    } catch (IllegalStateException inUse) {
      return; // only reachable from the Cleaner: a caller kept the segment and is inside; leak
    }
    done = true;
    block.pieceReleased();
  }
}
