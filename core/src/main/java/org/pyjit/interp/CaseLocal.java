package org.pyjit.interp;

import java.util.Objects;

/**
 * Keeps the arithmetic of one case of {@link Interpreter}'s switch inside that case.
 *
 * <p>HotSpot's C2 places an expression where all its uses meet: {@code sp - 1} used by forty
 * cases is computed once before the switch, for every instruction, whichever case runs. With
 * some twenty such expressions ({@code sp - 2}, {@code sp + 1}, {@code arg >> 1}, {@code
 * arg & 1} ...) more values are live at the dispatch than there are registers, and each
 * instruction paid for computing and spilling all of them: half of the loop's time on a
 * call-heavy program (perf on fib). A case that starts with {@code sp = own(sp)} works on a
 * value C2 cannot share with the other cases: {@link Objects#checkIndex} is a range check
 * pinned where it is written, and its result depends on it. The check itself is one compare
 * and an untaken branch; it never fails (a stack pointer or an instruction argument is never
 * negative).
 *
 * <p>Each call counts against the bytecode budget within which C1 and C2 inline callees into
 * the loop ({@code DesiredMethodLimit}); where a program runs many different instructions
 * the budget runs out and the last calls stay calls (still pins, at a call's cost). Calling
 * {@code Objects.checkIndex} directly, which is always inlined, measured slower (fib: 0.65 s
 * against 0.60 s of CPU in steady state, and no better as a process): for an argument, C2
 * knows {@code unit >>> 8} is below the bound and drops the check, and the pin with it.
 * Calling it directly for the stack pointer only (where C2 knows no bound) made the pins
 * inlined whatever the budget (oo_sim in steady state: 2.58 s -> 2.38 s), but doubled C2's
 * time on the loop (mandelbrot: 3.2 s -> 6.0 s of compiling, 4.0 s -> 5.2 s of CPU for the
 * process); docs/internals/interpreter.md, "Calls and attribute access in steady state".
 * The loop's first dispatch level (the stack and locals instructions, 12 pins) is the
 * exception: it calls {@code Objects.checkIndex} directly, since C2 parses those cases last
 * and found the budget spent there (same doc, "What C2 inlines into the loop").
 */
final class CaseLocal {
  private CaseLocal() {}

  /** {@code v} itself (0 or more), as a value private to the code that asks. */
  static int own(int v) {
    return Objects.checkIndex(v, Integer.MAX_VALUE);
  }
}
