package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyTuple;

/**
 * LOAD_FAST_LOAD_FAST_SUBSCR_LIST_INT and _STORE_SUBSCR_LIST_INT against Java's list
 * indexing (Python's negative indices counted from the end): random lists and indices in
 * and out of range; anything but an exact list and an int in range misses and leaves the
 * frame and the list as they were.
 */
class FusedListSubscriptTest {
  @Test
  void randomIndicesGiveTheElementOrMiss() {
    Random r = new Random(20261123L);
    for (int round = 0; round < 3000; round++) {
      int n = r.nextInt(6);
      List<Object> want = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        want.add((long) r.nextInt(1000));
      }
      PyList list = new PyList(want.toArray());
      long index = r.nextInt(4 * n + 3) - 2L * n - 1;
      boolean inRange = index >= -n && index < n;
      int at = (int) (index < 0 ? index + n : index);
      // locals: 0 the list, 1 the index; the stack starts at 2 (a value to store in 2)
      Object[] frame = {list, index, "value", null};
      int sp = SpecializedOps.loadFastPairSubscrListInt(frame, 3, Opcode.pair(0, 1));
      if (inRange) {
        assertThat(sp).isEqualTo(4);
        assertThat(frame[3]).as("%s[%d]", want, index).isEqualTo(want.get(at));
      } else {
        assertThat(sp).isEqualTo(SpecializedOps.MISS);
        assertThat(frame).containsExactly(list, index, "value", null);
      }
      Object[] frame2 = {list, index, "value", null};
      sp = SpecializedOps.loadFastPairStoreSubscrListInt(frame2, 3, Opcode.pair(0, 1));
      if (inRange) {
        want.set(at, "value");
        assertThat(sp).isEqualTo(2);
        assertThat(frame2[2]).isNull();
      } else {
        assertThat(sp).isEqualTo(SpecializedOps.MISS);
        assertThat(frame2).containsExactly(list, index, "value", null);
      }
      assertThat(list.size()).isEqualTo(n);
      for (int k = 0; k < n; k++) {
        assertThat(list.get(k)).isEqualTo(want.get(k));
      }
    }
  }

  @Test
  void otherContainersAndIndicesMiss() {
    PyList list = new PyList(new Object[] {1L, 2L});
    Object[][] pairs = {
        {list, true}, {list, 1.0}, {list, java.math.BigInteger.TEN.pow(20)}, {list, null},
        {new PyTuple(new Object[] {1L, 2L}), 0L}, {"ab", 0L}, {null, 0L}};
    for (Object[] p : pairs) {
      Object[] frame = {p[0], p[1], "value", null};
      assertThat(SpecializedOps.loadFastPairSubscrListInt(frame, 3, Opcode.pair(0, 1)))
          .isEqualTo(SpecializedOps.MISS);
      assertThat(SpecializedOps.loadFastPairStoreSubscrListInt(frame, 3, Opcode.pair(0, 1)))
          .isEqualTo(SpecializedOps.MISS);
      assertThat(frame).containsExactly(p[0], p[1], "value", null);
    }
    assertThat(list.get(0)).isEqualTo(1L);
    assertThat(list.get(1)).isEqualTo(2L);
  }
}
