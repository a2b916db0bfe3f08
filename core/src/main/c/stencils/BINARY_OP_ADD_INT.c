#include "jit.h"
UOP {
  int64_t r;
  EXIT_IF(__builtin_add_overflow(B, C, &r));
  A = r;
  CONTINUE();
}
