#include "jit.h"
UOP { FA = atan(FB); CONTINUE(); }
