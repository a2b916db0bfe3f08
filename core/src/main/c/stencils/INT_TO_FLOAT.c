#include "jit.h"
UOP { FA = (double)B; CONTINUE(); }
