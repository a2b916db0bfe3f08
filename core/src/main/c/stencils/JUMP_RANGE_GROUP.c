#include "jit.h"
/* d, r (three slots: current, stop, step), count, target: an unrolled range loop's back edge
 * into its group of count body copies (tier2.md). It jumps only when the whole group can run
 * without a test: no interrupt, budget for count back edges, and count more values with no
 * overflow (span = count * step and end = cur + span fit, end not past stop); then it is
 * the back edge (budget, d = cur, r advances) and the group's ITER_NEXT_RANGEs need no
 * check. Otherwise it continues, nothing written, to the exact JUMP_BACKWARD_RANGE. The hot
 * path is the taken jump (laid out as JUMP_BACKWARD_RANGE's); its tests are once per group.
 * B is the current value, in the frame or cached in a register. */
UOP {
  if (UNLIKELY(budget <= INTERRUPT_LIMIT())) CONTINUE();
  int64_t count = OPERAND();
  if (UNLIKELY(budget < count)) CONTINUE();
  int64_t cur = B, stop = I64(_JIT_SLOT_B, 1), step = I64(_JIT_SLOT_B, 2);
  int64_t span, end;
  if (UNLIKELY(__builtin_mul_overflow(count, step, &span))) CONTINUE();
  if (UNLIKELY(__builtin_add_overflow(cur, span, &end))) CONTINUE();
  if (__builtin_expect(step > 0, 1)) {
    if (UNLIKELY(end > stop)) CONTINUE();
  } else if (UNLIKELY(end < stop)) {
    CONTINUE();
  }
  budget -= 1;
  A = cur;
  B = cur + step;
  JUMP();
}
