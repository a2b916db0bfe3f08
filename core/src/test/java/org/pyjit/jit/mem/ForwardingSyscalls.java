package org.pyjit.jit.mem;

/** The real system calls, passed on: tests override the one call they observe or refuse. */
class ForwardingSyscalls implements Syscalls {
  final Syscalls real = Posix.instance();

  @Override
  public long mmap(long fixedAt, long length, int prot, int flags) {
    return real.mmap(fixedAt, length, prot, flags);
  }

  @Override
  public void mprotect(long address, long length, int prot) {
    real.mprotect(address, length, prot);
  }

  @Override
  public void munmap(long address, long length) {
    real.munmap(address, length);
  }

  @Override
  public int pageSize() {
    return real.pageSize();
  }
}
