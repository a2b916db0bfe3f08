#include "jit.h"
UOP {
  int64_t r;
  if (UNLIKELY(__builtin_add_overflow(B, C, &r))) EXIT();
  A = r;
  CONTINUE();
}
