#include "jit.h"
UOP { A = B != 0; CONTINUE(); }
