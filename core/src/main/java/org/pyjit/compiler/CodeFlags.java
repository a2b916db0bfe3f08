package org.pyjit.compiler;

/**
 * CPython 3.13's __future__ flags (compile() flags and code object flags); the code object
 * flags themselves are defined once, in {@link org.pyjit.bytecode.CodeObject}.
 */
public final class CodeFlags {
  private CodeFlags() {}

  // __future__ features, as compile() flags and code object flags
  public static final int CO_FUTURE_DIVISION = 0x20000;
  public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
  public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
  public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
  public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
  public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
  public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
  public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
}
