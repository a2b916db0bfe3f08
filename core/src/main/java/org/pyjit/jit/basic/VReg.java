package org.pyjit.jit.basic;

/**
 * A virtual register of the IR: a Python local (assigned any number of times; the IR is not
 * SSA) or a temporary. Its type fixes its register class. The allocator gives it a machine
 * register or a stack slot.
 */
public final class VReg {
  public final int id;
  public final ValueType type;
  /** The Python name for a local, or null for a temporary. */
  public final String name;

  VReg(int id, ValueType type, String name) {
    this.id = id;
    this.type = type;
    this.name = name;
  }

  public boolean isFloat() {
    return type.isFloat();
  }

  @Override
  public String toString() {
    return (isFloat() ? "f" : "v") + id + (name != null ? "(" + name + ")" : "");
  }
}
