package org.pyjit.jit.exec;

import org.pyjit.jit.uop.ExitTable;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.TraceState;
import org.pyjit.jit.uop.UopInterpreter;

/** A trace run by the Java uop interpreter: what every executor can fall back to. */
public final class InterpretedCode implements TraceCode {
  /** The compiler that always succeeds. */
  public static final TraceCompiler COMPILER = new TraceCompiler() {
    @Override
    public TraceCode compile(Trace trace, ExitTable exits) {
      return new InterpretedCode(trace, exits);
    }

    @Override
    public String name() {
      return "uop interpreter";
    }
  };

  private final Trace trace;
  private final ExitTable exits;

  public InterpretedCode(Trace trace, ExitTable exits) {
    this.trace = trace;
    this.exits = exits;
  }

  @Override
  public int run(long[] frame, TraceState state) {
    return UopInterpreter.run(trace, frame, state, exits);
  }

  @Override
  public boolean isNative() {
    return false;
  }

  @Override
  public long nativeEntry() {
    return 0;
  }

  @Override
  public String disassembly() {
    return "";
  }

  @Override
  public void close() {}
}
