package org.pyjit.jit.basic;

import java.util.List;

/**
 * What the front end asks about names that are not locals: the value of a global at
 * compile time (the math module and its functions, @jit functions; anything else is
 * refused), and the compiled signature of a @jit function for given argument types.
 */
public interface CompileEnv {
  /** The global's value now, or null when it is not defined. */
  Object global(String name);

  /** Whether {@code value} is a @jit function. */
  boolean isJit(Object value);

  /**
   * The callee for a call of @jit function {@code value} with these argument types: the
   * function being compiled itself (self = true), or a signature compiled now.
   */
  CallTarget callee(Object value, List<ValueType> argTypes, int line);

}
