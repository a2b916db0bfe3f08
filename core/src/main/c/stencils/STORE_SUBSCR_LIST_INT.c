#include "jit.h"
/* v, l (storage address, length), i, exit */
UOP {
  int64_t *items = (int64_t *)I64(_JIT_SLOT_B, 0);
  int64_t n = I64(_JIT_SLOT_B, 1), i = C;
  int64_t j = i < 0 ? i + n : i;
  EXIT_IF(j < 0 || j >= n);
  items[j] = A;
  CONTINUE();
}
