package org.pyjit.jit.mem;

import java.lang.foreign.ValueLayout;

/**
 * The machine types that cross the boundary between Java and native code: a 64-bit integer
 * (in a general register, or a stack slot past the sixth), a double (in an xmm register, or a
 * stack slot past the eighth), and VOID as a result only. Native code sees nothing else:
 * pointers to native memory are I64 too.
 */
public enum NativeType {
  I64('J', long.class, ValueLayout.JAVA_LONG),
  F64('D', double.class, ValueLayout.JAVA_DOUBLE),
  VOID('V', void.class, null);

  private final char code;
  private final Class<?> carrier;
  private final ValueLayout layout;

  NativeType(char code, Class<?> carrier, ValueLayout layout) {
    this.code = code;
    this.carrier = carrier;
    this.layout = layout;
  }

  /** The JVM descriptor letter (J, D, V): used to spell signatures. */
  public char code() {
    return code;
  }

  /** The Java type that carries it through a method handle. */
  public Class<?> carrier() {
    return carrier;
  }

  ValueLayout layout() {
    return layout;
  }
}
