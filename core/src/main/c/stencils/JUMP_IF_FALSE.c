#include "jit.h"
UOP { if (A == 0) JUMP(); CONTINUE(); }
