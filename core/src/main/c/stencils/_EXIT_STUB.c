/* The exit of a HAS_DEOPT uop (never linked): count it, record it, return to the shim. */
#include "jit.h"
UOP {
  /* Cached slots go back to the frame first: the frame must hold what tier2.md says
   * whenever control leaves the trace (-DNCACHE=n stores n of them). */
#if NCACHE > 0
  *(int64_t *)(frame + (uintptr_t)&_JIT_CACHE_0) = c0;
#endif
#if NCACHE > 1
  *(int64_t *)(frame + (uintptr_t)&_JIT_CACHE_1) = c1;
#endif
#if NCACHE > 2
  *(int64_t *)(frame + (uintptr_t)&_JIT_CACHE_2) = c2;
#endif
  int64_t *entry = (int64_t *)ABS64(_JIT_EXIT_ENTRY);
  entry[PYJIT_EXIT_HITS / 8] += 1;
  STATE_I64(PYJIT_STATE_BUDGET) = budget;
  STATE_I64(PYJIT_STATE_EXIT_INDEX) = (int64_t)(uintptr_t)&_JIT_EXIT_INDEX;
  STATE_I64(PYJIT_STATE_EXIT_TRACE) = ABS64(_JIT_TRACE_ID);
  return (int64_t)(uintptr_t)&_JIT_EXIT_INDEX;
}
