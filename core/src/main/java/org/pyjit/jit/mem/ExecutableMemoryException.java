package org.pyjit.jit.mem;

/**
 * Executable memory could not be had: the operating system refused a mapping or a protection
 * change, the code arena is full, or the platform is not Linux on x86-64. When this is
 * thrown, nothing the failed call asked for stays mapped or writable, so the caller simply
 * keeps running the function in the interpreter.
 */
public final class ExecutableMemoryException extends RuntimeException {
  public ExecutableMemoryException(String message) {
    super(message);
  }
}
