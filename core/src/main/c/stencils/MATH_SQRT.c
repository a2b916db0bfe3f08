#include "jit.h"
UOP {
  double a = FB;
  EXIT_IF(a < 0.0);
  FA = __builtin_sqrt(a);
  CONTINUE();
}
