#include "jit.h"
UOP { FA = i64_to_f64(B); CONTINUE(); }
