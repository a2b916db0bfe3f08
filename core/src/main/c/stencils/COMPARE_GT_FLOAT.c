#include "jit.h"
UOP { A = FB > FC; CONTINUE(); }
