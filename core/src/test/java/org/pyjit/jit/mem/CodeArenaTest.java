package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeArenaTest {
  /** The seed's hand-written add: push rbp; mov rbp, rsp; mov rax, rdi; add rax, rsi; pop rbp; ret. */
  static final byte[] SEED_ADD = HexFormat.of().parseHex("554889e54889f84801f05dc3");

  static final NativeSignature LONG_LONG_LONG =
      NativeSignature.of(NativeType.I64, NativeType.I64, NativeType.I64);
  static final NativeSignature LONG_VOID = NativeSignature.of(NativeType.I64);

  private CodeArena arena;

  @BeforeEach
  void reserve() {
    arena = CodeArena.create(16L << 20);
  }

  @AfterEach
  void unreserve() {
    arena.close();
    assertThat(ProcMaps.read().within(arena.base(), arena.base() + arena.reservedBytes())).isEmpty();
  }

  /** mov rax, imm64; ret. */
  static byte[] returning(long value) {
    byte[] b = new byte[11];
    b[0] = 0x48;
    b[1] = (byte) 0xB8;
    for (int i = 0; i < 8; i++) {
      b[2 + i] = (byte) (value >>> (8 * i));
    }
    b[10] = (byte) 0xC3;
    return b;
  }

  /** {@code size} bytes: nops leading into mov rax, imm64; ret, so every byte is executed or run through. */
  static byte[] nopsThenReturning(int size, long value) {
    byte[] code = new byte[size];
    java.util.Arrays.fill(code, (byte) 0x90);
    byte[] tail = returning(value);
    System.arraycopy(tail, 0, code, size - tail.length, tail.length);
    return code;
  }

  @Test
  void seedFunctionAddsItsArguments() throws Throwable {
    try (InstalledCode add = arena.install("add", SEED_ADD.length, address -> SEED_ADD)) {
      assertThat((long) LONG_LONG_LONG.handle().invokeExact(add.entry(), 1L, 2L)).isEqualTo(3L);
      assertThat(LONG_LONG_LONG.invokeLong(add, 40L, 2L)).isEqualTo(42L);
      assertThat(LONG_LONG_LONG.invokeLong(add, Long.MAX_VALUE, 1L)).isEqualTo(Long.MIN_VALUE);
      assertThat(add.bytes()).isEqualTo(SEED_ADD);
      assertThat(arena.contains(add.address())).isTrue();
    }
  }

  @Test
  void pagesAreWritableOnlyBeforeTheyAreExecutable() {
    List<InstalledCode> live = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long value = 1000 + i;
      AtomicReference<String> protWhileLinking = new AtomicReference<>();
      AtomicReference<List<ProcMaps.Mapping>> wxWhileLinking = new AtomicReference<>();
      InstalledCode code = arena.install("f" + i, 11, address -> {
        ProcMaps maps = ProcMaps.read();
        protWhileLinking.set(maps.protAt(address));
        wxWhileLinking.set(maps.writableAndExecutable(arena.base(), arena.base() + arena.reservedBytes()));
        return returning(value);
      });
      live.add(code);
      assertThat(protWhileLinking.get()).isEqualTo("rw-");
      assertThat(wxWhileLinking.get()).isEmpty();
      ProcMaps after = ProcMaps.read();
      assertThat(after.writableAndExecutable(arena.base(), arena.base() + arena.reservedBytes())).isEmpty();
      for (InstalledCode c : live) {
        assertThat(after.protAt(c.address())).isEqualTo("r-x");
      }
    }
    for (int i = 0; i < live.size(); i++) {
      assertThat(LONG_VOID.invokeLong(live.get(i))).isEqualTo(1000 + i);
    }
    live.forEach(InstalledCode::close);
  }

  @Test
  void closeReturnsThePagesAndMakesThemInaccessible() {
    InstalledCode code = arena.install("once", 11, a -> returning(7));
    long address = code.address();
    assertThat(arena.usedBytes()).isEqualTo(arena.pageSize());
    code.close();
    assertThat(code.isReleased()).isTrue();
    assertThat(arena.usedBytes()).isZero();
    assertThat(ProcMaps.read().protAt(address)).isEqualTo("---");
    assertThatThrownBy(() -> LONG_VOID.invokeLong(code)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(code::bytes).isInstanceOf(IllegalStateException.class);
    code.close(); // a second close does nothing
    assertThat(arena.freeRangeCount()).isEqualTo(1);
  }

  @Test
  void unreachableCodeIsReleased() throws InterruptedException {
    long address = installAndForget();
    assertThat(arena.usedBytes()).isEqualTo(arena.pageSize());
    for (int i = 0; i < 200 && arena.usedBytes() != 0; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(arena.usedBytes()).isZero();
    assertThat(ProcMaps.read().protAt(address)).isEqualTo("---");
  }

  private long installAndForget() {
    InstalledCode code = arena.install("forgotten", 11, a -> returning(9));
    assertThat(LONG_VOID.invokeLong(code)).isEqualTo(9);
    return code.address();
  }

  @Test
  void keepAliveHoldsCalleesAsLongAsTheCaller() throws InterruptedException {
    InstalledCode caller = arena.install("caller", 11, a -> returning(1));
    installCallee(caller);
    for (int i = 0; i < 20; i++) {
      System.gc();
      Thread.sleep(5);
    }
    assertThat(arena.usedBytes()).isEqualTo(2L * arena.pageSize());
    caller.close(); // lets the callee go
    for (int i = 0; i < 200 && arena.usedBytes() != 0; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(arena.usedBytes()).isZero();
  }

  private void installCallee(InstalledCode caller) {
    caller.keepAlive(arena.install("callee", 11, a -> returning(2)));
  }

  @Test
  void codeIsNotReleasedWhileAThreadIsInsideIt() throws Exception {
    // flag at +0 (Java sets it to let the code return), "entered" at +8 (the code sets it)
    byte[] spin = HexFormat.of().parseHex(
        "48c7470801000000" // mov qword [rdi+8], 1
        + "f390" //           L: pause
        + "488b07" //         mov rax, [rdi]
        + "4885c0" //         test rax, rax
        + "74f6" //           jz L
        + "c3"); //           ret
    NativeSignature sig = NativeSignature.of(NativeType.I64, NativeType.I64);
    try (NativeData flags = arena.allocateData("flags", 16);
        InstalledCode code = arena.install("spin", spin.length, a -> spin)) {
      VarHandle slot = ValueLayout.JAVA_LONG.varHandle();
      MethodHandle handle = sig.handle();
      Thread inside = new Thread(() -> {
        try {
          long r = (long) handle.invokeExact(code.guardedEntry(), flags.address());
        } catch (Throwable t) {
          throw new AssertionError(t);
        }
      });
      inside.start();
      while ((long) slot.getVolatile(flags.segment(), 8L) == 0) {
        Thread.onSpinWait();
      }
      assertThatThrownBy(code::close).isInstanceOf(IllegalStateException.class);
      assertThat(code.isReleased()).isFalse();
      slot.setVolatile(flags.segment(), 0L, 1L);
      inside.join();
    }
    assertThat(arena.usedBytes()).isZero();
  }

  @Test
  void dataPagesAreReadWriteAndNeverExecutable() {
    try (NativeData data = arena.allocateData("counters", 100)) {
      assertThat(data.size()).isEqualTo(100);
      assertThat(data.segment().get(ValueLayout.JAVA_LONG, 8)).isZero();
      data.segment().set(ValueLayout.JAVA_LONG, 8, 123);
      assertThat(data.segment().get(ValueLayout.JAVA_LONG, 8)).isEqualTo(123);
      assertThat(ProcMaps.read().protAt(data.address())).isEqualTo("rw-");
      assertThat(arena.contains(data.address())).isTrue();
    }
    assertThat(arena.usedBytes()).isZero();
  }

  @Test
  void batchSharesPagesAndPiecesSeeEachOthersAddresses() {
    long[][] seen = new long[2][];
    List<InstalledCode> both = arena.installAll(List.of(
        new CodePiece("a", 11, addrs -> { seen[0] = addrs; return returning(addrs[1]); }),
        new CodePiece("b", 11, addrs -> { seen[1] = addrs; return returning(addrs[0]); })));
    InstalledCode a = both.get(0);
    InstalledCode b = both.get(1);
    assertThat(seen[0]).containsExactly(a.address(), b.address());
    assertThat(b.address() - a.address()).isEqualTo(16);
    assertThat(LONG_VOID.invokeLong(a)).isEqualTo(b.address());
    assertThat(LONG_VOID.invokeLong(b)).isEqualTo(a.address());
    assertThat(arena.usedBytes()).isEqualTo(arena.pageSize());
    a.close();
    assertThat(arena.usedBytes()).isEqualTo(arena.pageSize()); // b still lives on that page
    assertThat(LONG_VOID.invokeLong(b)).isEqualTo(a.address());
    b.close();
    assertThat(arena.usedBytes()).isZero();
  }

  @Test
  void seededRandomInstallsAndReleases() {
    java.util.Random random = new java.util.Random(20261122);
    List<InstalledCode> live = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    int page = arena.pageSize();
    for (int step = 0; step < 400; step++) {
      if (!live.isEmpty() && random.nextInt(3) == 0) {
        int i = random.nextInt(live.size());
        live.remove(i).close();
        values.remove(i);
      } else if (random.nextInt(4) == 0) {
        int n = 1 + random.nextInt(4);
        List<CodePiece> pieces = new ArrayList<>();
        List<Long> batchValues = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          long v = random.nextLong();
          int size = 11 + random.nextInt(3 * page);
          batchValues.add(v);
          pieces.add(new CodePiece("batch" + step + "_" + k, size, addrs -> nopsThenReturning(size, v)));
        }
        live.addAll(arena.installAll(pieces));
        values.addAll(batchValues);
      } else {
        long v = random.nextLong();
        int size = 11 + random.nextInt(random.nextBoolean() ? 64 : 5 * page);
        live.add(arena.install("f" + step, size, a -> nopsThenReturning(size, v)));
        values.add(v);
      }
      if (step % 25 == 0) {
        assertThat(ProcMaps.read().writableAndExecutable(arena.base(), arena.base() + arena.reservedBytes()))
            .isEmpty();
      }
      for (int i = 0; i < live.size(); i++) {
        assertThat(LONG_VOID.invokeLong(live.get(i))).as(live.get(i).name()).isEqualTo(values.get(i));
      }
    }
    ProcMaps maps = ProcMaps.read();
    for (InstalledCode c : live) {
      assertThat(maps.protAt(c.address())).isEqualTo("r-x");
      assertThat(maps.protAt(c.address() + c.size() - 1)).isEqualTo("r-x");
    }
    live.forEach(InstalledCode::close);
    assertThat(arena.usedBytes()).isZero();
    assertThat(arena.freeRangeCount()).isEqualTo(1);
    assertThat(ProcMaps.read().within(arena.base(), arena.base() + arena.reservedBytes()))
        .allSatisfy(m -> assertThat(m.prot()).isEqualTo("---"));
  }

  @Test
  void threadsInstallAndReleaseConcurrently() throws Exception {
    int threads = 4;
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      long seed = t;
      workers.add(new Thread(() -> {
        try {
          java.util.Random random = new java.util.Random(seed);
          List<InstalledCode> mine = new ArrayList<>();
          List<Long> values = new ArrayList<>();
          for (int step = 0; step < 150; step++) {
            if (!mine.isEmpty() && random.nextInt(3) == 0) {
              int i = random.nextInt(mine.size());
              mine.remove(i).close();
              values.remove(i);
            } else {
              long v = random.nextLong();
              int size = 11 + random.nextInt(2 * arena.pageSize());
              mine.add(arena.install("t" + seed + "_" + step, size, a -> nopsThenReturning(size, v)));
              values.add(v);
            }
            for (int i = 0; i < mine.size(); i++) {
              assertThat(LONG_VOID.invokeLong(mine.get(i))).isEqualTo(values.get(i));
            }
          }
          mine.forEach(InstalledCode::close);
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join();
    }
    assertThat(failures).isEmpty();
    assertThat(arena.usedBytes()).isZero();
    assertThat(arena.freeRangeCount()).isEqualTo(1);
  }

  @Test
  void perfMapNamesEachInstalledPiece() throws Exception {
    boolean existed = Files.exists(PerfMap.path());
    System.setProperty("pyjit.perfMap", "true");
    try (InstalledCode code = arena.install("py::demo:perf test", 11, a -> returning(5))) {
      String expected = Long.toHexString(code.address()) + " b py::demo:perf_test";
      assertThat(Files.readAllLines(PerfMap.path())).contains(expected);
    } finally {
      System.clearProperty("pyjit.perfMap");
      if (!existed) {
        Files.deleteIfExists(PerfMap.path());
      }
    }
  }
}
