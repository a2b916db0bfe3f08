#include "jit.h"
UOP { FA = FB + FC; CONTINUE(); }
