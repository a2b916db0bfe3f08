#include "jit.h"
/* d, a, b, exit. In general the sum goes to a scratch register and is stored only when it did
 * not overflow (mov, add, jo, mov in registers). When d and a are the same cached register
 * (total += x) and b is not that register, the add is done in place (add, jo: the two moves
 * were a third of an unrolled int loop's instructions); its overflow exit then goes through
 * _UNDO_BINARY_OP_ADD_INT, which subtracts b again before the exit stub. */
UOP {
#if defined(LOC_A) && defined(LOC_B) && LOC_A == LOC_B && !(defined(LOC_C) && LOC_C == LOC_A)
  _Bool overflow;
  __asm__("addq %2, %0" : "+r"(A), "=@cco"(overflow) : C_IN(C));
  if (UNLIKELY(overflow)) EXIT_UNDO();
#else
  int64_t r;
  EXIT_IF(__builtin_add_overflow(B, C, &r));
  A = r;
#endif
  CONTINUE();
}
