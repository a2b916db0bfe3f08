package org.pyjit.jit.x64;

import java.util.ArrayList;
import java.util.List;

/**
 * A position in the code of one {@link Assembler}, possibly not known yet. Branches and
 * RIP-relative operands that refer to an unbound label leave a fix-up here; {@link
 * Assembler#bind} patches them all. A label is bound at most once, and belongs to the
 * assembler that first uses it.
 */
public final class Label {
  /** A displacement field waiting for this label: where it is, its width, where it counts from. */
  record Fixup(int at, int width, int from) {}

  private int position = -1;
  private final List<Fixup> fixups = new ArrayList<>();
  /** The assembler that first used this label: a position means nothing in other code. */
  private Object owner;

  public boolean isBound() {
    return position >= 0;
  }

  /** The bound position (offset from the start of the code). */
  public int position() {
    if (position < 0) {
      throw new IllegalStateException("label is not bound");
    }
    return position;
  }

  void claim(Object assembler) {
    if (owner == null) {
      owner = assembler;
    } else if (owner != assembler) {
      throw new IllegalArgumentException("label belongs to another assembler");
    }
  }

  void bindAt(int pos) {
    if (position >= 0) {
      throw new IllegalStateException("label is already bound at " + position);
    }
    position = pos;
  }

  void addFixup(Fixup f) {
    fixups.add(f);
  }

  List<Fixup> fixups() {
    return fixups;
  }

  List<Fixup> takeFixups() {
    List<Fixup> l = List.copyOf(fixups);
    fixups.clear();
    return l;
  }

  boolean hasFixups() {
    return !fixups.isEmpty();
  }

  @Override
  public String toString() {
    return position >= 0 ? "Label@" + position : "Label(unbound)";
  }
}
