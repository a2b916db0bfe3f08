package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyException;

/**
 * struct's 'e' packing (StructModule.half) against the JDK's float-to-binary16 conversion
 * (IEEE 754 round to nearest even), on every value a float can hold: for a double that is
 * exactly a float, rounding it once to binary16 must agree with the JDK's conversion.
 */
class StructHalfFloatTest {
  private static final float HALF_MAX_ROUNDING = 65520f; // rounds up to infinity

  private static void check(float f) {
    if (Float.isNaN(f)) {
      assertThat(StructModule.half(f) & 0x7c00).isEqualTo(0x7c00);
      assertThat(StructModule.half(f) & 0x3ff).isNotZero();
      return;
    }
    if (Float.isFinite(f) && Math.abs(f) >= HALF_MAX_ROUNDING) {
      assertThatThrownBy(() -> StructModule.half(f)).isInstanceOf(PyException.class)
          .hasMessageContaining("float too large to pack with e format");
      return;
    }
    assertThat(StructModule.half(f)).as("bits of %s", f)
        .isEqualTo(Float.floatToFloat16(f) & 0xffffL);
  }

  @Test
  void seededRandomFloatsRoundAsTheJdk() {
    Random r = new Random(20261123);
    for (int i = 0; i < 200_000; i++) {
      check(Float.intBitsToFloat(r.nextInt()));
      // values near binary16's range, where the rounding cases are
      check((r.nextFloat() - 0.5f) * 2 * 70000f);
      check((r.nextFloat() - 0.5f) * 1e-4f);
    }
  }

  @Test
  void boundaries() {
    float[] cases = {0f, -0f, 65504f, 65519.996f, 65520f, 6.1035156e-5f, 6.097555e-5f,
        5.9604645e-8f, 2.9802322e-8f, 2.9802326e-8f, 1.0009766f, 1.0004883f, 1.0014648f,
        Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE,
        Float.MAX_VALUE};
    for (float f : cases) {
      check(f);
      check(-f);
    }
  }

  @Test
  void everyHalfValueSurvivesARoundTrip() {
    for (int bits = 0; bits < 0x10000; bits++) {
      float f = Float.float16ToFloat((short) bits);
      if (!Float.isNaN(f)) {
        assertThat(StructModule.half(f)).isEqualTo((long) bits);
      }
    }
  }
}
