#include "jit.h"
UOP { A = FB != 0.0; CONTINUE(); }
