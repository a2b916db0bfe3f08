package org.pyjit.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.parse.Parser;

/**
 * Seeded random expression trees: the text ExprUnparser writes must parse back to the same
 * tree, so every parenthesis it leaves out was not needed and every one it writes keeps
 * the tree's grouping (the exact text is checked against CPython by ExprUnparserDataTest).
 */
class ExprUnparserRoundTripTest {
  private static final ExprContext LOAD = ExprContext.LOAD;
  private static final Pos P = Pos.NONE;

  private final Random random = new Random(563);

  @Test
  void unparsedTextParsesBackToTheSameTree() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Expr e = expr(4);
      String text = ExprUnparser.unparse(e);
      String back;
      try {
        back = AstDump.dump(Parser.parseExpression(text, "<test>").body());
      } catch (RuntimeException ex) {
        back = ex.toString();
      }
      if (!back.equals(AstDump.dump(e)) && failures.size() < 20) {
        failures.add(text + "\n  tree  " + AstDump.dump(e) + "\n  parsed " + back);
      }
    }
    assertThat(failures).isEmpty();
  }

  private Expr expr(int depth) {
    if (depth == 0) {
      return leaf();
    }
    int d = depth - 1;
    return switch (random.nextInt(17)) {
      case 0 -> new Expr.BinOp(expr(d), pick(Operator.values()), expr(d), P);
      case 1 -> new Expr.UnaryOp(pick(UnaryOperator.values()), expr(d), P);
      case 2 -> new Expr.BoolOp(pick(BoolOperator.values()), List.of(expr(d), expr(d)), P);
      case 3 -> new Expr.Compare(expr(d), List.of(pick(CmpOperator.values())),
          List.of(expr(d)), P);
      case 4 -> new Expr.IfExp(expr(d), expr(d), expr(d), P);
      case 5 -> new Expr.Lambda(lambdaArgs(), expr(d), P);
      case 6 -> new Expr.Call(expr(d), List.of(expr(d)),
          List.of(new Expr.Keyword("k", expr(d), P)), P);
      case 7 -> new Expr.Attribute(expr(d), "attr", LOAD, P);
      case 8 -> new Expr.Subscript(expr(d), slice(d), LOAD, P);
      case 9 -> new Expr.TupleExpr(items(d), LOAD, P);
      case 10 -> new Expr.ListExpr(items(d), LOAD, P);
      case 11 -> new Expr.SetExpr(List.of(expr(d)), P);
      case 12 -> {
        List<Expr> keys = new ArrayList<>();
        keys.add(expr(d));
        keys.add(null); // **mapping
        yield new Expr.DictExpr(keys, List.of(expr(d), expr(d)), P);
      }
      case 13 -> new Expr.ListComp(expr(d), List.of(new Expr.Comprehension(
          new Expr.Name("v", ExprContext.STORE, P), expr(d), List.of(expr(d)), 0)), P);
      case 14 -> new Expr.GeneratorExp(expr(d), List.of(new Expr.Comprehension(
          new Expr.Name("v", ExprContext.STORE, P), expr(d), List.of(), 0)), P);
      case 15 -> new Expr.Call(new Expr.Name("f", LOAD, P),
          List.of(new Expr.GeneratorExp(expr(d), List.of(new Expr.Comprehension(
              new Expr.Name("v", ExprContext.STORE, P), expr(d), List.of(), 0)), P)),
          List.of(), P);
      default -> leaf();
    };
  }

  private Expr slice(int d) {
    return switch (random.nextInt(3)) {
      case 0 -> new Expr.Slice(random.nextBoolean() ? expr(d) : null,
          random.nextBoolean() ? expr(d) : null, random.nextBoolean() ? expr(d) : null, P);
      case 1 -> new Expr.TupleExpr(List.of(expr(d),
          new Expr.Slice(expr(d), null, null, P)), LOAD, P);
      default -> expr(d);
    };
  }

  private List<Expr> items(int d) {
    List<Expr> out = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(expr(d));
    }
    return out;
  }

  private Arguments lambdaArgs() {
    List<Arguments.Arg> args = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      args.add(new Arguments.Arg("p" + i, null, null, P));
    }
    Arguments.Arg vararg = random.nextBoolean() ? new Arguments.Arg("rest", null, null, P)
        : null;
    return new Arguments(List.of(), args, vararg, List.of(), List.of(), null, List.of());
  }

  private Expr leaf() {
    return switch (random.nextInt(7)) {
      case 0 -> new Expr.Constant((long) random.nextInt(1000), null, P);
      case 1 -> new Expr.Constant(random.nextInt(4) / 2.0 + 0.1, null, P);
      case 2 -> new Expr.Constant(random.nextBoolean() ? "s'q" : "a\"b\n", null, P);
      case 3 -> new Expr.Constant(Expr.Singleton.ELLIPSIS, null, P);
      case 4 -> new Expr.Constant(new Expr.Imaginary(2.5), null, P);
      default -> new Expr.Name(random.nextBoolean() ? "x" : "name", LOAD, P);
    };
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
