package org.pyjit.runtime.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** PySetTable's behaviour beyond order: consistency, errors, mutation from eq. */
class PySetTableTest {
  /** A key whose hash and equality are chosen by the test; equality runs a hook. */
  static final class Key {
    final int id;
    final long hash;

    Key(int id, long hash) {
      this.id = id;
      this.hash = hash;
    }

    @Override
    public String toString() {
      return "Key" + id;
    }
  }

  static KeyOps ops(BiPredicate<Object, Object> eq) {
    return new KeyOps() {
      @Override
      public long hash(Object key) {
        return key instanceof Key k ? k.hash : TestValues.hash(key);
      }

      @Override
      public boolean eq(Object a, Object b) {
        return eq.test(a, b);
      }
    };
  }

  static boolean sameId(Object a, Object b) {
    return a instanceof Key x && b instanceof Key y && x.id == y.id;
  }

  @Test
  void membershipAgreesWithAModelUnderRandomOperations() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int round = 0; round < 50; round++) {
      PySetTable t = new PySetTable(TestValues.OPS);
      Set<Long> model = new HashSet<>();
      int range = 1 + rnd.nextInt(2000);
      for (int i = 0; i < 5000; i++) {
        long k = rnd.nextInt(range) * (rnd.nextBoolean() ? 1L : 1L << 32);
        switch (rnd.nextInt(5)) {
          case 0, 1 -> assertThat(t.add(k)).isEqualTo(model.add(k));
          case 2 -> assertThat(t.discard(k)).isEqualTo(model.remove(k));
          case 3 -> {
            Object p = t.pop();
            if (model.isEmpty()) {
              assertThat(p).isNull();
            } else {
              assertThat(model.remove((Long) p)).isTrue();
            }
          }
          default -> assertThat(t.contains(k)).isEqualTo(model.contains(k));
        }
        assertThat(t.size()).isEqualTo(model.size());
      }
      assertThat(new HashSet<>(List.of(t.toArray()))).isEqualTo(model);
    }
  }

  /**
   * The table's count of live keys per hash bucket (which lets a lookup of an absent key stop
   * at once) stays right through every kind of change: keys chosen so that many share a
   * bucket (multiples of 32 apart: the counters saturate), then every key of the range
   * looked up, present and absent, against a model.
   */
  @Test
  void membershipAfterEveryKindOfChangeAgreesWithAModel() {
    SplittableRandom rnd = new SplittableRandom(20261123);
    for (int round = 0; round < 300; round++) {
      PySetTable t = new PySetTable(TestValues.OPS);
      Set<Long> model = new HashSet<>();
      int range = 1 + rnd.nextInt(40);
      long stride = rnd.nextBoolean() ? 1 : 32;
      for (int i = 0; i < 60; i++) {
        long k = (rnd.nextInt(range) - range / 3) * stride;
        switch (rnd.nextInt(12)) {
          case 0, 1, 2 -> assertThat(t.add(k)).isEqualTo(model.add(k));
          case 3, 4 -> assertThat(t.discard(k)).isEqualTo(model.remove(k));
          case 5 -> {
            Object p = t.pop();
            assertThat(p == null ? model.isEmpty() : model.remove((Long) p)).isTrue();
          }
          case 6 -> {
            if (rnd.nextInt(4) == 0) {
              t.clear();
              model.clear();
            }
          }
          case 7 -> {
            PySetTable other = new PySetTable(TestValues.OPS);
            for (int j = rnd.nextInt(8); j > 0; j--) {
              long o = (rnd.nextInt(range) - range / 3) * stride;
              other.add(o);
              model.add(o);
            }
            t.update(other);
          }
          case 8 -> {
            List<Object> other = new ArrayList<>();
            for (int j = rnd.nextInt(8); j > 0; j--) {
              other.add((rnd.nextInt(range) - range / 3) * stride);
            }
            t.intersectionUpdate(other.iterator());
            model.retainAll(new HashSet<>(other));
          }
          case 9 -> {
            PySetTable other = new PySetTable(TestValues.OPS);
            Set<Long> mo = new HashSet<>();
            for (int j = rnd.nextInt(8); j > 0; j--) {
              long o = (rnd.nextInt(range) - range / 3) * stride;
              other.add(o);
              mo.add(o);
            }
            if (rnd.nextBoolean()) {
              t.differenceUpdate(other);
              model.removeAll(mo);
            } else {
              t.symmetricDifferenceUpdate(other);
              for (Long o : mo) {
                if (!model.remove(o)) {
                  model.add(o);
                }
              }
            }
          }
          case 10 -> t = rnd.nextBoolean() ? t.copy() : t.union(new PySetTable(TestValues.OPS));
          default -> {
            PySetTable body = t.copy();
            t = new PySetTable(TestValues.OPS);
            t.add(12345L);
            t.takeBody(body);
          }
        }
        for (long q = -range * stride; q <= range * stride; q += stride) {
          assertThat(t.contains(q)).as("%d in %s", q, model).isEqualTo(model.contains(q));
        }
        assertThat(t.size()).isEqualTo(model.size());
      }
    }
  }

  @Test
  void equalKeysOfDifferentTypesAreOneKey() {
    PySetTable t = new PySetTable(TestValues.OPS);
    assertThat(t.add(1L)).isTrue();
    assertThat(t.add(1.0)).isFalse();
    assertThat(t.add(Boolean.TRUE)).isFalse();
    assertThat(t.toArray()).containsExactly(1L);
    assertThat(t.discard(1.0)).isTrue();
    assertThat(t.isEmpty()).isTrue();
  }

  @Test
  void iteratorReportsSizeChangesStickily() {
    PySetTable t = new PySetTable(TestValues.OPS);
    for (long i = 0; i < 5; i++) {
      t.add(i);
    }
    PySetTable.Iter it = t.iterator();
    assertThat(it.lengthHint()).isEqualTo(5);
    assertThat(it.next()).isEqualTo(0L);
    assertThat(it.lengthHint()).isEqualTo(4);
    t.add(99L);
    assertThat(it.lengthHint()).isZero();
    assertThatThrownBy(it::next).isInstanceOf(ChangedDuringIteration.class)
        .hasMessage("Set changed size during iteration");
    t.discard(99L);
    assertThatThrownBy(it::next).isInstanceOf(ChangedDuringIteration.class);
    // exhausted iterators stay exhausted, whatever happens to the set
    PySetTable.Iter done = t.iterator();
    while (done.next() != null) {
      // drain
    }
    t.add(1000L);
    assertThat(done.next()).isNull();
  }

  @Test
  void popOfEmptyIsNullAndTheFingerSurvivesClear() {
    PySetTable t = new PySetTable(TestValues.OPS);
    assertThat(t.pop()).isNull();
    for (long i = 0; i < 5; i++) {
      t.add(i);
    }
    assertThat(t.pop()).isEqualTo(0L);
    assertThat(t.pop()).isEqualTo(1L);
    t.clear();
    t.add(0L);
    t.add(5L);
    // CPython: s = {0,1,2,3,4}; s.pop(); s.pop(); s.clear(); s |= {0, 5}; s.pop() -> 5
    assertThat(t.pop()).isEqualTo(5L);
  }

  @Test
  void frozensetHashIgnoresOrderAndDummies() {
    PySetTable a = new PySetTable(TestValues.OPS);
    PySetTable b = new PySetTable(TestValues.OPS);
    for (long i = 0; i < 100; i++) {
      a.add(i);
      b.add(99 - i);
      b.add(1000 + i);
    }
    for (long i = 0; i < 100; i++) {
      b.discard(1000 + i);
    }
    assertThat(a.frozensetHash()).isEqualTo(b.frozensetHash());
    long[] hs = new long[100];
    for (int i = 0; i < 100; i++) {
      hs[i] = i;
    }
    assertThat(a.frozensetHash()).isEqualTo(PyHash.hashFrozenSet(hs));
    assertThat(a.setEquals(b)).isTrue();
  }

  @Test
  void anExceptionFromEqLeavesTheTableUnchanged() {
    PySetTable t = new PySetTable(ops((a, b) -> {
      throw new IllegalStateException("__eq__ raised");
    }));
    Key k1 = new Key(1, 5);
    t.add(k1);
    assertThatThrownBy(() -> t.add(new Key(2, 5))).hasMessage("__eq__ raised");
    assertThatThrownBy(() -> t.discard(new Key(3, 5))).hasMessage("__eq__ raised");
    assertThat(t.toArray()).containsExactly(k1);
    assertThat(t.contains(k1)).isTrue(); // identity needs no eq
  }

  @Test
  void eqThatClearsTheSetRestartsTheLookup() {
    PySetTable[] holder = new PySetTable[1];
    int[] calls = new int[1];
    holder[0] = new PySetTable(ops((a, b) -> {
      calls[0]++;
      holder[0].clear();
      return false;
    }));
    PySetTable t = holder[0];
    t.add(new Key(1, 3));
    Key probe = new Key(2, 3);
    assertThat(t.add(probe)).isTrue(); // eq emptied the table; the add starts over
    assertThat(calls[0]).isEqualTo(1);
    assertThat(t.toArray()).containsExactly(probe);
    assertThat(t.size()).isEqualTo(1);
  }

  @Test
  void eqThatGrowsTheSetRestartsAndKeepsCountsRight() {
    PySetTable[] holder = new PySetTable[1];
    boolean[] armed = {true};
    holder[0] = new PySetTable(ops((a, b) -> {
      if (armed[0]) {
        armed[0] = false;
        for (long i = 100; i < 200; i++) {
          holder[0].add(i); // forces resizes: the key array is replaced
        }
      }
      return sameId(a, b);
    }));
    PySetTable t = holder[0];
    t.add(new Key(1, 7));
    assertThat(t.add(new Key(1, 7))).isFalse(); // equal by id, found after the restart
    assertThat(t.size()).isEqualTo(101);
    assertThat(t.toArray()).hasSize(101);
    assertThat(t.contains(150L)).isTrue();
  }

  @Test
  void eqThatFillsTheReusableDummyDoesNotLoseKeys() {
    // In the 8-slot table, a (hash 0) takes slot 0 and b (hash 8) slot 1. With a removed,
    // adding p (hash 8) passes the dummy in slot 0, then compares p with b; that comparison
    // adds an intruder of hash 0, which takes the same dummy. CPython would then overwrite
    // the intruder with p; here the add starts over and both stay.
    Key a = new Key(1, 0);
    Key b = new Key(2, 8);
    Key p = new Key(3, 8);
    Key intruder = new Key(4, 0);
    PySetTable[] holder = new PySetTable[1];
    holder[0] = new PySetTable(ops((x, y) -> {
      if (y == p && !holder[0].contains(intruder)) {
        holder[0].add(intruder);
      }
      return false;
    }));
    PySetTable t = holder[0];
    t.add(a);
    t.add(b);
    t.discard(a);
    assertThat(t.add(p)).isTrue();
    assertThat(t.toArray()).containsExactly(intruder, b, p);
    assertThat(t.size()).isEqualTo(3);
  }

  @Test
  void bulkOperationsWithSelf() {
    PySetTable s = new PySetTable(TestValues.OPS);
    for (long i = 0; i < 10; i++) {
      s.add(i);
    }
    assertThat(s.union(s).setEquals(s)).isTrue();
    assertThat(s.intersection(s).setEquals(s)).isTrue();
    assertThat(s.difference(s).isEmpty()).isTrue();
    assertThat(s.symmetricDifference(s).isEmpty()).isTrue();
    assertThat(s.isSubset(s)).isTrue();
    assertThat(s.isDisjoint(s)).isFalse();
    s.update(s);
    assertThat(s.size()).isEqualTo(10);
    s.intersectionUpdate(s);
    assertThat(s.size()).isEqualTo(10);
    s.symmetricDifferenceUpdate(s);
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.isDisjoint(s)).isTrue();
    s.add(1L);
    s.differenceUpdate(s);
    assertThat(s.isEmpty()).isTrue();
  }

  @Test
  void setAlgebraAgreesWithAModel() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      PySetTable a = new PySetTable(TestValues.OPS);
      PySetTable b = new PySetTable(TestValues.OPS);
      Set<Long> ma = new HashSet<>();
      Set<Long> mb = new HashSet<>();
      int n = rnd.nextInt(200);
      for (int i = 0; i < n; i++) {
        long x = rnd.nextInt(300);
        long y = rnd.nextInt(300);
        a.add(x);
        ma.add(x);
        b.add(y);
        mb.add(y);
      }
      Set<Long> u = new HashSet<>(ma);
      u.addAll(mb);
      Set<Long> in = new HashSet<>(ma);
      in.retainAll(mb);
      Set<Long> d = new HashSet<>(ma);
      d.removeAll(mb);
      Set<Long> x = new HashSet<>(u);
      x.removeAll(in);
      assertThat(asSet(a.union(b))).isEqualTo(u);
      assertThat(asSet(a.intersection(b))).isEqualTo(in);
      assertThat(asSet(a.intersection(new ArrayList<Object>(mb).iterator()))).isEqualTo(in);
      assertThat(asSet(a.difference(b))).isEqualTo(d);
      assertThat(asSet(a.difference(new ArrayList<Object>(mb).iterator()))).isEqualTo(d);
      assertThat(asSet(a.symmetricDifference(b))).isEqualTo(x);
      assertThat(a.isDisjoint(b)).isEqualTo(in.isEmpty());
      assertThat(a.isSubset(b)).isEqualTo(mb.containsAll(ma));
      assertThat(a.isSuperset(new ArrayList<Object>(mb).iterator())).isEqualTo(ma.containsAll(mb));
      PySetTable c = a.copy();
      c.symmetricDifferenceUpdate(new ArrayList<Object>(mb).iterator());
      assertThat(asSet(c)).isEqualTo(x);
      c = a.copy();
      c.differenceUpdate(b);
      assertThat(asSet(c)).isEqualTo(d);
    }
  }

  private static Set<Object> asSet(PySetTable t) {
    Object[] keys = t.toArray();
    assertThat(keys).hasSize(t.size());
    return new HashSet<>(List.of(keys));
  }
}
