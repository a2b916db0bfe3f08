#include "jit.h"
UOP { FA = -FB; CONTINUE(); }
