package org.pyjit.jit.x64;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs what the assembler emits on this CPU (System V ABI: integer arguments in rdi, rsi,
 * results in rax / xmm0) and checks the results against Java's definition of the same
 * operation, on seeded random and edge-case inputs. This checks meaning where the golden
 * files check bytes: flags for every Cond, Python-style floor division, loops, the constant
 * pool, external calls through relocations.
 */
class AssemblerExecutionTest {
  private static final FunctionDescriptor LL_L =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor L_L = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor D_D = FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE);
  private static final long[] EDGES = {0, 1, -1, 2, -2, 7, 127, 128, -128, -129, 255, 256,
      Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFFFFFFL, Long.MAX_VALUE, Long.MIN_VALUE,
      Long.MAX_VALUE - 1, Long.MIN_VALUE + 1};

  @BeforeAll
  static void onX86Linux() {
    assumeTrue(System.getProperty("os.arch").matches("amd64|x86_64")
        && System.getProperty("os.name").startsWith("Linux"), "needs x86-64 Linux");
  }

  private static MethodHandle compile(NativeCode[] keep, FunctionDescriptor fd,
      Consumer<Assembler> body) {
    Assembler a = new Assembler();
    body.accept(a);
    keep[0] = NativeCode.load(a.finish());
    return keep[0].function(0, fd);
  }

  private static long[] inputs(Random rnd, int n) {
    long[] v = new long[EDGES.length + n];
    System.arraycopy(EDGES, 0, v, 0, EDGES.length);
    for (int i = EDGES.length; i < v.length; i++) {
      v[i] = switch (i % 3) {
        case 0 -> rnd.nextLong();
        case 1 -> rnd.nextInt(2001) - 1000;
        default -> rnd.nextInt();
      };
    }
    return v;
  }

  /** What each condition means after {@code cmp a, b}, from the flag definitions of the SDM. */
  private static boolean holds(Cond c, long a, long b) {
    long d = a - b;
    boolean zf = d == 0;
    boolean sf = d < 0;
    boolean cf = Long.compareUnsigned(a, b) < 0;
    boolean of = ((a ^ b) & (a ^ d)) < 0;
    boolean pf = Integer.bitCount((int) (d & 0xFF)) % 2 == 0;
    return switch (c) {
      case O -> of;
      case NO -> !of;
      case B -> cf;
      case AE -> !cf;
      case E -> zf;
      case NE -> !zf;
      case BE -> cf || zf;
      case A -> !cf && !zf;
      case S -> sf;
      case NS -> !sf;
      case P -> pf;
      case NP -> !pf;
      case L -> sf != of;
      case GE -> sf == of;
      case LE -> zf || sf != of;
      case G -> !zf && sf == of;
    };
  }

  @Test
  void everyConditionMeansWhatTheManualSays() throws Throwable {
    Random rnd = new Random(4);
    long[] v = inputs(rnd, 60);
    for (Cond c : Cond.values()) {
      NativeCode[] keep = new NativeCode[1];
      // setcc, then cmov and jcc computing the same bit: three readings of one flag state.
      MethodHandle f = compile(keep, LL_L, a -> {
        Label no = new Label();
        a.xorl(Reg.R8, Reg.R8);
        a.movl(Reg.R9, 1);
        a.xorl(Reg.RAX, Reg.RAX);
        a.cmpq(Reg.RDI, Reg.RSI);
        a.setcc(c, Reg.RAX);
        a.cmovq(c, Reg.R8, Reg.R9);
        a.jcc(c.negate(), no);
        a.addq(Reg.RAX, 4);
        a.bind(no);
        a.shlq(Reg.R8, 1);
        a.orq(Reg.RAX, Reg.R8);
        a.ret();
      });
      try (NativeCode code = keep[0]) {
        for (long x : v) {
          for (long y : new long[] {x, x + 1, x - 1, v[rnd.nextInt(v.length)]}) {
            long want = holds(c, x, y) ? 7 : 0;
            assertThat((long) f.invokeExact(x, y)).as("%s after cmp %d, %d", c, x, y)
                .isEqualTo(want);
          }
        }
      }
    }
  }

  @Test
  void pythonFloorDivisionAndModulo() throws Throwable {
    NativeCode[] keep = new NativeCode[2];
    // q = a // b: trunc quotient, minus one when the remainder's sign differs from b's.
    MethodHandle div = compile(keep, LL_L, a -> {
      Label done = new Label();
      a.movq(Reg.RAX, Reg.RDI);
      a.cqo();
      a.idivq(Reg.RSI);
      a.testq(Reg.RDX, Reg.RDX);
      a.jcc(Cond.E, done);
      a.xorq(Reg.RDX, Reg.RSI);
      a.jccShort(Cond.NS, done);
      a.decq(Reg.RAX);
      a.bind(done);
      a.ret();
    });
    NativeCode[] keep2 = new NativeCode[1];
    MethodHandle mod = compile(keep2, LL_L, a -> {
      Label done = new Label();
      a.movq(Reg.RAX, Reg.RDI);
      a.cqo();
      a.idivq(Reg.RSI);
      a.leaq(Reg.RCX, Mem.at(Reg.RDX, Reg.RSI, 1, 0));
      a.testq(Reg.RDX, Reg.RDX);
      a.jcc(Cond.E, done);
      a.movq(Reg.R8, Reg.RDX);
      a.xorq(Reg.R8, Reg.RSI);
      a.cmovq(Cond.S, Reg.RDX, Reg.RCX);
      a.bind(done);
      a.movq(Reg.RAX, Reg.RDX);
      a.ret();
    });
    try (NativeCode c1 = keep[0]; NativeCode c2 = keep2[0]) {
      Random rnd = new Random(11);
      long[] v = inputs(rnd, 300);
      for (long x : v) {
        for (int k = 0; k < 4; k++) {
          long y = v[rnd.nextInt(v.length)];
          if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
            continue; // the CPU traps on these; Python's semantics there are a guard's job
          }
          assertThat((long) div.invokeExact(x, y)).as("%d // %d", x, y)
              .isEqualTo(Math.floorDiv(x, y));
          assertThat((long) mod.invokeExact(x, y)).as("%d %% %d", x, y)
              .isEqualTo(Math.floorMod(x, y));
        }
      }
    }
  }

  @Test
  void shiftsAndRotatesByClAndBitCounts() throws Throwable {
    record Op(String name, Consumer<Assembler> emit, java.util.function.LongBinaryOperator want) {}
    Op[] ops = {
      new Op("shl", a -> a.shlq(Reg.RAX), (x, n) -> x << n),
      new Op("shr", a -> a.shrq(Reg.RAX), (x, n) -> x >>> n),
      new Op("sar", a -> a.sarq(Reg.RAX), (x, n) -> x >> n),
      new Op("rol", a -> a.rolq(Reg.RAX), (x, n) -> Long.rotateLeft(x, (int) n)),
      new Op("ror", a -> a.rorq(Reg.RAX), (x, n) -> Long.rotateRight(x, (int) n)),
      new Op("popcnt", a -> a.popcntq(Reg.RAX, Reg.RDI), (x, n) -> Long.bitCount(x)),
      new Op("lzcnt", a -> a.lzcntq(Reg.RAX, Reg.RDI), (x, n) -> Long.numberOfLeadingZeros(x)),
      new Op("tzcnt", a -> a.tzcntq(Reg.RAX, Reg.RDI), (x, n) -> Long.numberOfTrailingZeros(x)),
      new Op("bswap", a -> a.bswapq(Reg.RAX), (x, n) -> Long.reverseBytes(x)),
      new Op("imul3", a -> a.imulq(Reg.RAX, Reg.RDI, -1000), (x, n) -> x * -1000),
    };
    Random rnd = new Random(5);
    long[] v = inputs(rnd, 100);
    for (Op op : ops) {
      NativeCode[] keep = new NativeCode[1];
      MethodHandle f = compile(keep, LL_L, a -> {
        a.movq(Reg.RCX, Reg.RSI);
        a.movq(Reg.RAX, Reg.RDI);
        op.emit().accept(a);
        a.ret();
      });
      try (NativeCode code = keep[0]) {
        for (long x : v) {
          long n = rnd.nextInt(64);
          assertThat((long) f.invokeExact(x, n)).as("%s %d %d", op.name(), x, n)
              .isEqualTo(op.want().applyAsLong(x, n));
        }
      }
    }
  }

  @Test
  void loopOverNativeArray() throws Throwable {
    NativeCode[] keep = new NativeCode[1];
    MethodHandle sum = compile(keep, FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG), a -> {
      Label loop = new Label();
      Label end = new Label();
      a.xorl(Reg.RAX, Reg.RAX);
      a.xorl(Reg.RCX, Reg.RCX);
      a.testq(Reg.RSI, Reg.RSI);
      a.jcc(Cond.LE, end);
      a.align(16);
      a.bind(loop);
      a.addq(Reg.RAX, Mem.at(Reg.RDI, Reg.RCX, 8, 0));
      a.incq(Reg.RCX);
      a.cmpq(Reg.RCX, Reg.RSI);
      a.jcc(Cond.L, loop);
      a.bind(end);
      a.ret();
    });
    try (NativeCode code = keep[0]; Arena arena = Arena.ofConfined()) {
      Random rnd = new Random(3);
      for (int n : new int[] {0, 1, 2, 17, 1000}) {
        MemorySegment arr = arena.allocate(JAVA_LONG, Math.max(n, 1));
        long want = 0;
        for (int i = 0; i < n; i++) {
          long x = rnd.nextLong();
          arr.setAtIndex(JAVA_LONG, i, x);
          want += x;
        }
        assertThat((long) sum.invokeExact(arr, (long) n)).isEqualTo(want);
      }
    }
  }

  @Test
  void doublesWithThePool() throws Throwable {
    NativeCode[] keep = new NativeCode[1];
    // floor(|x|) * 2.5 + sqrt(|x|) - max(x, -1.0), then through int64 and back when small.
    MethodHandle f = compile(keep, D_D, a -> {
      Label big = new Label();
      a.movapd(Xmm.XMM2, Xmm.XMM0);
      a.andpd(Xmm.XMM0, a.const128(Long.MAX_VALUE, Long.MAX_VALUE));
      a.sqrtsd(Xmm.XMM1, Xmm.XMM0);
      a.roundsd(Xmm.XMM0, Xmm.XMM0, 1);
      a.mulsd(Xmm.XMM0, a.constDouble(2.5));
      a.addsd(Xmm.XMM0, Xmm.XMM1);
      a.maxsd(Xmm.XMM2, a.constDouble(-1.0));
      a.subsd(Xmm.XMM0, Xmm.XMM2);
      a.movsd(Xmm.XMM3, a.constDouble(1e15));
      a.ucomisd(Xmm.XMM3, Xmm.XMM0); // unordered (NaN) sets PF; above means |r| < 1e15
      a.jcc(Cond.P, big);
      a.jcc(Cond.BE, big);
      a.cvttsd2siq(Reg.RAX, Xmm.XMM0);
      a.cvtsi2sdq(Xmm.XMM0, Reg.RAX);
      a.bind(big);
      a.ret();
    });
    try (NativeCode code = keep[0]) {
      Random rnd = new Random(9);
      double[] edge = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.75, -2.75, 1e300, -1e300, 1e-300,
          Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
      for (int i = 0; i < edge.length + 500; i++) {
        double x = i < edge.length ? edge[i]
            : (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20);
        double r = Math.floor(Math.abs(x)) * 2.5 + Math.sqrt(Math.abs(x)) - Math.max(x, -1.0);
        // maxsd returns its second operand when either is NaN, unlike Math.max.
        if (Double.isNaN(x)) {
          r = Math.floor(Math.abs(x)) * 2.5 + Math.sqrt(Math.abs(x)) - (-1.0);
        }
        double want = !Double.isNaN(r) && 1e15 > r ? (double) (long) r : r;
        double got = (double) f.invokeExact(x);
        assertThat(Double.doubleToRawLongBits(got)).as("f(%s) = %s, want %s", x, got, want)
            .isEqualTo(Double.doubleToRawLongBits(want));
      }
    }
  }

  @Test
  void externalCallsThroughBothRelocationKinds() throws Throwable {
    // The helper at 0, the caller after it; linked together in one mapping.
    Assembler h = new Assembler();
    h.leaq(Reg.RAX, Mem.at(Reg.RDI, Reg.RDI, 2, 1)); // 3x + 1
    h.ret();
    MachineCode helper = h.finish();
    Assembler c = new Assembler();
    c.push(Reg.RBX); // keeps rsp 16-aligned at the calls
    c.movq(Reg.RBX, Reg.RDI);
    c.callExternal("helper"); // PC32
    c.movq(Reg.RDI, Reg.RAX);
    c.movabs(Reg.R11, "helper"); // ABS64
    c.call(Reg.R11);
    c.addq(Reg.RAX, Reg.RBX);
    c.pop(Reg.RBX);
    c.ret();
    MachineCode caller = c.finish();
    int callerAt = 64;
    try (NativeCode code = NativeCode.load(callerAt + caller.size(), base -> {
      byte[] all = new byte[callerAt + caller.size()];
      System.arraycopy(helper.link(base, s -> 0), 0, all, 0, helper.size());
      byte[] linked = caller.link(base + callerAt, s -> {
        assertThat(s).isEqualTo("helper");
        return base;
      });
      System.arraycopy(linked, 0, all, callerAt, linked.length);
      return all;
    })) {
      MethodHandle f = code.function(callerAt, L_L);
      for (long x : new long[] {0, 1, -5, 1000, 123456789}) {
        assertThat((long) f.invokeExact(x)).isEqualTo(3 * (3 * x + 1) + 1 + x);
      }
    }
  }
}
