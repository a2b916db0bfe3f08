package org.pyjit.jit.exec;

import org.pyjit.jit.uop.TraceState;

/**
 * The runnable form of one trace: native code from a {@link TraceCompiler}, or the Java uop
 * interpreter ({@link InterpretedCode}). Both follow docs/internals/tier2.md exactly, so an
 * executor behaves the same whichever it holds.
 */
public interface TraceCode extends AutoCloseable {
  /**
   * Runs the trace from its first uop over frame (at least the trace's slot count) until an
   * exit that is not followed through a link; returns that exit's index (also in the state,
   * with the id of the trace that owns it).
   */
  int run(long[] frame, TraceState state);

  /** Whether this is machine code. */
  boolean isNative();

  /** The address native code links to (an exit's link slot), or 0 when not native. */
  long nativeEntry();

  /** The machine code as text for {@code --dump asm} (empty when not native). */
  String disassembly();

  /** Releases the code; the trace must not be running. */
  @Override
  void close();
}
