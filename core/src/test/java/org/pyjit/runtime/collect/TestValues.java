package org.pyjit.runtime.collect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyjit.runtime.Repr;

/**
 * A miniature of the interpreter's value model for the collection tests: Python ints as
 * Long or BigInteger, floats as Double, bools as Boolean, {@link #NONE}, {@link Tuple},
 * {@link Frozen} (a frozenset element), with Python's == and hash() as {@link #OPS}, repr(),
 * and a parser for the reprs regen.py writes.
 */
final class TestValues {
  private TestValues() {}

  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  record Tuple(Object[] items) {
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** A frozenset used as a value (inside a tuple or as a hash test case). */
  record Frozen(PySetTable table) {}

  /** Python's hash() over the test value model. */
  static final KeyOps OPS = new KeyOps() {
    @Override
    public long hash(Object key) {
      return TestValues.hash(key);
    }

    @Override
    public boolean eq(Object a, Object b) {
      return TestValues.eq(a, b);
    }
  };

  static long hash(Object v) {
    if (v instanceof Long l) {
      return PyHash.hashLong(l);
    } else if (v instanceof BigInteger b) {
      return PyHash.hashBigInteger(b);
    } else if (v instanceof Double d) {
      return PyHash.hashDouble(d, System.identityHashCode(v));
    } else if (v instanceof Boolean b) {
      return PyHash.hashBool(b);
    } else if (v == NONE) {
      return PyHash.hashNone();
    } else if (v instanceof Tuple t) {
      long[] hs = new long[t.items.length];
      for (int i = 0; i < hs.length; i++) {
        hs[i] = hash(t.items[i]);
      }
      return PyHash.hashTuple(hs);
    } else if (v instanceof Frozen f) {
      return f.table.frozensetHash();
    } else if (v instanceof String s) {
      return PyHash.hashString(s);
    }
    throw new IllegalArgumentException("unhashable: " + v);
  }

  static boolean eq(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (isNumber(a) && isNumber(b)) {
      return numEq(a, b);
    }
    if (a instanceof Tuple x && b instanceof Tuple y) {
      if (x.items.length != y.items.length) {
        return false;
      }
      for (int i = 0; i < x.items.length; i++) {
        if (x.items[i] != y.items[i] && !eq(x.items[i], y.items[i])) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Frozen x && b instanceof Frozen y) {
      return x.table.setEquals(y.table);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.equals(y);
    }
    return false;
  }

  private static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof BigInteger || v instanceof Double
        || v instanceof Boolean;
  }

  private static BigInteger bigOf(Object v) {
    if (v instanceof Long l) {
      return BigInteger.valueOf(l);
    } else if (v instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return (BigInteger) v;
  }

  private static boolean numEq(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof Double x) {
      return floatEqInt(x, bigOf(b));
    }
    if (b instanceof Double y) {
      return floatEqInt(y, bigOf(a));
    }
    return bigOf(a).equals(bigOf(b));
  }

  private static boolean floatEqInt(double d, BigInteger i) {
    if (!Double.isFinite(d) || d != Math.rint(d)) {
      return false;
    }
    return new BigDecimal(d).toBigIntegerExact().equals(i);
  }

  // ------------------------------------------------------------------ repr

  static String repr(Object v) {
    StringBuilder sb = new StringBuilder();
    repr(v, sb);
    return sb.toString();
  }

  static void repr(Object v, StringBuilder sb) {
    if (v instanceof Long || v instanceof BigInteger) {
      sb.append(v);
    } else if (v instanceof Double d) {
      sb.append(Repr.floatRepr(d));
    } else if (v instanceof Boolean b) {
      sb.append(b ? "True" : "False");
    } else if (v == NONE) {
      sb.append("None");
    } else if (v instanceof Tuple t) {
      sb.append('(');
      join(Arrays.asList(t.items), sb);
      sb.append(t.items.length == 1 ? ",)" : ")");
    } else if (v instanceof Frozen f) {
      sb.append(setRepr(f.table, true));
    } else if (v instanceof List<?> l) {
      sb.append('[');
      join(l, sb);
      sb.append(']');
    } else if (v instanceof String s) {
      sb.append(Repr.str(s));
    } else {
      throw new IllegalArgumentException("no repr for " + v);
    }
  }

  private static void join(List<?> items, StringBuilder sb) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      repr(items.get(i), sb);
    }
  }

  /** repr() of a set or frozenset: the keys in table order. */
  static String setRepr(PySetTable t, boolean frozen) {
    if (t.isEmpty()) {
      return frozen ? "frozenset()" : "set()";
    }
    StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
    join(Arrays.asList(t.toArray()), sb);
    return sb.append(frozen ? "})" : "}").toString();
  }

  static String dictRepr(PyDictTable d) {
    StringBuilder sb = new StringBuilder("{");
    boolean first = true;
    for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      repr(d.keyAt(i), sb);
      sb.append(": ");
      repr(d.valueAt(i), sb);
    }
    return sb.append('}').toString();
  }

  // ------------------------------------------------------------------ parsing reprs

  static Object parse(String text) {
    Parser p = new Parser(text);
    Object v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("trailing text in " + text);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static List<Object> parseList(String text) {
    return (List<Object>) parse(text);
  }

  static Object intValue(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  private static final class Parser {
    final String s;
    int pos;

    Parser(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    boolean eat(String tok) {
      skipSpace();
      if (s.startsWith(tok, pos)) {
        pos += tok.length();
        return true;
      }
      return false;
    }

    void expect(String tok) {
      if (!eat(tok)) {
        throw new IllegalArgumentException("expected " + tok + " at " + pos + " in " + s);
      }
    }

    List<Object> items(String close) {
      List<Object> out = new ArrayList<>();
      while (!eat(close)) {
        out.add(value());
        if (!eat(",")) {
          expect(close);
          break;
        }
      }
      return out;
    }

    Object value() {
      skipSpace();
      if (eat("(")) {
        return new Tuple(items(")").toArray());
      }
      if (eat("[")) {
        return items("]");
      }
      if (eat("frozenset(")) {
        PySetTable t = new PySetTable(OPS);
        if (eat("{")) {
          for (Object x : items("}")) {
            t.add(x);
          }
        }
        expect(")");
        return new Frozen(t);
      }
      for (String word : new String[] {"None", "True", "False", "inf", "-inf"}) {
        if (s.startsWith(word, pos)) {
          pos += word.length();
          return switch (word) {
            case "None" -> NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> Double.NEGATIVE_INFINITY;
          };
        }
      }
      int start = pos;
      while (pos < s.length() && "0123456789+-.e".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String num = s.substring(start, pos);
      if (num.isEmpty()) {
        throw new IllegalArgumentException("bad value at " + start + " in " + s);
      }
      if (num.indexOf('.') >= 0 || num.indexOf('e') >= 0) {
        return Double.parseDouble(num);
      }
      return intValue(new BigInteger(num));
    }
  }
}
