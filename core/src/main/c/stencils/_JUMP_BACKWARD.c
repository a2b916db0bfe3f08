#include "jit.h"
UOP {
  int64_t budget = STATE_I64(STATE_BUDGET) - 1;
  STATE_I64(STATE_BUDGET) = budget;
  if (UNLIKELY(budget < 0 || STATE_I64(STATE_INTERRUPT) != 0)) EXIT();
  JUMP();
}
