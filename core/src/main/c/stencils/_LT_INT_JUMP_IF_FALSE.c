#include "jit.h"
UOP {
  if (!(A < B)) JUMP();
  CONTINUE();
}
