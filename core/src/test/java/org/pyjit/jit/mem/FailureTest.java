package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Refused system calls and failing linkers: a clear exception, and nothing left mapped or writable. */
class FailureTest {
  /** The real calls, except that the n-th mprotect to a given protection is refused as the kernel would. */
  static final class RefusingSyscalls extends ForwardingSyscalls {
    int refuseProt = -1;
    int protectCalls;

    @Override
    public void mprotect(long address, long length, int prot) {
      protectCalls++;
      if (prot == refuseProt) {
        throw new ExecutableMemoryException("mprotect(" + Posix.describe(address, length, prot)
            + ") failed: Permission denied (errno 13)");
      }
      super.mprotect(address, length, prot);
    }
  }

  private static void assertArenaUntouched(CodeArena arena) {
    assertThat(arena.usedBytes()).isZero();
    assertThat(ProcMaps.read().within(arena.base(), arena.base() + arena.reservedBytes()))
        .allSatisfy(m -> assertThat(m.prot()).isEqualTo("---"));
  }

  @Test
  void anAbsurdReservationIsRefusedWithTheErrnoText() {
    assertThatThrownBy(() -> CodeArena.create(1L << 60))
        .isInstanceOf(ExecutableMemoryException.class)
        .hasMessageContaining("mmap(")
        .hasMessageContaining("Cannot allocate memory (errno 12)");
  }

  @Test
  void aRefusedFlipToExecutableLeavesNothingWritable() {
    RefusingSyscalls sys = new RefusingSyscalls();
    CodeArena arena = new CodeArena(sys, 1 << 20);
    sys.refuseProt = Posix.PROT_READ | Posix.PROT_EXEC;
    assertThatThrownBy(() -> arena.install("f", 11, a -> CodeArenaTest.returning(1)))
        .isInstanceOf(ExecutableMemoryException.class)
        .hasMessageContaining("Permission denied");
    assertArenaUntouched(arena);
    sys.refuseProt = -1;
    try (InstalledCode code = arena.install("g", 11, a -> CodeArenaTest.returning(2))) {
      assertThat(CodeArenaTest.LONG_VOID.invokeLong(code)).isEqualTo(2);
    }
    arena.close();
  }

  @Test
  void aRefusedWritableMappingFailsBeforeTheLinkerRuns() {
    RefusingSyscalls sys = new RefusingSyscalls();
    CodeArena arena = new CodeArena(sys, 1 << 20);
    sys.refuseProt = Posix.PROT_READ | Posix.PROT_WRITE;
    boolean[] linked = new boolean[1];
    assertThatThrownBy(() -> arena.install("f", 11, a -> {
      linked[0] = true;
      return CodeArenaTest.returning(1);
    })).isInstanceOf(ExecutableMemoryException.class);
    assertThat(linked[0]).isFalse();
    assertThatThrownBy(() -> arena.allocateData("d", 8)).isInstanceOf(ExecutableMemoryException.class);
    assertArenaUntouched(arena);
    arena.close();
  }

  @Test
  void aFailingLinkerReleasesThePages() {
    CodeArena arena = CodeArena.create(1 << 20);
    assertThatThrownBy(() -> arena.install("f", 11, a -> {
      throw new IllegalStateException("rel32 out of range");
    })).isInstanceOf(IllegalStateException.class).hasMessage("rel32 out of range");
    assertThatThrownBy(() -> arena.install("f", 11, a -> new byte[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returned 10 bytes instead of 11");
    assertArenaUntouched(arena);
    arena.close();
  }

  @Test
  void aFullArenaSaysSo() {
    CodeArena arena = CodeArena.create(4 * 4096);
    List<InstalledCode> three = arena.installAll(List.of(
        new CodePiece("big", 3 * arena.pageSize() - 16, a -> new byte[3 * arena.pageSize() - 16])));
    assertThatThrownBy(() -> arena.install("more", 2 * arena.pageSize(), a -> new byte[2 * arena.pageSize()]))
        .isInstanceOf(ExecutableMemoryException.class)
        .hasMessageContaining("code arena is full");
    three.forEach(InstalledCode::close);
    assertArenaUntouched(arena);
    arena.close();
  }

  @Test
  void theSharedArenaExistsAndCannotBeClosed() {
    CodeArena shared = CodeArena.shared();
    assertThat(shared.reservedBytes()).isEqualTo(CodeArena.DEFAULT_RESERVATION);
    assertThat(CodeArena.shared()).isSameAs(shared);
    assertThatThrownBy(shared::close).isInstanceOf(IllegalStateException.class);
  }
}
