#include "jit.h"
UOP {
  double a = FB;
  double r = exp(a);
  EXIT_IF(is_inf(r) && !is_inf(a) && a == a);
  FA = r;
  CONTINUE();
}
