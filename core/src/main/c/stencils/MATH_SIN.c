#include "jit.h"
UOP {
  double a = FB;
  EXIT_IF(is_inf(a));
  FA = sin(a);
  CONTINUE();
}
