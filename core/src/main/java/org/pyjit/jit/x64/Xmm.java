package org.pyjit.jit.x64;

/** The sixteen SSE registers; the ordinal is the hardware encoding (bit 3 goes into REX). */
public enum Xmm {
  XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
  XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

  /** The hardware number, 0 to 15. */
  public int encoding() {
    return ordinal();
  }
}
