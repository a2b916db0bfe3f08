package org.pyjit.jit.uop;

/**
 * What a frame slot operand holds, as the optimizer types it. Every slot is 8 bytes; a value
 * kind that spans several slots ({@link #RANGE}, {@link #LIST}) names the first of
 * consecutive slots. Native code never looks at these kinds (there are no tags at run time);
 * they let the parser, the random trace generator and the dumps check that a trace is typed.
 */
public enum ValueKind {
  /** A Python int that fits in a signed 64-bit integer (two's complement). */
  I64("i64", 1),
  /** A Python float: the IEEE 754 binary64 bits. */
  F64("f64", 1),
  /** A Python bool: 0 or 1 (never anything else). */
  BOOL("bool", 1),
  /** Any of the one-slot kinds, moved as raw 64 bits. */
  ANY("any", 1),
  /** A range iterator: slot r = current value, r+1 = stop, r+2 = step (never 0); all i64. */
  RANGE("range", 3),
  /**
   * A numeric list: slot l = address of its storage (8-byte elements: i64 or f64 bits),
   * l+1 = its length (i64, at least 0). The storage is off-heap and has at least that many
   * elements.
   */
  LIST("list", 2);

  private final String text;
  private final int width;

  ValueKind(String text, int width) {
    this.text = text;
    this.width = width;
  }

  /** The name used in the trace text format and in the C header. */
  public String text() {
    return text;
  }

  /** How many consecutive 8-byte slots a value of this kind takes. */
  public int width() {
    return width;
  }

  public static ValueKind fromText(String s) {
    for (ValueKind k : values()) {
      if (k.text.equals(s)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown value kind '" + s + "'");
  }
}
