package org.pyjit.runtime.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * Replays collect/dict_ops.tsv, CPython 3.13's random sequences of dict operations, on
 * PyDictTable: the repr after each step (insertion order, kept key objects), popitem's
 * choice, and what a loop that deletes and re-adds keys sees.
 */
class DictOrderDataTest {
  private static PyDictTable fromPairs(String text) {
    PyDictTable d = new PyDictTable(TestValues.OPS);
    for (Object o : TestValues.parseList(text)) {
      Object[] kv = ((TestValues.Tuple) o).items();
      d.put(kv[0], kv[1]);
    }
    return d;
  }

  @Test
  void dictOrderMatchesCPython() {
    Mismatches m = new Mismatches();
    String scenario = "";
    PyDictTable[] holder = new PyDictTable[1];
    int checkedSteps = 0;
    for (String[] row : Tsv.rows("/collect/dict_ops.tsv")) {
      if (!row[0].equals(scenario)) {
        scenario = row[0];
        holder[0] = new PyDictTable(TestValues.OPS);
      }
      String where = "scenario " + row[0] + " step " + row[1] + " " + row[2] + " " + row[3]
          + " " + row[4];
      String result = step(holder, row[2], row[3], row[4]);
      m.check(result.equals(row[5]), where + ": result " + result + ", CPython " + row[5]);
      String got = TestValues.dictRepr(holder[0]);
      checkedSteps++;
      m.check(got.equals(row[6]), where + ":\n    got     " + got + "\n    CPython " + row[6]);
    }
    assertThat(m.report()).isEmpty();
    assertThat(checkedSteps).isGreaterThan(5_000);
  }

  private static String step(PyDictTable[] holder, String op, String a, String b) {
    PyDictTable d = holder[0];
    switch (op) {
      case "set" -> d.put(TestValues.parse(a), TestValues.parse(b));
      case "del" -> {
        if (d.remove(TestValues.parse(a)) == null) {
          throw new IllegalStateException("KeyError " + a);
        }
      }
      case "pop" -> {
        return TestValues.repr(d.remove(TestValues.parse(a)));
      }
      case "popitem" -> {
        return TestValues.repr(new TestValues.Tuple(d.popitem()));
      }
      case "setdefault" -> {
        return TestValues.repr(d.setdefault(TestValues.parse(a), TestValues.parse(b)));
      }
      case "update" -> {
        for (Object o : TestValues.parseList(a)) {
          Object[] kv = ((TestValues.Tuple) o).items();
          d.put(kv[0], kv[1]);
        }
      }
      case "updatedict" -> d.update(fromPairs(a));
      case "copy" -> holder[0] = d.copy();
      case "clear" -> d.clear();
      case "fromkeys" -> {
        PyDictTable n = new PyDictTable(TestValues.OPS);
        for (Object k : TestValues.parseList(a)) {
          n.put(k, 0L);
        }
        holder[0] = n;
      }
      case "eq" -> {
        return d.dictEquals(fromPairs(a)) ? "True" : "False";
      }
      case "loop", "loop_rev" -> {
        int space = a.indexOf(' ');
        int j = Integer.parseInt(a.substring(0, space));
        Object kdel = TestValues.parse(a.substring(space + 1));
        Object knew = TestValues.parse(b);
        List<Object> seen = new ArrayList<>();
        String err = "";
        PyDictTable.Cursor c = op.equals("loop") ? d.cursor() : d.reversedCursor();
        try {
          for (int i; (i = c.next()) >= 0; ) {
            seen.add(d.keyAt(i));
            if (seen.size() == j) {
              d.remove(kdel);
              d.put(knew, 0L);
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
}
