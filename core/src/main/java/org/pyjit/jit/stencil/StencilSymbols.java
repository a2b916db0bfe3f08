package org.pyjit.jit.stencil;

/**
 * The names of the holes, as the C templates spell them (core/src/main/c/stencils/jit.h is the
 * other side of this contract).
 */
public final class StencilSymbols {
  public static final String CONTINUE = "_JIT_CONTINUE";
  public static final String JUMP_TARGET = "_JIT_JUMP_TARGET";
  public static final String SLOT_A = "_JIT_SLOT_A";
  public static final String SLOT_B = "_JIT_SLOT_B";
  public static final String SLOT_C = "_JIT_SLOT_C";
  public static final String EXIT_INDEX = "_JIT_EXIT_INDEX";
  public static final String EXIT_STUB = "_JIT_EXIT_STUB";
  /** An exit after an in-place write: the emitter points it at the uop's undo stencil. */
  public static final String EXIT_UNDO = "_JIT_EXIT_UNDO";
  /** The undo stencil of uop X is UNDO_PREFIX + X (with X's register variants). */
  public static final String UNDO_PREFIX = "_UNDO_";
  public static final String EXIT_ENTRY = "_JIT_EXIT_ENTRY";
  public static final String TRACE_ID = "_JIT_TRACE_ID";
  public static final String OPERAND = "_JIT_OPERAND";
  public static final String DATA = ".data";
  /** The stencil that enters a trace from the SysV calling convention. */
  public static final String SHIM = "SHIM";
  /** The prologue that loads the cached slots (as _CACHE_LOAD#n for n registers). */
  public static final String CACHE_LOAD = "_CACHE_LOAD";
  /** How many slots a trace may cache in registers (c0..c2 in jit.h). */
  public static final int CACHE_REGISTERS = 3;
  /** The exit stub of HAS_DEOPT uops: counts the exit, records it, returns. */
  public static final String EXIT_STUB_NAME = "_EXIT_STUB";
  /** The exit stub of HAS_EXIT uops: also follows a linked side trace. */
  public static final String LINKABLE_EXIT_STUB = "_EXIT_STUB_LINKABLE";

  private StencilSymbols() {}
}
