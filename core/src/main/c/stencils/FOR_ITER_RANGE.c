#include "jit.h"
/* d, r (three slots: current, stop, step), target. B is the current value: in its frame
 * slot, or cached in a register by a variant (stop and step stay in the frame). The end test
 * for either sign of the step is computed without a branch on the sign (one conditional
 * jump per iteration), and the overflow of the next value is a cmov. */
UOP {
  int64_t cur = B, stop = I64(_JIT_SLOT_B, 1), step = I64(_JIT_SLOT_B, 2);
  int up = step > 0;
  int done = __builtin_unpredictable(up) ? cur >= stop : cur <= stop;
  if (UNLIKELY(done)) JUMP();
  int64_t next;
  if (__builtin_add_overflow(cur, step, &next)) next = stop;
  A = cur;
  B = next;
  CONTINUE();
}
