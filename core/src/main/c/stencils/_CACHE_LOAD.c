/* The first piece of a trace that caches slots in registers: loads them from the frame
 * (also where a linked parent's exit stub enters, after storing its own). Built with
 * -DNCACHE=0..3 integer and -DNFCACHE=0..3 float slots. */
#include "jit.h"
#define LOAD_INT(k, r) r = CACHED_SLOT(k)
#define LOAD_FLOAT(k, r) r = CACHED_FSLOT(k)
UOP {
  FOR_CACHED(LOAD_INT, LOAD_FLOAT);
  CONTINUE();
}
