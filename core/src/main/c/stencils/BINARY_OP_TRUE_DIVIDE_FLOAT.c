#include "jit.h"
UOP {
  double a = FB, b = FC;
  EXIT_IF(b == 0.0);
  FA = a / b;
  CONTINUE();
}
