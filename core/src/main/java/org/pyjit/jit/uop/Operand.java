package org.pyjit.jit.uop;

/**
 * One operand of a uop's definition: its name (as the semantics in docs/internals/tier2.md
 * call it), its role and, for slots and immediates, the kind of value.
 */
public record Operand(String name, OperandRole role, ValueKind kind) {
  static Operand out(String name, ValueKind kind) {
    return new Operand(name, OperandRole.OUT, kind);
  }

  static Operand in(String name, ValueKind kind) {
    return new Operand(name, OperandRole.IN, kind);
  }

  static Operand inout(String name, ValueKind kind) {
    return new Operand(name, OperandRole.INOUT, kind);
  }

  static Operand imm(String name, ValueKind kind) {
    return new Operand(name, OperandRole.IMM, kind);
  }

  static Operand target() {
    return new Operand("target", OperandRole.TARGET, null);
  }

  static Operand exit() {
    return new Operand("exit", OperandRole.EXIT, null);
  }

  /** The signature form: {@code out:i64 d}, {@code imm:f64 value}, {@code target}, {@code exit}. */
  @Override
  public String toString() {
    return kind == null ? name : role.text() + ":" + kind.text() + " " + name;
  }
}
