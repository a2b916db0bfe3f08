package org.pyjit.jit.mem;

/**
 * The four memory system calls the code arena needs, as an interface so that tests can inject
 * failures ({@link Posix} is the real one). Every method either succeeds or throws
 * {@link ExecutableMemoryException} whose message names the call and the errno text; none
 * returns an error code.
 */
interface Syscalls {
  /** mmap(2) of anonymous private memory; {@code fixedAt} 0 lets the kernel choose. */
  long mmap(long fixedAt, long length, int prot, int flags);

  /** mprotect(2) of whole pages. */
  void mprotect(long address, long length, int prot);

  /** munmap(2) of whole pages. */
  void munmap(long address, long length);

  /** The size of a page in bytes (a power of two). */
  int pageSize();
}
