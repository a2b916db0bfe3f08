package org.pyjit.runtime.format;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.pyjit.testing.Tsv;

/** Reading the data regen.py wrote, and running a case into a comparable outcome. */
final class Data {
  private Data() {}

  static List<String[]> rows(String file) {
    return Tsv.rows("/format/" + file);
  }

  /** An int written by regen.py's hexint(): a Long when it fits, else a BigInteger. */
  static Object integer(String hex) {
    BigInteger b = new BigInteger(hex, 16);
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  static BigInteger bigInteger(String hex) {
    return new BigInteger(hex, 16);
  }

  /** "ok" and the result, or the Python exception class and message. */
  static String run(Supplier<String> f) {
    try {
      return "ok\t" + f.get();
    } catch (FormatError e) {
      return e.pythonType() + "\t" + e.getMessage();
    } catch (RuntimeException e) {
      StackTraceElement[] at = e.getStackTrace();
      return "Java " + e + (at.length > 0 ? " at " + at[0] : "");
    }
  }

  /** The expected outcome of a row whose outcome fields start at index i. */
  static String expected(String[] row, int i) {
    return row[i] + "\t" + Tsv.text(row[i + 1]);
  }

  static String hexint(Object v) {
    BigInteger b = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
    return b.toString(16);
  }

  static String bits(double d) {
    return String.format("%016x", Double.doubleToRawLongBits(d));
  }
}
