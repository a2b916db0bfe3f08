#include "jit.h"
UOP { A = OPERAND(); CONTINUE(); }
