#include "jit.h"
/* target, exit: the loop's back edge. Leaves when Java raised the interrupt flag or the
 * iteration budget is spent, so a long loop returns to Java (and the GC) regularly. Both
 * tests feed one conditional jump (the empty asm keeps clang from splitting the or back
 * into two branches). */
UOP {
  int64_t spent = budget <= 0;
  __asm__("" : "+r"(spent));
  EXIT_IF((STATE_I64(PYJIT_STATE_INTERRUPT) | spent) != 0);
  budget -= 1; /* in its register; the exit stub writes it back */
  JUMP();
}
