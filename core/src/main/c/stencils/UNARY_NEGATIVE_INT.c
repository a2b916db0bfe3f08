#include "jit.h"
UOP {
  int64_t a = B;
  EXIT_IF(a == INT64_MIN);
  A = -a;
  CONTINUE();
}
