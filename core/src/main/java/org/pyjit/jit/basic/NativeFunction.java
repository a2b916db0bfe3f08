package org.pyjit.jit.basic;

/**
 * A compiled signature installed as native code, callable from Java: the arguments are
 * unboxed into native memory, the code runs, and the result comes back boxed, or one of the
 * deopt markers when a guard failed.
 */
public interface NativeFunction {
  /** A guard failed: run the call in the interpreter. */
  Object DEOPT = new Object();
  /** The native stack limit was reached: run the call and its nested calls interpreted. */
  Object DEOPT_STACK = new Object();

  /** Runs the code on arguments of the compiled types. */
  Object invoke(Object[] args);
}
