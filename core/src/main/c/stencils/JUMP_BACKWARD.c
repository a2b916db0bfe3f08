#include "jit.h"
/* target, exit: the loop's back edge. Leaves when Java raised the interrupt flag or the
 * iteration budget is spent, so a long loop returns to Java (and the GC) regularly. */
UOP {
  EXIT_IF(budget <= INTERRUPT_LIMIT());
  budget -= 1; /* in its register; the exit stub writes it back */
  JUMP();
}
