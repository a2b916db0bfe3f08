package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pyjit.ast.AstDump;
import org.pyjit.ast.Mod;

/**
 * Pathologically deep input must not crash the parser or make it slow.
 *
 * <p>Contract: 100,000 open brackets give CPython's SyntaxError "too many nested
 * parentheses" (its tokenizer allows 200 levels). For deep non-bracket nesting pyjit may
 * build the tree (which must then also dump), raise SyntaxErrorException, or raise
 * SourceTooComplexException (CPython's MemoryError "Parser stack overflowed", which pyjit
 * reproduces at the same depth for unary operators, 'not' and lambdas); it must never throw
 * StackOverflowError or anything else, and its CPU time must grow linearly: the
 * full-size input may take at most {@value #LINEAR_FACTOR} times as long as a quarter-size
 * one, plus slack for noise (quadratic work would take 16 times as long).
 *
 * <p>What CPython 3.13 does with each input is noted per case (checked with
 * {@code ast.parse(src)} and {@code compile(src, "<s>", "exec")}). CPython's answers
 * (MemoryError, RecursionError, even a bogus SyntaxError) are artefacts of its fixed C stack
 * limits, not language rules, so pyjit is not required to copy them.
 *
 * <p>Why a thread with a 512 MB stack: it is what the CLI and tools give the parser
 * (the CLI even 1 GB), and accepting 100,000 levels legitimately needs deep recursion in a
 * recursive-descent parser; a StackOverflowError within 512 MB is a bug.
 */
class DeepNestingTest {
  static final long STACK_BYTES = 512L << 20;
  static final Duration CPU_LIMIT = Duration.ofSeconds(20);
  static final int LINEAR_FACTOR = 10;
  static final long SLACK_NANOS = 500_000_000L;

  /**
   * Parses, and dumps if it parsed; returns the dump's length, -1 for a SyntaxError, -2 for
   * CPython's MemoryError.
   */
  private static BigStackRunner.Outcome<Integer> attempt(BigStackRunner runner, String src) {
    byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
    return runner.run(() -> {
      try {
        Mod.Module m = Parser.parseModule(bytes, "<deep>");
        assertThat(m).isNotNull();
        return AstDump.dump(m).length();
      } catch (SyntaxErrorException e) {
        return -1;
      } catch (SourceTooComplexException e) {
        return -2;
      }
    }, CPU_LIMIT);
  }

  private static SyntaxErrorException expectSyntaxError(String src) {
    try (BigStackRunner runner = new BigStackRunner("deep", STACK_BYTES)) {
      BigStackRunner.Outcome<Mod.Module> o = runner.run(
          () -> Parser.parseModule(src.getBytes(StandardCharsets.UTF_8), "<deep>"), CPU_LIMIT);
      if (o.timedOut()) {
        fail("no answer after " + o.cpuNanos() / 1_000_000 + " ms CPU" + o.stuckAt());
      }
      if (o.thrown() instanceof SyntaxErrorException e) {
        return e;
      }
      if (o.thrown() != null) {
        throw new AssertionError("expected SyntaxErrorException, got " + o.thrown(), o.thrown());
      }
      return fail("expected SyntaxErrorException, but it parsed");
    }
  }

  /** CPython 3.13: SyntaxError('too many nested parentheses'), line 1, offset 201. */
  @Test
  void hundredThousandOpenParentheses() {
    SyntaxErrorException e = expectSyntaxError("(".repeat(100_000));
    assertThat(e.msg()).isEqualTo("too many nested parentheses");
    assertThat(e.lineno()).isEqualTo(1);
  }

  /** CPython 3.13: the limit counts all three bracket kinds together; same error. */
  @Test
  void hundredThousandMixedOpenBrackets() {
    SyntaxErrorException e = expectSyntaxError("([{".repeat(33_334));
    assertThat(e.msg()).isEqualTo("too many nested parentheses");
  }

  static Stream<Arguments> deepExpressions() {
    return Stream.of(
        // CPython: MemoryError('Parser stack overflowed - Python source too complex to parse')
        // (already at 10,000; 5,000 parse).
        deep("unary minus", 100_000, n -> "-".repeat(n) + "x"),
        // CPython: MemoryError('Parser stack overflowed - Python source too complex to parse').
        deep("not", 100_000, n -> "not ".repeat(n) + "x"),
        // CPython: MemoryError('Parser stack overflowed - Python source too complex to parse').
        deep("bitwise not", 100_000, n -> "~".repeat(n) + "x"),
        // CPython: ast.parse raises RecursionError('maximum recursion depth exceeded during ast
        // construction'); compile() raises it 'during compilation'. The parser itself copes
        // (left recursion is a loop), the tree is what is too deep.
        deep("attribute chain", 100_000, n -> "a" + ".b".repeat(n - 1)),
        // CPython: RecursionError, as for the attribute chain.
        deep("addition chain", 100_000, n -> "x" + "+x".repeat(n - 1)),
        // CPython: RecursionError, as for the attribute chain.
        deep("call chain", 100_000, n -> "f" + "()".repeat(n)),
        // CPython: RecursionError, as for the attribute chain.
        deep("subscript chain", 100_000, n -> "a" + "[0]".repeat(n)),
        // CPython: parses (a comparison is one flat Compare node); about 1 s.
        deep("comparison chain", 100_000, n -> "x" + "<x".repeat(n - 1)),
        // CPython: parses (one flat BoolOp node); about 1 s.
        deep("and chain", 100_000, n -> "x" + " and x".repeat(n - 1)),
        // CPython: MemoryError('Parser stack overflowed ...'); ** is right-associative.
        deep("power chain", 100_000, n -> "x" + "**x".repeat(n - 1)),
        // CPython: MemoryError('Parser stack overflowed ...') (already at 3,000).
        deep("nested lambdas", 50_000, n -> "lambda: ".repeat(n) + "x"),
        // CPython: MemoryError('Parser stack overflowed ...').
        deep("if-else chain", 50_000, n -> "a if b else ".repeat(n) + "c"),
        // CPython: SyntaxError("expected 'else' after 'if' expression") although the input is
        // valid: its error pass runs after the parser stack overflowed.
        deep("nested if-else tests", 50_000,
            n -> "1 if ".repeat(n) + "x" + " else 2".repeat(n)));
  }

  private static Arguments deep(String name, int n, IntFunction<String> source) {
    return Arguments.of(name, n, source);
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("deepExpressions")
  void deepExpressionParsesOrRaisesSyntaxErrorInLinearTime(String name, int n,
      IntFunction<String> source) {
    try (BigStackRunner runner = new BigStackRunner("deep", STACK_BYTES)) {
      String small = source.apply(n / 4);
      String full = source.apply(n);
      attempt(runner, small); // warm-up: class loading and JIT would distort the ratio
      BigStackRunner.Outcome<Integer> q = checked(attempt(runner, small), name, n / 4);
      BigStackRunner.Outcome<Integer> f = checked(attempt(runner, full), name, n);
      long allowed = LINEAR_FACTOR * q.cpuNanos() + SLACK_NANOS;
      System.out.printf("DeepNestingTest: %s: n=%d %s, %.1f ms CPU; n=%d %.1f ms CPU%n", name,
          n, f.value() == -1 ? "SyntaxError" : f.value() == -2 ? "MemoryError" : "parsed", f.cpuNanos() / 1e6, n / 4,
          q.cpuNanos() / 1e6);
      assertThat(f.cpuNanos())
          .as("%s: CPU time for n=%d (%d ms) vs n=%d (%d ms) is not linear", name, n,
              f.cpuNanos() / 1_000_000, n / 4, q.cpuNanos() / 1_000_000)
          .isLessThanOrEqualTo(allowed);
    }
  }

  private static BigStackRunner.Outcome<Integer> checked(BigStackRunner.Outcome<Integer> o,
      String name, int n) {
    if (o.timedOut()) {
      fail(name + " x " + n + ": no answer after " + o.cpuNanos() / 1_000_000 + " ms CPU"
          + o.stuckAt());
    }
    if (o.thrown() != null) {
      throw new AssertionError(name + " x " + n + ": expected a tree, a SyntaxErrorException"
          + " or a SourceTooComplexException,"
          + " got " + o.thrown(), o.thrown());
    }
    return o;
  }
}
