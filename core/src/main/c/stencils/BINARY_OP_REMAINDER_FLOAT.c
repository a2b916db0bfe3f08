#include "jit.h"
UOP {
  double a = FB, b = FC;
  EXIT_IF(b == 0.0);
  double m = fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) m = m + b;
  } else {
    m = __builtin_copysign(0.0, b);
  }
  FA = m;
  CONTINUE();
}
