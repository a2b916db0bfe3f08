package org.pyjit.ast;

import java.util.List;

/** The root of a parse: CPython's {@code mod} sum type. */
public sealed interface Mod extends Node {
  record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}

  record Interactive(List<Stmt> body) implements Mod {}

  record Expression(Expr body) implements Mod {}

  record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}

  /** A {@code # type: ignore} comment (only produced when type comments are requested). */
  record TypeIgnore(int lineno, String tag) implements Node {}
}
