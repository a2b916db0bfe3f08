/* The first piece of a trace that caches slots in registers: loads them from the frame
 * (also where a linked parent's exit stub enters, after storing its own). Built with
 * -DNCACHE=1..3. */
#include "jit.h"
UOP {
  c0 = *(int64_t *)(frame + (uintptr_t)&_JIT_CACHE_0);
#if NCACHE > 1
  c1 = *(int64_t *)(frame + (uintptr_t)&_JIT_CACHE_1);
#endif
#if NCACHE > 2
  c2 = *(int64_t *)(frame + (uintptr_t)&_JIT_CACHE_2);
#endif
  CONTINUE();
}
