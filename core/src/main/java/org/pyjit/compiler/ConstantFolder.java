package org.pyjit.compiler;

import java.math.BigInteger;
import java.util.List;
import org.pyjit.ast.Expr;
import org.pyjit.ast.ExprContext;
import org.pyjit.ast.Operator;
import org.pyjit.bytecode.BinaryOp;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PyTuple;

/**
 * Constant folding of expressions, as CPython 3.13's ast_opt.c does before code generation.
 *
 * <p>Contract: {@link #value} is the value (a runtime object, as LOAD_CONST pushes it) of
 * an expression made only of constants that ast_opt folds: unary and binary operators on
 * constants, tuples of constants (in a Load context), and subscripts of a constant by a
 * constant; null for anything else. An operation that raises is not folded (it raises when
 * the program runs, with its traceback), and neither is one whose result would be large:
 * ints over 128 bits from {@code *}, {@code **} and {@code <<}, repeats of str and bytes
 * beyond 4096 items and of tuples beyond 256 (or 1024 items counting nested ones). String
 * and bytes {@code %} is never folded (it formats at run time), nor {@code ~} on a bool
 * (it warns), nor {@code @}. Folding happens on the fly (the code generator asks for each
 * operator node), so the tree is never rewritten.
 */
final class ConstantFolder {
  private static final int MAX_INT_SIZE = 128;
  private static final int MAX_COLLECTION_SIZE = 256;
  private static final int MAX_STR_SIZE = 4096;
  private static final int MAX_TOTAL_ITEMS = 1024;

  private ConstantFolder() {}

  /** The folded value of {@code e}, or null if ast_opt would leave it to run time. */
  static Object value(Expr e) {
    try {
      if (e instanceof Expr.Constant c) {
        return c.value() instanceof Expr.StrCodePoints ? null
            : CodeGen.constValue(c);
      } else if (e instanceof Expr.UnaryOp u) {
        return unary(u);
      } else if (e instanceof Expr.BinOp b) {
        return binary(b);
      } else if (e instanceof Expr.TupleExpr t) {
        return t.ctx() == ExprContext.LOAD ? tuple(t.elts()) : null;
      } else if (e instanceof Expr.Subscript s) {
        return subscript(s);
      }
      return null;
    } catch (PyException | ArithmeticException ex) {
      return null; // CPython clears the error and leaves the operation to run time
    }
  }

  /** The elements as a tuple constant if all are constants (no starred item). */
  static PyTuple tuple(List<Expr> elts) {
    Object[] items = new Object[elts.size()];
    for (int i = 0; i < items.length; i++) {
      Expr elt = elts.get(i);
      items[i] = elt instanceof Expr.Starred ? null : value(elt);
      if (items[i] == null) {
        return null;
      }
    }
    return PyTuple.of(items); // () is the one empty tuple, as in CPython
  }

  /** The elements as a frozenset constant if all are constants ({@code x in {1, 2}}). */
  static PySet frozenset(List<Expr> elts) {
    PyTuple t = tuple(elts);
    if (t == null) {
      return null;
    }
    try {
      PySet s = new PySet(true);
      for (int i = 0; i < t.size(); i++) {
        s.add(t.get(i));
      }
      return s;
    } catch (PyException unhashable) {
      return null;
    }
  }

  private static Object unary(Expr.UnaryOp u) {
    Object v = value(u.operand());
    if (v == null) {
      return null;
    }
    return switch (u.op()) {
      case USUB -> Ops.negative(v);
      case UADD -> Ops.positive(v);
      case NOT -> !Ops.truth(v);
      // CPython folds ~True too; its DeprecationWarning at compile time goes to a frame the
      // default filters ignore (importlib's, or none for the main module)
      case INVERT -> v instanceof Boolean b ? (Object) (b ? -2L : -1L) : Ops.invert(v);
    };
  }

  private static Object binary(Expr.BinOp b) {
    if (b.op() == Operator.MAT_MULT) {
      return null;
    }
    Object l = value(b.left());
    if (l == null) {
      return null;
    }
    Object r = value(b.right());
    if (r == null) {
      return null;
    }
    boolean ok = switch (b.op()) {
      case MULT -> safeMultiply(l, r);
      case POW -> safePower(l, r);
      case LSHIFT -> safeLshift(l, r);
      case MOD -> !(l instanceof String || l instanceof PyBytes);
      default -> true;
    };
    return ok ? Ops.binary(CodeGen.binaryOp(b.op()), l, r) : null;
  }

  private static Object subscript(Expr.Subscript s) {
    if (s.ctx() != ExprContext.LOAD) {
      return null;
    }
    Object v = value(s.value());
    if (v == null) {
      return null;
    }
    Object k = value(s.slice());
    return k == null ? null : Ops.getitem(v, k);
  }

  private static boolean isInt(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
  }

  private static BigInteger big(Object o) {
    return o instanceof Boolean bo ? (bo ? BigInteger.ONE : BigInteger.ZERO) : Ops.big(o);
  }

  /** _PyLong_NumBits: the bits of the absolute value. */
  private static long numBits(Object o) {
    return big(o).abs().bitLength();
  }

  private static boolean safeMultiply(Object v, Object w) {
    if (isInt(v) && isInt(w)) {
      return big(v).signum() == 0 || big(w).signum() == 0
          || numBits(v) + numBits(w) <= MAX_INT_SIZE;
    }
    if (isInt(v)) {
      return safeRepeat(v, w);
    }
    if (isInt(w)) {
      return safeRepeat(w, v);
    }
    return true;
  }

  private static boolean safeRepeat(Object count, Object seq) {
    long size;
    boolean collection;
    if (seq instanceof PyTuple t) {
      size = t.size();
      collection = true;
    } else if (seq instanceof PySet s && s.isFrozen()) {
      size = s.size();
      collection = true;
    } else if (seq instanceof String str) {
      size = str.codePointCount(0, str.length());
      collection = false;
    } else if (seq instanceof PyBytes bytes) {
      size = Ops.len(bytes);
      collection = false;
    } else {
      return true;
    }
    if (size == 0) {
      return true;
    }
    BigInteger n = big(count);
    if (n.bitLength() > 63) {
      return false; // PyLong_AsLong overflows: an error, so no folding
    }
    long nl = n.longValue();
    if (collection) {
      if (nl < 0 || nl > MAX_COLLECTION_SIZE / size) {
        return false;
      }
      return nl == 0 || complexity(seq, MAX_TOTAL_ITEMS / nl) >= 0;
    }
    return nl >= 0 && nl <= MAX_STR_SIZE / size;
  }

  /** ast_opt's check_complexity: the limit left after counting nested tuple items. */
  private static long complexity(Object o, long limit) {
    Object[] items = o instanceof PyTuple t ? tupleItems(t)
        : o instanceof PySet s && s.isFrozen() ? s.toArray() : null;
    if (items == null) {
      return limit;
    }
    limit -= items.length;
    for (int i = 0; limit >= 0 && i < items.length; i++) {
      limit = complexity(items[i], limit);
    }
    return limit;
  }

  private static Object[] tupleItems(PyTuple t) {
    Object[] out = new Object[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = t.get(i);
    }
    return out;
  }

  private static boolean safePower(Object v, Object w) {
    if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0) {
      BigInteger wb = big(w);
      if (wb.bitLength() > 63) {
        return false;
      }
      return numBits(v) <= MAX_INT_SIZE / wb.longValue();
    }
    return true;
  }

  private static boolean safeLshift(Object v, Object w) {
    if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0) {
      BigInteger wb = big(w);
      if (wb.signum() < 0 || wb.bitLength() > 63) {
        return false; // PyLong_AsSize_t fails on a negative or huge count
      }
      long wbits = wb.longValue();
      return wbits <= MAX_INT_SIZE && numBits(v) <= MAX_INT_SIZE - wbits;
    }
    return true;
  }
}
