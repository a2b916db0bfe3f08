#include "jit.h"
UOP { A = ~B; CONTINUE(); }
