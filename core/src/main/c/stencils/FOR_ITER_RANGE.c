#include "jit.h"
/* d, r (three slots: current, stop, step), target. B is the current value: in its frame
 * slot, or cached in a register by a variant (stop and step stay in the frame). The end test
 * takes one conditional jump whatever the step's sign: cur >= stop for a positive step and
 * cur <= stop otherwise are both lo >= hi, with (lo, hi) = (cur, stop) or (stop, cur)
 * chosen by two cmovs. The overflow of the next value is a cmov too. */
UOP {
  int64_t cur = B, stop = I64(_JIT_SLOT_B, 1), step = I64(_JIT_SLOT_B, 2);
  int up = __builtin_unpredictable(step > 0);
  int64_t lo = up ? cur : stop, hi = up ? stop : cur;
  if (UNLIKELY(lo >= hi)) JUMP();
  int64_t next;
  if (__builtin_add_overflow(cur, step, &next)) next = stop;
  A = cur;
  B = next;
  CONTINUE();
}
