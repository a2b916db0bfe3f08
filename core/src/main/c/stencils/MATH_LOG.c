#include "jit.h"
UOP {
  double a = FB;
  EXIT_IF(a <= 0.0);
  FA = log(a);
  CONTINUE();
}
