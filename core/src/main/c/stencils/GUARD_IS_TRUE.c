#include "jit.h"
UOP { EXIT_IF(A == 0); CONTINUE(); }
