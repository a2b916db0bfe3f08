#include "jit.h"
UOP { CONTINUE(); }
