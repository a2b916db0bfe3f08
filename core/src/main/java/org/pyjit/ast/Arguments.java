package org.pyjit.ast;

import java.util.List;

/**
 * The parameters of a def or lambda (CPython's {@code arguments}). {@code kwDefaults} has
 * one entry per keyword-only parameter, null where it has no default; {@code defaults}
 * belong to the last positional parameters.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg,
    List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults)
    implements Node {
  public static final Arguments EMPTY =
      new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

  @Override
  public String typeName() {
    return "arguments";
  }

  /** Every parameter in order: positional-only, positional, *args, keyword-only, **kwargs. */
  public List<Arg> all() {
    List<Arg> out = new java.util.ArrayList<>(posonlyargs);
    out.addAll(args);
    if (vararg != null) {
      out.add(vararg);
    }
    out.addAll(kwonlyargs);
    if (kwarg != null) {
      out.add(kwarg);
    }
    return out;
  }

  /** One parameter (CPython's {@code arg}). */
  public record Arg(String arg, Expr annotation, String typeComment, Pos pos) implements Node {
    @Override
    public String typeName() {
      return "arg";
    }
  }
}
