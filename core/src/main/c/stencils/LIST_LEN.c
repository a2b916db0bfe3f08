#include "jit.h"
UOP { A = I64(_JIT_SLOT_B, 1); CONTINUE(); }
