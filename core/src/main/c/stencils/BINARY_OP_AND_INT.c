#include "jit.h"
UOP { A = B & C; CONTINUE(); }
