#include "jit.h"
/* d, r (three slots: current, stop, step), target */
UOP {
  int64_t cur = I64(_JIT_SLOT_B, 0), stop = I64(_JIT_SLOT_B, 1), step = I64(_JIT_SLOT_B, 2);
  if (step > 0 ? cur >= stop : cur <= stop) JUMP();
  int64_t next;
  if (__builtin_add_overflow(cur, step, &next)) next = stop;
  A = cur;
  I64(_JIT_SLOT_B, 0) = next;
  CONTINUE();
}
