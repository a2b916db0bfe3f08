package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyException;

/**
 * The deque's ring buffer against a plain list doing the same operations (a list's
 * semantics are the definition of a deque's order): seeded random sequences of appends and
 * pops at both ends, rotations, inserts, deletions and reversals, with and without a bound.
 */
class CollectionsModuleTest {

  private static List<Object> contents(CollectionsModule.Ring r) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < r.size; i++) {
      out.add(r.get(i));
    }
    return out;
  }

  private static void rotate(List<Object> model, long n) {
    if (model.size() <= 1) {
      return;
    }
    int k = (int) Math.floorMod(n, (long) model.size());
    List<Object> rotated = new ArrayList<>(model.subList(model.size() - k, model.size()));
    rotated.addAll(model.subList(0, model.size() - k));
    model.clear();
    model.addAll(rotated);
  }

  private static void check(long seed, long maxlen) {
    Random rnd = new Random(seed);
    CollectionsModule.Ring ring = new CollectionsModule.Ring(maxlen);
    List<Object> model = new ArrayList<>();
    for (int step = 0; step < 4000; step++) {
      long value = rnd.nextInt(1000);
      switch (rnd.nextInt(9)) {
        case 0, 1 -> {
          ring.append(value);
          model.add(value);
          if (maxlen >= 0 && model.size() > maxlen) {
            model.remove(0);
          }
        }
        case 2, 3 -> {
          ring.appendLeft(value);
          model.add(0, value);
          if (maxlen >= 0 && model.size() > maxlen) {
            model.remove(model.size() - 1);
          }
        }
        case 4 -> {
          if (!model.isEmpty()) {
            assertThat(ring.pop()).isEqualTo(model.remove(model.size() - 1));
          }
        }
        case 5 -> {
          if (!model.isEmpty()) {
            assertThat(ring.popLeft()).isEqualTo(model.remove(0));
          }
        }
        case 6 -> {
          long n = rnd.nextInt(41) - 20;
          ring.rotate(n);
          rotate(model, n);
        }
        case 7 -> {
          if (!model.isEmpty()) {
            int i = rnd.nextInt(model.size());
            ring.delete(i);
            model.remove(i);
          } else if (maxlen != 0) {
            ring.insert(0, value);
            model.add(0, value);
          }
        }
        default -> {
          if (rnd.nextBoolean()) {
            ring.reverse();
            java.util.Collections.reverse(model);
          } else if (maxlen < 0 || model.size() < maxlen) {
            int i = rnd.nextInt(model.size() + 1);
            ring.insert(i, value);
            model.add(i, value);
          }
        }
      }
      assertThat(contents(ring)).as("seed %d step %d", seed, step).isEqualTo(model);
    }
  }

  @Test
  void unboundedRingBehavesAsAList() {
    for (long seed = 1; seed <= 20; seed++) {
      check(seed, -1);
    }
  }

  @Test
  void boundedRingDropsFromTheOtherEnd() {
    for (long seed = 1; seed <= 20; seed++) {
      check(seed, 1 + seed % 7);
    }
    check(99, 0);
  }

  @Test
  void emptyRingPopsAndBadIndicesRaiseIndexError() {
    CollectionsModule.Ring ring = new CollectionsModule.Ring(-1);
    assertThatThrownBy(ring::pop).isInstanceOf(PyException.class)
        .hasMessageContaining("pop from an empty deque");
    assertThatThrownBy(ring::popLeft).isInstanceOf(PyException.class)
        .hasMessageContaining("pop from an empty deque");
    ring.append(1L);
    assertThatThrownBy(() -> ring.index(1L)).isInstanceOf(PyException.class)
        .hasMessageContaining("deque index out of range");
    assertThat(ring.index(-1L)).isZero();
  }
}
