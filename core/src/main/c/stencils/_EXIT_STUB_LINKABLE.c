/* The exit of a HAS_EXIT uop: count it; if a side trace is linked in the exit's link slot,
 * continue there with the same frame and state; else record it and return to the shim. */
#include "jit.h"
#define STORE_INT(k, r) CACHED_SLOT(k) = r
#define STORE_FLOAT(k, r) CACHED_FSLOT(k) = r
UOP {
  /* Cached slots go back to the frame first: the frame must hold what tier2.md says
   * whenever control leaves the trace (-DNCACHE=n, -DNFCACHE=m store n + m of them). */
  FOR_CACHED(STORE_INT, STORE_FLOAT);
  int64_t *entry = (int64_t *)ABS64(_JIT_EXIT_ENTRY);
  entry[PYJIT_EXIT_HITS / 8] += 1;
  uop_fn *link = (uop_fn *)entry[PYJIT_EXIT_LINK / 8];
  if (link != 0) {
    __attribute__((musttail)) return link(PASS);
  }
  STATE_I64(PYJIT_STATE_BUDGET) = budget;
  STATE_I64(PYJIT_STATE_EXIT_INDEX) = (int64_t)(uintptr_t)&_JIT_EXIT_INDEX;
  STATE_I64(PYJIT_STATE_EXIT_TRACE) = ABS64(_JIT_TRACE_ID);
  return (int64_t)(uintptr_t)&_JIT_EXIT_INDEX;
}
