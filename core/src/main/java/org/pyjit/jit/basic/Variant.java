package org.pyjit.jit.basic;

import java.util.List;

/**
 * One compiled signature of a @jit function: the argument types it was compiled for, the
 * result type inference found, and once installed its native code. Callers inside native
 * code call its internal entry directly.
 */
public final class Variant {
  public final String name;
  public final List<ValueType> argTypes;
  public ValueType returnType;
  /** The typed IR (kept for dumps and tests). */
  public IrFunction ir;
  /** Whether its code (or a callee's) may store into a list argument. */
  public boolean writesLists;
  /** The installed code, or null while it is being compiled. */
  public NativeFunction code;
  /** How long compiling and installing took (front end to installed code). */
  public long compileNanos;

  /** Compiling (a call of it now is recursion), ready, or refused with a JitError. */
  public enum State { COMPILING, READY, FAILED }

  public State state = State.COMPILING;
  /** The JitError message when FAILED. */
  public String failure;

  public Variant(String name, List<ValueType> argTypes) {
    this.name = name;
    this.argTypes = List.copyOf(argTypes);
  }
}
