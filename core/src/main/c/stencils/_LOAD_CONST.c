#include "jit.h"
UOP { A = operand64(); CONTINUE(); }
