package org.pyjit.ast;

/** Type parameters of generic defs, classes and type aliases (PEP 695, PEP 696). */
public sealed interface TypeParam extends Node {
  Pos pos();

  record TypeVar(String name, Expr bound, Expr defaultValue, Pos pos) implements TypeParam {}

  record ParamSpec(String name, Expr defaultValue, Pos pos) implements TypeParam {}

  record TypeVarTuple(String name, Expr defaultValue, Pos pos) implements TypeParam {}
}
