#include "jit.h"
UOP { A = 1 - B; CONTINUE(); }
