#include "jit.h"
UOP {
  double a = FB, b = FC;
  EXIT_IF(b == 0.0);
  double m = fmod(a, b);
  double q = (a - m) / b;
  if (m != 0.0 && ((b < 0) != (m < 0))) q = q - 1.0;
  double d;
  if (q != 0.0) {
    d = floor(q);
    if (q - d > 0.5) d = d + 1.0;
  } else {
    d = __builtin_copysign(0.0, a / b);
  }
  FA = d;
  CONTINUE();
}
