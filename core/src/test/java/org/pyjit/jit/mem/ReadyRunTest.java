package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ready run of {@link CodeArena}: small installs share one read-write mprotect and each
 * needs only its flip to read-execute; pages handed out from the run were never executable,
 * code pages are never writable again, and an idle arena gives the run back.
 */
class ReadyRunTest {
  /** The real calls, recording every protection asked for. */
  static final class CountingSyscalls extends ForwardingSyscalls {
    final List<Integer> protections = new ArrayList<>();

    @Override
    public void mprotect(long address, long length, int prot) {
      protections.add(prot);
      super.mprotect(address, length, prot);
    }
  }

  private static final int RW = Posix.PROT_READ | Posix.PROT_WRITE;
  private static final int RX = Posix.PROT_READ | Posix.PROT_EXEC;

  @Test
  void smallInstallsTakeOneProtectionChangeEachPlusOnePerRun() {
    CountingSyscalls sys = new CountingSyscalls();
    CodeArena arena = new CodeArena(sys, 4 << 20);
    int installs = 2 * CodeArena.READY_PAGES + 3; // three runs, the last one partly used
    List<InstalledCode> live = new ArrayList<>();
    for (int i = 0; i < installs; i++) {
      long v = 1000 + i;
      live.add(arena.install("f" + i, 11, a -> CodeArenaTest.returning(v)));
    }
    assertThat(sys.protections.stream().filter(p -> p == RX)).hasSize(installs);
    assertThat(sys.protections.stream().filter(p -> p == RW)).hasSize(3);
    assertThat(arena.usedBytes()).isEqualTo((long) installs * arena.pageSize());
    ProcMaps maps = ProcMaps.read();
    assertThat(maps.writableAndExecutable(arena.base(), arena.base() + arena.reservedBytes())).isEmpty();
    for (int i = 0; i < installs; i++) {
      assertThat(maps.protAt(live.get(i).address())).isEqualTo("r-x");
      assertThat(CodeArenaTest.LONG_VOID.invokeLong(live.get(i))).isEqualTo(1000 + i);
    }
    // the rest of the last run is read-write and was never handed out
    long lastEnd = live.getLast().address() + arena.pageSize();
    assertThat(maps.protAt(lastEnd)).isEqualTo("rw-");
    live.forEach(InstalledCode::close);
    assertThat(arena.usedBytes()).isZero();
    assertThat(arena.freeRangeCount()).isEqualTo(1);
    assertThat(ProcMaps.read().within(arena.base(), arena.base() + arena.reservedBytes()))
        .allSatisfy(m -> assertThat(m.prot()).isEqualTo("---"));
    arena.close();
  }

  @Test
  void releasedCodePagesAreNeverWritableAgainWhileTheRunServesNewCode() {
    CountingSyscalls sys = new CountingSyscalls();
    CodeArena arena = new CodeArena(sys, 4 << 20);
    InstalledCode keep = arena.install("keep", 11, a -> CodeArenaTest.returning(1));
    InstalledCode gone = arena.install("gone", 11, a -> CodeArenaTest.returning(2));
    long goneAt = gone.address();
    gone.close();
    assertThat(ProcMaps.read().protAt(goneAt)).isEqualTo("---");
    InstalledCode next = arena.install("next", 11, a -> CodeArenaTest.returning(3));
    assertThat(next.address()).isNotEqualTo(goneAt); // from the run, not the old code page
    assertThat(CodeArenaTest.LONG_VOID.invokeLong(next)).isEqualTo(3);
    assertThat(sys.protections).doesNotContain(RW | Posix.PROT_EXEC);
    // a request larger than a run is made read-write on its own
    int big = (CodeArena.READY_PAGES + 1) * arena.pageSize();
    try (InstalledCode large = arena.install("large", big, a -> CodeArenaTest.nopsThenReturning(big, 4))) {
      assertThat(CodeArenaTest.LONG_VOID.invokeLong(large)).isEqualTo(4);
    }
    keep.close();
    next.close();
    assertThat(arena.usedBytes()).isZero();
    arena.close();
  }
}
