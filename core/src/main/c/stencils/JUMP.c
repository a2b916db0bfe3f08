#include "jit.h"
UOP { JUMP(); }
