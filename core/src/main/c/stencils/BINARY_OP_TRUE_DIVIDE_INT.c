#include "jit.h"
UOP {
  int64_t a = B, b = C;
  const uint64_t lim = (uint64_t)1 << 53;
  EXIT_IF(b == 0 || (uint64_t)a + lim > 2 * lim || (uint64_t)b + lim > 2 * lim);
  FA = (double)a / (double)b;
  CONTINUE();
}
