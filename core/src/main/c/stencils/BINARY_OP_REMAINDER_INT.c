#include "jit.h"
UOP {
  int64_t a = B, b = C;
  EXIT_IF(b == 0);
  int64_t r = 0;
  if (b != -1) { /* C traps on INT64_MIN % -1; every x % -1 is 0 */
    r = a % b;
    if (r != 0 && ((r ^ b) < 0)) r += b;
  }
  A = r;
  CONTINUE();
}
