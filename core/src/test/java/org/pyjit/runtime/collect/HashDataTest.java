package org.pyjit.runtime.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/** Compares PyHash with CPython 3.13's hash() on the data collect/regen.py generated. */
class HashDataTest {
  private static BigInteger hexInt(String field) {
    return field.startsWith("-")
        ? new BigInteger(field.substring(1), 16).negate()
        : new BigInteger(field, 16);
  }

  @Test
  void hashesMatchCPython() {
    Mismatches m = new Mismatches();
    int[] perKind = new int[5];
    for (String[] row : Tsv.rows("/collect/hashes.tsv")) {
      String kind = row[0];
      String value = row[1];
      long want = Long.parseLong(row[2]);
      long got;
      switch (kind) {
        case "int" -> {
          BigInteger b = hexInt(value);
          got = PyHash.hashBigInteger(b);
          if (b.bitLength() < 64) {
            long viaLong = PyHash.hashLong(b.longValue());
            m.check(viaLong == want, "hashLong " + b + ": got " + viaLong + ", CPython " + want);
          }
          perKind[0]++;
        }
        case "float" -> {
          got = PyHash.hashDouble(Tsv.doubleBits(value));
          perKind[1]++;
        }
        case "complex" -> {
          String[] parts = value.split(" ");
          got = PyHash.hashComplex(Tsv.doubleBits(parts[0]), Tsv.doubleBits(parts[1]));
          perKind[2]++;
        }
        case "fraction" -> {
          String[] parts = value.split("/");
          got = PyHash.hashFraction(hexInt(parts[0]), hexInt(parts[1]));
          perKind[3]++;
        }
        case "value" -> {
          got = TestValues.hash(TestValues.parse(value));
          perKind[4]++;
        }
        default -> throw new IllegalStateException("unknown kind " + kind);
      }
      m.check(got == want, kind + " " + value + ": got " + got + ", CPython " + want);
    }
    assertThat(java.util.Arrays.stream(perKind).min().getAsInt()).isGreaterThan(1000);
    assertThat(m.report()).isEmpty();
  }
}
