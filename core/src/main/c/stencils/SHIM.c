/* The native entry: a SysV function (frame, state) -> exit index. It calls (not tail-calls:
 * clang rejects musttail across conventions) the trace's first piece, so the callee-saved
 * registers that preserve_none code clobbers are saved here once per entry. */
#include "jit.h"
int64_t _JIT_ENTRY(u8 *frame, u8 *state) {
  return _JIT_CONTINUE(frame, state, 0, 0, 0, STATE_I64(PYJIT_STATE_BUDGET), 0.0, 0.0, 0.0);
}
