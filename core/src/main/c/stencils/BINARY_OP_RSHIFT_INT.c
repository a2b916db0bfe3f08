#include "jit.h"
UOP {
  int64_t a = B, b = C;
  EXIT_IF(b < 0);
  A = b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
  CONTINUE();
}
