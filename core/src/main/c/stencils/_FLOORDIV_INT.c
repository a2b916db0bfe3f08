#include "jit.h"
UOP {
  int64_t b = B, c = C;
  if (UNLIKELY(c == 0 || (b == INT64_MIN && c == -1))) EXIT();
  int64_t q = b / c;
  if ((b % c != 0) && ((b < 0) != (c < 0))) q -= 1;
  A = q;
  CONTINUE();
}
