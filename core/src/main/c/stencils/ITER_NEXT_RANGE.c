#include "jit.h"
/* d, r: a back edge inside an unrolled group (tier2.md), whose tests the group's
 * JUMP_RANGE_GROUP made for all of them: spend one budget, d = cur, r advances (it cannot
 * overflow there; two's complement otherwise, as the uop interpreter). B is the current
 * value, in the frame or cached in a register; the step stays in the frame. The add is
 * written out with the step as its memory operand, in place: clang's own code adds into a
 * scratch register and moves it back (five instructions where three do, once per iteration
 * of an unrolled loop). */
UOP {
  budget -= 1;
#if defined(LOC_A) && defined(LOC_B)
  __asm__("movq %1, %0\n\taddq %2, %1" : "=&r"(A), "+r"(B) : "m"(I64(_JIT_SLOT_B, 2)));
#else
  int64_t cur = B;
  A = cur;
  __asm__("addq %1, %0" : "+r"(cur) : "m"(I64(_JIT_SLOT_B, 2)));
  B = cur;
#endif
  CONTINUE();
}
