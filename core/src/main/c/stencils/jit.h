/* The conventions every stencil is written in (docs/internals/stencils.md).
 *
 * A stencil is one uop's machine code with holes. Each is a preserve_none function named
 * _JIT_ENTRY taking the native frame (r12) and the state area (r13). It ends in a musttail
 * call of _JIT_CONTINUE (the next uop; the emitter elides that jump when the next uop follows
 * directly) or _JIT_JUMP_TARGET (a branch target), or returns an exit index to the shim.
 * Holes are extern char symbols whose address is the value; weak where 0 is a valid value so
 * that clang cannot fold comparisons with 0. Slot holes are byte offsets used as the disp32
 * of the memory operand (small code model). */
#ifndef PYJIT_JIT_H
#define PYJIT_JIT_H
#include <stdint.h>

#define PN __attribute__((preserve_none))
#define HIDDEN __attribute__((visibility("hidden")))
#define WEAK __attribute__((weak, visibility("hidden")))

typedef unsigned char u8;

extern int64_t PN _JIT_CONTINUE(u8 *frame, u8 *state) HIDDEN;
extern int64_t PN _JIT_JUMP_TARGET(u8 *frame, u8 *state) HIDDEN;

/* Slot byte offsets (disp32 holes). */
extern char _JIT_SLOT_A WEAK;
extern char _JIT_SLOT_B WEAK;
extern char _JIT_SLOT_C WEAK;
/* The exit index returned when a guard fails or the trace leaves. */
extern char _JIT_EXIT_INDEX WEAK;
/* A signed 32-bit immediate. */
extern char _JIT_IMM32 WEAK;

#define SLOT_I64(h) (*(int64_t *)(frame + (uintptr_t)&(h)))
#define SLOT_F64(h) (*(double *)(frame + (uintptr_t)&(h)))
#define A SLOT_I64(_JIT_SLOT_A)
#define B SLOT_I64(_JIT_SLOT_B)
#define C SLOT_I64(_JIT_SLOT_C)
#define FA SLOT_F64(_JIT_SLOT_A)
#define FB SLOT_F64(_JIT_SLOT_B)
#define FC SLOT_F64(_JIT_SLOT_C)
#define IMM32 ((int64_t)(int32_t)(uintptr_t)&_JIT_IMM32)

/* 64-bit constants: movabs gives R_X86_64_64 whatever the code model. */
static inline int64_t operand64(void) {
  int64_t v;
  __asm__("movabsq $_JIT_OPERAND, %0" : "=r"(v));
  return v;
}

/* State area (8-byte fields). */
#define STATE_INTERRUPT 0
#define STATE_BUDGET 8
#define STATE_I64(off) (*(volatile int64_t *)(state + (off)))

#define UOP int64_t PN _JIT_ENTRY(u8 *frame, u8 *state)
#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(frame, state)
#define JUMP() __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, state)
#define EXIT() return (int64_t)(uintptr_t)&_JIT_EXIT_INDEX
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#endif
