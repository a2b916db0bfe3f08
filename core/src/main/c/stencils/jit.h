/* The conventions every stencil is written in (docs/internals/stencils.md); the uops and
 * their semantics are docs/internals/tier2.md, their numbers and layout ../uops.h.
 *
 * A stencil is one uop's machine code with holes: a preserve_none function _JIT_ENTRY taking
 * the native frame (r12) and the state area (r13). It ends in a musttail call of
 * _JIT_CONTINUE (the next uop; the emitter elides that jump when the next uop follows
 * directly) or _JIT_JUMP_TARGET (a branch target), or leaves through _JIT_EXIT_STUB (the
 * trace's stub for the uop's exit, which counts the exit, follows a linked side trace or
 * returns the exit index to the shim). Holes are extern char symbols whose address is the
 * value, weak where 0 is a valid value so clang cannot fold comparisons with 0. Slot holes
 * are byte offsets used as the disp32 of the memory operand (small code model): slot
 * operands in the order of the uop's definition are A, B, C. */
#ifndef PYJIT_JIT_H
#define PYJIT_JIT_H
#include <stdint.h>
#include "../uops.h"

#define PN __attribute__((preserve_none))
#define HIDDEN __attribute__((visibility("hidden")))
#define WEAK __attribute__((weak, visibility("hidden")))

typedef unsigned char u8;
/* After the frame and state, three preserve_none argument registers (r14, r15, rdi) carry
 * the trace's cached integer slots c0..c2 from stencil to stencil (register variants,
 * below), rsi the iteration budget (the shim loads it from the state, JUMP_BACKWARD counts
 * it down, and an exit stub stores it back when it returns to Java), and xmm0..xmm2 the
 * cached float slots f0..f2. */
#define ARGS u8 *frame, u8 *state, int64_t c0, int64_t c1, int64_t c2, int64_t budget, \
    double f0, double f1, double f2
#define PASS frame, state, c0, c1, c2, budget, f0, f1, f2
typedef int64_t PN uop_fn(ARGS);

extern int64_t PN _JIT_CONTINUE(ARGS) HIDDEN;
extern int64_t PN _JIT_JUMP_TARGET(ARGS) HIDDEN;
extern int64_t PN _JIT_EXIT_STUB(ARGS) HIDDEN;
/* An exit whose uop has already written its result register (an add in place): the emitter
 * points it at the uop's undo stencil (_UNDO_<uop>), which restores the register and goes on
 * to the exit stub, so the exit still leaves the state before the uop. */
extern int64_t PN _JIT_EXIT_UNDO(ARGS) HIDDEN;

extern char _JIT_SLOT_A WEAK;
extern char _JIT_SLOT_B WEAK;
extern char _JIT_SLOT_C WEAK;
extern char _JIT_EXIT_INDEX WEAK;

/* Slot n of the operand's hole, plus k slots (range and list operands span several). */
#define AT(h, k) (frame + (uintptr_t)&(h) + 8 * (k))
#define I64(h, k) (*(int64_t *)AT(h, k))
#define F64(h, k) (*(double *)AT(h, k))
/* Register variants: built with -DLOC_A=k (k = 0..2), slot operand A lives in the cached
 * integer register ck for the whole trace instead of its frame slot (likewise B, C); with
 * -DFLOC_A=k, a float operand lives in the cached xmm register fk. Without either the
 * operand is in the frame. */
#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define REG_I64(k) (*(int64_t *)&CAT(c, k))
#define REG_F64(k) (*(double *)&CAT(c, k))
#define XMM_F64(k) CAT(f, k)
#define XMM_I64(k) (*(int64_t *)&CAT(f, k))
#ifdef FLOC_A
#define A XMM_I64(FLOC_A)
#define FA XMM_F64(FLOC_A)
#elif defined(LOC_A)
#define A REG_I64(LOC_A)
#define FA REG_F64(LOC_A)
#else
#define A I64(_JIT_SLOT_A, 0)
#define FA F64(_JIT_SLOT_A, 0)
#endif
#ifdef FLOC_B
#define B XMM_I64(FLOC_B)
#define FB XMM_F64(FLOC_B)
#elif defined(LOC_B)
#define B REG_I64(LOC_B)
#define FB REG_F64(LOC_B)
#else
#define B I64(_JIT_SLOT_B, 0)
#define FB F64(_JIT_SLOT_B, 0)
#endif
#ifdef FLOC_C
#define C XMM_I64(FLOC_C)
#define FC XMM_F64(FLOC_C)
#elif defined(LOC_C)
#define C REG_I64(LOC_C)
#define FC REG_F64(LOC_C)
#else
#define C I64(_JIT_SLOT_C, 0)
#define FC F64(_JIT_SLOT_C, 0)
#endif

/* Operand C of inline assembly as it lives: its register, or its frame slot as a memory
 * operand (a plain "rm" lets clang spill a register operand to the stack). */
#ifdef LOC_C
#define C_IN(x) "r"(x)
#else
#define C_IN(x) "m"(x)
#endif

/* 64-bit holes: movabs gives R_X86_64_64 whatever the code model. */
#define ABS64(sym) ({ int64_t v_; __asm__("movabsq $" #sym ", %0" : "=r"(v_)); v_; })
#define OPERAND() ABS64(_JIT_OPERAND)

#define STATE_I64(off) (*(volatile int64_t *)(state + (off)))
/* int64 -> double as (double)v, but cvtsi2sd writes only the low half of its xmm register
 * and so waits for the register's last value: in a loop, where the same register is
 * converted into every iteration, that is a chain through all of them (the conversion's
 * latency per iteration). Zeroing the register first breaks it; clang adds that xorps only
 * after writes it sees, and the cached f0..f2 arrive from the previous stencil unseen. */
static inline double i64_to_f64(int64_t v) {
  double r;
  __asm__("xorps %0, %0\n\tcvtsi2sdq %1, %0" : "=&x"(r) : "r"(v));
  return r;
}
/* The back edge's one test for both reasons to leave: the interrupt word is 0, or INT64_MAX
 * while Java asks the trace to leave, so budget <= word is "budget spent or interrupted". A
 * plain load (one cmp with a memory operand): a stencil runs it afresh at every entry, the
 * compiler cannot keep it across the tail call. */
#define INTERRUPT_LIMIT() (*(const int64_t *)(state + PYJIT_STATE_INTERRUPT))

#define UOP int64_t PN _JIT_ENTRY(ARGS)
#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(PASS)
#define JUMP() __attribute__((musttail)) return _JIT_JUMP_TARGET(PASS)
#define EXIT() __attribute__((musttail)) return _JIT_EXIT_STUB(PASS)
#define EXIT_UNDO() __attribute__((musttail)) return _JIT_EXIT_UNDO(PASS)

/* The cached slots' frame offsets (for the prologue that loads them and the exit stubs that
 * store them back). */
extern char _JIT_CACHE_0 WEAK;
extern char _JIT_CACHE_1 WEAK;
extern char _JIT_CACHE_2 WEAK;
extern char _JIT_CACHE_3 WEAK; /* f0..f2 */
extern char _JIT_CACHE_4 WEAK;
extern char _JIT_CACHE_5 WEAK;
/* Loads (prologue) or stores (exit stubs) the NCACHE cached integer slots and NFCACHE cached
 * float slots. */
#ifndef NCACHE
#define NCACHE 0
#endif
#ifndef NFCACHE
#define NFCACHE 0
#endif
#define CACHED_SLOT(k) (*(int64_t *)(frame + (uintptr_t)&CAT(_JIT_CACHE_, k)))
#define CACHED_FSLOT(k) (*(double *)(frame + (uintptr_t)&CAT(_JIT_CACHE_, k)))
#define FOR_CACHED(doint, dofloat) do { \
    if (NCACHE > 0) doint(0, c0); \
    if (NCACHE > 1) doint(1, c1); \
    if (NCACHE > 2) doint(2, c2); \
    if (NFCACHE > 0) dofloat(3, f0); \
    if (NFCACHE > 1) dofloat(4, f1); \
    if (NFCACHE > 2) dofloat(5, f2); \
  } while (0)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define EXIT_IF(c) do { if (UNLIKELY(c)) EXIT(); } while (0)

static inline double bits_f64(int64_t v) { union { int64_t i; double d; } u = {v}; return u.d; }
static inline int is_inf(double x) { return x == __builtin_inf() || x == -__builtin_inf(); }

/* libm, reached through the trace's GOT. */
double fmod(double, double);
double floor(double);
double sin(double);
double cos(double);
double tan(double);
double atan(double);
double exp(double);
double log(double);

#endif
