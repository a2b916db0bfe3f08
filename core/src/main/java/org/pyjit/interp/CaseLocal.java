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
 * the loop ({@code DesiredMethodLimit}); once a compile of the loop has taken every case
 * (after any trap at its switch, which is what a long-running program ends up with) the
 * budget runs out early and the remaining calls stay calls: a real call per instruction.
 * The stack pointer is therefore pinned by calling {@code Objects.checkIndex} directly
 * (in the loop and in {@link SpecializedOps}): it is annotated to be inlined whatever the
 * budget, and for {@code sp} C2 knows no bound that would drop the check (oo_sim in steady
 * state: 2.50 s -> 2.40 s). This method stays for the instruction's argument: there C2 knows
 * {@code unit >>> 8} is below the bound and would drop a direct check, and the pin with it
 * (fib: 0.65 s against 0.60 s of CPU in steady state).
 */
final class CaseLocal {
  private CaseLocal() {}

  /** {@code v} itself (0 or more), as a value private to the code that asks. */
  static int own(int v) {
    return Objects.checkIndex(v, Integer.MAX_VALUE);
  }
}
