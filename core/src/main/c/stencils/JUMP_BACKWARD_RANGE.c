#include "jit.h"
/* d, r (three slots: current, stop, step), target, exit: a range loop's back edge fused with
 * its next iteration (the loop rotated, FOR_ITER_RANGE at the top for the first one only).
 * JUMP_BACKWARD's tests, then FOR_ITER_RANGE's step: the hot path is the taken jump back to
 * the body, so the positive-step test falls through to it and the negative step and the
 * overflow are out of line (no taken jump other than the back edge); the exhausted range
 * continues after the loop. B is the current value: in its frame slot or cached in a
 * register (stop and step stay in the frame). */
UOP {
  EXIT_IF(budget <= INTERRUPT_LIMIT());
  budget -= 1; /* in its register; the exit stub writes it back */
  int64_t cur = B, stop = I64(_JIT_SLOT_B, 1), step = I64(_JIT_SLOT_B, 2);
  if (__builtin_expect(step > 0, 1)) {
    if (UNLIKELY(cur >= stop)) CONTINUE();
  } else if (UNLIKELY(cur <= stop)) {
    CONTINUE();
  }
  int64_t next;
  if (UNLIKELY(__builtin_add_overflow(cur, step, &next))) {
    __asm__ volatile(""); /* keeps this a branch: a cmov would lengthen the value's chain */
    next = stop;
  }
  A = cur;
  B = next;
  JUMP();
}
