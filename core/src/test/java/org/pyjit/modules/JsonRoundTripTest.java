package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * The JSON encoder and scanner against each other: seeded random values (nested dicts and
 * lists of str with every kind of character, ints of all sizes, floats, bools, None) encoded
 * compactly, with indentation, ASCII-only or not, must decode to an equal value, and the
 * encoded text must contain no raw control character (JSON forbids them in strings).
 */
class JsonRoundTripTest {
  @org.junit.jupiter.api.BeforeAll
  static void builtins() {
    org.pyjit.runtime.Builtins.dict(new PyDict()); // installs the types' constructors
  }

  private final Random r = new Random(42);

  private String randomString() {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(0x20));
        case 1 -> sb.append("\"\\/".charAt(r.nextInt(3)));
        case 2 -> sb.appendCodePoint(0x1f600 + r.nextInt(50));
        case 3 -> sb.append((char) (0x80 + r.nextInt(0x700)));
        default -> sb.append((char) (0x20 + r.nextInt(0x5f)));
      }
    }
    return sb.toString();
  }

  private Object randomValue(int depth) {
    int k = r.nextInt(depth > 3 ? 6 : 8);
    return switch (k) {
      case 0 -> PySingleton.NONE;
      case 1 -> r.nextBoolean();
      case 2 -> r.nextLong() >> r.nextInt(64);
      case 3 -> {
        double d = Double.longBitsToDouble(r.nextLong());
        yield Double.isFinite(d) ? d : 0.5;
      }
      case 4 -> Ops.call(Types.INT, new Object[] {"9".repeat(20 + r.nextInt(30))}, null);
      case 5 -> randomString();
      case 6 -> {
        PyList l = new PyList();
        for (int i = r.nextInt(5); i > 0; i--) {
          l.append(randomValue(depth + 1));
        }
        yield l;
      }
      default -> {
        PyDict d = new PyDict();
        for (int i = r.nextInt(5); i > 0; i--) {
          d.put(randomString(), randomValue(depth + 1));
        }
        yield d;
      }
    };
  }

  private static JsonEncoder encoder(boolean ascii, Object indent) {
    return new JsonEncoder(new Object[] {new PyDict(), PySingleton.NONE,
        ascii ? JsonModule.ENCODE_ASCII : JsonModule.ENCODE, indent, ": ", ", ", false, false,
        true});
  }

  /** Equality of the values this test makes: containers compared item by item. */
  private static boolean same(Object a, Object b) {
    if (a instanceof PyList x && b instanceof PyList y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof PyDict x && b instanceof PyDict y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Object k : x.keys()) {
        if (!y.containsKey(k) || !same(x.get(k), y.get(k))) {
          return false;
        }
      }
      return true;
    }
    return a.getClass() == b.getClass() && Ops.eq(a, b);
  }

  @Test
  void encodedValuesDecodeToEqualValues() {
    JsonEncoder[] encoders = {encoder(true, PySingleton.NONE), encoder(false, PySingleton.NONE),
        encoder(true, "  "), encoder(false, "\t")};
    for (int i = 0; i < 3000; i++) {
      Object v = randomValue(0);
      for (JsonEncoder e : encoders) {
        String text = e.encode(v, 0);
        assertThat(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t')).isTrue();
        PyTuple back = new JsonScanner(Types.VALUE_ERROR, true).scanOnce(text, 0);
        assertThat(same(back.get(0), v)).as(text).isTrue();
        assertThat(back.get(1)).isEqualTo((long) text.codePointCount(0, text.length()));
      }
    }
  }

  @Test
  void asciiOutputIsAscii() {
    JsonEncoder e = encoder(true, PySingleton.NONE);
    for (int i = 0; i < 500; i++) {
      String text = e.encode(randomString(), 0);
      assertThat(text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as(text).isTrue();
    }
  }
}
