package org.pyjit.modules;

/**
 * cmath's results for arguments with an infinite or NaN part (C99 Annex G's values, and the
 * same spirit for rect), indexed by the kind of the real part (row) and of the imaginary part
 * (column): -inf, negative, -0.0, +0.0, positive, +inf, NaN. A cell whose two parts are both
 * finite is never read (those arguments are computed), written "." below.
 *
 * <p>The tables are text, one row per line and one "real,imag" cell per word, read when a
 * function first meets a special argument: a few tokens ({@code i} infinity, {@code n} NaN,
 * {@code p} pi, {@code p2} pi/2, {@code p4} pi/4, {@code 3p4} 3pi/4, each with an optional
 * minus sign, and the numbers 0, 1) keep the tables readable.
 */
final class CmathSpecial {
  private CmathSpecial() {}

  static final String ACOS = """
      3p4,i p,i p,i p,-i p,-i 3p4,-i n,i
      p2,i . . . . p2,-i n,n
      p2,i . p2,0 p2,-0 . p2,-i p2,n
      p2,i . p2,0 p2,-0 . p2,-i p2,n
      p2,i . . . . p2,-i n,n
      p4,i 0,i 0,i 0,-i 0,-i p4,-i n,i
      n,i n,n n,n n,n n,n n,-i n,n
      """;

  static final String ACOSH = """
      i,-3p4 i,-p i,-p i,p i,p i,3p4 i,n
      i,-p2 . . . . i,p2 n,n
      i,-p2 . 0,-p2 0,p2 . i,p2 n,n
      i,-p2 . 0,-p2 0,p2 . i,p2 n,n
      i,-p2 . . . . i,p2 n,n
      i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n
      i,n n,n n,n n,n n,n i,n n,n
      """;

  static final String ASINH = """
      -i,-p4 -i,-0 -i,-0 -i,0 -i,0 -i,p4 -i,n
      -i,-p2 . . . . -i,p2 n,n
      -i,-p2 . -0,-0 -0,0 . -i,p2 n,n
      i,-p2 . 0,-0 0,0 . i,p2 n,n
      i,-p2 . . . . i,p2 n,n
      i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n
      i,n n,n n,-0 n,0 n,n i,n n,n
      """;

  static final String ATANH = """
      -0,-p2 -0,-p2 -0,-p2 -0,p2 -0,p2 -0,p2 -0,n
      -0,-p2 . . . . -0,p2 n,n
      -0,-p2 . -0,-0 -0,0 . -0,p2 -0,n
      0,-p2 . 0,-0 0,0 . 0,p2 0,n
      0,-p2 . . . . 0,p2 n,n
      0,-p2 0,-p2 0,-p2 0,p2 0,p2 0,p2 0,n
      0,-p2 n,n n,n n,n n,n 0,p2 n,n
      """;

  static final String COSH = """
      i,n . i,0 i,-0 . i,n i,n
      n,n . . . . n,n n,n
      n,0 . 1,0 1,-0 . n,0 n,0
      n,0 . 1,-0 1,0 . n,0 n,0
      n,n . . . . n,n n,n
      i,n . i,-0 i,0 . i,n i,n
      n,n n,n n,0 n,0 n,n n,n n,n
      """;

  static final String EXP = """
      0,0 . 0,-0 0,0 . 0,0 0,0
      n,n . . . . n,n n,n
      n,n . 1,-0 1,0 . n,n n,n
      n,n . 1,-0 1,0 . n,n n,n
      n,n . . . . n,n n,n
      i,n . i,-0 i,0 . i,n i,n
      n,n n,n n,-0 n,0 n,n n,n n,n
      """;

  static final String LOG = """
      i,-3p4 i,-p i,-p i,p i,p i,3p4 i,n
      i,-p2 . . . . i,p2 n,n
      i,-p2 . -i,-p -i,p . i,p2 n,n
      i,-p2 . -i,-0 -i,0 . i,p2 n,n
      i,-p2 . . . . i,p2 n,n
      i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n
      i,n n,n n,n n,n n,n i,n n,n
      """;

  static final String SINH = """
      i,n . -i,-0 -i,0 . i,n i,n
      n,n . . . . n,n n,n
      0,n . -0,-0 -0,0 . 0,n 0,n
      0,n . 0,-0 0,0 . 0,n 0,n
      n,n . . . . n,n n,n
      i,n . i,-0 i,0 . i,n i,n
      n,n n,n n,-0 n,0 n,n n,n n,n
      """;

  static final String SQRT = """
      i,-i 0,-i 0,-i 0,i 0,i i,i n,i
      i,-i . . . . i,i n,n
      i,-i . 0,-0 0,0 . i,i n,n
      i,-i . 0,-0 0,0 . i,i n,n
      i,-i . . . . i,i n,n
      i,-i i,-0 i,-0 i,0 i,0 i,i i,n
      i,-i n,n n,n n,n n,n i,i n,n
      """;

  static final String TANH = """
      -1,0 . -1,-0 -1,0 . -1,0 -1,0
      n,n . . . . n,n n,n
      -0,n . -0,-0 -0,0 . -0,n n,n
      0,n . 0,-0 0,0 . 0,n n,n
      n,n . . . . n,n n,n
      1,0 . 1,-0 1,0 . 1,0 1,0
      n,n n,n n,-0 n,0 n,n n,n n,n
      """;

  static final String RECT = """
      i,n . -i,0 -i,-0 . i,n i,n
      n,n . . . . n,n n,n
      0,0 . -0,0 -0,-0 . 0,0 0,0
      0,0 . 0,-0 0,0 . 0,0 0,0
      n,n . . . . n,n n,n
      i,n . i,-0 i,0 . i,n i,n
      n,n n,n n,0 n,0 n,n n,n n,n
      """;

  /** The kind of x: the index of its row or column in a table. */
  static int kind(double x) {
    if (Double.isNaN(x)) {
      return 6;
    }
    boolean negative = Math.copySign(1.0, x) < 0;
    if (Double.isInfinite(x)) {
      return negative ? 0 : 5;
    }
    if (x == 0.0) {
      return negative ? 2 : 3;
    }
    return negative ? 1 : 4;
  }

  /** The cell of {@code table} for the argument (re, im): {real, imag}. */
  static double[] lookup(String table, double re, double im) {
    String row = table.lines().skip(kind(re)).findFirst().orElseThrow().strip();
    String cell = row.split(" ")[kind(im)];
    int comma = cell.indexOf(',');
    return new double[] {value(cell.substring(0, comma)), value(cell.substring(comma + 1))};
  }

  private static double value(String token) {
    boolean minus = token.startsWith("-");
    String t = minus ? token.substring(1) : token;
    double v = switch (t) {
      case "i" -> Double.POSITIVE_INFINITY;
      case "n" -> Double.NaN;
      case "p" -> Math.PI;
      case "p2" -> 0.5 * Math.PI;
      case "p4" -> 0.25 * Math.PI;
      case "3p4" -> 0.75 * Math.PI;
      case "0" -> 0.0;
      case "1" -> 1.0;
      default -> throw new IllegalArgumentException(token);
    };
    return minus ? -v : v;
  }
}
