#include "jit.h"
UOP { FA = __builtin_fabs(FB); CONTINUE(); }
