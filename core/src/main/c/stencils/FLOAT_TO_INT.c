#include "jit.h"
UOP {
  double a = FB;
  EXIT_IF(!(a >= -9223372036854775808.0 && a < 9223372036854775808.0));
  A = (int64_t)a;
  CONTINUE();
}
