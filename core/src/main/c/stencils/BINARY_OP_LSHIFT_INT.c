#include "jit.h"
UOP {
  int64_t a = B, b = C;
  EXIT_IF(b < 0);
  int64_t r = 0;
  if (a != 0) {
    EXIT_IF(b >= 64);
    r = (int64_t)((uint64_t)a << b);
    EXIT_IF((r >> b) != a);
  }
  A = r;
  CONTINUE();
}
