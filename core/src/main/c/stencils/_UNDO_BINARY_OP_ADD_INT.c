#include "jit.h"
/* d, a, b as BINARY_OP_ADD_INT's: placed by the emitter before the exit stub of an in-place
 * add that overflowed (its _JIT_EXIT_UNDO), it subtracts b from d again, which wraps back to
 * d's value before the add, then continues to the exit stub. Built with the add's variants;
 * only those with d and a in one register and b elsewhere are used. */
UOP {
  __asm__("subq %1, %0" : "+r"(A) : C_IN(C));
  CONTINUE();
}
