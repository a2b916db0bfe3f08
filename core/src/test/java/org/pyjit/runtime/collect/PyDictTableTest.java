package org.pyjit.runtime.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.collect.PySetTableTest.Key;

/** PyDictTable's behaviour beyond order: a model check, fast paths, errors, mutation from eq. */
class PyDictTableTest {
  @Test
  void agreesWithALinkedHashMapUnderRandomOperations() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int round = 0; round < 40; round++) {
      PyDictTable d = new PyDictTable(TestValues.OPS);
      LinkedHashMap<Object, Object> model = new LinkedHashMap<>();
      int range = 1 + rnd.nextInt(3000);
      for (int i = 0; i < 6000; i++) {
        Object k = rnd.nextBoolean() ? (Object) (long) rnd.nextInt(range) : "s" + rnd.nextInt(range);
        long v = rnd.nextLong();
        switch (rnd.nextInt(7)) {
          case 0, 1, 2 -> assertThat(d.put(k, v)).isEqualTo(model.put(k, v));
          case 3 -> assertThat(d.remove(k)).isEqualTo(model.remove(k));
          case 4 -> assertThat(d.get(k)).isEqualTo(model.get(k));
          case 5 -> assertThat(d.setdefault(k, v)).isEqualTo(model.putIfAbsent(k, v) == null
              ? v : model.get(k));
          default -> {
            Object[] kv = d.popitem();
            if (model.isEmpty()) {
              assertThat(kv).isNull();
            } else {
              Map.Entry<Object, Object> last = model.pollLastEntry();
              assertThat(kv[0]).isEqualTo(last.getKey());
              assertThat(kv[1]).isEqualTo(last.getValue());
            }
          }
        }
        assertThat(d.size()).isEqualTo(model.size());
      }
      assertThat(d.keysArray()).containsExactly(model.keySet().toArray());
      assertThat(d.valuesArray()).containsExactly(model.values().toArray());
      PyDictTable c = d.copy();
      assertThat(c.keysArray()).containsExactly(model.keySet().toArray());
      assertThat(c.dictEquals(d)).isTrue();
      List<Object> rev = new ArrayList<>();
      PyDictTable.Cursor rc = d.reversedCursor();
      for (int i; (i = rc.next()) >= 0; ) {
        rev.add(d.keyAt(i));
      }
      assertThat(rev).containsExactlyElementsOf(
          new ArrayList<>(model.keySet()).reversed());
    }
  }

  @Test
  void lacksAgreesWithTheModelUnderRandomOperations() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int round = 0; round < 40; round++) {
      PyDictTable d = new PyDictTable(TestValues.OPS);
      LinkedHashMap<Object, Object> model = new LinkedHashMap<>();
      int range = 1 + rnd.nextInt(200); // few keys: many of their bits are shared
      int absent = 0;
      for (int i = 0; i < 3000; i++) {
        String k = "k" + rnd.nextInt(range);
        switch (rnd.nextInt(8)) {
          case 0, 1, 2 -> {
            d.put(k, (long) i);
            model.put(k, (long) i);
          }
          case 3, 4 -> {
            d.remove(k);
            model.remove(k);
          }
          case 5 -> {
            if (rnd.nextInt(20) == 0) {
              d.clear();
              model.clear();
            }
          }
          case 6 -> {
            if (rnd.nextInt(10) == 0) {
              d = d.copy();
            }
          }
          default -> {
            Object[] kv = d.popitem();
            if (kv != null) {
              model.remove(kv[0]);
            }
          }
        }
        for (int probe = 0; probe < 3; probe++) {
          String q = "k" + rnd.nextInt(range + 20);
          boolean lacks = d.lacks(q, TestValues.hash(q));
          assertThat(lacks).as(q).isEqualTo(!model.containsKey(q));
          absent += lacks ? 1 : 0;
        }
      }
      assertThat(absent).isPositive();
    }
  }

  @Test
  void updateKeepsTheOriginalKeyObjectAndPlace() {
    PyDictTable d = new PyDictTable(TestValues.OPS);
    d.put(1L, "a");
    d.put(2L, "b");
    d.put(1.0, "c");
    d.put(Boolean.TRUE, "d");
    assertThat(d.keysArray()).containsExactly(1L, 2L);
    assertThat(d.get(1.0)).isEqualTo("d");
    d.remove(1L);
    d.put(1.0, "e");
    assertThat(d.keysArray()).containsExactly(2L, 1.0);
  }

  @Test
  void stringAndLongKeysNeverReachEq() {
    KeyOps strict = new KeyOps() {
      @Override
      public long hash(Object key) {
        return TestValues.hash(key);
      }

      @Override
      public boolean eq(Object a, Object b) {
        throw new AssertionError("eq called for " + a + ", " + b);
      }
    };
    PyDictTable d = new PyDictTable(strict);
    for (int i = 0; i < 1000; i++) {
      d.put("name" + i, (long) i);
      d.put((long) i << 40, (long) i);
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(d.get(new String("name" + i))).isEqualTo((long) i);
      assertThat(d.get(Long.valueOf((long) i << 40))).isEqualTo((long) i);
    }
    // two keys with the same 64-bit hash: still no eq between a String and a String
    PyDictTable e = new PyDictTable(new KeyOps() {
      @Override
      public long hash(Object key) {
        return 42;
      }

      @Override
      public boolean eq(Object a, Object b) {
        throw new AssertionError("eq called");
      }
    });
    e.put("x", 1L);
    e.put("y", 2L);
    assertThat(e.get("y")).isEqualTo(2L);
    assertThat(e.get("z")).isNull();
  }

  @Test
  void iteratorsReportChanges() {
    PyDictTable d = new PyDictTable(TestValues.OPS);
    for (long i = 0; i < 5; i++) {
      d.put(i, i);
    }
    PyDictTable.Cursor c = d.cursor();
    assertThat(c.next()).isEqualTo(0);
    d.put(10L, 10L);
    assertThatThrownBy(c::next).isInstanceOf(ChangedDuringIteration.class)
        .hasMessage("dictionary changed size during iteration");
    d.remove(10L);
    assertThatThrownBy(c::next).hasMessage("dictionary changed size during iteration");

    // Same size, but keys deleted and added. CPython 3.13:
    //   d = {i: i for i in range(5)}
    //   for k in d: seen.append(k); del d[k]; d[k + 100] = 0
    // raises "dictionary keys changed during iteration" with seen == [0, 2, 3, 4, 100] and
    // d == {1: 1, 102: 0, 103: 0, 104: 0, 200: 0}: the first insertion rebuilds the table,
    // which moves 1 behind the iterator.
    PyDictTable d2 = new PyDictTable(TestValues.OPS);
    for (long i = 0; i < 5; i++) {
      d2.put(i, i);
    }
    PyDictTable.Cursor k = d2.cursor();
    List<Object> seen = new ArrayList<>();
    assertThatThrownBy(() -> {
      for (int i; (i = k.next()) >= 0; ) {
        Object key = d2.keyAt(i);
        seen.add(key);
        d2.remove(key);
        d2.put((Long) key + 100, 0L);
      }
    }).hasMessage("dictionary keys changed during iteration");
    assertThat(seen).containsExactly(0L, 2L, 3L, 4L, 100L);
    assertThat(TestValues.dictRepr(d2)).isEqualTo("{1: 1, 102: 0, 103: 0, 104: 0, 200: 0}");
    assertThat(k.next()).isEqualTo(-1);
    assertThat(k.lengthHint()).isZero();
  }

  @Test
  void eqThatMutatesTheDictRestartsTheLookup() {
    PyDictTable[] holder = new PyDictTable[1];
    boolean[] armed = {true};
    holder[0] = new PyDictTable(PySetTableTest.ops((a, b) -> {
      if (armed[0]) {
        armed[0] = false;
        for (long i = 0; i < 100; i++) {
          holder[0].put(i, i); // rebuilds: the arrays are replaced
        }
        holder[0].remove(a);
      }
      return a instanceof Key x && b instanceof Key y && x.id == y.id;
    }));
    PyDictTable d = holder[0];
    Key k = new Key(1, 3);
    d.put(k, "first");
    assertThat(d.put(new Key(1, 3), "second")).isNull(); // the key was removed by eq
    assertThat(d.size()).isEqualTo(101);
    assertThat(d.get(new Key(1, 3))).isEqualTo("second");
    assertThat(d.get(50L)).isEqualTo(50L);
  }

  @Test
  void anExceptionFromEqLeavesTheDictUnchanged() {
    PyDictTable d = new PyDictTable(PySetTableTest.ops((a, b) -> {
      throw new IllegalStateException("__eq__ raised");
    }));
    Key k = new Key(1, 9);
    d.put(k, "v");
    assertThatThrownBy(() -> d.put(new Key(2, 9), "w")).hasMessage("__eq__ raised");
    assertThatThrownBy(() -> d.remove(new Key(3, 9))).hasMessage("__eq__ raised");
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.get(k)).isEqualTo("v");
  }

  @Test
  void entryAccessItemsAndPresizing() {
    PyDictTable d = new PyDictTable(TestValues.OPS, 1000);
    for (long i = 0; i < 1000; i++) {
      d.put(i, i * i);
    }
    int e = d.find(30L, PyHash.hashLong(30));
    assertThat(d.valueAt(e)).isEqualTo(900L);
    d.setValueAt(e, -1L);
    assertThat(d.get(30L)).isEqualTo(-1L);
    assertThat(d.containsItem(30L, PyHash.hashLong(30), -1.0)).isTrue();
    assertThat(d.containsItem(30L, PyHash.hashLong(30), 900L)).isFalse();
    assertThat(d.find(5000L, PyHash.hashLong(5000))).isEqualTo(-1);
    assertThat(d.popitem()).containsExactly(999L, 998001L);
    d.clear();
    assertThat(d.popitem()).isNull();
    assertThat(d.get(1L)).isNull();
    assertThat(d.remove(1L)).isNull();
    assertThatThrownBy(() -> d.put(1L, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void updateFromAnotherDict() {
    PyDictTable a = new PyDictTable(TestValues.OPS);
    PyDictTable b = new PyDictTable(TestValues.OPS);
    a.put(1L, "a1");
    a.put(2L, "a2");
    b.put(3L, "b3");
    b.put(2.0, "b2");
    a.update(b);
    assertThat(a.keysArray()).containsExactly(1L, 2L, 3L);
    assertThat(a.valuesArray()).containsExactly("a1", "b2", "b3");
    PyDictTable empty = new PyDictTable(TestValues.OPS);
    empty.update(a);
    assertThat(empty.dictEquals(a)).isTrue();
    empty.put(4L, "x");
    assertThat(a.containsKey(4L)).isFalse(); // the clone shares nothing
  }
}
