package org.pyjit.compiler;

/**
 * CPython's {@code RecursionError: maximum recursion depth exceeded during compilation}: the
 * AST nests deeper than CPython's compiler passes allow (Py_C_RECURSION_LIMIT, 10,000 nested
 * statements, expressions, patterns and type parameters). The parser accepts such input
 * when the nesting comes from left-associative chains ({@code a + a + ... + a},
 * {@code a.b.b...}, {@code f()()...}), which it builds without recursing.
 */
public final class CompilerRecursionException extends RuntimeException {
  public CompilerRecursionException() {
    super("maximum recursion depth exceeded during compilation", null, false, false);
  }
}
