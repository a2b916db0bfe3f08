package org.pyjit.compiler;

/** CPython 3.13's code object flags ({@code Include/cpython/code.h}) and future flags. */
public final class CodeFlags {
  private CodeFlags() {}

  public static final int CO_OPTIMIZED = 0x0001;
  public static final int CO_NEWLOCALS = 0x0002;
  public static final int CO_VARARGS = 0x0004;
  public static final int CO_VARKEYWORDS = 0x0008;
  public static final int CO_NESTED = 0x0010;
  public static final int CO_GENERATOR = 0x0020;
  public static final int CO_COROUTINE = 0x0080;
  public static final int CO_ITERABLE_COROUTINE = 0x0100;
  public static final int CO_ASYNC_GENERATOR = 0x0200;

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
