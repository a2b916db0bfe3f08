#include "jit.h"
UOP {
  int64_t a = B, b = C;
  EXIT_IF(b == 0 || (a == INT64_MIN && b == -1));
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
  A = q;
  CONTINUE();
}
