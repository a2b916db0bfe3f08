#include "jit.h"
/* d, r (three slots: current, stop, step), target. B is the current value: in its frame
 * slot, or cached in a register by a variant (stop and step stay in the frame). */
UOP {
  int64_t cur = B, stop = I64(_JIT_SLOT_B, 1), step = I64(_JIT_SLOT_B, 2);
  if (step > 0 ? cur >= stop : cur <= stop) JUMP();
  int64_t next;
  if (__builtin_add_overflow(cur, step, &next)) next = stop;
  A = cur;
  B = next;
  CONTINUE();
}
