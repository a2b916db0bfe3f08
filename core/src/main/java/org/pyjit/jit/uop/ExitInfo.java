package org.pyjit.jit.uop;

import java.util.List;

/**
 * What the interpreter needs to resume after an exit: the bytecode index of the instruction
 * to re-execute (-1 when unknown, as in hand-written traces) and every live value's place.
 */
public record ExitInfo(int resumeIndex, List<LiveValue> live) {
  public ExitInfo {
    live = List.copyOf(live);
  }

  public static ExitInfo unknown() {
    return new ExitInfo(-1, List.of());
  }
}
