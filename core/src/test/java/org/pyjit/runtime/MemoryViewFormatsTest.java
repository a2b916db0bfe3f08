package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.PythonSource;

/**
 * memoryview's typed items ({@link PyMemoryView}) against an independent encoder: seeded
 * random values of every native integer and float format are stored through a view cast to
 * that format, and the bytes must be what {@link ByteBuffer} writes in little-endian order;
 * reading them back gives the values (floats rounded to the item's precision), and values
 * just past each integer format's range raise ValueError. CPython's own outputs for the
 * same operations are in tests/programs/bytes/memoryview_cast.py.
 */
class MemoryViewFormatsTest {
  private static final String[] INTEGER_FORMATS = {"b", "B", "h", "H", "i", "I", "l", "L",
      "q", "Q", "n", "N", "P"};

  private static PyDict run(String src, PyDict globals) {
    return PythonSource.run(src, globals);
  }

  private static int size(String f) {
    return switch (f) {
      case "b", "B" -> 1;
      case "h", "H" -> 2;
      case "i", "I", "f" -> 4;
      default -> 8;
    };
  }

  private static boolean signed(String f) {
    return "bhilqn".contains(f);
  }

  /** A random value in the format's range, often at or near its ends. */
  private static BigInteger value(Random rnd, String f) {
    int bits = size(f) * 8;
    BigInteger lo = signed(f) ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    BigInteger hi = (signed(f) ? BigInteger.ONE.shiftLeft(bits - 1)
        : BigInteger.ONE.shiftLeft(bits)).subtract(BigInteger.ONE);
    return switch (rnd.nextInt(4)) {
      case 0 -> lo.add(BigInteger.valueOf(rnd.nextInt(3)));
      case 1 -> hi.subtract(BigInteger.valueOf(rnd.nextInt(3)));
      case 2 -> BigInteger.valueOf(rnd.nextInt(256) - (signed(f) ? 128 : 0));
      default -> new BigInteger(bits, rnd).add(lo).min(hi);
    };
  }

  @Test
  void integerItemsAreLittleEndianTwosComplement() {
    Random rnd = new Random(20261122);
    for (String f : INTEGER_FORMATS) {
      int n = 40;
      int sz = size(f);
      PyList vals = new PyList();
      ByteBuffer expected = ByteBuffer.allocate(n * sz).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        BigInteger v = value(rnd, f);
        vals.append(Ops.normalize(v));
        long bits = v.longValue();
        switch (sz) {
          case 1 -> expected.put((byte) bits);
          case 2 -> expected.putShort((short) bits);
          case 4 -> expected.putInt((int) bits);
          default -> expected.putLong(bits);
        }
      }
      PyDict g = new PyDict();
      g.put("vals", vals);
      g.put("fmt", f);
      run("""
          m = memoryview(bytearray(len(vals) * memoryview(b'').cast(fmt).itemsize)).cast(fmt)
          for i, v in enumerate(vals):
              m[i] = v
          raw = m.tobytes()
          back = m.tolist()
          """, g);
      assertThat(((PyBytes) g.getStr("raw")).data).as(f).isEqualTo(expected.array());
      assertThat(Ops.eq(g.getStr("back"), vals)).as(f).isTrue();
    }
  }

  @Test
  void valuesPastTheRangeAreRejected() {
    for (String f : INTEGER_FORMATS) {
      int bits = size(f) * 8;
      BigInteger lo = signed(f) ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
      BigInteger hi = signed(f) ? BigInteger.ONE.shiftLeft(bits - 1)
          : BigInteger.ONE.shiftLeft(bits);
      PyDict g = new PyDict();
      g.put("fmt", f);
      g.put("bad", new PyList(new Object[] {Ops.normalize(lo.subtract(BigInteger.ONE)),
          Ops.normalize(hi)}));
      run("""
          m = memoryview(bytearray(8)).cast(fmt)
          errors = []
          for v in bad:
              try:
                  m[0] = v
              except ValueError as e:
                  errors.append(str(e))
          """, g);
      assertThat(((PyList) g.getStr("errors")).size()).as(f).isEqualTo(2);
    }
  }

  @Test
  void floatItemsAreIeeeLittleEndian() {
    Random rnd = new Random(7);
    int n = 50;
    double[] xs = new double[n];
    PyList vals = new PyList();
    for (int i = 0; i < n; i++) {
      xs[i] = switch (rnd.nextInt(5)) {
        case 0 -> 0.0;
        case 1 -> -0.0;
        case 2 -> rnd.nextGaussian() * 1e30;
        case 3 -> rnd.nextInt(1000) / 8.0;
        default -> rnd.nextDouble();
      };
      vals.append(xs[i]);
    }
    ByteBuffer d = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer f = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
    PyList floats = new PyList();
    for (double x : xs) {
      d.putDouble(x);
      f.putFloat((float) x);
      floats.append((double) (float) x);
    }
    PyDict g = new PyDict();
    g.put("vals", vals);
    run("""
        md = memoryview(bytearray(8 * len(vals))).cast('d')
        mf = memoryview(bytearray(4 * len(vals))).cast('f')
        for i, v in enumerate(vals):
            md[i] = v
            mf[i] = v
        rd, rf = md.tobytes(), mf.tobytes()
        bd, bf = md.tolist(), mf.tolist()
        """, g);
    assertThat(((PyBytes) g.getStr("rd")).data).isEqualTo(d.array());
    assertThat(((PyBytes) g.getStr("rf")).data).isEqualTo(f.array());
    assertThat(Ops.eq(g.getStr("bd"), vals)).isTrue();
    assertThat(Ops.eq(g.getStr("bf"), floats)).isTrue();
  }
}
