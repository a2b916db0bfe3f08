package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.jit.uop.RandomTraces;
import org.pyjit.jit.uop.Trace;
import org.pyjit.jit.uop.Uop;
import org.pyjit.jit.uop.UopFlag;

/**
 * The emitter's output is pinned: every benchmark trace and thousands of seeded random traces
 * (NativeDifferentialTest's generator and RandomTraces', unrolled as the backend does), with
 * and without register caching, are laid out and linked at fixed addresses, and a SHA-256 of
 * everything observable (bytes, size, frame bound, entry, starts, cached slots, the dump's
 * marks, and which traces are refused) must equal the digests below. Those were computed by
 * the emitter before its rewrite for speed (main at 3bfd293), so a faster emitter must produce
 * exactly the old bytes. The GOT holds libm addresses, which differ between processes: its
 * entries are hashed as the helpers' names. Each trace is also linked into a buffer full of
 * other bytes ({@code linkInto}, as installation does), which must give the same bytes.
 *
 * <p>To regenerate after a deliberate change of the emitted code, run with
 * {@code -Dpyjit.emitDigests=print} and copy the printed digests (with the reason in the commit).
 */
class EmittedBytesTest {
  static final StencilTable TABLE = StencilTableTest.TABLE;
  static final long EXIT_TABLE = 0x7f00_1234_5000L;
  static final long ADDRESS = 0x7f00_0100_0000L;

  static final Map<String, String> GOLDEN = Map.of(
      "benchmark", "4ac07f7dd16bf0a3f0de7b519fe12ba0e25e8ab45cf450a9f6ff0d71efec2707",
      "differential", "077220fa36a67499a55464c01099a45fb6fd7f111d317d2df04858172b168459",
      "random", "44bb55cf07e4f6a227fdb3cca0c96dc6e80b193e45341e3220b67c2c43a82962");

  @Test
  void benchmarkTracesEmitTheSameBytes() {
    check("benchmark", benchmarkDigests());
  }

  @Test
  void differentialTracesEmitTheSameBytes() {
    List<Uop> pool = new ArrayList<>();
    for (Uop u : Uop.values()) {
      if (u.has(UopFlag.NATIVE) && !NativeDifferentialTest.CONTROL.contains(u)) {
        pool.add(u);
      }
    }
    List<String> digests = new ArrayList<>();
    for (int seed = 0; seed < NativeDifferentialTest.TRACES; seed++) {
      // the same traces as NativeDifferentialTest's
      Random rnd = new Random(0x9E3779B97F4A7C15L * (seed + 1));
      boolean loop = rnd.nextBoolean();
      Trace trace = NativeDifferentialTest.randomTrace(rnd, pool, loop, seed);
      digests.add(traceDigest(trace));
    }
    check("differential", digests);
  }

  @Test
  void randomTracesEmitTheSameBytes() {
    List<String> digests = new ArrayList<>();
    for (int seed = 0; seed < 2000; seed++) {
      digests.add(traceDigest(RandomTraces.generate(seed).trace()));
    }
    check("random", digests);
  }

  /**
   * Installing links into a per-thread buffer that it reuses and grows: the pages hold exactly
   * the trace's bytes, for a small trace, one larger than the buffer's first size (16 KiB),
   * and a small one again after it.
   */
  @Test
  void installedCodeIsTheLinkedCode() {
    List<NativeOp> hundred = BenchmarkTraces.hundredUops();
    List<NativeOp> big = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      big.addAll(hundred.subList(0, hundred.size() - 1));
    }
    big.add(hundred.getLast());
    for (List<NativeOp> ops : List.of(hundred, big, BenchmarkTraces.intSum(true), hundred)) {
      try (NativeTrace t = NativeTrace.install(org.pyjit.jit.mem.CodeArena.shared(), "linked", TABLE, ops, 8, 3)) {
        byte[] expected = t.layout().link(t.code().address());
        assertThat(t.code().bytes()).isEqualTo(expected);
        if (ops == big) {
          assertThat(expected.length).isGreaterThan(16 * 1024);
        }
      }
    }
  }

  static List<String> benchmarkDigests() {
    List<List<NativeOp>> traces = List.of(BenchmarkTraces.hundredUops(),
        BenchmarkTraces.intSum(false), BenchmarkTraces.intSum(true), BenchmarkTraces.intSumUnrolled(),
        BenchmarkTraces.floatSquares(false), BenchmarkTraces.floatSquares(true),
        BenchmarkTraces.floatSquaresUnrolled());
    List<String> out = new ArrayList<>();
    long id = 1;
    for (List<NativeOp> ops : traces) {
      out.add(opsDigest(ops, id++));
    }
    return out;
  }

  private static String traceDigest(Trace trace) {
    List<NativeOp> ops;
    try {
      ops = NativeTrace.ops(NativeTrace.prepare(trace));
    } catch (StencilException e) {
      return "no stencil";
    }
    return opsDigest(ops, trace.id());
  }

  /** Both register settings of one trace, linked at a fixed address. */
  private static String opsDigest(List<NativeOp> ops, long traceId) {
    StringBuilder sb = new StringBuilder();
    for (boolean registers : new boolean[] {true, false}) {
      MessageDigest md = sha256();
      try {
        TraceEmitter.Layout l = TraceEmitter.layout(TABLE, ops, EXIT_TABLE, traceId, registers);
        byte[] code = l.link(ADDRESS);
        // into a used buffer (as NativeTrace installs): the same bytes, whatever was there
        java.util.Arrays.fill(DIRTY, (byte) 0xA5);
        l.linkInto(ADDRESS, DIRTY);
        assertThat(java.util.Arrays.copyOf(DIRTY, code.length)).isEqualTo(code);
        text(md, l.size() + " " + l.frameSlots() + " " + l.codeEnd() + " " + l.entry() + " "
            + java.util.Arrays.toString(l.cachedSlots()) + java.util.Arrays.toString(l.floatCachedSlots()));
        for (int i = 0; i <= l.uopCount(); i++) {
          text(md, " " + l.start(i));
        }
        text(md, l.marks().toString());
        int got = l.gotAt();
        md.update(code, 0, got);
        for (int at = got; at < code.length; at += 8) {
          text(md, helperName(java.nio.ByteBuffer.wrap(code, at, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong()));
        }
      } catch (StencilException e) {
        text(md, "refused");
      }
      sb.append(HexFormat.of().formatHex(md.digest()), 0, 16);
    }
    return sb.toString();
  }

  private static final byte[] DIRTY = new byte[1 << 16];
  private static final Map<Long, String> HELPER_NAMES = new HashMap<>();

  private static synchronized String helperName(long address) {
    if (HELPER_NAMES.isEmpty()) {
      for (Stencil s : TABLE.all().values()) {
        for (Hole h : s.holes()) {
          if (h.kind() == HoleKind.GOTPC32) {
            HELPER_NAMES.put(TraceEmitter.helper(h.symbol()), h.symbol());
          }
        }
      }
    }
    String name = HELPER_NAMES.get(address);
    assertThat(name).as("GOT entry %x is a helper's address", address).isNotNull();
    return name;
  }

  private static void check(String group, List<String> digests) {
    MessageDigest md = sha256();
    for (String d : digests) {
      text(md, d + "\n");
    }
    String all = HexFormat.of().formatHex(md.digest());
    if ("print".equals(System.getProperty("pyjit.emitDigests"))) {
      System.out.println("emitted-bytes digest " + group + " " + all);
      if (System.getProperty("pyjit.emitDigestsDir") != null) {
        try {
          java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("pyjit.emitDigestsDir"), group + ".txt"), digests);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    assertThat(new java.util.HashSet<>(digests)).as("distinct traces").hasSizeGreaterThan(digests.size() / 2);
    assertThat(all).as("digest of the %s traces' emitted code", group).isEqualTo(GOLDEN.get(group));
  }

  private static void text(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
