#include "jit.h"
UOP { EXIT(); }
