package org.pyjit.runtime;

/**
 * CPython's repr() of the builtin literal types, character for character.
 * STUB: to be completed (see tests in ReprTest).
 */
public final class Repr {
  private Repr() {}

  /** repr(s) for a str. */
  public static String str(String s) {
    return "'" + s + "'";
  }

  /** repr(b) for bytes. */
  public static String bytes(byte[] b) {
    return "b''";
  }

  /** repr(d) for a float: shortest round-trip digits, CPython's notation. */
  public static String floatRepr(double d) {
    return Double.toString(d);
  }

  /** repr(complex(real, imag)). */
  public static String complexRepr(double real, double imag) {
    return floatRepr(imag) + "j";
  }
}
