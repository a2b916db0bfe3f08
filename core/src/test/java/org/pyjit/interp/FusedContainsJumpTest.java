package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.Opcode;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PyTuple;

/**
 * CONTAINS_OP_SET_JUMP (a set test and the conditional jump after it, one dispatch) against
 * the unfused pair (CONTAINS_OP_SET, then the jump on its bool) and against a Java set as
 * the model: random sets of small ints built by adds and removes (the dummies and the
 * per-bucket counts nqueens' sets have), every key of the range, both jumps, `in` and
 * `not in`. Anything but an exact set or frozenset misses and leaves the stack as it was,
 * as does a key the test raises on.
 */
class FusedContainsJumpTest {
  /** CONTAINS_OP_SET_JUMP at 10, its jump at 11 to 40: where the loop goes on. */
  private static int fused(PySet s, Object key, int arg, Opcode jump) {
    Object[] stack = {"local", key, s, null};
    int next = SpecializedOps.containsSetJump(stack, 3, arg, Opcode.encode(jump, 40), 11);
    assertThat(stack).containsExactly("local", null, null, null);
    return next;
  }

  /** The same instructions unfused: CONTAINS_OP_SET, then the jump on its result. */
  private static int unfused(PySet s, Object key, int arg, Opcode jump) {
    Object[] stack = {"local", key, s, null};
    int sp = SpecializedOps.containsSet(stack, 3, arg);
    assertThat(sp).isEqualTo(2);
    boolean result = (Boolean) stack[1];
    return result == (jump == Opcode.POP_JUMP_IF_TRUE) ? 40 : 12;
  }

  @Test
  void randomSetsJumpAsTheUnfusedPairAndTheModel() {
    Random r = new Random(20261123L);
    for (int round = 0; round < 400; round++) {
      PySet s = new PySet(r.nextInt(8) == 0);
      Set<Long> model = new HashSet<>();
      int range = 1 + r.nextInt(30);
      for (int i = r.nextInt(80); i > 0; i--) {
        long k = r.nextInt(2 * range) - range;
        if (r.nextInt(3) == 0 && !s.isFrozen()) {
          Ops.call(Ops.getattr(s, "discard"), new Object[] {k}, null);
          model.remove(k);
        } else {
          s.add(k);
          model.add(k);
        }
      }
      for (long k = -range - 1; k <= range; k++) {
        for (int arg : new int[] {0, 1}) {
          for (Opcode jump : new Opcode[] {Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE}) {
            boolean result = model.contains(k) != (arg == 1);
            int want = result == (jump == Opcode.POP_JUMP_IF_TRUE) ? 40 : 12;
            assertThat(fused(s, k, arg, jump)).as("%d in %s, %s", k, model, jump)
                .isEqualTo(want).isEqualTo(unfused(s, k, arg, jump));
          }
        }
      }
    }
  }

  @Test
  void otherContainersMiss() {
    Object[] containers = {new PyDict(), new PyList(new Object[] {1L}),
        new PyTuple(new Object[] {1L}), "1", null, 1L};
    for (Object c : containers) {
      Object[] stack = {"local", 1L, c, null};
      assertThat(SpecializedOps.containsSetJump(stack, 3, 0,
          Opcode.encode(Opcode.POP_JUMP_IF_TRUE, 40), 11)).isEqualTo(SpecializedOps.MISS);
      assertThat(stack).containsExactly("local", 1L, c, null);
    }
  }

  @Test
  void anUnhashableKeyRaisesAndLeavesTheStack() {
    PySet s = new PySet(false);
    s.add(1L);
    PyList key = new PyList(new Object[0]);
    Object[] stack = {"local", key, s, null};
    assertThatThrownBy(() -> SpecializedOps.containsSetJump(stack, 3, 0,
        Opcode.encode(Opcode.POP_JUMP_IF_TRUE, 40), 11)).isInstanceOf(PyException.class);
    assertThat(stack).containsExactly("local", key, s, null);
  }
}
