package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyList;

/**
 * FOR_ITER_RANGE_STORE_FAST (a range loop's step and the store of its variable, one
 * dispatch) against the unfused pair (FOR_ITER_RANGE pushing the item, STORE_FAST popping it
 * into the local) and against Java's arithmetic: random starts, steps and lengths, every
 * item in order, then the exhausted iterator popped. Any other iterator misses and leaves
 * the frame as it was.
 */
class FusedRangeStoreTest {
  @Test
  void randomRangesStoreTheirItemsAsTheUnfusedPair() {
    Random r = new Random(20261123L);
    for (int round = 0; round < 2000; round++) {
      long start = r.nextInt(5) == 0 ? r.nextLong() / 4 : r.nextInt(200) - 100;
      long step = (r.nextInt(9) - 4) | 1;
      int length = r.nextInt(12);
      List<Long> want = new ArrayList<>();
      for (int k = 0; k < length; k++) {
        want.add(start + k * step);
      }
      // locals: 0 the loop variable, 1 another local; the stack starts at 2 (the iterator)
      Object[] fused = {"before", "other", new PyIterator.RangeIterator(start, step, length),
          null};
      Object[] unfused = {"before", "other", new PyIterator.RangeIterator(start, step, length),
          null};
      int store = Opcode.encode(Opcode.STORE_FAST, 0);
      for (int k = 0; k <= length; k++) {
        int sp = SpecializedOps.forRangeStore(fused, 3, store);
        int usp = SpecializedOps.forIter(unfused, 3, 0, null);
        if (k < length) {
          assertThat(sp).isEqualTo(3);
          assertThat(usp).isEqualTo(4);
          unfused[0] = unfused[--usp]; // STORE_FAST 0
          unfused[usp] = null;
          assertThat(fused[0]).as("item %d of %s", k, want).isEqualTo(want.get(k))
              .isEqualTo(unfused[0]);
        } else {
          assertThat(sp).isEqualTo(2).isEqualTo(usp);
          assertThat(fused[2]).isNull();
        }
        assertThat(fused[1]).isEqualTo("other").isEqualTo(unfused[1]);
        assertThat(fused[3]).isNull();
        assertThat(unfused[3]).isNull();
        assertThat(fused[2] == null).isEqualTo(unfused[2] == null);
      }
    }
  }

  @Test
  void otherIteratorsMiss() {
    Object[] iterators = {new PyIterator.ListIterator(new PyList(new Object[] {1L})), "not an iterator", null,
        1L};
    for (Object it : iterators) {
      Object[] frame = {"before", it, null};
      assertThat(SpecializedOps.forRangeStore(frame, 2, Opcode.encode(Opcode.STORE_FAST, 0)))
          .isEqualTo(SpecializedOps.MISS);
      assertThat(frame).containsExactly("before", it, null);
    }
  }
}
