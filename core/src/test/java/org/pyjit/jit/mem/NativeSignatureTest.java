package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NativeSignatureTest {
  private static final NativeType I64 = NativeType.I64;
  private static final NativeType F64 = NativeType.F64;
  /** The SysV integer argument registers as ModRM reg numbers: rdi rsi rdx rcx r8 r9. */
  private static final int[] INT_REGS = {7, 6, 2, 1, 8, 9};

  @Test
  void signaturesAreCachedAndSpelledLikeJvmDescriptors() {
    NativeSignature s = NativeSignature.of(F64, I64, F64);
    assertThat(NativeSignature.of(F64, I64, F64)).isSameAs(s);
    assertThat(s).hasToString("(JD)D");
    assertThat(s.handle().type().toMethodDescriptorString())
        .isEqualTo("(Ljava/lang/foreign/MemorySegment;JD)D");
    assertThatThrownBy(() -> NativeSignature.of(I64, NativeType.VOID))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void doubleArgumentsAndResult() throws Throwable {
    byte[] addsd = HexFormat.of().parseHex("f20f58c1c3"); // addsd xmm0, xmm1; ret
    NativeSignature sig = NativeSignature.of(F64, F64, F64);
    try (InstalledCode add = CodeArena.shared().install("addsd", addsd.length, a -> addsd)) {
      assertThat((double) sig.handle().invokeExact(add.entry(), 1.5, 2.25)).isEqualTo(3.75);
      assertThat(sig.invokeDouble(add, Double.doubleToRawLongBits(0.1), Double.doubleToRawLongBits(0.2)))
          .isEqualTo(0.1 + 0.2);
      assertThatThrownBy(() -> sig.invokeLong(add, 0, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sig.invoke(add, 0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * Native code that stores every argument of a signature, in order, into the buffer its first
   * argument points to, then returns the number of arguments. Where each argument arrives is
   * worked out here from the SysV rules (six integer registers, the first being the buffer;
   * eight xmm registers; the rest on the stack in order), independently of the linker.
   */
  static byte[] storeAll(NativeType[] params) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int ints = 1; // rdi holds the buffer
    int xmms = 0;
    int stack = 0;
    for (int i = 1; i < params.length; i++) {
      int disp = 8 * (i - 1);
      if (params[i] == I64 && ints < 6) {
        int reg = INT_REGS[ints++];
        emit(out, 0x48 | (reg >= 8 ? 4 : 0), 0x89, 0x87 | (reg & 7) << 3); // mov [rdi+disp32], reg
        emit32(out, disp);
      } else if (params[i] == F64 && xmms < 8) {
        int reg = xmms++;
        emit(out, 0xF2, 0x0F, 0x11, 0x87 | reg << 3); // movsd [rdi+disp32], xmm
        emit32(out, disp);
      } else {
        int from = 8 + 8 * stack++; // above the return address
        emit(out, 0x48, 0x8B, 0x84, 0x24); // mov rax, [rsp+disp32]
        emit32(out, from);
        emit(out, 0x48, 0x89, 0x87); // mov [rdi+disp32], rax
        emit32(out, disp);
      }
    }
    emit(out, 0x48, 0xC7, 0xC0); // mov rax, imm32
    emit32(out, params.length - 1);
    emit(out, 0xC3);
    return out.toByteArray();
  }

  private static void emit(ByteArrayOutputStream out, int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
  }

  private static void emit32(ByteArrayOutputStream out, int v) {
    emit(out, v & 0xFF, v >>> 8 & 0xFF, v >>> 16 & 0xFF, v >>> 24 & 0xFF);
  }

  @Test
  void twentyMixedArgumentsArriveWhereTheAbiPutsThem() throws Throwable {
    // 1 pointer + 20 arguments: 12 longs (5 in registers, 7 on the stack), 8 doubles in xmm0-7
    // and then interleaved on the stack with them
    NativeType[] params = new NativeType[21];
    params[0] = I64;
    String pattern = "JDJDJJDDJDJJDJJDJJDJ";
    for (int i = 0; i < 20; i++) {
      params[i + 1] = pattern.charAt(i) == 'J' ? I64 : F64;
    }
    checkStoreAll(params, new Random(1));
    // the same with more doubles than xmm registers
    String doubles = "DDDDDDDDDDJDDDDDDDDD";
    for (int i = 0; i < 20; i++) {
      params[i + 1] = doubles.charAt(i) == 'J' ? I64 : F64;
    }
    checkStoreAll(params, new Random(2));
  }

  @Test
  void seededRandomSignatures() throws Throwable {
    Random random = new Random(77);
    for (int n = 0; n < 40; n++) {
      NativeType[] params = new NativeType[1 + random.nextInt(24)];
      params[0] = I64;
      for (int i = 1; i < params.length; i++) {
        params[i] = random.nextBoolean() ? I64 : F64;
      }
      checkStoreAll(params, random);
    }
  }

  private static void checkStoreAll(NativeType[] params, Random random) throws Throwable {
    byte[] code = storeAll(params);
    NativeSignature sig = NativeSignature.of(I64, params);
    try (Arena arena = Arena.ofConfined();
        InstalledCode store = CodeArena.shared().install("store" + sig, code.length, a -> code)) {
      MemorySegment buffer = arena.allocate(8L * params.length);
      long[] args = new long[params.length];
      args[0] = buffer.address();
      for (int i = 1; i < params.length; i++) {
        args[i] = params[i] == I64 ? random.nextLong() : Double.doubleToRawLongBits(random.nextGaussian() * 1e6);
      }
      assertThat(sig.invokeLong(store, args)).isEqualTo(params.length - 1);
      for (int i = 1; i < params.length; i++) {
        assertThat(buffer.getAtIndex(ValueLayout.JAVA_LONG, i - 1)).as("argument %d of %s", i, sig)
            .isEqualTo(args[i]);
      }
    }
  }

  @Test
  void criticalHandleCallsTheSameCode() throws Throwable {
    NativeSignature sig = NativeSignature.of(I64, I64, I64);
    byte[] add = CodeArenaTest.SEED_ADD;
    try (InstalledCode code = CodeArena.shared().install("add", add.length, a -> add)) {
      assertThat((long) sig.criticalHandle().invokeExact(code.entry(), 20L, 22L)).isEqualTo(42L);
      assertThat(sig.criticalHandle()).isSameAs(sig.criticalHandle());
      assertThat(sig.criticalHandle().type()).isEqualTo(sig.handle().type());
    }
  }

  @Test
  void voidResultAndNoArguments() {
    byte[] ret = {(byte) 0xC3};
    try (InstalledCode code = CodeArena.shared().install("ret", 1, a -> ret)) {
      assertThat(NativeSignature.of(NativeType.VOID).invoke(code)).isZero();
    }
  }
}
