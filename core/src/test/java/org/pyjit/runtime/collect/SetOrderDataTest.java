package org.pyjit.runtime.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * Replays collect/set_ops.tsv, CPython 3.13's random sequences of set operations, on
 * PySetTable and compares the repr after every step: the same keys in the same table order.
 * Each Python operation is composed from the table's methods the way the interpreter will.
 */
class SetOrderDataTest {
  /** A Python variable: a set or frozenset object. */
  private static final class Var {
    final PySetTable t;
    final boolean frozen;

    Var(PySetTable t, boolean frozen) {
      this.t = t;
      this.frozen = frozen;
    }

    String repr() {
      return TestValues.setRepr(t, frozen);
    }
  }

  private static PySetTable fresh() {
    return new PySetTable(TestValues.OPS);
  }

  private static PyDictTable fromKeys(List<Object> keys) {
    PyDictTable d = new PyDictTable(TestValues.OPS);
    for (Object k : keys) {
      d.put(k, TestValues.NONE);
    }
    return d;
  }

  private static Iterator<Object> range(long start, long stop, long step) {
    return new Iterator<>() {
      long next = start;

      @Override
      public boolean hasNext() {
        return step > 0 ? next < stop : next > stop;
      }

      @Override
      public Object next() {
        long v = next;
        next += step;
        return v;
      }
    };
  }

  private static String bool(boolean b) {
    return b ? "True" : "False";
  }

  @Test
  void setOrderMatchesCPython() {
    Mismatches m = new Mismatches();
    Map<String, Var> env = new HashMap<>();
    String scenario = "";
    String failed = "";
    int checkedSteps = 0;
    for (String[] row : Tsv.rows("/collect/set_ops.tsv")) {
      if (row[0].equals(failed)) {
        continue; // later steps of a failed scenario would only repeat the failure
      }
      if (!row[0].equals(scenario)) {
        scenario = row[0];
        env.clear();
      }
      String where = "scenario " + row[0] + " step " + row[1] + " " + row[2] + " " + row[3]
          + " " + row[4] + " " + row[5] + " " + row[6];
      String result;
      try {
        result = step(env, row[2], row[3], row[4], row[5], row[6]);
      } catch (RuntimeException e) {
        m.check(false, where + ": " + e);
        failed = row[0];
        continue;
      }
      m.check(result.equals(row[7]), where + ": result " + result + ", CPython " + row[7]);
      if (!row[8].isEmpty()) {
        String got = env.get(row[3]).repr();
        checkedSteps++;
        if (!got.equals(row[8])) {
          m.check(false, where + ":\n    got     " + got + "\n    CPython " + row[8]);
          failed = row[0];
        }
      }
    }
    assertThat(m.report()).isEmpty();
    assertThat(checkedSteps).isGreaterThan(10_000);
  }

  /** Performs one step; returns its result as CPython printed it ("" for none). */
  private static String step(Map<String, Var> env, String op, String dst, String a, String b,
      String c) {
    Var d = env.get(dst);
    switch (op) {
      case "set", "frozenset" -> {
        PySetTable t = fresh();
        t.update(TestValues.parseList(a).iterator());
        env.put(dst, new Var(t, op.equals("frozenset")));
      }
      case "display" -> {
        // CPython compiles a display of 3 or more constants to BUILD_SET 0 and SET_UPDATE of
        // a constant frozenset; smaller ones add their items one by one. The constant is
        // frozenset(items), rebuilt once more from its own iteration order when the compiler
        // merges constants (merge_consts_recursive).
        List<Object> items = TestValues.parseList(a);
        PySetTable t = fresh();
        if (items.size() > 2) {
          PySetTable folded = fresh();
          folded.update(items.iterator());
          PySetTable constant = fresh();
          constant.update(List.of(folded.toArray()).iterator());
          t.update(constant);
        } else {
          t.update(items.iterator());
        }
        env.put(dst, new Var(t, false));
      }
      case "setdict" -> {
        PySetTable t = fresh();
        t.update(fromKeys(TestValues.parseList(a)));
        env.put(dst, new Var(t, false));
      }
      case "range" -> {
        PySetTable t = fresh();
        t.update(range(Long.parseLong(a), Long.parseLong(b), Long.parseLong(c)));
        env.put(dst, new Var(t, false));
      }
      case "add" -> d.t.add(TestValues.parse(a));
      case "discard" -> d.t.discard(TestValues.parse(a));
      case "remove" -> {
        if (!d.t.discard(TestValues.parse(a))) {
          throw new IllegalStateException("KeyError");
        }
      }
      case "pop" -> {
        return TestValues.repr(d.t.pop());
      }
      case "clear" -> d.t.clear();
      case "copy", "asfrozen" -> {
        Var src = env.get(a);
        boolean frozen = op.equals("copy") ? src.frozen : true;
        // frozenset.copy() and frozenset(f) return f itself
        env.put(dst, src.frozen && frozen ? src : new Var(src.t.copy(), frozen));
      }
      case "asset" -> env.put(dst, new Var(env.get(a).t.copy(), false));
      case "or", "and", "sub", "xor" -> {
        Var x = env.get(a);
        Var y = env.get(b);
        env.put(dst, new Var(binary(op, x.t, y.t), x.frozen));
      }
      case "ior", "iand", "isub", "ixor" -> {
        Var y = env.get(a);
        if (d.frozen) {
          env.put(dst, new Var(binary(op.substring(1), d.t, y.t), true));
        } else {
          switch (op) {
            case "ior" -> d.t.update(y.t);
            case "iand" -> d.t.intersectionUpdate(y.t);
            case "isub" -> d.t.differenceUpdate(y.t);
            default -> d.t.symmetricDifferenceUpdate(y.t);
          }
        }
      }
      case "union", "intersection", "difference", "symmetric_difference" -> {
        Var x = env.get(a);
        Iterator<Object> it = TestValues.parseList(b).iterator();
        PySetTable r = switch (op) {
          case "union" -> {
            PySetTable u = x.t.copy();
            u.update(it);
            yield u;
          }
          case "intersection" -> x.t.intersection(it);
          case "difference" -> x.t.difference(it);
          default -> x.t.symmetricDifference(it);
        };
        env.put(dst, new Var(r, x.frozen));
      }
      case "union2", "intersection2", "difference2" -> {
        Var x = env.get(a);
        Var y = env.get(b);
        Iterator<Object> it = TestValues.parseList(c).iterator();
        PySetTable r;
        switch (op) {
          case "union2" -> {
            r = x.t.copy();
            if (y != x) {
              r.update(y.t);
            }
            r.update(it);
          }
          case "intersection2" -> r = x.t.intersection(y.t).intersection(it);
          default -> {
            r = x.t.difference(y.t);
            r.differenceUpdate(it);
          }
        }
        env.put(dst, new Var(r, x.frozen));
      }
      case "difference_dict", "symmetric_difference_dict" -> {
        Var x = env.get(a);
        PyDictTable dict = fromKeys(TestValues.parseList(b));
        PySetTable r = op.startsWith("difference")
            ? x.t.difference(dict) : x.t.symmetricDifference(dict);
        env.put(dst, new Var(r, x.frozen));
      }
      case "update" -> d.t.update(TestValues.parseList(a).iterator());
      case "intersection_update" -> d.t.intersectionUpdate(TestValues.parseList(a).iterator());
      case "difference_update" -> d.t.differenceUpdate(TestValues.parseList(a).iterator());
      case "symmetric_difference_update" ->
          d.t.symmetricDifferenceUpdate(TestValues.parseList(a).iterator());
      case "update_dict" -> d.t.update(fromKeys(TestValues.parseList(a)));
      case "symmetric_difference_update_dict" ->
          d.t.symmetricDifferenceUpdate(fromKeys(TestValues.parseList(a)));
      case "difference_update_dict" -> {
        // not a set: CPython iterates the dict as any iterable
        PyDictTable dict = fromKeys(TestValues.parseList(a));
        d.t.differenceUpdate(List.of(dict.keysArray()).iterator());
      }
      case "isdisjoint", "issubset", "issuperset", "eq", "lt" -> {
        PySetTable y = env.get(a).t;
        return bool(switch (op) {
          case "isdisjoint" -> d.t.isDisjoint(y);
          case "issubset" -> d.t.isSubset(y);
          case "issuperset" -> d.t.isSuperset(y);
          case "eq" -> d.t.setEquals(y);
          default -> d.t.size() < y.size() && d.t.isSubset(y);
        });
      }
      case "isdisjointL", "issubsetL", "issupersetL" -> {
        Iterator<Object> it = TestValues.parseList(a).iterator();
        return bool(switch (op) {
          case "isdisjointL" -> d.t.isDisjoint(it);
          case "issubsetL" -> d.t.isSubset(it);
          default -> d.t.isSuperset(it);
        });
      }
      case "loop_swap", "loop_add", "loop_discard" -> {
        int j = Integer.parseInt(a);
        Object xdel = TestValues.parse(b);
        Object xnew = TestValues.parse(c);
        List<Object> seen = new ArrayList<>();
        String err = "";
        PySetTable.Iter it = d.t.iterator();
        try {
          for (Object x; (x = it.next()) != null; ) {
            seen.add(x);
            if (seen.size() == j) {
              if (!op.equals("loop_add")) {
                d.t.discard(xdel);
              }
              if (!op.equals("loop_discard")) {
                d.t.add(xnew);
              }
            }
          }
        } catch (ChangedDuringIteration e) {
          err = e.getMessage();
        }
        return TestValues.repr(seen) + "|" + err;
      }
      default -> throw new IllegalStateException("unknown operation " + op);
    }
    return "";
  }

  private static PySetTable binary(String op, PySetTable x, PySetTable y) {
    return switch (op) {
      case "or" -> x.union(y);
      case "and" -> x.intersection(y);
      case "sub" -> x.difference(y);
      default -> x.symmetricDifference(y);
    };
  }
}
